import type { RoleFact, UserPermissionFact, UserRoleFact } from '@atrium/kernel/policy';

/** Builders of policy facts shared by the spec tables of the evaluator and of the coverage rule. */
export const OPEN = { validFrom: null, validUntil: null };

export const role = (id: string, parentRoleId: string | null = null, w: Partial<RoleFact> = {}): RoleFact => ({ id, name: id, parentRoleId, ...OPEN, ...w });

/** A live, unscoped, unconditional, open-ended role assignment. */
export const userRoleFact = (id: string, roleId: string, w: Partial<UserRoleFact> = {}): UserRoleFact => ({
  id,
  roleId,
  resourceScope: null,
  contextConditions: {},
  isActive: true,
  revokedAt: null,
  ...OPEN,
  ...w,
});

/** A live, unscoped, unconditional, open-ended direct grant, not approved. */
export const userPermissionFact = (id: string, permissionId: string, w: Partial<UserPermissionFact> = {}): UserPermissionFact => ({
  id,
  permissionId,
  resourceId: null,
  additionalConditions: {},
  isActive: true,
  revokedAt: null,
  approvedAt: null,
  ...OPEN,
  ...w,
});

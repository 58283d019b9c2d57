import { paginate, unique, type Page } from '@atrium/kernel';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient, UserRole } from '../../db.js';

/** Authorization lists page in primary-key order. */
const BY_ID = [{ id: 'asc' }] as const;

export interface UserRoleFilter {
  userId?: string | null;
  roleId?: string | null;
  /** Only assignments that are active and not revoked. */
  activeOnly?: boolean | null;
}

export interface UserPermissionFilter {
  userId?: string | null;
  permissionId?: string | null;
  activeOnly?: boolean | null;
  pendingOnly?: boolean | null;
}

export interface Revocation {
  revokedBy: string | null;
  reason: string | null;
  at: Date;
}

/** Every Prisma call touching user_roles and user_permissions. */
export class AssignmentStore {
  constructor(private readonly db: DbClient) {}

  userRolesByIds(ids: readonly string[]) {
    return this.db.userRole.findMany({ where: { id: { in: [...ids] } } });
  }

  userRolesOfUsers(userIds: readonly string[], activeOnly: boolean) {
    return this.db.userRole.findMany({
      where: { userId: { in: [...userIds] }, ...(activeOnly ? { isActive: true, revokedAt: null } : {}) },
      orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
    });
  }

  findUserRole(userId: string, roleId: string, resourceScope: string | null) {
    return this.db.userRole.findFirst({ where: { userId, roleId, resourceScope } });
  }

  listUserRoles(filter: UserRoleFilter, p: Page) {
    const where: Prisma.UserRoleWhereInput = {};
    if (filter.userId) where.userId = filter.userId;
    if (filter.roleId) where.roleId = filter.roleId;
    if (filter.activeOnly) Object.assign(where, { isActive: true, revokedAt: null });
    return paginate(p, where, (q) => this.db.userRole.findMany(q), (w) => this.db.userRole.count({ where: w }), BY_ID);
  }

  createUserRole(data: Prisma.UserRoleUncheckedCreateInput) {
    return unique(this.db.userRole.create({ data }));
  }

  updateUserRole(id: string, data: Prisma.UserRoleUncheckedUpdateInput) {
    return this.db.userRole.update({ where: { id }, data });
  }

  /**
   * Revoke the user_roles `start` selects and, transitively, every user_role delegated from them:
   * same role, delegated_by a holder in the tree. One statement, so a cascade is never half done.
   * `direct` tells the rows `start` selected (they get the reason) from delegations (`cascaded`).
   */
  private async revokeTree(start: Prisma.Sql, direct: Prisma.Sql, revocation: Revocation, cascaded: Prisma.Sql): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE tree(id, user_id, role_id) AS (
        SELECT ur.id, ur.user_id, ur.role_id FROM "authorization"."user_roles" ur WHERE ${start}
        UNION
        SELECT d.id, d.user_id, d.role_id
          FROM "authorization"."user_roles" d
          JOIN tree t ON d.role_id = t.role_id AND d.delegated_by = t.user_id
         WHERE d.is_delegated AND d.revoked_at IS NULL
      )
      UPDATE "authorization"."user_roles" ur
         SET is_active = false,
             revoked_at = ${revocation.at},
             revoked_by = ${revocation.revokedBy}::uuid,
             revocation_reason = CASE WHEN ${direct} THEN ${revocation.reason} ELSE ${cascaded} END
        FROM tree
       WHERE ur.id = tree.id AND ur.revoked_at IS NULL
      RETURNING ur.id::text AS id`;
    return rows.map((r) => r.id);
  }

  /** Revoke a user_role and, transitively, every user_role delegated from it. */
  revokeUserRoleCascade(id: string, revocation: Revocation): Promise<string[]> {
    return this.revokeTree(
      Prisma.sql`ur.id = ${id}::uuid`,
      Prisma.sql`ur.id = ${id}::uuid`,
      revocation,
      Prisma.sql`concat('delegator revoked (', ${id}::text, ')', CASE WHEN ${revocation.reason}::text IS NULL THEN '' ELSE ': ' || ${revocation.reason}::text END)`,
    );
  }

  /**
   * End everything a user holds: every live role assignment with what was delegated from it,
   * and every live direct grant. Rows stay, marked revoked, for the audit trail; idempotent.
   * `givenBefore` spares what was given (or given anew) from then on.
   */
  async revokeAllOfUser(userId: string, revocation: Revocation, givenBefore: Date | null = null): Promise<{ roles: number; permissions: number }> {
    const roles = await this.revokeTree(
      Prisma.sql`ur.user_id = ${userId}::uuid AND ur.revoked_at IS NULL AND (${givenBefore}::timestamptz IS NULL OR ur.assigned_at < ${givenBefore}::timestamptz)`,
      Prisma.sql`ur.user_id = ${userId}::uuid`,
      revocation,
      Prisma.sql`concat('delegator deactivated (', ${userId}::text, ')')`,
    );
    const permissions = await this.db.userPermission.updateMany({
      where: { userId, revokedAt: null, ...(givenBefore ? { grantedAt: { lt: givenBefore } } : {}) },
      data: { isActive: false, revokedAt: revocation.at, revokedBy: revocation.revokedBy, revocationReason: revocation.reason },
    });
    return { roles: roles.length, permissions: permissions.count };
  }

  /**
   * No delegation may outlive its source: delegations of the holder's role (transitively)
   * that end after `until` now end at `until`; those that would not even have started are revoked.
   */
  async clampDelegations(userId: string, roleId: string, until: Date): Promise<void> {
    const tree = Prisma.sql`
      WITH RECURSIVE tree(id, user_id, role_id) AS (
        SELECT d.id, d.user_id, d.role_id FROM "authorization"."user_roles" d
         WHERE d.role_id = ${roleId}::uuid AND d.delegated_by = ${userId}::uuid AND d.is_delegated AND d.revoked_at IS NULL
        UNION
        SELECT d.id, d.user_id, d.role_id FROM "authorization"."user_roles" d
          JOIN tree t ON d.role_id = t.role_id AND d.delegated_by = t.user_id
         WHERE d.is_delegated AND d.revoked_at IS NULL
      )`;
    await this.db.$executeRaw`${tree}
      UPDATE "authorization"."user_roles" ur
         SET is_active = false, revoked_at = now(), revocation_reason = 'delegator assignment shortened'
        FROM tree WHERE ur.id = tree.id AND ur.valid_from >= ${until}`;
    await this.db.$executeRaw`${tree}
      UPDATE "authorization"."user_roles" ur SET valid_until = ${until}
        FROM tree WHERE ur.id = tree.id AND ur.revoked_at IS NULL AND (ur.valid_until IS NULL OR ur.valid_until > ${until})`;
  }

  /** Give a revoked or inactive row a fresh start (the unique key keeps one row per user, role and scope). */
  reviveUserRole(existing: UserRole, data: Prisma.UserRoleUncheckedUpdateInput) {
    return this.db.userRole.update({
      where: { id: existing.id },
      data: { ...data, isActive: true, revokedAt: null, revokedBy: null, revocationReason: null, assignedAt: new Date() },
    });
  }

  /** Idempotent assignment for background jobs and bootstrap: nothing happens when the row exists. */
  async insertUserRoleIfMissing(userId: string, roleId: string, assignmentReason: string): Promise<boolean> {
    const inserted = await this.db.$executeRaw`
      INSERT INTO "authorization"."user_roles" (user_id, role_id, assignment_reason)
      VALUES (${userId}::uuid, ${roleId}::uuid, ${assignmentReason})
      ON CONFLICT (user_id, role_id, resource_scope) DO NOTHING`;
    return inserted > 0;
  }

  userPermissionsByIds(ids: readonly string[]) {
    return this.db.userPermission.findMany({ where: { id: { in: [...ids] } } });
  }

  findUserPermission(userId: string, permissionId: string, resourceId: string | null) {
    return this.db.userPermission.findFirst({ where: { userId, permissionId, resourceId } });
  }

  listUserPermissions(filter: UserPermissionFilter, p: Page) {
    const where: Prisma.UserPermissionWhereInput = {};
    if (filter.userId) where.userId = filter.userId;
    if (filter.permissionId) where.permissionId = filter.permissionId;
    if (filter.activeOnly) Object.assign(where, { isActive: true, revokedAt: null });
    if (filter.pendingOnly) Object.assign(where, { approvedAt: null, permission: { requiresApproval: true }, isActive: true, revokedAt: null });
    return paginate(p, where, (q) => this.db.userPermission.findMany(q), (w) => this.db.userPermission.count({ where: w }), BY_ID);
  }

  createUserPermission(data: Prisma.UserPermissionUncheckedCreateInput) {
    return unique(this.db.userPermission.create({ data }));
  }

  updateUserPermission(id: string, data: Prisma.UserPermissionUncheckedUpdateInput) {
    return this.db.userPermission.update({ where: { id }, data });
  }

  reviveUserPermission(id: string, data: Prisma.UserPermissionUncheckedUpdateInput) {
    return this.db.userPermission.update({
      where: { id },
      data: { ...data, isActive: true, revokedAt: null, revokedBy: null, revocationReason: null, approvedAt: null, approvedBy: null, grantedAt: new Date() },
    });
  }

  /** Lock one user_permission row until the transaction ends. */
  async lockUserPermission(id: string): Promise<void> {
    await this.db.$queryRaw`SELECT id FROM "authorization"."user_permissions" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /** Lock one user_role row until the transaction ends (delegation reads the delegator's row). */
  async lockUserRole(id: string): Promise<void> {
    await this.db.$queryRaw`SELECT id FROM "authorization"."user_roles" WHERE id = ${id}::uuid FOR UPDATE`;
  }
}

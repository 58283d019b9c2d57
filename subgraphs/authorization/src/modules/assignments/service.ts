import { connection, page, badInput, conflict, forbidden, notFound, parseInput, type Logger } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { AuthorizationDb, DbClient, Prisma, Role, UserPermission, UserRole } from '../../db.js';
import { ResourceStore } from '../resources/store.js';
import { RoleStore } from '../roles/store.js';
import { checkWindow, condition, optionalText, uuid } from '../shared/inputs.js';
import { PolicyService } from '../policy/service.js';
import { AssignmentStore } from './store.js';

type Ctx = AuthorizationContext;

const assignInput = z.object({
  userId: uuid,
  roleId: uuid,
  resourceScope: uuid.nullish(),
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  reason: optionalText(2000),
  contextConditions: condition.nullish(),
});
const updateUserRoleInput = z.object({
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  reason: optionalText(2000),
  contextConditions: condition.nullish(),
});
const delegateInput = z.object({
  userRoleId: uuid,
  toUserId: uuid,
  resourceScope: uuid.nullish(),
  validUntil: z.date().nullish(),
  reason: optionalText(2000),
});
const grantInput = z.object({
  userId: uuid,
  permissionId: uuid,
  resourceId: uuid.nullish(),
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  reason: optionalText(2000),
  additionalConditions: condition.nullish(),
});
const updateGrantInput = z.object({
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  reason: optionalText(2000),
  additionalConditions: condition.nullish(),
});
const revokeArgs = z.object({ id: uuid, reason: optionalText(2000) });

const isLive = (row: { isActive: boolean; revokedAt: Date | null }) => row.isActive && row.revokedAt === null;
/** Not revoked and not yet over: a row that blocks a new assignment of the same key. */
const blocks = (row: { isActive: boolean; revokedAt: Date | null; validUntil: Date | null }, now: Date) => isLive(row) && (row.validUntil === null || row.validUntil > now);
const inWindow = (w: { validFrom: Date | null; validUntil: Date | null }, now: Date) =>
  (w.validFrom === null || w.validFrom <= now) && (w.validUntil === null || now < w.validUntil);

/**
 * Lock the role, refuse it when it is not assignable or full. `max_assignments` counts
 * active assignments: not revoked, active, and not past their end.
 */
async function admissibleRole(db: DbClient, roleId: string, now: Date, path: (string | number)[]): Promise<Role> {
  const roles = new RoleStore(db);
  await roles.lockRole(roleId);
  const [role] = await roles.byIds([roleId]);
  if (!role) throw badInput([{ path, message: 'no such role' }]);
  if (!role.isAssignable) throw forbidden(`Role ${role.name} is not assignable`);
  if (role.maxAssignments !== null) {
    const [count] = await roles.countActiveAssignments([role.id], now);
    if ((count?._count._all ?? 0) >= role.maxAssignments) throw conflict(`Role ${role.name} already has its maximum of ${role.maxAssignments} assignments`, ['roleId']);
  }
  return role;
}

async function mustResource(db: DbClient, id: string, path: (string | number)[]): Promise<void> {
  const [row] = await new ResourceStore(db).byIds([id]);
  if (!row) throw badInput([{ path, message: 'no such resource' }]);
}

export async function listUserRoles(ctx: Ctx, args: { first?: unknown; after?: unknown; filter?: unknown }) {
  const p = page(args);
  const filter = parseInput(z.object({ userId: uuid.nullish(), roleId: uuid.nullish(), activeOnly: z.boolean().nullish() }).nullish(), args.filter, ['filter']) ?? {};
  return connection(await new AssignmentStore(ctx.db).listUserRoles(filter, p), p);
}

export async function listUserPermissions(ctx: Ctx, args: { first?: unknown; after?: unknown; filter?: unknown }) {
  const p = page(args);
  const filter =
    parseInput(z.object({ userId: uuid.nullish(), permissionId: uuid.nullish(), activeOnly: z.boolean().nullish(), pendingOnly: z.boolean().nullish() }).nullish(), args.filter, ['filter']) ?? {};
  return connection(await new AssignmentStore(ctx.db).listUserPermissions(filter, p), p);
}

/** A user's assignments, for `User.roles`. */
export async function rolesOfUser(ctx: Ctx, userId: string, includeInactive: boolean): Promise<UserRole[]> {
  const rows = await ctx.loaders.userRolesByUser.load(userId);
  return includeInactive ? rows : rows.filter(isLive);
}

/**
 * No escalation through assignment: the actor must itself hold (unscoped) every permission it
 * hands out. A grant the actor holds only under a condition still counts, because the same
 * conditions travel with the role to the assignee. Without this, any `role:assign` holder could
 * make itself super_admin.
 */
async function mustCover(tx: DbClient, actor: string, permissions: string[]): Promise<void> {
  if (permissions.length === 0) return;
  const checks = permissions.map((name) => {
    const [resourceType, action] = name.split(':') as [string, string];
    return { resourceType, action, resourceId: null };
  });
  const decisions = await new PolicyService(tx).decideMany(actor, checks);
  const missing = permissions.filter((_, i) => !decisions[i]!.allowed && decisions[i]!.reason !== 'CONDITION_FALSE');
  if (missing.length) {
    throw forbidden(`You cannot hand out permissions you do not hold: ${missing.join(', ')}`, { missing });
  }
}

export async function assignRole(ctx: Ctx, raw: unknown): Promise<UserRole> {
  const input = parseInput(assignInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  const actor = callerId(ctx);
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    await admissibleRole(tx, input.roleId, now, ['input', 'roleId']);
    const scope = input.resourceScope ?? null;
    if (scope) await mustResource(tx, scope, ['input', 'resourceScope']);
    const store = new AssignmentStore(tx);
    await mustCover(tx, actor, await store.permissionsOfRoleChain(input.roleId));
    const data = {
      assignedBy: actor,
      assignmentReason: input.reason ?? null,
      validFrom: input.validFrom ?? now,
      validUntil: input.validUntil ?? null,
      contextConditions: (input.contextConditions ?? {}) as Prisma.InputJsonObject,
      isDelegated: false,
      delegatedBy: null,
      delegationDepth: 0,
    };
    const existing = await store.findUserRole(input.userId, input.roleId, scope);
    if (existing && blocks(existing, now)) throw conflict('The user already holds this role with this scope', ['userId', 'roleId', 'resourceScope']);
    if (existing) return store.reviveUserRole(existing, data);
    return store.createUserRole({ ...data, userId: input.userId, roleId: input.roleId, resourceScope: scope });
  });
}

/**
 * Change an assignment's window, reason or conditions. Shortening an assignment also
 * shortens every assignment delegated from it, so no delegation outlives its source;
 * a delegated assignment can only be shortened.
 */
export async function updateUserRole(ctx: Ctx, rawId: unknown, raw: unknown): Promise<UserRole> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateUserRoleInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    await store.lockUserRole(id);
    const [current] = await store.userRolesByIds([id]);
    if (!current) throw notFound('User role');
    const validUntil = input.validUntil === undefined ? current.validUntil : input.validUntil;
    checkWindow(input.validFrom ?? current.validFrom, validUntil, ['input']);
    if (current.isDelegated && current.validUntil !== null && (validUntil === null || validUntil > current.validUntil)) {
      throw forbidden('A delegated role cannot outlast the assignment it was delegated from');
    }
    const updated = await store.updateUserRole(id, {
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
      ...(input.reason !== undefined ? { assignmentReason: input.reason } : {}),
      ...(input.contextConditions != null ? { contextConditions: input.contextConditions as Prisma.InputJsonObject } : {}),
    });
    if (validUntil !== null) await store.clampDelegations(updated.userId, updated.roleId, validUntil);
    return updated;
  });
}

/** Revoke an assignment and, transitively, every assignment delegated from it. */
export async function revokeRole(ctx: Ctx, args: unknown): Promise<UserRole> {
  const { id, reason } = parseInput(revokeArgs, args);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    await store.lockUserRole(id);
    const [current] = await store.userRolesByIds([id]);
    if (!current) throw notFound('User role');
    if (current.revokedAt) throw conflict('This role assignment is already revoked');
    await store.revokeUserRoleCascade(id, { revokedBy: actor, reason: reason ?? null, at: new Date() });
    const [revoked] = await store.userRolesByIds([id]);
    return revoked!;
  });
}

/**
 * The caller hands a role it holds to another user. The source assignment must be the
 * caller's, not revoked and inside its windows; the new one is one level deeper (at most
 * `maxDelegationDepth`), within the source's scope and no longer-lived than the source.
 */
export async function delegateRole(ctx: Ctx, raw: unknown): Promise<UserRole> {
  const input = parseInput(delegateInput, raw, ['input']);
  const actor = callerId(ctx);
  const now = new Date();
  if (input.toUserId === actor) throw badInput([{ path: ['input', 'toUserId'], message: 'cannot delegate to yourself' }]);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    await store.lockUserRole(input.userRoleId);
    const [source] = await store.userRolesByIds([input.userRoleId]);
    if (!source || source.userId !== actor) throw forbidden('You can only delegate a role assignment you hold');
    if (!isLive(source)) throw forbidden('Your assignment of this role is revoked');
    const [sourceRole] = await new RoleStore(tx).byIds([source.roleId]);
    if (!inWindow(source, now) || !sourceRole || !inWindow(sourceRole, now)) throw forbidden('Your assignment of this role is not currently valid');
    const depth = source.delegationDepth + 1;
    if (depth > ctx.settings.maxDelegationDepth) {
      throw forbidden(`Delegation depth ${depth} exceeds the maximum of ${ctx.settings.maxDelegationDepth}`, { maxDelegationDepth: ctx.settings.maxDelegationDepth });
    }
    const scope = input.resourceScope ?? source.resourceScope;
    if (scope !== source.resourceScope) {
      const ancestors = await new ResourceStore(tx).ancestorIds(scope!);
      if (ancestors.length === 0) throw badInput([{ path: ['input', 'resourceScope'], message: 'no such resource' }]);
      if (source.resourceScope !== null && !ancestors.includes(source.resourceScope)) throw forbidden('The delegated scope must be your own scope or inside it');
    }
    const validUntil = input.validUntil ?? source.validUntil;
    if (source.validUntil !== null && (validUntil === null || validUntil > source.validUntil)) throw forbidden('A delegation cannot outlast your own assignment');
    checkWindow(now, validUntil, ['input']);
    await admissibleRole(tx, source.roleId, now, ['input', 'userRoleId']);
    const data = {
      assignedBy: actor,
      assignmentReason: input.reason ?? null,
      validFrom: now,
      validUntil,
      contextConditions: {},
      isDelegated: true,
      delegatedBy: actor,
      delegationDepth: depth,
    };
    const existing = await store.findUserRole(input.toUserId, source.roleId, scope);
    if (existing && blocks(existing, now)) throw conflict('The user already holds this role with this scope', ['toUserId', 'resourceScope']);
    if (existing) return store.reviveUserRole(existing, data);
    return store.createUserRole({ ...data, userId: input.toUserId, roleId: source.roleId, resourceScope: scope });
  });
}

/** A direct grant. For a permission that requires approval it stays pending until approveGrant. */
export async function grantPermission(ctx: Ctx, raw: unknown): Promise<UserPermission> {
  const input = parseInput(grantInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  const actor = callerId(ctx);
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    if (!(await tx.permission.findUnique({ where: { id: input.permissionId }, select: { id: true } }))) {
      throw badInput([{ path: ['input', 'permissionId'], message: 'no such permission' }]);
    }
    const resourceId = input.resourceId ?? null;
    if (resourceId) await mustResource(tx, resourceId, ['input', 'resourceId']);
    const store = new AssignmentStore(tx);
    const name = await store.permissionName(input.permissionId);
    await mustCover(tx, actor, name ? [name] : []);
    const data = {
      grantedBy: actor,
      grantReason: input.reason ?? null,
      validFrom: input.validFrom ?? now,
      validUntil: input.validUntil ?? null,
      additionalConditions: (input.additionalConditions ?? {}) as Prisma.InputJsonObject,
    };
    const existing = await store.findUserPermission(input.userId, input.permissionId, resourceId);
    if (existing && blocks(existing, now)) throw conflict('The user already holds this permission with this scope', ['userId', 'permissionId', 'resourceId']);
    if (existing) return store.reviveUserPermission(existing.id, data);
    return store.createUserPermission({ ...data, userId: input.userId, permissionId: input.permissionId, resourceId });
  });
}

export async function updateUserPermission(ctx: Ctx, rawId: unknown, raw: unknown): Promise<UserPermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateGrantInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    const [current] = await store.userPermissionsByIds([id]);
    if (!current) throw notFound('User permission');
    checkWindow(input.validFrom ?? current.validFrom, input.validUntil === undefined ? current.validUntil : input.validUntil, ['input']);
    return store.updateUserPermission(id, {
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
      ...(input.reason !== undefined ? { grantReason: input.reason } : {}),
      ...(input.additionalConditions != null ? { additionalConditions: input.additionalConditions as Prisma.InputJsonObject } : {}),
    });
  });
}

export async function revokePermission(ctx: Ctx, args: unknown): Promise<UserPermission> {
  const { id, reason } = parseInput(revokeArgs, args);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    const [current] = await store.userPermissionsByIds([id]);
    if (!current) throw notFound('User permission');
    if (current.revokedAt) throw conflict('This permission grant is already revoked');
    return store.updateUserPermission(id, { isActive: false, revokedAt: new Date(), revokedBy: actor, revocationReason: reason ?? null });
  });
}

/** Four eyes: the approver holds role:assign (shield) and is neither the granter nor the grantee. */
export async function approveGrant(ctx: Ctx, rawId: unknown): Promise<UserPermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    const [current] = await store.userPermissionsByIds([id]);
    if (!current) throw notFound('User permission');
    const permission = await tx.permission.findUnique({ where: { id: current.permissionId }, select: { requiresApproval: true, name: true } });
    if (!permission?.requiresApproval) throw conflict(`Permission ${permission?.name ?? ''} does not require approval`.trim());
    if (!isLive(current)) throw conflict('This permission grant is revoked');
    if (current.approvedAt) throw conflict('This permission grant is already approved');
    if (current.grantedBy === actor) throw forbidden('A grant must be approved by someone other than the person who granted it');
    if (current.userId === actor) throw forbidden('You cannot approve a grant made to yourself');
    return store.updateUserPermission(id, { approvedAt: new Date(), approvedBy: actor });
  });
}

/**
 * `user.registered`: give a new user every role whose auto_assign_conditions
 * is `{"on": "user_registered"}`. Idempotent: a retried job finds the rows already there.
 */
export async function autoAssignRoles(db: AuthorizationDb, userId: string, logger: Logger): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const roles = await tx.role.findMany({ where: { autoAssignConditions: { equals: { on: 'user_registered' } } }, orderBy: { roleLevel: 'asc' } });
    const assigned: string[] = [];
    const now = new Date();
    for (const role of roles) {
      try {
        await admissibleRole(tx, role.id, now, ['roleId']);
      } catch (error) {
        logger.warn({ role: role.name, userId, err: (error as Error).message }, 'auto-assignment skipped');
        continue;
      }
      if (await new AssignmentStore(tx).insertUserRoleIfMissing(userId, role.id, 'auto-assigned on registration')) assigned.push(role.name);
    }
    return assigned;
  });
}

/**
 * `user.deactivated`: the user's role assignments (with what was delegated from them) and direct
 * grants end now. The rows stay, revoked, as the audit trail; a replayed event finds nothing left.
 */
export async function endGrantsOfUser(db: AuthorizationDb, userId: string, deactivatedBy: string | null): Promise<{ roles: number; permissions: number }> {
  return db.$transaction((tx) => new AssignmentStore(tx).revokeAllOfUser(userId, { revokedBy: deactivatedBy, reason: 'user deactivated', at: new Date() }));
}

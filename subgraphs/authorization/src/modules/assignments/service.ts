import { connection, page, badInput, conflict, forbidden, notFound, organizationRole, parseInput, type Logger } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { DbClient, Prisma, Role, UserPermission, UserRole } from '../../db.js';
import { ResourceStore } from '../resources/store.js';
import { RoleStore } from '../roles/store.js';
import { checkWindow, condition, optionalText, uuid } from '../shared/inputs.js';
import { UserAccountStore } from '../accounts/store.js';
import { permissionOffer, roleOffers, type GrantShape } from '../policy/coverage.js';
import { roleChain, type PermissionFact } from '@atrium/kernel/policy';
import { WriteGuard } from '../policy/guard.js';
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
  // Organization roles come with membership (identity's member events assign them, scoped to the
  // organization); assigning or delegating one here would make a member identity does not know.
  if (organizationRole(role.id)) throw forbidden(`Role ${role.name} comes with organization membership: add the user to the organization instead`);
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

/** Grants go only to users identity knows and has not deactivated (its projection of users, kept by events.ts). */
async function mustBeActiveUser(db: DbClient, userId: string): Promise<void> {
  if (!(await new UserAccountStore(db).lockActive(userId))) throw notFound('User');
}

const roleShape = (row: { resourceScope: string | null; contextConditions: unknown; validFrom: Date | null; validUntil: Date | null }): GrantShape => ({
  scope: row.resourceScope,
  conditions: row.contextConditions,
  validFrom: row.validFrom,
  validUntil: row.validUntil,
});
const permissionShape = (row: { resourceId: string | null; additionalConditions: unknown; validFrom: Date | null; validUntil: Date | null }): GrantShape => ({
  scope: row.resourceId,
  conditions: row.additionalConditions,
  validFrom: row.validFrom,
  validUntil: row.validUntil,
});

function permissionFact(guard: WriteGuard, permissionId: string): PermissionFact | undefined {
  return guard.facts.permissions.find((p) => p.id === permissionId);
}

export async function assignRole(ctx: Ctx, raw: unknown): Promise<UserRole> {
  const input = parseInput(assignInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  const actor = callerId(ctx);
  const now = new Date();
  return ctx.db.$transaction(async (tx) => {
    const scope = input.resourceScope ?? null;
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:assign', resources: [scope] });
    await mustBeActiveUser(tx, input.userId);
    await admissibleRole(tx, input.roleId, now, ['input', 'roleId']);
    if (scope) await mustResource(tx, scope, ['input', 'resourceScope']);
    const store = new AssignmentStore(tx);
    const validFrom = input.validFrom ?? now;
    const contextConditions = input.contextConditions ?? {};
    // What the actor holds only through a delegation it cannot assign outright: that would
    // escape the delegation's depth limit and its revocation cascade (README, delegation).
    guard.handOut(roleOffers(guard.facts, input.roleId, { scope, conditions: contextConditions, validFrom, validUntil: input.validUntil ?? null }));
    const data = {
      assignedBy: actor,
      assignmentReason: input.reason ?? null,
      validFrom,
      validUntil: input.validUntil ?? null,
      contextConditions: contextConditions as Prisma.InputJsonObject,
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
 * a delegated assignment can only be shortened. The actor must hold what the assignment
 * gives both before (nobody narrows what they could not have granted) and after.
 */
export async function updateUserRole(ctx: Ctx, rawId: unknown, raw: unknown): Promise<UserRole> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateUserRoleInput, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    const [found] = await store.userRolesByIds([id]);
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:assign', resources: [found?.resourceScope] });
    await store.lockUserRole(id);
    const [current] = await store.userRolesByIds([id]);
    if (!current) throw notFound('User role');
    const validUntil = input.validUntil === undefined ? current.validUntil : input.validUntil;
    checkWindow(input.validFrom ?? current.validFrom, validUntil, ['input']);
    if (current.isDelegated && current.validUntil !== null && (validUntil === null || validUntil > current.validUntil)) {
      throw forbidden('A delegated role cannot outlast the assignment it was delegated from');
    }
    const after = { ...roleShape(current), validFrom: input.validFrom ?? current.validFrom, validUntil, conditions: input.contextConditions ?? current.contextConditions };
    guard.takeAway(roleOffers(guard.facts, current.roleId, roleShape(current)));
    guard.handOut(roleOffers(guard.facts, current.roleId, after));
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
    const [found] = await store.userRolesByIds([id]);
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:assign', resources: [found?.resourceScope] });
    await store.lockUserRole(id);
    const [current] = await store.userRolesByIds([id]);
    if (!current) throw notFound('User role');
    if (current.revokedAt) throw conflict('This role assignment is already revoked');
    // An admin cannot revoke a super_admin: revoking is changing a grant you must hold yourself.
    guard.takeAway(roleOffers(guard.facts, current.roleId, roleShape(current)));
    await store.revokeUserRoleCascade(id, { revokedBy: actor, reason: reason ?? null, at: new Date() });
    const [revoked] = await store.userRolesByIds([id]);
    return revoked!;
  });
}

/**
 * The caller hands a role it holds to another user. The source assignment must be the
 * caller's, not revoked and inside its windows, and so must every role on the role's chain;
 * the new one is one level deeper (at most `maxDelegationDepth`), within the source's scope,
 * no longer-lived than the source, and carries the source's context conditions: the delegate
 * never holds more than the delegator.
 */
export async function delegateRole(ctx: Ctx, raw: unknown): Promise<UserRole> {
  const input = parseInput(delegateInput, raw, ['input']);
  const actor = callerId(ctx);
  const now = new Date();
  if (input.toUserId === actor) throw badInput([{ path: ['input', 'toUserId'], message: 'cannot delegate to yourself' }]);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    const [found] = await store.userRolesByIds([input.userRoleId]);
    const guard = await WriteGuard.open(tx, actor, { requires: null, resources: [found?.resourceScope, input.resourceScope] });
    await store.lockUserRole(input.userRoleId);
    const [source] = await store.userRolesByIds([input.userRoleId]);
    if (!source || source.userId !== actor) throw forbidden('You can only delegate a role assignment you hold');
    if (!isLive(source)) throw forbidden('Your assignment of this role is revoked');
    const chain = roleChain(guard.facts.roles, source.roleId);
    if (!inWindow(source, now) || chain.length === 0) throw forbidden('Your assignment of this role is not currently valid');
    // Every window on the path applies, as in decisions: a role whose parent has ended is not delegated.
    const closed = chain.find((role) => !inWindow(role, now));
    if (closed) throw forbidden(closed.id === source.roleId ? 'Your assignment of this role is not currently valid' : `Role ${closed.name}, which this role inherits from, is not currently valid`);
    await mustBeActiveUser(tx, input.toUserId);
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
    // Held through the source by construction; checked anyway, with delegations counting.
    guard.handOut(roleOffers(guard.facts, source.roleId, { scope, conditions: source.contextConditions, validFrom: now, validUntil }), { delegatedCounts: true });
    const data = {
      assignedBy: actor,
      assignmentReason: input.reason ?? null,
      validFrom: now,
      validUntil,
      contextConditions: source.contextConditions as Prisma.InputJsonObject,
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
    const resourceId = input.resourceId ?? null;
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:assign', resources: [resourceId] });
    const permission = permissionFact(guard, input.permissionId);
    if (!permission) throw badInput([{ path: ['input', 'permissionId'], message: 'no such permission' }]);
    await mustBeActiveUser(tx, input.userId);
    if (resourceId) await mustResource(tx, resourceId, ['input', 'resourceId']);
    const store = new AssignmentStore(tx);
    const data = {
      grantedBy: actor,
      grantReason: input.reason ?? null,
      validFrom: input.validFrom ?? now,
      validUntil: input.validUntil ?? null,
      additionalConditions: (input.additionalConditions ?? {}) as Prisma.InputJsonObject,
    };
    // Compared by what the permission allows (type, action, conditions, window), not by row.
    guard.handOut(permissionOffer(permission, permissionShape({ resourceId, ...data })));
    const existing = await store.findUserPermission(input.userId, input.permissionId, resourceId);
    if (existing && blocks(existing, now)) throw conflict('The user already holds this permission with this scope', ['userId', 'permissionId', 'resourceId']);
    if (existing) return store.reviveUserPermission(existing.id, data);
    return store.createUserPermission({ ...data, userId: input.userId, permissionId: input.permissionId, resourceId });
  });
}

/** Like updateUserRole: the actor must hold the grant as it is and as it will be. */
export async function updateUserPermission(ctx: Ctx, rawId: unknown, raw: unknown): Promise<UserPermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateGrantInput, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = new AssignmentStore(tx);
    const [found] = await store.userPermissionsByIds([id]);
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:assign', resources: [found?.resourceId] });
    await store.lockUserPermission(id);
    const [current] = await store.userPermissionsByIds([id]);
    if (!current) throw notFound('User permission');
    const validUntil = input.validUntil === undefined ? current.validUntil : input.validUntil;
    checkWindow(input.validFrom ?? current.validFrom, validUntil, ['input']);
    const permission = permissionFact(guard, current.permissionId)!;
    const after = { ...permissionShape(current), validFrom: input.validFrom ?? current.validFrom, validUntil, conditions: input.additionalConditions ?? current.additionalConditions };
    guard.takeAway(permissionOffer(permission, permissionShape(current)));
    guard.handOut(permissionOffer(permission, after));
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
    const [found] = await store.userPermissionsByIds([id]);
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:assign', resources: [found?.resourceId] });
    await store.lockUserPermission(id);
    const [current] = await store.userPermissionsByIds([id]);
    if (!current) throw notFound('User permission');
    if (current.revokedAt) throw conflict('This permission grant is already revoked');
    guard.takeAway(permissionOffer(permissionFact(guard, current.permissionId)!, permissionShape(current)));
    return store.updateUserPermission(id, { isActive: false, revokedAt: new Date(), revokedBy: actor, revocationReason: reason ?? null });
  });
}

/** Four eyes: the approver holds role:assign (shield) and is neither the granter nor the grantee. */
export async function approveGrant(ctx: Ctx, rawId: unknown): Promise<UserPermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await WriteGuard.open(tx, actor, { requires: 'role:assign' });
    const store = new AssignmentStore(tx);
    await store.lockUserPermission(id);
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
 * `user.registered`: give a new user every role whose auto_assign_conditions is
 * `{"on": "user_registered"}`, inside the caller's transaction. Idempotent: a retried job finds
 * the rows already there.
 */
export async function autoAssignRoles(tx: DbClient, userId: string, logger: Logger): Promise<string[]> {
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
}

/**
 * `user.deactivated`: the user's role assignments (with what was delegated from them) and direct
 * grants end now, inside the caller's transaction; those given from `givenBefore` on stay (a
 * reactivation recorded before this event arrived). The rows stay, revoked, as the audit trail;
 * a replayed event finds nothing left.
 */
export function endGrantsOfUser(tx: DbClient, userId: string, deactivatedBy: string | null, givenBefore: Date | null): Promise<{ roles: number; permissions: number }> {
  return new AssignmentStore(tx).revokeAllOfUser(userId, { revokedBy: deactivatedBy, reason: 'user deactivated', at: new Date() }, givenBefore);
}

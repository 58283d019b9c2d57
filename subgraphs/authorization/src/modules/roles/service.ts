import { auditBefore, connection, page, badInput, conflict, forbidden, notFound, parseInput } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { Prisma, Role, RolePermission } from '../../db.js';
import { linkOffer, normalizeCondition, roleOffers } from '../policy/coverage.js';
import { roleChain, type PolicyFacts, type RoleFact, type RolePermissionFact } from '@atrium/kernel/policy';
import { WriteGuard } from '../policy/guard.js';
import { checkWindow, condition, jsonObject, optionalText, uuid } from '../shared/inputs.js';
import { RoleStore } from './store.js';

type Ctx = AuthorizationContext;

const roleName = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, 'must be lowercase letters, digits and underscores, starting with a letter');
const createInput = z.object({
  name: roleName,
  displayName: optionalText(200),
  description: optionalText(2000),
  parentRoleId: uuid.nullish(),
  isAssignable: z.boolean().nullish(),
  maxAssignments: z.number().int().min(0).nullish(),
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  autoAssignConditions: jsonObject.nullish(),
  metadata: jsonObject.nullish(),
});
const updateInput = createInput.partial().extend({ name: roleName.optional() });

const rolePermissionInput = z.object({
  roleId: uuid,
  permissionId: uuid,
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  additionalConditions: condition.nullish(),
});
const rolePermissionUpdate = rolePermissionInput.omit({ roleId: true, permissionId: true });

export async function listRoles(ctx: Ctx, args: unknown) {
  const p = page(args);
  return connection(await new RoleStore(ctx.db).list(p), p);
}

export async function role(ctx: Ctx, args: { id?: unknown; name?: unknown }) {
  const { id, name } = parseInput(z.object({ id: uuid.nullish(), name: z.string().max(100).nullish() }), args);
  if (id) return ctx.loaders.role.load(id);
  if (name) return new RoleStore(ctx.db).byName(name);
  throw badInput([{ path: ['id'], message: 'give id or name' }]);
}

/** The role and its ancestors, nearest first. */
export async function chainOf(ctx: Ctx, role: Role): Promise<Role[]> {
  const chain: Role[] = [role];
  const seen = new Set([role.id]);
  let parentId = role.parentRoleId;
  while (parentId && !seen.has(parentId)) {
    const parent = await ctx.loaders.role.load(parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parent.id);
    parentId = parent.parentRoleId;
  }
  return chain;
}

export async function activeAssignments(ctx: Ctx, role: Role): Promise<number> {
  const [row] = await new RoleStore(ctx.db).countActiveAssignments([role.id], new Date());
  return row?._count._all ?? 0;
}

/** The catalog as it will be once `role` is written: what it then gives is what holders get. */
const withRole = (facts: PolicyFacts, role: Role): PolicyFacts => ({ ...facts, roles: new Map(facts.roles).set(role.id, role) });
const withLink = (facts: PolicyFacts, link: RolePermissionFact): PolicyFacts => ({ ...facts, rolePermissions: [...facts.rolePermissions.filter((rp) => rp.id !== link.id), link] });
/** Auto-assignment hands the role to every new account: it is handing out, like a parent. */
const autoAssigns = (conditions: unknown) => normalizeCondition(conditions ?? {}) !== normalizeCondition({});

/** Levels for every role after `changedId` takes `parentId`; throws when that makes a cycle. */
function levelsAfter(roles: { id: string; parentRoleId: string | null; roleLevel: number }[], changedId: string, parentId: string | null) {
  const parents = new Map(roles.map((r) => [r.id, r.id === changedId ? parentId : r.parentRoleId]));
  for (let at = parentId, steps = 0; at; at = parents.get(at) ?? null, steps++) {
    if (at === changedId || steps > roles.length) throw badInput([{ path: ['input', 'parentRoleId'], message: 'would make the role inherit from itself' }]);
  }
  const level = (id: string): number => {
    let n = 0;
    for (let at = parents.get(id); at; at = parents.get(at) ?? null) n++;
    return n;
  };
  return roles.map((r) => ({ id: r.id, roleLevel: level(r.id), changed: level(r.id) !== r.roleLevel })).filter((r) => r.changed);
}

/**
 * A new role with a parent gives its holders the parent's whole chain, and one that is
 * auto-assigned gives it to every new account: the actor must hold all of it.
 */
export async function createRole(ctx: Ctx, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:create' });
    const store = new RoleStore(tx);
    await store.lockHierarchy();
    let roleLevel = 0;
    if (input.parentRoleId) {
      const [parent] = await store.byIds([input.parentRoleId]);
      if (!parent) throw badInput([{ path: ['input', 'parentRoleId'], message: 'no such role' }]);
      roleLevel = parent.roleLevel + 1;
    }
    const created = await store.create({
      name: input.name,
      displayName: input.displayName ?? null,
      description: input.description ?? null,
      parentRoleId: input.parentRoleId ?? null,
      roleLevel,
      isAssignable: input.isAssignable ?? true,
      maxAssignments: input.maxAssignments ?? null,
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      validUntil: input.validUntil ?? null,
      autoAssignConditions: (input.autoAssignConditions ?? {}) as Prisma.InputJsonObject,
      metadata: (input.metadata ?? {}) as Prisma.InputJsonObject,
      createdBy: actor,
    });
    guard.handOut(roleOffers(withRole(guard.facts, created), created.id));
    return created;
  });
}

/**
 * A system role keeps its name; a new parent must not make the hierarchy circular. A change
 * of parent, window or auto-assignment changes what the role (and every role inheriting from
 * it) gives: the actor must hold what it gave before and what it gives after.
 */
export async function updateRole(ctx: Ctx, rawId: unknown, raw: unknown): Promise<Role> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateInput, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:update' });
    const store = new RoleStore(tx);
    await store.lockHierarchy();
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Role');
    auditBefore(current, 'Role');
    if (input.name !== undefined && input.name !== current.name && current.isSystemRole) throw forbidden(`Role ${current.name} is a system role and cannot be renamed`);
    checkWindow(input.validFrom ?? current.validFrom, input.validUntil === undefined ? current.validUntil : input.validUntil, ['input']);
    if (input.parentRoleId !== undefined && input.parentRoleId !== current.parentRoleId) {
      const all = await store.all();
      if (input.parentRoleId && !all.some((r) => r.id === input.parentRoleId)) throw badInput([{ path: ['input', 'parentRoleId'], message: 'no such role' }]);
      await store.setLevels(levelsAfter(all, id, input.parentRoleId ?? null));
    }
    const reshapes =
      (input.parentRoleId !== undefined && input.parentRoleId !== current.parentRoleId) ||
      (input.validFrom != null && input.validFrom.getTime() !== current.validFrom.getTime()) ||
      (input.validUntil !== undefined && (input.validUntil?.getTime() ?? null) !== (current.validUntil?.getTime() ?? null)) ||
      (input.autoAssignConditions != null && normalizeCondition(input.autoAssignConditions) !== normalizeCondition(current.autoAssignConditions));
    const updated = await store.update(id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.parentRoleId !== undefined ? { parentRoleId: input.parentRoleId } : {}),
      ...(input.isAssignable != null ? { isAssignable: input.isAssignable } : {}),
      ...(input.maxAssignments !== undefined ? { maxAssignments: input.maxAssignments } : {}),
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
      ...(input.autoAssignConditions != null ? { autoAssignConditions: input.autoAssignConditions as Prisma.InputJsonObject } : {}),
      ...(input.metadata != null ? { metadata: input.metadata as Prisma.InputJsonObject } : {}),
    });
    if (reshapes || (autoAssigns(updated.autoAssignConditions) && !autoAssigns(current.autoAssignConditions))) {
      guard.takeAway(roleOffers(guard.facts, id));
      guard.handOut(roleOffers(withRole(guard.facts, updated), id));
    }
    return updated;
  });
}

/** System roles stay; a role with child roles stays. Its grants and assignments go with it (004 §2: ON DELETE CASCADE). */
export async function deleteRole(ctx: Ctx, rawId: unknown): Promise<Role> {
  const id = parseInput(uuid, rawId, ['id']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:delete' });
    const store = new RoleStore(tx);
    await store.lockHierarchy();
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Role');
    auditBefore(current, 'Role');
    if (current.isSystemRole) throw forbidden(`Role ${current.name} is a system role and cannot be deleted`);
    if ((await store.countChildren(id)) > 0) throw conflict(`Role ${current.name} has child roles; re-parent them first`);
    // Its assignments go with it: that is revoking them.
    guard.takeAway(roleOffers(guard.facts, id));
    return store.delete(id);
  });
}

export async function listRolePermissions(ctx: Ctx, args: { first?: unknown; after?: unknown; filter?: unknown }) {
  const p = page(args);
  const filter = parseInput(z.object({ roleId: uuid.nullish(), permissionId: uuid.nullish() }).nullish(), args.filter, ['filter']) ?? {};
  return connection(await new RoleStore(ctx.db).listRolePermissions(filter, p), p);
}

/**
 * A link hands its permission to every holder of the role and of the roles inheriting from
 * it, whoever holds them: the actor must hold it unscoped, with no more conditions than the
 * link's and for at least as long (this is what stops an admin linking super_admin's
 * permissions to its own role, or to an empty role it then assigns to itself).
 */
export async function addRolePermission(ctx: Ctx, raw: unknown): Promise<RolePermission> {
  const input = parseInput(rolePermissionInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:update' });
    if (!guard.facts.roles.has(input.roleId)) throw badInput([{ path: ['input', 'roleId'], message: 'no such role' }]);
    if (!guard.facts.permissions.some((p) => p.id === input.permissionId)) throw badInput([{ path: ['input', 'permissionId'], message: 'no such permission' }]);
    const created = await new RoleStore(tx).createRolePermission({
      roleId: input.roleId,
      permissionId: input.permissionId,
      grantedBy: actor,
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      validUntil: input.validUntil ?? null,
      additionalConditions: (input.additionalConditions ?? {}) as Prisma.InputJsonObject,
    });
    guard.handOut(linkOffer(guard.facts, created));
    return created;
  });
}

/** Loosening a link (its conditions, its window) hands every holder more; narrowing takes away. */
export async function updateRolePermission(ctx: Ctx, rawId: unknown, raw: unknown): Promise<RolePermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(rolePermissionUpdate, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:update' });
    const store = new RoleStore(tx);
    const [current] = await store.rolePermissionsByIds([id]);
    if (!current) throw notFound('Role permission');
    auditBefore(current, 'RolePermission');
    checkWindow(input.validFrom ?? current.validFrom, input.validUntil === undefined ? current.validUntil : input.validUntil, ['input']);
    const updated = await store.updateRolePermission(id, {
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
      ...(input.additionalConditions != null ? { additionalConditions: input.additionalConditions as Prisma.InputJsonObject } : {}),
    });
    guard.takeAway(linkOffer(guard.facts, current));
    guard.handOut(linkOffer(withLink(guard.facts, updated), updated));
    return updated;
  });
}

export async function removeRolePermission(ctx: Ctx, rawId: unknown): Promise<RolePermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:update' });
    const store = new RoleStore(tx);
    const [current] = await store.rolePermissionsByIds([id]);
    if (!current) throw notFound('Role permission');
    guard.takeAway(linkOffer(guard.facts, current));
    return store.deleteRolePermission(id);
  });
}

/**
 * 002 §1 `has_role`: whether the user currently holds the role, directly or through a role
 * that inherits from it (a manager "has" the user role), with every window on the way valid.
 */
export async function hasRole(ctx: Ctx, args: { userId: unknown; role: unknown }): Promise<boolean> {
  const { userId, role: name } = parseInput(z.object({ userId: uuid, role: z.string().max(100) }), args);
  const now = Date.now();
  const open = (w: { validFrom: Date | null; validUntil: Date | null }) => (!w.validFrom || w.validFrom.getTime() <= now) && (!w.validUntil || now < w.validUntil.getTime());
  const assignments = (await ctx.loaders.userRolesByUser.load(userId)).filter((ur) => ur.isActive && !ur.revokedAt && open(ur));
  if (assignments.length === 0) return false;
  const facts = new Map((await new RoleStore(ctx.db).all()).map((r): [string, RoleFact] => [r.id, r]));
  for (const ur of assignments) {
    for (const r of roleChain(facts, ur.roleId)) {
      if (!open(r)) break;
      if (r.name === name) return true;
    }
  }
  return false;
}

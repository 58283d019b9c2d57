import { connection, page, badInput, conflict, forbidden, notFound, parseInput } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { Prisma, Role, RolePermission } from '../../db.js';
import { roleChain, type RoleFact } from '../policy/evaluate.js';
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

export async function createRole(ctx: Ctx, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new RoleStore(tx);
    await store.lockHierarchy();
    let roleLevel = 0;
    if (input.parentRoleId) {
      const [parent] = await store.byIds([input.parentRoleId]);
      if (!parent) throw badInput([{ path: ['input', 'parentRoleId'], message: 'no such role' }]);
      roleLevel = parent.roleLevel + 1;
    }
    return store.create({
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
      createdBy: callerId(ctx),
    });
  });
}

/** A system role keeps its name; a new parent must not make the hierarchy circular. */
export async function updateRole(ctx: Ctx, rawId: unknown, raw: unknown): Promise<Role> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new RoleStore(tx);
    await store.lockHierarchy();
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Role');
    if (input.name !== undefined && input.name !== current.name && current.isSystemRole) throw forbidden(`Role ${current.name} is a system role and cannot be renamed`);
    checkWindow(input.validFrom ?? current.validFrom, input.validUntil === undefined ? current.validUntil : input.validUntil, ['input']);
    if (input.parentRoleId !== undefined && input.parentRoleId !== current.parentRoleId) {
      const all = await store.all();
      if (input.parentRoleId && !all.some((r) => r.id === input.parentRoleId)) throw badInput([{ path: ['input', 'parentRoleId'], message: 'no such role' }]);
      await store.setLevels(levelsAfter(all, id, input.parentRoleId ?? null));
    }
    return store.update(id, {
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
  });
}

/** System roles stay; a role with child roles stays. Its grants and assignments go with it (004 §2: ON DELETE CASCADE). */
export async function deleteRole(ctx: Ctx, rawId: unknown): Promise<Role> {
  const id = parseInput(uuid, rawId, ['id']);
  return ctx.db.$transaction(async (tx) => {
    const store = new RoleStore(tx);
    await store.lockHierarchy();
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Role');
    if (current.isSystemRole) throw forbidden(`Role ${current.name} is a system role and cannot be deleted`);
    if ((await store.countChildren(id)) > 0) throw conflict(`Role ${current.name} has child roles; re-parent them first`);
    return store.delete(id);
  });
}

export async function listRolePermissions(ctx: Ctx, args: { first?: unknown; after?: unknown; filter?: unknown }) {
  const p = page(args);
  const filter = parseInput(z.object({ roleId: uuid.nullish(), permissionId: uuid.nullish() }).nullish(), args.filter, ['filter']) ?? {};
  return connection(await new RoleStore(ctx.db).listRolePermissions(filter, p), p);
}

export async function addRolePermission(ctx: Ctx, raw: unknown): Promise<RolePermission> {
  const input = parseInput(rolePermissionInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  if (!(await ctx.loaders.role.load(input.roleId))) throw badInput([{ path: ['input', 'roleId'], message: 'no such role' }]);
  if (!(await ctx.loaders.permission.load(input.permissionId))) throw badInput([{ path: ['input', 'permissionId'], message: 'no such permission' }]);
  return new RoleStore(ctx.db).createRolePermission({
    roleId: input.roleId,
    permissionId: input.permissionId,
    grantedBy: callerId(ctx),
    ...(input.validFrom ? { validFrom: input.validFrom } : {}),
    validUntil: input.validUntil ?? null,
    additionalConditions: (input.additionalConditions ?? {}) as Prisma.InputJsonObject,
  });
}

export async function updateRolePermission(ctx: Ctx, rawId: unknown, raw: unknown): Promise<RolePermission> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(rolePermissionUpdate, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new RoleStore(tx);
    const [current] = await store.rolePermissionsByIds([id]);
    if (!current) throw notFound('Role permission');
    checkWindow(input.validFrom ?? current.validFrom, input.validUntil === undefined ? current.validUntil : input.validUntil, ['input']);
    return store.updateRolePermission(id, {
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
      ...(input.additionalConditions != null ? { additionalConditions: input.additionalConditions as Prisma.InputJsonObject } : {}),
    });
  });
}

export async function removeRolePermission(ctx: Ctx, rawId: unknown): Promise<RolePermission> {
  const id = parseInput(uuid, rawId, ['id']);
  return ctx.db.$transaction(async (tx) => {
    const store = new RoleStore(tx);
    const [current] = await store.rolePermissionsByIds([id]);
    if (!current) throw notFound('Role permission');
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

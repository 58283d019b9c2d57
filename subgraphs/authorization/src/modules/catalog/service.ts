import { auditBefore, connection, page, RESOURCE_TYPES, badInput, conflict, forbidden, notFound, parseInput } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { Permission, Prisma, ResourceType } from '../../db.js';
import { checkWindow, condition, jsonObject, optionalText, uuid } from '../shared/inputs.js';
import { linkOffer, normalizeCondition, permissionOffer } from '../policy/coverage.js';
import { WriteGuard } from '../policy/guard.js';
import { PermissionStore, ResourceTypeStore } from './store.js';

type Ctx = AuthorizationContext;
const identifier = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, 'must be lowercase letters, digits and underscores, starting with a letter');
const isBuiltIn = (name: string) => Object.hasOwn(RESOURCE_TYPES, name);

const createTypeInput = z.object({
  name: identifier,
  description: optionalText(2000),
  parentTypeId: uuid.nullish(),
  availableActions: z.array(identifier).max(50).default([]),
  metadata: jsonObject.nullish(),
});
const updateTypeInput = z.object({
  name: identifier.optional(),
  description: optionalText(2000),
  parentTypeId: uuid.nullish(),
  availableActions: z.array(identifier).max(50).optional(),
  metadata: jsonObject.nullish(),
});

async function mustType(ctx: Ctx, id: string, path: (string | number)[]): Promise<ResourceType> {
  const row = await ctx.loaders.resourceType.load(id);
  if (!row) throw badInput([{ path, message: 'no such resource type' }]);
  return row;
}

export async function listResourceTypes(ctx: Ctx, args: unknown) {
  const p = page(args);
  return connection(await new ResourceTypeStore(ctx.db).list(p), p);
}

export async function resourceType(ctx: Ctx, args: { id?: unknown; name?: unknown }) {
  const { id, name } = parseInput(z.object({ id: uuid.nullish(), name: z.string().max(100).nullish() }), args);
  if (id) return ctx.loaders.resourceType.load(id);
  if (name) return new ResourceTypeStore(ctx.db).byName(name);
  throw badInput([{ path: ['id'], message: 'give id or name' }]);
}

export async function createResourceType(ctx: Ctx, raw: unknown) {
  const input = parseInput(createTypeInput, raw, ['input']);
  if (input.parentTypeId) await mustType(ctx, input.parentTypeId, ['input', 'parentTypeId']);
  return new ResourceTypeStore(ctx.db).create({
    name: input.name,
    description: input.description ?? null,
    parentTypeId: input.parentTypeId ?? null,
    availableActions: [...new Set(input.availableActions)],
    metadata: (input.metadata ?? {}) as Prisma.InputJsonObject,
  });
}

/** Catalog types keep their name and catalog actions; no type loses an action a permission uses. */
export async function updateResourceType(ctx: Ctx, rawId: unknown, raw: unknown) {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateTypeInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new ResourceTypeStore(tx);
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Resource type');
    if (input.name !== undefined && input.name !== current.name && isBuiltIn(current.name)) throw forbidden(`Resource type ${current.name} is part of the catalog and cannot be renamed`);
    if (input.parentTypeId) {
      if (input.parentTypeId === id) throw badInput([{ path: ['input', 'parentTypeId'], message: 'a type cannot be its own parent' }]);
      const [parent] = await store.byIds([input.parentTypeId]);
      if (!parent) throw badInput([{ path: ['input', 'parentTypeId'], message: 'no such resource type' }]);
    }
    if (input.availableActions) {
      const kept = new Set(input.availableActions);
      const required = [...(await store.actionsInUse(id)), ...(isBuiltIn(current.name) ? RESOURCE_TYPES[current.name as keyof typeof RESOURCE_TYPES].actions : [])];
      const dropped = [...new Set(required.filter((a) => !kept.has(a)))];
      if (dropped.length) throw conflict(`Actions still in use: ${dropped.join(', ')}`, ['availableActions']);
    }
    return store.update(id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.parentTypeId !== undefined ? { parentTypeId: input.parentTypeId } : {}),
      ...(input.availableActions ? { availableActions: [...new Set(input.availableActions)] } : {}),
      ...(input.metadata != null ? { metadata: input.metadata as Prisma.InputJsonObject } : {}),
    });
  });
}

export async function deleteResourceType(ctx: Ctx, rawId: unknown) {
  const id = parseInput(uuid, rawId, ['id']);
  return ctx.db.$transaction(async (tx) => {
    const store = new ResourceTypeStore(tx);
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Resource type');
    if (isBuiltIn(current.name)) throw forbidden(`Resource type ${current.name} is part of the catalog and cannot be deleted`);
    if (await store.isReferenced(id)) throw conflict('Resource type still has permissions, resources or child types');
    return store.delete(id);
  });
}

const createPermissionInput = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*(:[a-z0-9_]+)?$/, 'must be "<type>:<action>" or "<type>:<action>:<qualifier>"').max(200),
  displayName: optionalText(255),
  description: optionalText(2000),
  resourceTypeId: uuid,
  action: identifier,
  conditions: condition.nullish(),
  requiresApproval: z.boolean().nullish(),
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  metadata: jsonObject.nullish(),
});
const updatePermissionInput = z.object({
  displayName: optionalText(255),
  description: optionalText(2000),
  conditions: condition.nullish(),
  requiresApproval: z.boolean().nullish(),
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  metadata: jsonObject.nullish(),
});

export async function listPermissions(ctx: Ctx, args: { first?: unknown; after?: unknown; filter?: unknown }) {
  const p = page(args);
  const filter = parseInput(z.object({ resourceType: z.string().max(100).nullish(), action: z.string().max(100).nullish() }).nullish(), args.filter, ['filter']) ?? {};
  let resourceTypeId: string | null = null;
  if (filter.resourceType) {
    const type = await new ResourceTypeStore(ctx.db).byName(filter.resourceType);
    if (!type) return connection([], p);
    resourceTypeId = type.id;
  }
  return connection(await new PermissionStore(ctx.db).list({ resourceTypeId, action: filter.action }, p), p);
}

export async function permission(ctx: Ctx, args: { id?: unknown; name?: unknown }) {
  const { id, name } = parseInput(z.object({ id: uuid.nullish(), name: z.string().max(200).nullish() }), args);
  if (id) return ctx.loaders.permission.load(id);
  if (name) return new PermissionStore(ctx.db).byName(name);
  throw badInput([{ path: ['id'], message: 'give id or name' }]);
}

/**
 * A new permission row gives nobody anything until it is linked to a role or granted, and
 * both are checked against what the actor holds by what the row allows (type, action,
 * conditions, window): a second, condition-free row for a (type, action) the actor holds only
 * under a condition is no way around that.
 */
export async function createPermission(ctx: Ctx, raw: unknown) {
  const input = parseInput(createPermissionInput, raw, ['input']);
  checkWindow(input.validFrom, input.validUntil, ['input']);
  const type = await mustType(ctx, input.resourceTypeId, ['input', 'resourceTypeId']);
  if (!type.availableActions.includes(input.action)) {
    throw badInput([{ path: ['input', 'action'], message: `is not an available action of ${type.name} (${type.availableActions.join(', ')})` }]);
  }
  return new PermissionStore(ctx.db).create({
    name: input.name,
    displayName: input.displayName ?? null,
    description: input.description ?? null,
    resourceTypeId: type.id,
    action: input.action,
    conditions: (input.conditions ?? {}) as Prisma.InputJsonObject,
    requiresApproval: input.requiresApproval ?? false,
    ...(input.validFrom ? { validFrom: input.validFrom } : {}),
    validUntil: input.validUntil ?? null,
    metadata: (input.metadata ?? {}) as Prisma.InputJsonObject,
    createdBy: callerId(ctx),
  });
}

/**
 * A permission's identity (name, type, action) never changes; system permissions keep it
 * forever. Its conditions and window limit every link and grant of it: while it has any,
 * changing them needs the actor to hold, unscoped, what the row allowed before and what it
 * allows after. Unused, it gives nobody anything, and linking or granting it is checked then.
 */
export async function updatePermission(ctx: Ctx, rawId: unknown, raw: unknown): Promise<Permission> {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updatePermissionInput, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:update' });
    const store = new PermissionStore(tx);
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Permission');
    auditBefore(current, 'Permission');
    checkWindow(input.validFrom ?? current.validFrom, input.validUntil === undefined ? current.validUntil : input.validUntil, ['input']);
    const before = guard.facts.permissions.find((p) => p.id === id)!;
    const after = {
      ...before,
      conditions: input.conditions ?? before.conditions,
      validFrom: input.validFrom ?? before.validFrom,
      validUntil: input.validUntil === undefined ? before.validUntil : input.validUntil,
    };
    const changed = normalizeCondition(after.conditions) !== normalizeCondition(before.conditions) || after.validFrom?.getTime() !== before.validFrom?.getTime() || after.validUntil?.getTime() !== before.validUntil?.getTime();
    const inUse = guard.facts.rolePermissions.some((rp) => rp.permissionId === id) || (await store.directGrants(id)).length > 0;
    if (changed && inUse) {
      guard.takeAway(permissionOffer(before));
      guard.handOut(permissionOffer(after));
    }
    return store.update(id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.conditions != null ? { conditions: input.conditions as Prisma.InputJsonObject } : {}),
      ...(input.requiresApproval != null ? { requiresApproval: input.requiresApproval } : {}),
      ...(input.validFrom ? { validFrom: input.validFrom } : {}),
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
      ...(input.metadata != null ? { metadata: input.metadata as Prisma.InputJsonObject } : {}),
    });
  });
}

export async function deletePermission(ctx: Ctx, rawId: unknown) {
  const id = parseInput(uuid, rawId, ['id']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:delete' });
    const store = new PermissionStore(tx);
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Permission');
    if (current.isSystemPermission) throw forbidden(`Permission ${current.name} is a system permission and cannot be deleted`);
    // Its links and grants go with it: taking those away is what needs holding.
    const permission = guard.facts.permissions.find((p) => p.id === id)!;
    guard.takeAway([
      ...guard.facts.rolePermissions.filter((rp) => rp.permissionId === id).flatMap((rp) => linkOffer(guard.facts, rp)),
      ...(await store.directGrants(id)).flatMap((g) => permissionOffer(permission, { scope: g.resourceId, conditions: g.additionalConditions, validFrom: g.validFrom, validUntil: g.validUntil })),
    ]);
    return store.delete(id);
  });
}

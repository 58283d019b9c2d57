import { connection, page, badInput, conflict, notFound, parseInput } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { Prisma } from '../../db.js';
import { ResourceTypeStore } from '../catalog/store.js';
import { governOffers } from '../policy/coverage.js';
import { WriteGuard } from '../policy/guard.js';
import { jsonObject, optionalText, uuid } from '../shared/inputs.js';
import { ResourceStore } from './store.js';

type Ctx = AuthorizationContext;

const createInput = z.object({
  resourceType: z.string().min(1).max(100),
  resourceId: z.string().trim().min(1).max(255),
  name: optionalText(255),
  description: optionalText(2000),
  parentId: uuid.nullish(),
  ownerId: uuid.nullish(),
  attributes: jsonObject.nullish(),
  isActive: z.boolean().nullish(),
});
const updateInput = z.object({
  name: optionalText(255),
  description: optionalText(2000),
  parentId: uuid.nullish(),
  ownerId: uuid.nullish(),
  attributes: jsonObject.nullish(),
  isActive: z.boolean().nullish(),
});
const filterInput = z.object({ resourceType: z.string().max(100).nullish(), ownerId: uuid.nullish(), parentId: uuid.nullish() }).nullish();

export async function listResources(ctx: Ctx, args: { first?: unknown; after?: unknown; filter?: unknown }) {
  const p = page(args);
  const filter = parseInput(filterInput, args.filter, ['filter']) ?? {};
  let resourceTypeId: string | null = null;
  if (filter.resourceType) {
    const type = await new ResourceTypeStore(ctx.db).byName(filter.resourceType);
    if (!type) return connection([], p);
    resourceTypeId = type.id;
  }
  const rows = await new ResourceStore(ctx.db).list({ resourceTypeId, ownerId: filter.ownerId, parentResourceId: filter.parentId }, p);
  return connection(rows, p);
}

export function resource(ctx: Ctx, rawId: unknown) {
  return ctx.loaders.resource.load(parseInput(uuid, rawId, ['id']));
}

/**
 * Register a protected object of another domain, under an optional parent. Giving it an owner
 * or a parent hands owner-only grants, or the parent's scoped grants, to other people: the
 * actor must govern the object where it is registered (coverage.ts, governOffers).
 */
export async function createResource(ctx: Ctx, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:create' });
    const type = await new ResourceTypeStore(tx).byName(input.resourceType);
    if (!type) throw badInput([{ path: ['input', 'resourceType'], message: 'no such resource type' }]);
    const store = new ResourceStore(tx);
    if (input.parentId && (await store.byIds([input.parentId])).length === 0) throw badInput([{ path: ['input', 'parentId'], message: 'no such resource' }]);
    const created = await store.create({
      resourceTypeId: type.id,
      resourceId: input.resourceId,
      name: input.name ?? null,
      description: input.description ?? null,
      parentResourceId: input.parentId ?? null,
      ownerId: input.ownerId ?? null,
      attributes: (input.attributes ?? {}) as Prisma.InputJsonObject,
      isActive: input.isActive ?? true,
    });
    if (created.ownerId || created.parentResourceId) {
      guard.handOut(governOffers(guard.facts, type.name, created.id), { resources: await guard.resources([created.id]) });
    }
    if (created.ownerId) await store.recordOwnerChange({ resourceId: created.id, fromOwnerId: null, toOwnerId: created.ownerId, changedBy: actor });
    return created;
  });
}

/**
 * Moving a resource under one of its own descendants would make a cycle: refused. Changing its
 * owner, parent, attributes or active flag changes who its grants reach and what conditions
 * read (moving an object to yourself turns owner-only grants into yours): the actor must govern
 * it where it is and where it will be. Every owner change is recorded.
 */
export async function updateResource(ctx: Ctx, rawId: unknown, raw: unknown) {
  const id = parseInput(uuid, rawId, ['id']);
  const input = parseInput(updateInput, raw, ['input']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const guard = await WriteGuard.open(tx, actor, { requires: 'role:update', resources: [id] });
    const store = new ResourceStore(tx);
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Resource');
    if (input.parentId) {
      const ancestors = await store.ancestorIds(input.parentId);
      if (ancestors.length === 0) throw badInput([{ path: ['input', 'parentId'], message: 'no such resource' }]);
      if (ancestors.includes(id)) throw badInput([{ path: ['input', 'parentId'], message: 'would make the resource its own ancestor' }]);
    }
    const updated = await store.update(id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.parentId !== undefined ? { parentResourceId: input.parentId } : {}),
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      ...(input.attributes != null ? { attributes: input.attributes as Prisma.InputJsonObject } : {}),
      ...(input.isActive != null ? { isActive: input.isActive } : {}),
    });
    const ownerChanged = updated.ownerId !== current.ownerId;
    const governs =
      ownerChanged ||
      updated.parentResourceId !== current.parentResourceId ||
      updated.isActive !== current.isActive ||
      JSON.stringify(updated.attributes) !== JSON.stringify(current.attributes);
    if (governs) {
      const [type] = await new ResourceTypeStore(tx).byIds([current.resourceTypeId]);
      const offers = governOffers(guard.facts, type!.name, id);
      guard.handOut(offers); // where it is now (the facts were read before the update)
      guard.handOut(offers, { resources: await guard.resources([id]) }); // and where it is after it
    }
    if (ownerChanged) await store.recordOwnerChange({ resourceId: id, fromOwnerId: current.ownerId, toOwnerId: updated.ownerId, changedBy: actor });
    return updated;
  });
}

/** Who gave the resource which owner, oldest first. */
export async function ownerChanges(ctx: Ctx, args: { resourceId: unknown; first?: unknown; after?: unknown }) {
  const resourceId = parseInput(uuid, args.resourceId, ['resourceId']);
  const p = page(args);
  return connection(await new ResourceStore(ctx.db).ownerChanges(resourceId, p), p);
}

/** A resource that scopes grants or has children stays: revoke or move those first. */
export async function deleteResource(ctx: Ctx, rawId: unknown) {
  const id = parseInput(uuid, rawId, ['id']);
  const actor = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await WriteGuard.open(tx, actor, { requires: 'role:delete' });
    const store = new ResourceStore(tx);
    const [current] = await store.byIds([id]);
    if (!current) throw notFound('Resource');
    const refs = await store.referencedBy(id);
    if (refs.children + refs.userRoles + refs.userPermissions > 0) {
      throw conflict(`Resource is still referenced by ${refs.children} child resources, ${refs.userRoles} role assignments and ${refs.userPermissions} direct grants`);
    }
    return store.delete(id);
  });
}

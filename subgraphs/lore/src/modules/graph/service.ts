import {
  announceResource,
  badInput,
  connection,
  idArg,
  inTenant,
  notFound,
  optionalText,
  page,
  parseInput,
  retireResources,
  tenantFor,
  text,
  uuid,
  type EventBus,
  type RawExecutor,
} from '@atrium/kernel';
import { z } from 'zod';
import type { LoreContext } from '../../context.js';
import type { Entity, Relationship } from '../../db.js';
import { metadataObject, typeName, validateEntityMetadata } from '../knowledge/metadata.js';
import { callerId, lockedInTenant, readableCollection, requireKnowledge } from '../knowledge/service.js';
import { entityHash, queueEntityEmbedding } from './embed.js';
import { GraphStore, type Direction, type EdgeFilter } from './store.js';

/** GraphQL enum value → the direction the store walks. */
export const EDGE_DIRECTION = { OUTGOING: 'outgoing', INCOMING: 'incoming', BOTH: 'both' } as const;

const confidence = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
// An SDL default (`direction: … = BOTH`) reaches the resolver with its GraphQL name, not the
// enum's internal value: both spellings are read.
const direction = z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(['outgoing', 'incoming', 'both']));
const types = z.array(typeName).min(1).max(50);

const entityInput = z.object({
  collectionId: uuid,
  name: text(255).min(1, 'must not be empty'),
  entityType: typeName,
  description: optionalText(10_000),
  metadata: metadataObject().nullish(),
});
const entityUpdate = z.object({
  name: text(255).min(1, 'must not be empty').nullish(),
  entityType: typeName.nullish(),
  description: optionalText(10_000),
  metadata: metadataObject().nullish(),
});
const relationshipInput = z.object({
  sourceId: uuid,
  targetId: uuid,
  relationshipType: typeName,
  confidence: confidence.nullish(),
  metadata: metadataObject().nullish(),
});
const relationshipUpdate = z.object({ confidence: confidence.nullish(), metadata: metadataObject().nullish() });
const neighbourArgs = z.object({
  direction: direction.nullish(),
  relationshipTypes: types.nullish(),
  minConfidence: confidence.nullish(),
  first: z.number().int().min(1).max(100).nullish(),
});
const similarArgs = z.object({ id: uuid, topK: z.number().int().min(1).max(100).nullish(), threshold: z.number().min(-1).max(1).nullish() });

const maxDepthOf = (ctx: LoreContext) => ctx.settings.graph.maxDepth;
const traversalInput = (max: number) =>
  z.object({
    entityId: uuid,
    depth: z.number().int().min(1).max(max, `must be at most ${max} (ATRIUM_LORE_GRAPH_MAX_DEPTH)`).nullish(),
    direction: direction.nullish(),
    relationshipTypes: types.nullish(),
    minConfidence: confidence.nullish(),
    entityTypes: types.nullish(),
  });
const pathInput = (max: number) =>
  z.object({
    fromId: uuid,
    toId: uuid,
    maxDepth: z.number().int().min(1).max(max, `must be at most ${max} (ATRIUM_LORE_GRAPH_MAX_DEPTH)`).nullish(),
    direction: direction.nullish(),
    relationshipTypes: types.nullish(),
    minConfidence: confidence.nullish(),
  });

// ---- reading -----------------------------------------------------------------------------

/** An entity the caller may read (knowledge:read in its organization), or null (absent and out of tenant read the same). */
export async function readableEntity(ctx: LoreContext, id: string): Promise<Entity | null> {
  const entity = await ctx.loaders.entity.load(id);
  return entity && inTenant(await tenantFor(ctx, 'knowledge:read'), entity.organizationId) ? entity : null;
}

export async function getEntity(ctx: LoreContext, rawId: unknown) {
  callerId(ctx);
  return readableEntity(ctx, idArg(rawId));
}

export async function getRelationship(ctx: LoreContext, rawId: unknown): Promise<Relationship | null> {
  callerId(ctx);
  const rel = await ctx.loaders.relationship.load(idArg(rawId));
  return rel && inTenant(await tenantFor(ctx, 'knowledge:read'), rel.organizationId) ? rel : null;
}

export async function listEntities(ctx: LoreContext, args: { collectionId: unknown; entityType?: unknown }) {
  callerId(ctx);
  const collection = await readableCollection(ctx, idArg(args.collectionId, ['collectionId']));
  if (!collection) throw notFound('Collection');
  const entityType = args.entityType == null ? null : parseInput(typeName, args.entityType, ['entityType']);
  const p = page(args);
  const rows = await new GraphStore(ctx.db).listEntities(collection.id, entityType, p);
  rows.forEach((r) => ctx.loaders.entity.prime(r.id, r));
  return connection(rows, p);
}

const edgeFilter = (organizationId: string, i: { direction?: Direction | null; relationshipTypes?: string[] | null; minConfidence?: number | null }): EdgeFilter => ({
  organizationId,
  direction: i.direction ?? 'both',
  relationshipTypes: i.relationshipTypes ?? null,
  minConfidence: i.minConfidence ?? 0,
});

/** Load relationships and entities by id through the loaders, in order (all of the caller's tenant: the walk stayed in it). */
async function loadAll<T>(loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> }, ids: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}

export interface Neighbour {
  relationship: Relationship;
  entity: Entity;
  direction: 'outgoing' | 'incoming';
}

export async function neighboursOf(ctx: LoreContext, entity: Entity, raw: unknown): Promise<Neighbour[]> {
  const args = parseInput(neighbourArgs, raw);
  const found = await new GraphStore(ctx.db).neighbours(entity.id, edgeFilter(entity.organizationId, args), args.first ?? 50);
  const [rels, others] = await Promise.all([
    loadAll<Relationship>(ctx.loaders.relationship, found.map((f) => f.relationshipId)),
    loadAll<Entity>(ctx.loaders.entity, found.map((f) => f.otherId)),
  ]);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const entityById = new Map(others.map((e) => [e.id, e]));
  return found.flatMap((f) => {
    const relationship = relById.get(f.relationshipId);
    const other = entityById.get(f.otherId);
    return relationship && other ? [{ relationship, entity: other, direction: f.outgoing ? ('outgoing' as const) : ('incoming' as const) }] : [];
  });
}

export async function neighbourhood(ctx: LoreContext, raw: unknown) {
  callerId(ctx);
  const input = parseInput(traversalInput(maxDepthOf(ctx)), raw, ['input']);
  const start = await readableEntity(ctx, input.entityId);
  if (!start) throw notFound('Knowledge entity');
  const depth = input.depth ?? Math.min(2, maxDepthOf(ctx));
  const filter = edgeFilter(start.organizationId, input);
  const store = new GraphStore(ctx.db);
  const max = ctx.settings.graph.maxNodes;
  const reached = await store.reachable(start.id, filter, depth, input.entityTypes ?? null, max);
  const truncated = reached.length > max;
  const kept = reached.slice(0, max);
  const entities = new Map((await loadAll<Entity>(ctx.loaders.entity, kept.map((r) => r.entityId))).map((e) => [e.id, e]));
  const nodes = kept.flatMap((r) => (entities.has(r.entityId) ? [{ entity: entities.get(r.entityId)!, depth: r.depth }] : []));
  const relationships = await store.relationshipsAmong([start.id, ...kept.map((r) => r.entityId)], filter);
  relationships.forEach((r) => ctx.loaders.relationship.prime(r.id, r));
  return { start, depth, nodes, relationships, truncated };
}

export async function shortestPath(ctx: LoreContext, raw: unknown) {
  callerId(ctx);
  const input = parseInput(pathInput(maxDepthOf(ctx)), raw, ['input']);
  const [from, to] = await Promise.all([readableEntity(ctx, input.fromId), readableEntity(ctx, input.toId)]);
  if (!from) throw notFound('Knowledge entity');
  if (!to) throw notFound('Knowledge entity');
  if (from.organizationId !== to.organizationId) return null; // relationships never cross organizations
  if (from.id === to.id) return { length: 0, entities: [from], relationships: [] };
  const found = await new GraphStore(ctx.db).shortestPath(from.id, to.id, edgeFilter(from.organizationId, input), input.maxDepth ?? maxDepthOf(ctx));
  if (!found) return null;
  const [entities, relationships] = await Promise.all([loadAll<Entity>(ctx.loaders.entity, found.entities), loadAll<Relationship>(ctx.loaders.relationship, found.relationships)]);
  return { length: relationships.length, entities, relationships };
}

export async function similarEntities(ctx: LoreContext, raw: unknown) {
  callerId(ctx);
  const args = parseInput(similarArgs, raw);
  const entity = await ctx.loaders.entity.load(args.id);
  if (!entity || !inTenant(await tenantFor(ctx, 'knowledge:search'), entity.organizationId)) throw notFound('Knowledge entity');
  if (entity.embeddedHash !== entity.contentHash) throw badInput([{ path: ['id'], message: 'the entity is not embedded yet (its embedding job has not run); try again shortly' }]);
  const found = await new GraphStore(ctx.db).similar(entity.id, entity.organizationId, args.topK ?? 10, args.threshold ?? 0, ctx.settings.search.scanMaxRows);
  const entities = new Map((await loadAll<Entity>(ctx.loaders.entity, found.map((f) => f.entityId))).map((e) => [e.id, e]));
  return found.flatMap((f) => (entities.has(f.entityId) ? [{ entity: entities.get(f.entityId)!, score: f.score }] : []));
}

// ---- writing -----------------------------------------------------------------------------

/** An entity is a resource under its collection (itself one under its organization). */
function announceEntity(events: EventBus, tx: RawExecutor, e: Entity) {
  return announceResource(events, tx, {
    type: 'knowledge',
    id: e.id,
    name: e.name,
    ownerId: e.createdById,
    organizationId: e.organizationId,
    parent: { type: 'knowledge', id: e.collectionId },
    attributes: { kind: 'entity', entityType: e.entityType },
  });
}

/** A relationship is a resource under its organization. */
function announceRelationship(events: EventBus, tx: RawExecutor, r: Relationship) {
  return announceResource(events, tx, {
    type: 'knowledge',
    id: r.id,
    name: r.relationshipType,
    ownerId: r.createdById,
    organizationId: r.organizationId,
    attributes: { kind: 'relationship', relationshipType: r.relationshipType, sourceId: r.sourceId, targetId: r.targetId },
  });
}

type Tx = Parameters<Parameters<LoreContext['db']['$transaction']>[0]>[0];

const lockEntity = (ctx: LoreContext, tx: Tx, id: string, permission: 'knowledge:update' | 'knowledge:delete') =>
  lockedInTenant(ctx, new GraphStore(tx).lockEntities([id]).then((rows) => rows[0] ?? null), permission, 'Knowledge entity');

export async function createEntity(ctx: LoreContext, raw: unknown) {
  const input = parseInput(entityInput, raw, ['input']);
  const userId = callerId(ctx);
  const collection = await ctx.loaders.collection.load(input.collectionId);
  if (!collection) throw notFound('Collection');
  await requireKnowledge(ctx, 'knowledge:create', collection.organizationId, 'Collection');
  validateEntityMetadata(collection, input.entityType, input.metadata ?? {}, ['input', 'metadata']);
  return ctx.db.$transaction(async (tx) => {
    const fields = { name: input.name, entityType: input.entityType, description: input.description ?? null };
    const entity = await new GraphStore(tx).createEntity({
      ...fields,
      organizationId: collection.organizationId,
      collectionId: collection.id,
      metadata: input.metadata ?? {},
      createdById: userId,
      contentHash: entityHash(fields),
    });
    await announceEntity(ctx.events, tx, entity);
    await queueEntityEmbedding(tx, entity.id, ctx.settings.ingestion.maxAttempts);
    return entity;
  });
}

export async function updateEntity(ctx: LoreContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(entityUpdate, raw, ['input']);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const entity = await lockEntity(ctx, tx, id, 'knowledge:update');
    const fields = {
      name: input.name ?? entity.name,
      entityType: input.entityType ?? entity.entityType,
      description: input.description === undefined ? entity.description : input.description,
    };
    // The metadata the entity ends with must satisfy its (possibly new) type's schema.
    if (input.metadata || fields.entityType !== entity.entityType) {
      const collection = (await ctx.loaders.collection.load(entity.collectionId))!;
      validateEntityMetadata(collection, fields.entityType, input.metadata ?? (entity.metadata as object), input.metadata ? ['input', 'metadata'] : ['input', 'entityType']);
    }
    const hash = entityHash(fields);
    const saved = await new GraphStore(tx).updateEntity(id, { ...fields, contentHash: hash, metadata: input.metadata ?? undefined });
    if (fields.name !== entity.name || fields.entityType !== entity.entityType) await announceEntity(ctx.events, tx, saved);
    if (hash !== entity.contentHash) await queueEntityEmbedding(tx, id, ctx.settings.ingestion.maxAttempts);
    return saved;
  });
}

export async function deleteEntity(ctx: LoreContext, rawId: unknown) {
  const id = idArg(rawId);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockEntity(ctx, tx, id, 'knowledge:delete');
    const relationships = await new GraphStore(tx).deleteEntity(id);
    await retireResources(ctx.events, tx, [{ type: 'knowledge', id }, ...relationships.map((r) => ({ type: 'knowledge' as const, id: r }))]);
    return { id };
  });
}

export async function createRelationship(ctx: LoreContext, raw: unknown) {
  const input = parseInput(relationshipInput, raw, ['input']);
  const userId = callerId(ctx);
  if (input.sourceId === input.targetId) throw badInput([{ path: ['input', 'targetId'], message: 'must be another entity than the source' }]);
  return ctx.db.$transaction(async (tx) => {
    const store = new GraphStore(tx);
    // Both ends locked (in id order): neither is deleted or moved while the edge is written.
    const locked = await store.lockEntities([input.sourceId, input.targetId]);
    const source = locked.find((e) => e.id === input.sourceId);
    const target = locked.find((e) => e.id === input.targetId);
    if (!source) throw notFound('Knowledge entity');
    await requireKnowledge(ctx, 'knowledge:create', source.organizationId, 'Knowledge entity');
    // Another tenant's target reads as absent, like one that does not exist.
    if (!target || target.organizationId !== source.organizationId) throw notFound('Knowledge entity');
    const relationship = await store.createRelationship({
      organizationId: source.organizationId,
      sourceId: source.id,
      targetId: target.id,
      relationshipType: input.relationshipType,
      confidence: input.confidence ?? 1,
      metadata: input.metadata ?? {},
      createdById: userId,
    });
    await announceRelationship(ctx.events, tx, relationship);
    return relationship;
  });
}

const lockRelationship = (ctx: LoreContext, tx: Tx, id: string, permission: 'knowledge:update' | 'knowledge:delete') =>
  lockedInTenant(ctx, new GraphStore(tx).lockRelationship(id), permission, 'Knowledge relationship');

export async function updateRelationship(ctx: LoreContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(relationshipUpdate, raw, ['input']);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockRelationship(ctx, tx, id, 'knowledge:update');
    return new GraphStore(tx).updateRelationship(id, { confidence: input.confidence ?? undefined, metadata: input.metadata ?? undefined });
  });
}

export async function deleteRelationship(ctx: LoreContext, rawId: unknown) {
  const id = idArg(rawId);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockRelationship(ctx, tx, id, 'knowledge:delete');
    await new GraphStore(tx).deleteRelationship(id);
    await retireResources(ctx.events, tx, [{ type: 'knowledge', id }]);
    return { id };
  });
}

import {
  announceResource,
  badInput,
  connection,
  httpUrl,
  idArg,
  inTenant,
  jsonObject,
  notFound,
  optionalText,
  page,
  parseInput,
  forbidden,
  retireResources,
  sha256,
  tenantFor,
  text,
  unauthenticated,
  uuid,
  type EventBus,
  type Permission,
  type RawExecutor,
} from '@atrium/kernel';
import { z } from 'zod';
import type { LoreContext } from '../../context.js';
import type { Collection, Document, EmbeddingModel } from '../../db.js';
import { queueIngestion } from './ingest.js';
import { checkEntitySchemas, checkMetadataSchema, entitySchemasInput, metadataObject, validateMetadata } from './metadata.js';
import { KnowledgeStore } from './store.js';

/** GraphQL enum value → the spelling stored in the VARCHAR columns. */
export const EMBEDDING_PROVIDER = { LOCAL: 'local', OPENAI: 'openai' } as const;
export const DOCUMENT_STATUS = { PENDING: 'pending', PROCESSING: 'processing', READY: 'ready', FAILED: 'failed' } as const;

const MAX_CONTENT_BYTES = 1024 * 1024;
const contentText = z.string().refine((v) => Buffer.byteLength(v, 'utf8') <= MAX_CONTENT_BYTES, 'must be at most 1 MB');
const mime = z.string().trim().toLowerCase().regex(/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/, 'must be a MIME type').max(50);

const modelInput = z
  .object({
    name: text(100).min(1, 'must not be empty'),
    provider: z.enum(['local', 'openai']),
    dimensions: z.number().int().min(1).max(4096),
    version: optionalText(50),
    description: optionalText(2000),
    baseUrl: httpUrl.nullish(),
    remoteModel: optionalText(200),
    sendDimensions: z.boolean().nullish(),
  })
  .refine((m) => m.provider !== 'openai' || !!m.baseUrl, { path: ['baseUrl'], message: 'is required for an OPENAI model' });
const collectionInput = z.object({
  organizationId: uuid,
  name: text(100).min(1, 'must not be empty'),
  description: optionalText(5000),
  modelId: uuid.nullish(),
  metadataSchema: jsonObject().nullish(),
  entityMetadataSchemas: entitySchemasInput().nullish(),
});
const documentInput = z.object({
  collectionId: uuid,
  title: text(255).min(1, 'must not be empty'),
  content: contentText,
  contentType: mime.nullish(),
  metadata: metadataObject().nullish(),
});
const documentUpdate = z.object({
  title: text(255).min(1, 'must not be empty').nullish(),
  content: contentText.nullish(),
  contentType: mime.nullish(),
  metadata: metadataObject().nullish(),
});

/**
 * Refuse a write unless the organization is in the caller's tenant scope of `permission`. A
 * caller who may read the object there but not do this gets FORBIDDEN naming the permission;
 * anyone else gets NOT_FOUND, exactly as for an object that does not exist.
 */
export async function requireKnowledge(ctx: LoreContext, permission: Permission, organizationId: string, what: string): Promise<void> {
  if (inTenant(await tenantFor(ctx, permission), organizationId)) return;
  if (permission !== 'knowledge:read' && inTenant(await tenantFor(ctx, 'knowledge:read'), organizationId)) throw forbidden(`Missing permission ${permission}`, { permission });
  throw notFound(what);
}

export function callerId(ctx: LoreContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

/** Title and content together: a change of either re-embeds (the title is in every chunk's keywords). */
const contentHash = (title: string, content: string) => sha256(Buffer.from(`${title}\u0000${content}`, 'utf8'));

/** Whether a model has what its provider needs. */
export const isConfigured = (m: EmbeddingModel) => m.provider === 'local' || typeof (m.configuration as { baseUrl?: unknown })?.baseUrl === 'string';

// ---- embedding models --------------------------------------------------------------------

export async function listModels(ctx: LoreContext, args: unknown) {
  callerId(ctx);
  const p = page(args);
  return connection(await new KnowledgeStore(ctx.db).listModels(p), p);
}

export async function createModel(ctx: LoreContext, raw: unknown) {
  const input = parseInput(modelInput, raw, ['input']);
  const configuration = input.provider === 'openai' ? { baseUrl: input.baseUrl!, model: input.remoteModel ?? input.name, sendDimensions: input.sendDimensions ?? false } : {};
  return new KnowledgeStore(ctx.db).createModel({
    name: input.name,
    provider: input.provider,
    dimensions: input.dimensions,
    version: input.version ?? null,
    description: input.description ?? null,
    configuration,
  });
}

// ---- collections -------------------------------------------------------------------------

/** A collection the caller may read, or null (absent and out of tenant read the same). */
export async function readableCollection(ctx: LoreContext, id: string): Promise<Collection | null> {
  const collection = await ctx.loaders.collection.load(id);
  return collection && inTenant(await tenantFor(ctx, 'knowledge:read'), collection.organizationId) ? collection : null;
}

export async function getCollection(ctx: LoreContext, rawId: unknown) {
  return readableCollection(ctx, idArg(rawId));
}

export async function listCollections(ctx: LoreContext, args: { organizationId?: unknown }) {
  callerId(ctx);
  const p = page(args);
  const organizationId = args.organizationId == null ? null : idArg(args.organizationId, ['organizationId']);
  const rows = await new KnowledgeStore(ctx.db).listCollections(await tenantFor(ctx, 'knowledge:read'), p, organizationId);
  rows.forEach((r) => ctx.loaders.collection.prime(r.id, r));
  return connection(rows, p);
}

function announceCollection(events: EventBus, tx: RawExecutor, c: Collection) {
  return announceResource(events, tx, { type: 'knowledge', id: c.id, name: c.name, ownerId: c.createdById, organizationId: c.organizationId, attributes: { kind: 'collection' } });
}

export async function createCollection(ctx: LoreContext, raw: unknown) {
  const input = parseInput(collectionInput, raw, ['input']);
  const userId = callerId(ctx);
  await requireKnowledge(ctx, 'knowledge:create', input.organizationId, 'Organization');
  const store = new KnowledgeStore(ctx.db);
  const model = input.modelId ? await ctx.loaders.model.load(input.modelId) : await store.defaultModel();
  if (!model) throw badInput([{ path: ['input', 'modelId'], message: input.modelId ? 'no such embedding model' : 'no default embedding model is configured' }]);
  if (!isConfigured(model)) throw badInput([{ path: ['input', 'modelId'], message: 'this embedding model has no endpoint configured' }]);
  if (input.metadataSchema) checkMetadataSchema(input.metadataSchema, ['input', 'metadataSchema']);
  if (input.entityMetadataSchemas) checkEntitySchemas(input.entityMetadataSchemas, ['input', 'entityMetadataSchemas']);
  return ctx.db.$transaction(async (tx) => {
    const collection = await new KnowledgeStore(tx).createCollection({
      organizationId: input.organizationId,
      name: input.name,
      description: input.description ?? null,
      modelId: model.id,
      metadataSchema: input.metadataSchema ?? {},
      entityMetadataSchemas: input.entityMetadataSchemas ?? {},
      createdById: userId,
    });
    await announceCollection(ctx.events, tx, collection);
    return collection;
  });
}

export async function documentsOf(ctx: LoreContext, collection: Collection, args: unknown) {
  const p = page(args);
  const rows = await new KnowledgeStore(ctx.db).documentsOfCollection(collection.id, p);
  return connection(rows, p);
}

// ---- documents ---------------------------------------------------------------------------

export async function getDocument(ctx: LoreContext, rawId: unknown) {
  const doc = await ctx.loaders.document.load(idArg(rawId));
  return doc && inTenant(await tenantFor(ctx, 'knowledge:read'), doc.organizationId) ? doc : null;
}

/** A chunk (a source conversations cite) the caller may read: its document is in their knowledge:read tenants. */
export async function getChunk(ctx: LoreContext, rawId: unknown) {
  const chunk = await ctx.loaders.chunk.load(idArg(rawId));
  return chunk && inTenant(await tenantFor(ctx, 'knowledge:read'), chunk.organizationId) ? chunk : null;
}

/** A document is a resource under its collection, which is one under its organization. */
function announceDocument(events: EventBus, tx: RawExecutor, d: Document) {
  return announceResource(events, tx, {
    type: 'knowledge',
    id: d.id,
    name: d.title,
    ownerId: d.createdById,
    organizationId: d.organizationId,
    parent: { type: 'knowledge', id: d.collectionId },
    attributes: { kind: 'document' },
  });
}

export async function createDocument(ctx: LoreContext, raw: unknown) {
  const input = parseInput(documentInput, raw, ['input']);
  const userId = callerId(ctx);
  const collection = await ctx.loaders.collection.load(input.collectionId);
  if (!collection) throw notFound('Collection');
  await requireKnowledge(ctx, 'knowledge:create', collection.organizationId, 'Collection');
  const metadata = input.metadata ?? {};
  validateMetadata(collection, metadata, ['input', 'metadata']);
  return ctx.db.$transaction(async (tx) => {
    const doc = await new KnowledgeStore(tx).createDocument({
      organizationId: collection.organizationId,
      collectionId: collection.id,
      title: input.title,
      content: input.content,
      contentType: input.contentType ?? 'text/plain',
      metadata,
      createdById: userId,
      contentHash: contentHash(input.title, input.content),
    });
    await announceDocument(ctx.events, tx, doc);
    await queueIngestion(tx, doc.id, ctx.settings.ingestion.maxAttempts);
    return doc;
  });
}

/**
 * A row just locked for a write the caller needs `permission` for in its organization; absent
 * and out of tenant read the same (NOT_FOUND naming `what`).
 */
export async function lockedInTenant<T extends { organizationId: string }>(ctx: LoreContext, locked: Promise<T | null>, permission: Permission, what: string): Promise<T> {
  const row = await locked;
  if (!row) throw notFound(what);
  await requireKnowledge(ctx, permission, row.organizationId, what);
  return row;
}

/** Load and lock a document for a write the caller needs `permission` for. */
const lockForWrite = (ctx: LoreContext, tx: RawExecutor & Parameters<Parameters<LoreContext['db']['$transaction']>[0]>[0], id: string, permission: 'knowledge:update' | 'knowledge:delete') =>
  lockedInTenant(ctx, new KnowledgeStore(tx).lockDocument(id), permission, 'Knowledge document');

export async function updateDocument(ctx: LoreContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(documentUpdate, raw, ['input']);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const doc = await lockForWrite(ctx, tx, id, 'knowledge:update');
    const collection = (await new KnowledgeStore(tx).collectionsByIds([doc.collectionId]))[0]!;
    if (input.metadata) validateMetadata(collection, input.metadata, ['input', 'metadata']);
    const title = input.title ?? doc.title;
    const content = input.content ?? doc.content;
    const hash = contentHash(title, content);
    const changed = hash !== doc.contentHash;
    const saved = await new KnowledgeStore(tx).updateDocument(id, {
      title,
      content,
      contentType: input.contentType ?? undefined,
      metadata: input.metadata ?? undefined,
      ...(changed ? { contentHash: hash, version: { increment: 1 }, status: 'pending', attempts: 0, embeddingError: null } : {}),
    });
    if (title !== doc.title) await announceDocument(ctx.events, tx, saved);
    if (changed) await queueIngestion(tx, id, ctx.settings.ingestion.maxAttempts);
    return saved;
  });
}

export async function reembedDocument(ctx: LoreContext, rawId: unknown) {
  const id = idArg(rawId);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockForWrite(ctx, tx, id, 'knowledge:update');
    const saved = await new KnowledgeStore(tx).updateDocument(id, { status: 'pending', attempts: 0, embeddingError: null, embeddedHash: null });
    await queueIngestion(tx, id, ctx.settings.ingestion.maxAttempts);
    return saved;
  });
}

export async function deleteDocument(ctx: LoreContext, rawId: unknown) {
  const id = idArg(rawId);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    await lockForWrite(ctx, tx, id, 'knowledge:delete');
    await new KnowledgeStore(tx).deleteDocument(id);
    await retireResources(ctx.events, tx, [{ type: 'knowledge', id }]);
    return { id };
  });
}

export async function chunksOf(ctx: LoreContext, doc: Document, args: unknown) {
  const p = page(args);
  return connection(await new KnowledgeStore(ctx.db).chunksOfDocument(doc.id, p), p);
}

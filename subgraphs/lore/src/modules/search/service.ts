import { AppError, badInput, inTenant, jsonObject, notFound, parseInput, tenantFor, text, uuid } from '@atrium/kernel';
import { z } from 'zod';
import type { LoreContext } from '../../context.js';
import type { ChunkRow, EmbeddingModel } from '../../db.js';
import { EmbeddingError, embedAll, normalize, providerFor } from '../../embeddings/index.js';
import { publishEmbeddingUsage } from '../../embeddings/usage.js';
import { callerId } from '../knowledge/service.js';
import { fuse, single, type FusedHit, type Scored } from './fusion.js';
import { SearchStore, type SemanticQuery } from './store.js';

export const SEARCH_MODE = { SEMANTIC: 'semantic', KEYWORD: 'keyword', HYBRID: 'hybrid' } as const;

const searchInput = z
  .object({
    collectionId: uuid.nullish(),
    documentIds: z.array(uuid).min(1, 'must name at least one document').max(100, 'must name at most 100 documents').nullish(),
    query: text(2000).min(1, 'must not be empty').nullish(),
    vector: z.array(z.number().finite()).min(1).max(4096).nullish(),
    mode: z.enum(['semantic', 'keyword', 'hybrid']).nullish(),
    topK: z.number().int().min(1).max(100).nullish(),
    threshold: z.number().min(-1).max(1).nullish(),
    metadata: jsonObject(8192).nullish(),
  })
  .refine((i) => i.collectionId || i.documentIds, { path: ['collectionId'], message: 'give a collection or documentIds' })
  .refine((i) => i.query || i.vector, { path: ['query'], message: 'give a query text or a vector' })
  .refine((i) => i.mode !== 'keyword' || i.query, { path: ['query'], message: 'keyword search needs a query text' });

/** How many of each list hybrid search fuses: deeper than topK, so a result strong in one list alone can still rank. */
const fusionDepth = (topK: number) => Math.min(200, Math.max(50, topK * 4));

export interface SearchResult {
  mode: (typeof SEARCH_MODE)[keyof typeof SEARCH_MODE];
  model: EmbeddingModel;
  exact: boolean;
  hits: SearchHit[];
}

export interface SearchHit extends FusedHit {
  chunk: ChunkRow;
  documentId: string;
  createdById: string | null;
}

/** The collection searched and the documents it is narrowed to, all within the caller's knowledge:search tenants. */
async function searchScope(ctx: LoreContext, collectionId: string | null, documentIds: string[] | null) {
  const tenants = await tenantFor(ctx, 'knowledge:search');
  const searchable = async (id: string) => {
    const collection = await ctx.loaders.collection.load(id);
    if (!collection || !inTenant(tenants, collection.organizationId)) throw notFound('Collection');
    return collection;
  };
  const named = collectionId ? await searchable(collectionId) : null;
  if (!documentIds) return { collection: named!, documentIds: null };
  const only = [...new Set(documentIds)];
  const docs = await ctx.loaders.document.loadMany(only);
  const collections = new Set<string>();
  docs.forEach((d, i) => {
    if (!d || d instanceof Error || !inTenant(tenants, d.organizationId)) throw new AppError('NOT_FOUND', 'Knowledge document not found', { fields: [{ path: ['input', 'documentIds', i], message: 'not found' }] });
    collections.add(d.collectionId);
  });
  if (collections.size > 1 || (named && !collections.has(named.id))) throw badInput([{ path: ['input', 'documentIds'], message: named ? 'must all be documents of the collection' : 'must all be documents of one collection' }]);
  return { collection: named ?? (await searchable([...collections][0]!)), documentIds: only };
}

/** The exact path: the in-process scan over the collection's current vectors (exact.ts). */
async function exactSemantic(ctx: LoreContext, store: SearchStore, q: SemanticQuery): Promise<Scored[]> {
  let documents = q.metadata ? await store.documentsMatching(q.collectionId, q.organizationId, q.metadata) : null;
  if (q.documentIds) {
    const only = new Set(q.documentIds);
    documents = new Set([...(documents ?? only)].filter((id) => only.has(id)));
  }
  if (documents && documents.size === 0) return [];
  return ctx.vectors.exact.search(store, { ...q, documents });
}

/**
 * `searchKnowledge` (002 §6 search_embeddings / hybrid_search; a namespace is a collection).
 * The caller needs knowledge:search in the collection's organization (its tenant scope): out of
 * it, the collection does not exist for them. Every statement is filtered by the collection and
 * its organization, and a query vector (given, or the query text embedded with the
 * collection's own model) must have that model's dimensions. With `documentIds`, every document
 * must exist in one collection the caller may search (else NOT_FOUND, the same as for none), and
 * only their chunks are ranked.
 */
export async function searchKnowledge(ctx: LoreContext, raw: unknown): Promise<SearchResult> {
  const input = parseInput(searchInput, raw, ['input']);
  callerId(ctx);
  const { collection, documentIds } = await searchScope(ctx, input.collectionId ?? null, input.documentIds ?? null);
  const model = (await ctx.loaders.model.load(collection.modelId))!;
  const mode = input.mode ?? 'hybrid';
  const topK = input.topK ?? 10;
  const metadata = input.metadata ?? null;
  const store = new SearchStore(ctx.db);

  let vector: number[] | null = null;
  if (mode !== 'keyword') {
    if (input.vector) {
      if (input.vector.length !== model.dimensions) throw badInput([{ path: ['input', 'vector'], message: `must have ${model.dimensions} dimensions (the collection's model ${model.name})` }]);
      vector = normalize(input.vector);
    } else {
      const began = performance.now();
      const usage = (success: boolean, tokens: number) =>
        publishEmbeddingUsage(ctx.events, ctx.db, {
          model, tokens, latencyMs: performance.now() - began, success, errorCode: success ? null : 'INTERNAL_SERVER_ERROR',
          organizationId: collection.organizationId, userId: ctx.principal?.userId ?? null, requestId: ctx.requestId, sessionId: ctx.principal?.sessionId ?? null,
        }).catch((e: unknown) => ctx.logger.warn({ err: e }, 'embedding usage not published'));
      try {
        const embedded = await embedAll(providerFor(model, ctx.settings.embeddings), [input.query!], model.dimensions, 1);
        vector = embedded.vectors[0]!;
        await usage(true, embedded.tokens);
      } catch (error) {
        if (error instanceof EmbeddingError) {
          await usage(false, 0);
          throw new AppError('INTERNAL_SERVER_ERROR', `The query could not be embedded: ${error.message}`);
        }
        throw error;
      }
    }
  }
  const depth = mode === 'hybrid' ? fusionDepth(topK) : topK;
  const where = { collectionId: collection.id, organizationId: collection.organizationId, metadata, documentIds };
  const pgvector = vector ? await ctx.vectors.hasPgvector(store) : false;
  const semanticQuery = vector && { ...where, vector, threshold: input.threshold ?? 0, topK: depth, scanMaxRows: ctx.settings.search.scanMaxRows };
  const [semantic, keyword] = await Promise.all([
    !semanticQuery ? Promise.resolve([]) : pgvector ? store.semantic(semanticQuery) : exactSemantic(ctx, store, semanticQuery),
    mode !== 'semantic' && input.query ? store.keyword({ ...where, text: input.query, topK: depth }) : Promise.resolve([]),
  ]);
  const fused = mode === 'hybrid' ? fuse(semantic, keyword, topK) : single(mode === 'semantic' ? semantic : keyword, mode);
  const chunks = await ctx.loaders.chunk.loadMany(fused.map((h) => h.chunkId));
  const hits: SearchHit[] = [];
  fused.forEach((hit, i) => {
    const chunk = chunks[i];
    // A chunk replaced between the search and this read is left out, not shown half.
    if (chunk && !(chunk instanceof Error)) hits.push({ ...hit, chunk, documentId: chunk.documentId, createdById: chunk.createdById });
  });
  return { mode, model, exact: !pgvector, hits };
}

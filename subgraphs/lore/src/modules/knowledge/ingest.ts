import { enqueue, type EventBus, type Logger, type RawExecutor } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { chunkText } from '../../chunking.js';
import type { LoreSettings } from '../../config.js';
import type { Document, LoreDb } from '../../db.js';
import { embedAll, EmbeddingError, providerFor } from '../../embeddings/index.js';
import { publishEmbeddingUsage } from '../../embeddings/usage.js';

/** The graphile-worker task that chunks and embeds one knowledge document. */
export const INGEST_DOCUMENT = 'lore.ingest_document';

export interface IngestDeps {
  db: LoreDb;
  settings: LoreSettings;
  logger: Logger;
  events: EventBus;
}

/** Queue the document's ingestion inside the caller's transaction (one pending job per document). */
export function queueIngestion(tx: RawExecutor, documentId: string, maxAttempts: number) {
  return enqueue(tx, INGEST_DOCUMENT, { documentId }, { jobKey: `${INGEST_DOCUMENT}:${documentId}`, maxAttempts });
}

/** What a document's own embedding is made of: its title and the start of its content. */
const DOCUMENT_TEXT_CHARS = 8000;
const documentText = (d: Pick<Document, 'title' | 'content'>) => `${d.title}\n\n${d.content.slice(0, DOCUMENT_TEXT_CHARS)}`;

/** The text form of a vector for a `::real[]` cast (seven significant digits, as real keeps). */
const vectorLiteral = (v: number[]) => `{${v.map((x) => Number(x.toPrecision(7))).join(',')}}`;

/**
 * One ingestion attempt. The document row exists before the job does, so a failing provider
 * never loses it: a retryable failure leaves it `pending` with the error for the queue's next
 * attempt, the last attempt (or a failure no retry can fix) marks it `failed`. Chunks and
 * embeddings are replaced in one transaction, only if the content is still the one embedded
 * (a change meanwhile queued a newer job): a reader sees the old chunks or the new, never a mix.
 */
export async function ingestDocument(deps: IngestDeps, documentId: string, attempt: { number: number; max: number }): Promise<void> {
  const { db, settings } = deps;
  const doc = await db.document.findUnique({ where: { id: documentId }, include: { collection: { include: { model: true } } } });
  if (!doc) return; // deleted meanwhile
  const model = doc.collection.model;
  if (doc.status === 'ready' && doc.embeddedHash === doc.contentHash && doc.embeddedModelId === model.id) return;
  await db.document.updateMany({ where: { id: doc.id, contentHash: doc.contentHash }, data: { status: 'processing', attempts: { increment: 1 } } });

  const chunks = chunkText(doc.content, settings.chunking);
  let vectors: number[][];
  let tokens: number;
  const began = performance.now();
  const usageOf = (success: boolean, tokenCount: number, errorCode: string | null) =>
    ({ model, tokens: tokenCount, latencyMs: performance.now() - began, success, errorCode, organizationId: doc.organizationId, userId: doc.createdById, requestId: null });
  try {
    const provider = providerFor(model, settings.embeddings);
    ({ vectors, tokens } = await embedAll(provider, [documentText(doc), ...chunks.map((c) => c.content)], model.dimensions, settings.ingestion.batch));
  } catch (error) {
    const known = error instanceof EmbeddingError;
    // A failed call is usage too (no tokens): analytics sees the outage.
    await publishEmbeddingUsage(deps.events, db, usageOf(false, 0, 'INTERNAL_SERVER_ERROR')).catch((e: unknown) => deps.logger.warn({ err: e }, 'embedding usage of a failed call not published'));
    const final = attempt.number >= attempt.max || (known && !error.retryable);
    const message = known ? error.message : 'The embedding provider failed unexpectedly';
    if (!known) deps.logger.error({ err: error, documentId }, 'ingestion failed unexpectedly');
    await db.document.updateMany({ where: { id: doc.id, contentHash: doc.contentHash }, data: { status: final ? 'failed' : 'pending', embeddingError: message } });
    // The last attempt ends the job: the document row records the failure (reembedKnowledgeDocument retries).
    if (final) return;
    throw error;
  }

  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ content_hash: string; version: number }[]>('SELECT content_hash, version FROM lore.documents WHERE id = $1::uuid FOR UPDATE', doc.id);
    if (rows[0]?.content_hash !== doc.contentHash) return; // deleted or changed: a newer job follows
    const version = rows[0].version;
    await tx.$executeRawUnsafe(
      `DELETE FROM lore.embeddings WHERE (entity_type = 'document' AND entity_id = $1::uuid)
          OR (entity_type = 'chunk' AND entity_id IN (SELECT id FROM lore.document_chunks WHERE document_id = $1::uuid))`,
      doc.id,
    );
    // The old chunks are superseded, not deleted: answers' sources still resolve to them (stale).
    // Those of the ATRIUM_LORE_CHUNK_VERSIONS_KEPT versions before this one stay; older ones go
    // (0: every superseded chunk goes at once).
    await tx.$executeRawUnsafe('UPDATE lore.document_chunks SET superseded_at = now() WHERE document_id = $1::uuid AND superseded_at IS NULL', doc.id);
    await tx.$executeRawUnsafe(
      'DELETE FROM lore.document_chunks WHERE document_id = $1::uuid AND superseded_at IS NOT NULL AND ($3::int = 0 OR document_version < $2::int - $3::int)',
      doc.id,
      version,
      settings.chunkVersionsKept,
    );
    const chunkIds = chunks.map(() => randomUUID());
    const embeddingIds = chunks.map(() => randomUUID());
    const documentEmbeddingId = randomUUID();
    if (chunks.length > 0) {
      await tx.$executeRawUnsafe(
        `INSERT INTO lore.document_chunks (id, document_id, organization_id, collection_id, chunk_index, content, start_offset, end_offset, metadata, search_vector, embedding_id, document_version)
         SELECT c.id, $1::uuid, $2::uuid, $3::uuid, c.idx, c.content, c.s, c.e, '{}'::jsonb,
                setweight(to_tsvector('english', $4::text), 'A') || setweight(to_tsvector('english', c.content), 'B'), c.emb, $11::int
           FROM unnest($5::uuid[], $6::int[], $7::text[], $8::int[], $9::int[], $10::uuid[]) AS c(id, idx, content, s, e, emb)`,
        doc.id,
        doc.organizationId,
        doc.collectionId,
        doc.title,
        chunkIds,
        chunks.map((c) => c.index),
        chunks.map((c) => c.content),
        chunks.map((c) => c.start),
        chunks.map((c) => c.end),
        embeddingIds,
        version,
      );
    }
    await tx.$executeRawUnsafe(
      `INSERT INTO lore.embeddings (id, organization_id, collection_id, entity_type, entity_id, content, embedding, metadata, model, model_id, dimensions)
       SELECT e.id, $1::uuid, $2::uuid, e.kind, e.entity, e.content, e.vec::real[], '{}'::jsonb, $3::text, $4::uuid, $5::int
         FROM unnest($6::uuid[], $7::text[], $8::uuid[], $9::text[], $10::text[]) AS e(id, kind, entity, content, vec)`,
      doc.organizationId,
      doc.collectionId,
      model.name,
      model.id,
      model.dimensions,
      [documentEmbeddingId, ...embeddingIds],
      ['document', ...chunks.map(() => 'chunk')],
      [doc.id, ...chunkIds],
      [documentText(doc), ...chunks.map((c) => c.content)],
      vectors.map(vectorLiteral),
    );
    await publishEmbeddingUsage(deps.events, tx, usageOf(true, tokens, null));
    await tx.document.update({
      where: { id: doc.id },
      data: { status: 'ready', embeddedHash: doc.contentHash, embeddedModelId: model.id, embeddingId: documentEmbeddingId, chunkCount: chunks.length, embeddingError: null, embeddedAt: new Date() },
    });
  });
}

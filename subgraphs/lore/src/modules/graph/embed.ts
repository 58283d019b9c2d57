import { enqueue, sha256, type RawExecutor } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import type { Entity } from '../../db.js';
import { embedAll, EmbeddingError, providerFor } from '../../embeddings/index.js';
import type { IngestDeps } from '../knowledge/ingest.js';

/** The graphile-worker task that embeds one knowledge graph entity with its collection's model. */
export const EMBED_ENTITY = 'lore.embed_entity';

/** What an entity's embedding is made of: its type, name and description. */
export const entityText = (e: Pick<Entity, 'entityType' | 'name' | 'description'>) => `${e.entityType}: ${e.name}${e.description ? `\n\n${e.description}` : ''}`;
export const entityHash = (e: Pick<Entity, 'entityType' | 'name' | 'description'>) => sha256(Buffer.from(entityText(e), 'utf8'));

/** Queue the entity's embedding inside the caller's transaction (one pending job per entity). */
export function queueEntityEmbedding(tx: RawExecutor, entityId: string, maxAttempts: number) {
  return enqueue(tx, EMBED_ENTITY, { entityId }, { jobKey: `${EMBED_ENTITY}:${entityId}`, maxAttempts });
}

const vectorLiteral = (v: number[]) => `{${v.map((x) => Number(x.toPrecision(7))).join(',')}}`;

/**
 * One attempt. The entity row exists before the job does, so an embedding outage never loses
 * it: a retryable failure throws for the queue's next attempt, the last one leaves the entity
 * unembedded (`embedded: false`; an update queues a new job). The embedding is replaced only if
 * the entity still has the text embedded.
 */
export async function embedEntity(deps: IngestDeps, entityId: string, attempt: { number: number; max: number }): Promise<void> {
  const { db, settings } = deps;
  const entity = await db.entity.findUnique({ where: { id: entityId }, include: { collection: { include: { model: true } } } });
  if (!entity || entity.embeddedHash === entity.contentHash) return;
  const model = entity.collection.model;
  let vector: number[];
  try {
    const { vectors } = await embedAll(providerFor(model, settings.embeddings), [entityText(entity)], model.dimensions, 1);
    vector = vectors[0]!;
  } catch (error) {
    const known = error instanceof EmbeddingError;
    if (!known) deps.logger.error({ err: error, entityId }, 'entity embedding failed unexpectedly');
    if (attempt.number >= attempt.max || (known && !error.retryable)) return;
    throw error;
  }
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ content_hash: string }[]>('SELECT content_hash FROM lore.entities WHERE id = $1::uuid FOR UPDATE', entity.id);
    if (rows[0]?.content_hash !== entity.contentHash) return; // deleted or changed: a newer job follows
    await tx.$executeRawUnsafe(`DELETE FROM lore.embeddings WHERE entity_type = 'entity' AND entity_id = $1::uuid`, entity.id);
    const id = randomUUID();
    await tx.$executeRawUnsafe(
      `INSERT INTO lore.embeddings (id, organization_id, collection_id, entity_type, entity_id, content, embedding, metadata, model, model_id, dimensions)
       VALUES ($1::uuid, $2::uuid, $3::uuid, 'entity', $4::uuid, $5::text, $6::real[], '{}'::jsonb, $7::text, $8::uuid, $9::int)`,
      id,
      entity.organizationId,
      entity.collectionId,
      entity.id,
      entityText(entity),
      vectorLiteral(vector),
      model.name,
      model.id,
      model.dimensions,
    );
    await tx.entity.update({ where: { id: entity.id }, data: { embeddingId: id, embeddedHash: entity.contentHash, embeddedAt: new Date() } });
  });
}

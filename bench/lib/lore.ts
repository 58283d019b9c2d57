/** Shared by the lore benchmarks: their database, deterministic ids and a collection written straight into lore's tables. */
import { createPrisma, type Logger } from '@atrium/kernel';
import { PrismaClient } from '@atrium/lore/generated/prisma/client';
import { vectorText } from '@atrium/lore/modules/search/sql';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { withBenchDatabase } from './kit.js';

export type LoreDb = ReturnType<typeof createPrisma<PrismaClient>>;

/** A prepared database (withBenchDatabase), a plain client, lore's Prisma client and the local embedding model's id. */
export async function withLoreBench(run: (bench: { client: pg.Client; db: LoreDb; modelId: string }) => Promise<void>): Promise<void> {
  await withBenchDatabase({}, async ({ databaseUrl, logger }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const db = createPrisma(PrismaClient, { url: databaseUrl, schema: 'lore', logger: logger as Logger, max: 4 });
    try {
      const [{ id: modelId }] = (await client.query(`SELECT id FROM lore.embedding_models WHERE name = 'local'`)).rows;
      await run({ client, db, modelId });
    } finally {
      await db.$disconnect();
      await client.end();
    }
  });
}

export const CHUNKS_PER_DOCUMENT = 50;

export const uuid = (text: string) => {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Write one collection of `chunks` straight into lore's tables (documents of 50 chunks). */
export async function writeCollection(client: pg.Client, input: { organizationId: string; modelId: string; name: string; chunks: string[]; vectors: number[][] }) {
  const collectionId = uuid(`collection:${input.name}`);
  await client.query(`INSERT INTO lore.collections (id, organization_id, name, model_id) VALUES ($1, $2, $3, $4)`, [collectionId, input.organizationId, input.name, input.modelId]);
  const documents = Math.ceil(input.chunks.length / CHUNKS_PER_DOCUMENT);
  const docIds = Array.from({ length: documents }, (_, i) => uuid(`${input.name}:doc:${i}`));
  await client.query(
    `INSERT INTO lore.documents (id, organization_id, collection_id, title, content, content_hash, status, chunk_count, metadata)
     SELECT d.id, $1, $2, 'Document ' || d.n, 'generated', 'h', 'ready', $4, jsonb_build_object('shard', d.n % 10) FROM unnest($3::uuid[]) WITH ORDINALITY AS d(id, n)`,
    [input.organizationId, collectionId, docIds, CHUNKS_PER_DOCUMENT],
  );
  const BATCH = 2000;
  for (let start = 0; start < input.chunks.length; start += BATCH) {
    const idx = Array.from({ length: Math.min(BATCH, input.chunks.length - start) }, (_, i) => start + i);
    const chunkIds = idx.map((i) => uuid(`${input.name}:chunk:${i}`));
    await client.query(
      `INSERT INTO lore.document_chunks (id, document_id, organization_id, collection_id, chunk_index, content, start_offset, end_offset, search_vector)
       SELECT c.id, c.doc, $1, $2, c.idx, c.content, 0, length(c.content), setweight(to_tsvector('english', c.content), 'B')
         FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::text[]) AS c(id, doc, idx, content)`,
      [input.organizationId, collectionId, chunkIds, idx.map((i) => docIds[Math.floor(i / CHUNKS_PER_DOCUMENT)]), idx.map((i) => i % CHUNKS_PER_DOCUMENT), idx.map((i) => input.chunks[i])],
    );
    await client.query(
      `INSERT INTO lore.embeddings (organization_id, collection_id, entity_type, entity_id, content, embedding, model, model_id, dimensions)
       SELECT $1, $2, 'chunk', e.id, '', e.vec::real[], 'local', $3, 256 FROM unnest($4::uuid[], $5::text[]) AS e(id, vec)`,
      [input.organizationId, collectionId, input.modelId, chunkIds, idx.map((i) => vectorText(input.vectors[i]!))],
    );
  }
  await client.query('ANALYZE lore.embeddings; ANALYZE lore.document_chunks; ANALYZE lore.documents');
  return collectionId;
}


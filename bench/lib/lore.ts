/** Shared by the lore benchmarks: their database, deterministic ids and a collection written straight into lore's tables. */
import { createPrisma, type Logger } from '@atrium/kernel';
import { PrismaClient } from '@atrium/lore/generated/prisma/client';
import { vectorText } from '@atrium/lore/modules/search/sql';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite/vector';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

/** What writeCollection needs of a client: node-postgres's and pglite's both have it. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * PGlite with its pgvector (and pg_trgm) extension, lore's migrations applied (their detection
 * takes the pgvector branch and builds the HNSW indexes) and the local model: the pgvector
 * reference the parity test also runs on.
 */
export async function openLorePglite(): Promise<{ db: PGlite; modelId: string }> {
  const db = await PGlite.create({ extensions: { vector, pg_trgm } });
  const migrations = new URL('../../prisma/lore/migrations/', import.meta.url);
  for (const name of readdirSync(migrations).filter((n) => /^\d+_/.test(n)).sort()) await db.exec(readFileSync(new URL(`${name}/migration.sql`, migrations), 'utf8'));
  const model = await db.query<{ id: string }>(`INSERT INTO lore.embedding_models (name, provider, dimensions, is_default) VALUES ('local', 'local', 256, true) ON CONFLICT (name) DO UPDATE SET dimensions = 256 RETURNING id`);
  return { db, modelId: model.rows[0]!.id };
}

export const uuid = (text: string) => {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Write one collection of `chunks` straight into lore's tables (documents of 50 chunks; `fullText: false` leaves their tsvectors empty). */
export async function writeCollection(client: Queryable, input: { organizationId: string; modelId: string; name: string; chunks: string[]; vectors: number[][]; fullText?: boolean }) {
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
       SELECT c.id, c.doc, $1, $2, c.idx, c.content, 0, length(c.content), ${input.fullText === false ? `''::tsvector` : `setweight(to_tsvector('english', c.content), 'B')`}
         FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::text[]) AS c(id, doc, idx, content)`,
      [input.organizationId, collectionId, chunkIds, idx.map((i) => docIds[Math.floor(i / CHUNKS_PER_DOCUMENT)]), idx.map((i) => i % CHUNKS_PER_DOCUMENT), idx.map((i) => input.chunks[i])],
    );
    await client.query(
      `INSERT INTO lore.embeddings (organization_id, collection_id, entity_type, entity_id, content, embedding, model, model_id, dimensions)
       SELECT $1, $2, 'chunk', e.id, '', e.vec::real[], 'local', $3, 256 FROM unnest($4::uuid[], $5::text[]) AS e(id, vec)`,
      [input.organizationId, collectionId, input.modelId, chunkIds, idx.map((i) => vectorText(input.vectors[i]!))],
    );
  }
  for (const table of ['embeddings', 'document_chunks', 'documents']) await client.query(`ANALYZE lore.${table}`);
  return collectionId;
}

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ru sa ti vo be da fe gi ho ju la mo ni pe qu re so tu va we xi yo ze'.split(' ');
function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** The benchmark corpus: chunks of ~60 words: a topic's words (a fifth of them) among common ones, so queries have near neighbours. */
export function generatedCorpus(count: number, seed: number, queryCount: number) {
  const random = generator(seed);
  const words = vocabulary(random, 3000);
  const topics = Array.from({ length: 200 }, (_, i) => words.slice(i * 12, i * 12 + 12));
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (topic: string[]) => Array.from({ length: 12 }, () => (random() < 0.2 ? pick(topic) : pick(words))).join(' ') + '.';
  const chunks: string[] = [];
  for (let i = 0; i < count; i++) {
    const topic = topics[Math.floor(random() * topics.length)]!;
    chunks.push(Array.from({ length: 5 }, () => sentence(topic)).join(' '));
  }
  const queries = Array.from({ length: queryCount }, () => {
    const topic = pick(topics);
    return Array.from({ length: 4 }, () => pick(topic)).join(' ') + ' ' + pick(words);
  });
  return { chunks, queries };
}

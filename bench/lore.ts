/**
 * `pnpm bench:lore`: what knowledge search costs, so a reader knows when to move to pgvector.
 *
 *  1. The local embedder's throughput (chunks embedded per second, one process).
 *  2. Search latency, p50/p95 over the same queries, at 10,000 and 100,000 chunks of 256
 *     dimensions (the local model), each collection beside the other in one database:
 *     - semantic on the exact path as search runs it (read the collection's counter, scan its
 *       in-memory vectors; exact.ts), and the first search's load of those vectors;
 *     - the same scan in SQL (`lore.dot`, the path it replaced), at 10,000 only: a few runs;
 *     - keyword (tsvector + trigram) and hybrid (both halves and the fusion).
 *
 * The corpus is generated, deterministic (a seeded generator over a fixed vocabulary with topic
 * words), and written straight into the tables: this measures search, not the ingestion queue.
 * Uses DATABASE_URL when set (in a fresh database it drops afterwards), otherwise an embedded
 * PostgreSQL in a temporary directory.
 */
import { createPrisma, type Logger } from '@atrium/kernel';
import { localEmbedding } from '@atrium/lore/embeddings/local';
import { PrismaClient } from '@atrium/lore/generated/prisma/client';
import { ExactVectorIndex } from '@atrium/lore/modules/search/exact';
import { fuse } from '@atrium/lore/modules/search/fusion';
import { exactSemanticSql, vectorText } from '@atrium/lore/modules/search/sql';
import { SearchStore } from '@atrium/lore/modules/search/store';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { ms, time, withBenchDatabase } from './lib/kit.js';

const SIZES = [10_000, 100_000];
const CHUNKS_PER_DOCUMENT = 50;
const QUERIES = 40;
const SQL_RUNS = 3;
const TOP_K = 10;

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

/** Chunks of ~60 words: a topic's words (a fifth of them) among common ones, so queries have near neighbours. */
function corpus(count: number, seed: number) {
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
  const queries = Array.from({ length: QUERIES }, () => {
    const topic = pick(topics);
    return Array.from({ length: 4 }, () => pick(topic)).join(' ') + ' ' + pick(words);
  });
  return { chunks, queries };
}

const uuid = (text: string) => {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** Write one collection of `chunks` straight into lore's tables (documents of 50 chunks). */
async function writeCollection(client: pg.Client, input: { organizationId: string; modelId: string; name: string; chunks: string[]; vectors: number[][] }) {
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

async function main() {
  await withBenchDatabase({}, async ({ databaseUrl, logger }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const db = createPrisma(PrismaClient, { url: databaseUrl, schema: 'lore', logger: logger as Logger, max: 4 });
    try {
      const [{ id: modelId }] = (await client.query(`SELECT id FROM lore.embedding_models WHERE name = 'local'`)).rows;
      const organizationId = uuid('bench organization');
      const lines: string[] = [];

      for (const size of SIZES) {
        console.log(`generating and embedding ${size.toLocaleString('en')} chunks…`);
        const { chunks, queries } = corpus(size, size);
        const started = performance.now();
        const vectors = chunks.map((c) => localEmbedding(c));
        const perSecond = size / ((performance.now() - started) / 1000);
        const collectionId = await writeCollection(client, { organizationId, modelId, name: `bench ${size}`, chunks, vectors });
        const queryVectors = queries.map((q) => localEmbedding(q));
        const store = new SearchStore(db);
        const index = new ExactVectorIndex(2 * 1024 ** 3);
        const exact = (i: number) => index.search(store, { collectionId, organizationId, vector: queryVectors[i % QUERIES]!, threshold: 0, topK: TOP_K, scanMaxRows: 1_000_000, documents: null });

        const loadStart = performance.now();
        await exact(0);
        const load = performance.now() - loadStart;
        const semantic = await time(QUERIES, async (i) => void (await exact(i)));
        const keyword = await time(QUERIES, async (i) => void (await store.keyword({ collectionId, organizationId, text: queries[i]!, topK: TOP_K, metadata: null, documentIds: null })));
        const depth = Math.max(50, TOP_K * 4);
        const hybrid = await time(QUERIES, async (i) => {
          const [s, k] = await Promise.all([
            index.search(store, { collectionId, organizationId, vector: queryVectors[i]!, threshold: 0, topK: depth, scanMaxRows: 1_000_000, documents: null }),
            store.keyword({ collectionId, organizationId, text: queries[i]!, topK: depth, metadata: null, documentIds: null }),
          ]);
          fuse(s, k, TOP_K);
        });

        lines.push('', `${size.toLocaleString('en')} chunks × 256 dimensions (local embedder: ${Math.round(perSecond).toLocaleString('en')} chunks embedded/s)`);
        lines.push(`  semantic, exact in-process scan:   p50 ${ms(semantic.p50)}   p95 ${ms(semantic.p95)}   (first search loads the vectors: ${ms(load)}, ${index.loadCount} load)`);
        if (size <= 10_000) {
          const sqlRef = await time(SQL_RUNS, async (i) => {
            await client.query(exactSemanticSql(), [collectionId, organizationId, vectorText(queryVectors[i]!), 0, TOP_K, null, 1_000_000, null]);
          });
          lines.push(`  semantic, the same scan in SQL:    p50 ${ms(sqlRef.p50)}   (lore.dot, the path it replaced; ${SQL_RUNS} runs, ${(sqlRef.p50 / semantic.p50).toFixed(0)}× slower)`);
        }
        lines.push(`  keyword (tsvector + trigram):      p50 ${ms(keyword.p50)}   p95 ${ms(keyword.p95)}`);
        lines.push(`  hybrid (both, depth ${depth}, RRF):     p50 ${ms(hybrid.p50)}   p95 ${ms(hybrid.p95)}`);
      }
      console.log(lines.join('\n'));
    } finally {
      await db.$disconnect();
      await client.end();
    }
  });
}

await main();

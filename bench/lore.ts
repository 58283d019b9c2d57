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
import { localEmbedding } from '@atrium/lore/embeddings/local';
import { ExactVectorIndex } from '@atrium/lore/modules/search/exact';
import { fuse } from '@atrium/lore/modules/search/fusion';
import { exactSemanticSql, vectorText } from '@atrium/lore/modules/search/sql';
import { SearchStore } from '@atrium/lore/modules/search/store';
import { ms, time } from './lib/kit.js';
import { uuid, withLoreBench, writeCollection } from './lib/lore.js';

const SIZES = [10_000, 100_000];
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

async function main() {
  await withLoreBench(async ({ client, db, modelId }) => {
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
  });
}

await main();

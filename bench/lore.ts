/**
 * `pnpm bench:lore`: what knowledge search costs, so a reader knows when to move to pgvector.
 *
 *  1. The local embedder's throughput (chunks embedded per second, one process).
 *  2. Search latency, p50/p95 over the same queries, at 10,000 and 100,000 chunks of 256
 *     dimensions (the local model), each collection beside the other in one database:
 *     - semantic on the exact path as search runs it (read the collection's counter, scan its
 *       in-memory vectors; exact.ts), and the first search's load of those vectors;
 *     - the same scan in SQL (`lore.dot`, the path it replaced), at 10,000 only: a few runs;
 *     - keyword (tsvector + trigram) and hybrid (both halves and the fusion);
 *     - semantic on pgvector as a reference: the same corpus in pglite with its vector extension
 *       (lore's migrations, so the same HNSW cosine index, built once after the load as a bulk
 *       build), the pgvector SQL search runs, its plan (index scan or not) and its recall@10
 *       against the exact scan (HNSW is approximate; `hnsw.ef_search` 40, pgvector's default).
 *       pglite is single-threaded WebAssembly in this process: an upper bound for a pgvector
 *       server, not its figure.
 *
 * Knobs: BENCH_LORE_SIZES (default `10000,100000`), BENCH_LORE_QUERIES (40),
 * BENCH_LORE_PGLITE_MAX (100000: the largest size also measured on pglite; 0 skips it). The full
 * run takes several minutes on 2 cores, most of it pglite's load and HNSW build at 100,000.
 *
 * The corpus is generated, deterministic (a seeded generator over a fixed vocabulary with topic
 * words), and written straight into the tables: this measures search, not the ingestion queue.
 * Uses DATABASE_URL when set (in a fresh database it drops afterwards), otherwise an embedded
 * PostgreSQL in a temporary directory.
 */
import { localEmbedding } from '@atrium/lore/embeddings/local';
import { ExactVectorIndex } from '@atrium/lore/modules/search/exact';
import { fuse } from '@atrium/lore/modules/search/fusion';
import { exactSemanticSql, pgvectorSemanticSql, vectorText } from '@atrium/lore/modules/search/sql';
import { SearchStore } from '@atrium/lore/modules/search/store';
import { ms, time } from './lib/kit.js';
import { generatedCorpus, openLorePglite, uuid, withLoreBench, writeCollection } from './lib/lore.js';

const SIZES = (process.env.BENCH_LORE_SIZES ?? '10000,100000').split(',').map(Number);
const QUERIES = Number(process.env.BENCH_LORE_QUERIES ?? 40);
/** pgvector on pglite as a reference, for sizes up to this (0: skip; its HNSW build is the slow part). */
const PGLITE_MAX = Number(process.env.BENCH_LORE_PGLITE_MAX ?? 100_000);
const SQL_RUNS = 3;
const TOP_K = 10;

async function main() {
  await withLoreBench(async ({ client, db, modelId }) => {
    const organizationId = uuid('bench organization');
    const lines: string[] = [];

    for (const size of SIZES) {
      console.log(`generating and embedding ${size.toLocaleString('en')} chunks…`);
      const { chunks, queries } = generatedCorpus(size, size, QUERIES);
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
      if (size <= PGLITE_MAX) {
        const truth = await Promise.all(queryVectors.map(async (_, i) => (await exact(i)).map((h) => h.chunkId)));
        lines.push(...(await pgliteReference(size, chunks, vectors, queryVectors, truth)));
      }
    }
    console.log(lines.join('\n'));
  });
}

/** The same corpus searched by the pgvector SQL on pglite (see the header). */
async function pgliteReference(size: number, chunks: string[], vectors: number[][], queryVectors: number[][], truth: string[][]): Promise<string[]> {
  console.log(`pglite: loading ${size.toLocaleString('en')} chunks and building the HNSW index…`);
  const { db, modelId } = await openLorePglite();
  try {
    const organizationId = uuid('bench organization');
    // Bulk build: drop the migration's (empty) HNSW index during the load, then build it as it defines it.
    const { indexdef } = (await db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'lore' AND indexname = 'idx_embeddings_hnsw_256'`)).rows[0]!;
    // Only the semantic half is measured here: no full-text vectors or keyword indexes to maintain.
    await db.exec(`DROP INDEX lore.idx_embeddings_hnsw_256; DROP INDEX lore.idx_document_chunks_search; DROP INDEX lore.idx_document_chunks_content_trgm; SET maintenance_work_mem = '512MB'`);
    const loadStart = performance.now();
    const collectionId = await writeCollection(db, { organizationId, modelId, name: `bench ${size}`, chunks, vectors, fullText: false });
    const load = performance.now() - loadStart;
    const buildStart = performance.now();
    await db.exec(indexdef);
    await db.exec('ANALYZE lore.embeddings');
    const build = performance.now() - buildStart;
    const sql = pgvectorSemanticSql(256);
    const params = (i: number) => [collectionId, organizationId, vectorText(queryVectors[i]!), 0, TOP_K, null, 1_000_000, null];
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params(0))).rows.map((r) => r['QUERY PLAN']).join('\n');
    const found: string[][] = [];
    const search = await time(QUERIES, async (i) => void found.push((await db.query<{ chunk_id: string }>(sql, params(i))).rows.map((r) => r.chunk_id)));
    const recall = found.reduce((sum, ids, i) => sum + ids.filter((id) => truth[i]!.includes(id)).length / TOP_K, 0) / found.length;
    return [
      `  semantic, pgvector on pglite:      p50 ${ms(search.p50)}   p95 ${ms(search.p95)}   (${plan.includes('idx_embeddings_hnsw_256') ? 'HNSW index scan' : 'no index scan'}, recall@10 ${recall.toFixed(3)} against the exact scan; load ${ms(load)}, HNSW build ${ms(build)})`,
    ];
  } finally {
    await db.close();
  }
}

await main();

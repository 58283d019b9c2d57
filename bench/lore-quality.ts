/**
 * `pnpm bench:lore-quality`: knowledge search quality on a labelled corpus (bench/lore-corpus.json,
 * written for this purpose: 24 passages on eight topics, 18 queries naming the passages that answer
 * them, one of them misspelled). Prints recall@10 and MRR for keyword (tsvector + trigram),
 * semantic (the local embedder, exact scan) and hybrid (reciprocal rank fusion) search, each run by
 * the store and index search runs. Each passage is one chunk, written straight into lore's tables.
 */
import { localEmbedding } from '@atrium/lore/embeddings/local';
import { ExactVectorIndex } from '@atrium/lore/modules/search/exact';
import { fuse } from '@atrium/lore/modules/search/fusion';
import { SearchStore } from '@atrium/lore/modules/search/store';
import { readFileSync } from 'node:fs';
import { uuid, withLoreBench, writeCollection } from './lib/lore.js';

const TOP_K = 10;
const corpus = JSON.parse(readFileSync(new URL('./lore-corpus.json', import.meta.url), 'utf8')) as {
  passages: { id: string; text: string }[];
  queries: { text: string; relevant: string[] }[];
};

/** recall@k: the share of a query's relevant passages in its top k; MRR: 1 / rank of the first relevant one. */
function quality(rankings: string[][]) {
  let recall = 0;
  let reciprocal = 0;
  corpus.queries.forEach((q, i) => {
    const top = rankings[i]!.slice(0, TOP_K);
    recall += q.relevant.filter((id) => top.includes(id)).length / q.relevant.length;
    const first = top.findIndex((id) => q.relevant.includes(id));
    reciprocal += first < 0 ? 0 : 1 / (first + 1);
  });
  return { recall: recall / corpus.queries.length, mrr: reciprocal / corpus.queries.length };
}

await withLoreBench(async ({ client, db, modelId }) => {
  const organizationId = uuid('quality organization');
  const name = 'quality';
  const chunks = corpus.passages.map((p) => p.text);
  const collectionId = await writeCollection(client, { organizationId, modelId, name, chunks, vectors: chunks.map((c) => localEmbedding(c)) });
  const passageOf = new Map(corpus.passages.map((p, i) => [uuid(`${name}:chunk:${i}`), p.id]));
  const ids = (hits: { chunkId: string }[]) => hits.map((h) => passageOf.get(h.chunkId)!);
  const store = new SearchStore(db);
  const index = new ExactVectorIndex(64 * 1024 ** 2);
  const depth = Math.max(50, TOP_K * 4);
  const keyword = (text: string, topK: number) => store.keyword({ collectionId, organizationId, text, topK, metadata: null, documentIds: null });
  const semantic = (text: string, topK: number) => index.search(store, { collectionId, organizationId, vector: localEmbedding(text), threshold: 0, topK, scanMaxRows: 1_000_000, documents: null });
  const rankings = { keyword: [] as string[][], semantic: [] as string[][], hybrid: [] as string[][] };
  for (const q of corpus.queries) {
    rankings.keyword.push(ids(await keyword(q.text, TOP_K)));
    rankings.semantic.push(ids(await semantic(q.text, TOP_K)));
    rankings.hybrid.push(ids(fuse(await semantic(q.text, depth), await keyword(q.text, depth), TOP_K)));
  }
  console.log(`search quality: ${corpus.passages.length} passages, ${corpus.queries.length} labelled queries, top ${TOP_K}`);
  for (const [mode, ranking] of Object.entries(rankings)) {
    const { recall, mrr } = quality(ranking);
    console.log(`  ${mode.padEnd(9)} recall@${TOP_K} ${recall.toFixed(3)}   MRR ${mrr.toFixed(3)}`);
  }
});

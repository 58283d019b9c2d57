import { defineConfig, env } from '@atrium/kernel';
import { z } from 'zod';

/** Lore's settings: chunking, embedding calls, ingestion jobs and the exact vector scan. */
export const loreConfig = defineConfig(
  'lore',
  {
    ATRIUM_LORE_CHUNK_SIZE: { schema: env.int(1000, 100, 20_000), doc: 'largest chunk of a knowledge document, in characters (paragraph- and sentence-aware, never inside a word)' },
    ATRIUM_LORE_CHUNK_OVERLAP: { schema: env.int(150, 0, 5_000), doc: 'characters of whole trailing sentences repeated at the start of the next chunk (less than the chunk size)' },
    ATRIUM_LORE_CHUNK_VERSIONS_KEPT: {
      schema: env.int(3, 0, 100),
      doc: 'earlier versions of a re-ingested document whose chunks are kept (out of search) so answers’ sources still resolve to what they used; 0 deletes them at once',
    },
    ATRIUM_LORE_EMBED_MAX_ATTEMPTS: { schema: env.int(5, 1, 25), doc: 'attempts an ingestion job gets (graphile-worker backoff) before the document is marked failed; its content is kept' },
    ATRIUM_LORE_EMBED_BATCH: { schema: env.int(64, 1, 2048), doc: 'texts per embedding request' },
    ATRIUM_LORE_EMBED_TIMEOUT_MS: { schema: env.int(30_000, 1), doc: 'one OpenAI-compatible /v1/embeddings call, per attempt' },
    ATRIUM_LORE_EMBED_MAX_RETRIES: { schema: env.int(2, 0, 10), doc: 'retries of one embeddings call after a 429, 5xx or refused connection, exponential backoff with jitter' },
    ATRIUM_LORE_EMBED_RETRY_BASE_MS: { schema: env.int(250, 0), doc: 'first backoff delay of an embeddings call; doubles each retry' },
    ATRIUM_LORE_EMBED_API_KEY: { schema: z.string().max(500).optional(), doc: 'bearer token sent to OpenAI-compatible embedding endpoints (none when unset)' },
    ATRIUM_LORE_SCAN_MAX_ROWS: { schema: env.int(200_000, 1), doc: 'most embeddings one exact (non-pgvector) search scans; a larger collection is searched over its newest rows only' },
    ATRIUM_LORE_GRAPH_MAX_DEPTH: { schema: env.int(4, 1, 8), doc: 'most hops a knowledge graph traversal or shortest-path search walks (the default of a path search)' },
    ATRIUM_LORE_GRAPH_MAX_NODES: { schema: env.int(500, 1, 10_000), doc: 'most entities one traversal returns (the answer says when it was cut)' },
    ATRIUM_LORE_VECTOR_CACHE_MB: {
      schema: env.int(512, 1, 65_536),
      doc: 'memory each lore process gives the exact scan’s copies of collection vectors (≈ 1.1 KB per 256-dimension chunk, 6.2 KB per 1536); least recently searched collections leave first, and one bigger than all of it is loaded per search',
    },
  },
  (raw) => {
    if (raw.ATRIUM_LORE_CHUNK_OVERLAP >= raw.ATRIUM_LORE_CHUNK_SIZE) throw new Error('ATRIUM_LORE_CHUNK_OVERLAP must be less than ATRIUM_LORE_CHUNK_SIZE');
    return {
      chunking: { size: raw.ATRIUM_LORE_CHUNK_SIZE, overlap: raw.ATRIUM_LORE_CHUNK_OVERLAP },
      chunkVersionsKept: raw.ATRIUM_LORE_CHUNK_VERSIONS_KEPT,
      ingestion: { maxAttempts: raw.ATRIUM_LORE_EMBED_MAX_ATTEMPTS, batch: raw.ATRIUM_LORE_EMBED_BATCH },
      embeddings: { timeoutMs: raw.ATRIUM_LORE_EMBED_TIMEOUT_MS, maxRetries: raw.ATRIUM_LORE_EMBED_MAX_RETRIES, retryBaseMs: raw.ATRIUM_LORE_EMBED_RETRY_BASE_MS, apiKey: raw.ATRIUM_LORE_EMBED_API_KEY ?? null },
      graph: { maxDepth: raw.ATRIUM_LORE_GRAPH_MAX_DEPTH, maxNodes: raw.ATRIUM_LORE_GRAPH_MAX_NODES },
      search: { scanMaxRows: raw.ATRIUM_LORE_SCAN_MAX_ROWS, cacheMb: raw.ATRIUM_LORE_VECTOR_CACHE_MB },
    };
  },
);
export type LoreSettings = ReturnType<typeof loreConfig.build>;

/**
 * The exact path of semantic search without pgvector, scanned in this process.
 *
 * Why not in SQL: plain PostgreSQL has no fast vector arithmetic. `lore.dot` (a SQL function
 * over `unnest`) costs ~60 µs a row and the planner evaluated it twice per row, 1.3-1.8 s at
 * 10,000 chunks; a lateral `unnest … GROUP BY` is no better. A dot product over a Float32Array
 * is ~0.1 µs per 256 dimensions, so the scan itself is milliseconds.
 *
 * How it stays exact and current: each collection's chunk vectors (its newest `scanMaxRows`)
 * are loaded once into one Float32Array with the collection's `vectors_version`, in one
 * statement (one snapshot). Every search first reads that counter (a primary-key row); triggers
 * bump it in the very transaction that inserts, updates or deletes the collection's embeddings,
 * so a copy whose counter still matches holds exactly the committed rows. When it moved, the
 * collection is reloaded (concurrent searches share one load). Copies are kept least recently
 * used first out within `budgetBytes`; a collection bigger than the whole budget is scanned
 * from a fresh load and not kept. The copy is per process: each replica keeps its own.
 *
 * Scores equal the SQL form's (`sum(x::float8 * y)` over the stored reals and the query cast to
 * real): the same float32 values multiplied and summed in double precision, in index order.
 * Ties rank by chunk id, as `ORDER BY score DESC, chunk_id` does.
 */
import type { Scored } from './fusion.js';

export interface CollectionVectors {
  version: number;
  dimensions: number;
  count: number;
  chunkIds: string[];
  /** Index into `documentIds` of each row's document (metadata filters select documents). */
  documentOf: Int32Array;
  documentIds: string[];
  vectors: Float32Array;
  bytes: number;
}

/** What the index needs from the store (SearchStore implements it). */
export interface VectorSource {
  vectorsVersion(collectionId: string, organizationId: string): Promise<number | null>;
  loadVectors(collectionId: string, organizationId: string, dimensions: number, maxRows: number): Promise<{ version: number; rows: { chunkId: string; documentId: string; vector: Uint8Array }[] } | null>;
}

export interface ExactQuery {
  collectionId: string;
  organizationId: string;
  vector: readonly number[];
  threshold: number;
  topK: number;
  scanMaxRows: number;
  /** Documents a metadata filter admits (null: every document). */
  documents: ReadonlySet<string> | null;
}

/** `array_send(real[])` of one dimension: 20 header bytes, then per element a 4-byte length and a big-endian float4. */
export function decodeRealArray(bytes: Uint8Array, into: Float32Array, offset: number, dimensions: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0) !== 1 || view.getInt32(12) !== dimensions) throw new Error(`stored vector is not one axis of ${dimensions}`);
  for (let j = 0, p = 20; j < dimensions; j++, p += 8) into[offset + j] = view.getFloat32(p + 4);
}

function build(version: number, dimensions: number, rows: { chunkId: string; documentId: string; vector: Uint8Array }[]): CollectionVectors {
  const vectors = new Float32Array(rows.length * dimensions);
  const documentOf = new Int32Array(rows.length);
  const documentIds: string[] = [];
  const documentIndex = new Map<string, number>();
  const chunkIds = new Array<string>(rows.length);
  rows.forEach((row, i) => {
    chunkIds[i] = row.chunkId;
    let d = documentIndex.get(row.documentId);
    if (d === undefined) documentIndex.set(row.documentId, (d = documentIds.push(row.documentId) - 1));
    documentOf[i] = d;
    decodeRealArray(row.vector, vectors, i * dimensions, dimensions);
  });
  return { version, dimensions, count: rows.length, chunkIds, documentOf, documentIds, vectors, bytes: vectors.byteLength + rows.length * 100 };
}

/** Top k of one copy by dot product at or above the threshold, best first, ties by chunk id. */
export function scan(c: CollectionVectors, query: readonly number[], threshold: number, topK: number, documents: ReadonlySet<string> | null): Scored[] {
  const d = c.dimensions;
  if (query.length !== d) throw new Error(`query has ${query.length} dimensions, the collection ${d}`);
  // The query as real, as the SQL form casts it.
  const q = Float64Array.from(query, (x) => Math.fround(x));
  const allowed = documents ? Uint8Array.from(c.documentIds, (id) => (documents.has(id) ? 1 : 0)) : null;
  const { vectors, chunkIds, documentOf } = c;
  // Kept sorted best first; k is at most a few hundred, so insertion beats a heap.
  const scores: number[] = [];
  const rows: number[] = [];
  const better = (s: number, i: number, k: number) => s > scores[k]! || (s === scores[k]! && chunkIds[i]! < chunkIds[rows[k]!]!);
  for (let i = 0; i < c.count; i++) {
    if (allowed && allowed[documentOf[i]!] === 0) continue;
    let s = 0;
    for (let j = 0, o = i * d; j < d; j++) s += vectors[o + j]! * q[j]!;
    if (s < threshold) continue;
    if (scores.length === topK && !better(s, i, topK - 1)) continue;
    let k = Math.min(scores.length, topK - 1);
    if (scores.length < topK) {
      scores.push(s);
      rows.push(i);
      k = scores.length - 1;
    }
    while (k > 0 && better(s, i, k - 1)) {
      scores[k] = scores[k - 1]!;
      rows[k] = rows[k - 1]!;
      k--;
    }
    scores[k] = s;
    rows[k] = i;
  }
  return rows.map((i, k) => ({ chunkId: chunkIds[i]!, score: scores[k]! }));
}

/** Long-lived (one per subgraph process): the copies of the collections searched lately. */
export class ExactVectorIndex {
  private readonly copies = new Map<string, CollectionVectors>();
  private readonly loads = new Map<string, Promise<CollectionVectors | null>>();
  private used = 0;
  /** Loads done (tests and the benchmark tell a cached search from a reload). */
  loadCount = 0;

  constructor(private readonly budgetBytes: number) {}

  async search(source: VectorSource, q: ExactQuery): Promise<Scored[]> {
    const copy = await this.current(source, q);
    return copy ? scan(copy, q.vector, q.threshold, q.topK, q.documents) : [];
  }

  /** The collection's copy at its committed version, loading it when missing or stale. */
  private async current(source: VectorSource, q: ExactQuery): Promise<CollectionVectors | null> {
    const key = `${q.collectionId}:${q.vector.length}:${q.scanMaxRows}`;
    const version = await source.vectorsVersion(q.collectionId, q.organizationId);
    if (version === null) return null;
    const cached = this.copies.get(key);
    if (cached && cached.version === version) {
      this.copies.delete(key); // most recently used last
      this.copies.set(key, cached);
      return cached;
    }
    const loadKey = `${key}:${version}`;
    let load = this.loads.get(loadKey);
    if (!load) {
      load = (async () => {
        this.loadCount++;
        const loaded = await source.loadVectors(q.collectionId, q.organizationId, q.vector.length, q.scanMaxRows);
        if (!loaded) return null;
        const copy = build(loaded.version, q.vector.length, loaded.rows);
        this.keep(key, copy);
        return copy;
      })().finally(() => this.loads.delete(loadKey));
      this.loads.set(loadKey, load);
    }
    return load;
  }

  private keep(key: string, copy: CollectionVectors) {
    // A slower, older load may replace a newer one: the next search sees the version moved and reloads.
    const old = this.copies.get(key);
    if (old) {
      this.copies.delete(key);
      this.used -= old.bytes;
    }
    if (copy.bytes > this.budgetBytes) return;
    for (const [k, c] of this.copies) {
      if (this.used + copy.bytes <= this.budgetBytes) break;
      this.copies.delete(k);
      this.used -= c.bytes;
    }
    this.copies.set(key, copy);
    this.used += copy.bytes;
  }
}

/** Lore's long-lived search state: the exact index and whether the database has pgvector (asked once). */
export class VectorServices {
  readonly exact: ExactVectorIndex;
  private pgvector: Promise<boolean> | null = null;

  constructor(cacheBytes: number) {
    this.exact = new ExactVectorIndex(cacheBytes);
  }

  hasPgvector(store: { hasPgvector(): Promise<boolean> }): Promise<boolean> {
    // The extension does not come and go under a running process; a failed probe is asked again.
    this.pgvector ??= store.hasPgvector().catch((error) => {
      this.pgvector = null;
      throw error;
    });
    return this.pgvector;
  }
}

import { describe, expect, it } from 'vitest';
import { ExactVectorIndex, decodeRealArray, scan, type VectorSource } from './exact.js';

/** `array_send` of a one-axis real[]: ndim, has-null flag, element oid, length, lower bound, then (length, float4) pairs. */
function realArray(values: number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(20 + values.length * 8));
  view.setInt32(0, 1);
  view.setInt32(4, 0);
  view.setInt32(8, 700);
  view.setInt32(12, values.length);
  view.setInt32(16, 1);
  values.forEach((v, i) => {
    view.setInt32(20 + i * 8, 4);
    view.setFloat32(24 + i * 8, v);
  });
  return new Uint8Array(view.buffer);
}

const rows = [
  { chunkId: 'c3', documentId: 'd1', vector: realArray([1, 0]) },
  { chunkId: 'c1', documentId: 'd2', vector: realArray([0.6, 0.8]) },
  { chunkId: 'c2', documentId: 'd2', vector: realArray([1, 0]) },
  { chunkId: 'c4', documentId: 'd3', vector: realArray([-1, 0]) },
];

function source(initial = rows) {
  const state = { version: 1, rows: initial, loads: 0 };
  const s: VectorSource & { state: typeof state } = {
    state,
    vectorsVersion: async (id) => (id === 'col' ? state.version : null),
    loadVectors: async (id) => {
      state.loads++;
      return id === 'col' ? { version: state.version, rows: state.rows } : null;
    },
  };
  return s;
}
const query = { collectionId: 'col', organizationId: 'org', vector: [1, 0], threshold: 0, topK: 10, scanMaxRows: 100, documents: null };

describe('the exact in-process scan', () => {
  it('decodes array_send and refuses another shape', () => {
    const into = new Float32Array(3);
    decodeRealArray(realArray([0.5, -0.25]), into, 1, 2);
    expect([...into]).toEqual([0, 0.5, -0.25]);
    expect(() => decodeRealArray(realArray([1, 2, 3]), into, 0, 2)).toThrow(/one axis of 2/);
  });

  it('ranks by dot product at or above the threshold, ties by chunk id, within the documents a filter admits', async () => {
    const index = new ExactVectorIndex(1 << 20);
    const s = source();
    expect(await index.search(s, query)).toEqual([
      { chunkId: 'c2', score: 1 },
      { chunkId: 'c3', score: 1 },
      { chunkId: 'c1', score: Math.fround(0.6) },
    ]);
    expect(await index.search(s, { ...query, topK: 1 })).toEqual([{ chunkId: 'c2', score: 1 }]);
    expect((await index.search(s, { ...query, threshold: -1 })).map((h) => h.chunkId)).toEqual(['c2', 'c3', 'c1', 'c4']);
    expect((await index.search(s, { ...query, documents: new Set(['d2']) })).map((h) => h.chunkId)).toEqual(['c2', 'c1']);
    expect(await index.search(s, { ...query, collectionId: 'other' })).toEqual([]);
    expect(s.state.loads).toBe(1);
  });

  it('reloads when the collection’s counter moves, shares one load between concurrent searches, and keeps within its budget', async () => {
    const index = new ExactVectorIndex(1 << 20);
    const s = source();
    await Promise.all([index.search(s, query), index.search(s, query), index.search(s, query)]);
    expect(s.state.loads).toBe(1);
    s.state.rows = [{ chunkId: 'c9', documentId: 'd9', vector: realArray([0, 1]) }];
    s.state.version = 2;
    expect(await index.search(s, { ...query, vector: [0, 1] })).toEqual([{ chunkId: 'c9', score: 1 }]);
    expect(s.state.loads).toBe(2);

    const tiny = new ExactVectorIndex(10);
    const t = source();
    await tiny.search(t, query);
    await tiny.search(t, query);
    expect(t.state.loads).toBe(2); // bigger than the whole budget: loaded per search, never kept
  });

  it('scores like the SQL form: float32 values multiplied and summed in double precision', () => {
    const a = [0.1, 0.2, 0.3];
    const copy = { version: 1, dimensions: 3, count: 1, chunkIds: ['x'], documentOf: Int32Array.of(0), documentIds: ['d'], vectors: Float32Array.from(a), bytes: 0 };
    const expected = a.reduce((s, x, i) => s + Math.fround(x) * Math.fround([0.3, 0.2, 0.1][i]!), 0);
    expect(scan(copy, [0.3, 0.2, 0.1], -1, 1, null)).toEqual([{ chunkId: 'x', score: expected }]);
  });
});

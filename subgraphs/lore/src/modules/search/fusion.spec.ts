import { describe, expect, it } from 'vitest';
import { fuse, RRF_K, single } from './fusion.js';

describe('reciprocal rank fusion', () => {
  it('sums 1 / (60 + rank) over the lists, keeps every part, and ranks from 1', () => {
    const hits = fuse(
      [
        { chunkId: 'a', score: 0.9 },
        { chunkId: 'b', score: 0.8 },
      ],
      [
        { chunkId: 'b', score: 0.5 },
        { chunkId: 'c', score: 0.4 },
      ],
      10,
    );
    expect(hits.map((h) => h.chunkId)).toEqual(['b', 'a', 'c']);
    expect(hits[0]).toEqual({ chunkId: 'b', rank: 1, score: 1 / (RRF_K + 2) + 1 / (RRF_K + 1), semanticScore: 0.8, semanticRank: 2, keywordScore: 0.5, keywordRank: 1 });
    expect(hits[1]).toMatchObject({ chunkId: 'a', rank: 2, keywordScore: null, keywordRank: null, semanticRank: 1 });
    // Equal fused scores: the better semantic rank first.
    expect(hits[2]).toMatchObject({ chunkId: 'c', rank: 3, semanticScore: null });
    expect(fuse([{ chunkId: 'a', score: 1 }], [{ chunkId: 'b', score: 1 }], 1).map((h) => h.chunkId)).toEqual(['a']);
  });

  it('passes one list through with its own scores', () => {
    expect(single([{ chunkId: 'x', score: 0.3 }], 'keyword')).toEqual([{ chunkId: 'x', rank: 1, score: 0.3, semanticScore: null, semanticRank: null, keywordScore: 0.3, keywordRank: 1 }]);
  });
});

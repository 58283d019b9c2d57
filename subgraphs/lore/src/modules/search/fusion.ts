/**
 * Reciprocal rank fusion (002 §6 `hybrid_search`; the seed leaves the fusion open): each list
 * ranks its results from 1, and a result's fused score is the sum over the lists it appears in
 * of 1 / (K + rank), K = 60 (Cormack et al.). Scores of different kinds (cosine, ts_rank) need
 * no calibration against each other. Every result keeps its parts, so a user can see why it
 * ranked: semantic score and rank, keyword score and rank, fused score and final rank.
 */
export const RRF_K = 60;

export interface Scored {
  chunkId: string;
  score: number;
}

export interface FusedHit {
  chunkId: string;
  rank: number;
  score: number;
  semanticScore: number | null;
  semanticRank: number | null;
  keywordScore: number | null;
  keywordRank: number | null;
}

export function fuse(semantic: readonly Scored[], keyword: readonly Scored[], topK: number): FusedHit[] {
  const hits = new Map<string, Omit<FusedHit, 'rank'>>();
  const entry = (id: string) => {
    let hit = hits.get(id);
    if (!hit) hits.set(id, (hit = { chunkId: id, score: 0, semanticScore: null, semanticRank: null, keywordScore: null, keywordRank: null }));
    return hit;
  };
  semantic.forEach((s, i) => {
    const hit = entry(s.chunkId);
    hit.semanticScore = s.score;
    hit.semanticRank = i + 1;
    hit.score += 1 / (RRF_K + i + 1);
  });
  keyword.forEach((s, i) => {
    const hit = entry(s.chunkId);
    hit.keywordScore = s.score;
    hit.keywordRank = i + 1;
    hit.score += 1 / (RRF_K + i + 1);
  });
  return [...hits.values()]
    .sort((a, b) => b.score - a.score || (a.semanticRank ?? Infinity) - (b.semanticRank ?? Infinity) || a.chunkId.localeCompare(b.chunkId))
    .slice(0, topK)
    .map((hit, i) => ({ ...hit, rank: i + 1 }));
}

/** One list as hits (semantic-only or keyword-only search). */
export function single(list: readonly Scored[], kind: 'semantic' | 'keyword'): FusedHit[] {
  return list.map((s, i) => ({
    chunkId: s.chunkId,
    rank: i + 1,
    score: s.score,
    semanticScore: kind === 'semantic' ? s.score : null,
    semanticRank: kind === 'semantic' ? i + 1 : null,
    keywordScore: kind === 'keyword' ? s.score : null,
    keywordRank: kind === 'keyword' ? i + 1 : null,
  }));
}

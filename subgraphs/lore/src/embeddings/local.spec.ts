import { describe, expect, it } from 'vitest';
import { localEmbedding, LOCAL_DIMENSIONS, stem } from './local.js';
import { cosine } from './types.js';

describe('the local embedder', () => {
  it('is deterministic, fixed-size and unit length', () => {
    const a = localEmbedding('Rotate the database credentials every ninety days.');
    expect(a).toHaveLength(LOCAL_DIMENSIONS);
    expect(localEmbedding('Rotate the database credentials every ninety days.')).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 10);
    expect(localEmbedding('the of and')).toEqual(new Array(LOCAL_DIMENSIONS).fill(0));
  });

  it('puts related texts measurably closer than unrelated ones, typos included', () => {
    const query = localEmbedding('how do I rotate database credentials');
    const related = localEmbedding('Credentials for the database are rotated every ninety days by the platform team.');
    const unrelated = localEmbedding('The cafeteria serves lunch from noon until two on weekdays.');
    const typo = localEmbedding('databse credentails rotaton');
    expect(cosine(query, related)).toBeGreaterThan(0.3);
    expect(cosine(query, related) - cosine(query, unrelated)).toBeGreaterThan(0.25);
    expect(cosine(query, typo)).toBeGreaterThan(cosine(query, unrelated) + 0.1);
  });

  it('folds common inflections', () => {
    expect(stem('deploying')).toBe(stem('deployed'));
    expect(stem('policies')).toBe('policy');
  });
});

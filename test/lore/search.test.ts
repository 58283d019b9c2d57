/**
 * searchKnowledge through the real gateway: semantic top-k above a threshold by text or by
 * vector, JSON metadata filters, keyword search with the title weighted above the body and
 * fuzzy trigram matches, hybrid RRF with each hit's parts, and two tenants whose searches never
 * reach each other's chunks.
 */
import { localEmbedding } from '@atrium/lore/embeddings/local';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { handbooks, lore, ok, tenant, type Tenant } from './kit.js';

let t: TestSystem;
let api: ReturnType<typeof lore>;
let A: Tenant;
let B: Tenant;
let collectionA: string;
let collectionB: string;
let ids: Record<string, string> = {};

const DOCS = [
  { key: 'creds', title: 'Credential rotation', content: 'Database credentials are rotated every ninety days by the platform team. Rotation is automated.', metadata: { team: 'ops' } },
  { key: 'backup', title: 'Backups', content: 'Nightly backups are encrypted and copied to a second region. Restores are rehearsed monthly.', metadata: { team: 'ops' } },
  { key: 'lunch', title: 'Cafeteria', content: 'The cafeteria serves lunch from noon until two on weekdays, with a vegetarian menu.', metadata: { team: 'facilities' } },
  { key: 'vpn', title: 'Remote access', content: 'Engineers connect through the VPN with hardware keys. Rotation of VPN certificates happens yearly.', metadata: { team: 'it' } },
  { key: 'onboard', title: 'Onboarding', content: 'New hires receive a laptop, a badge and a buddy during their first week.', metadata: { team: 'people' } },
];

const SEARCH = `query($i: KnowledgeSearchInput!) { searchKnowledge(input: $i) { mode exact model { name } hits { rank score semanticScore semanticRank keywordScore keywordRank chunk { id content } document { id title } } } }`;
const search = (s: Session, input: Record<string, unknown>) => t.gql(SEARCH, { i: input }, s.accessToken);
const titles = (r: { hits: { document: { title: string } }[] }) => r.hits.map((h) => h.document.title);

beforeAll(async () => {
  t = await startTestSystem();
  api = lore(t);
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
  ({ collectionA, collectionB, ids } = await handbooks(api, A, B, DOCS));
}, 180_000);
afterAll(async () => t?.stop());

describe('semantic search', () => {
  it('ranks by cosine similarity above the threshold, by text or by the same vector', async () => {
    const byText = ok(await search(A.member, { collectionId: collectionA, query: 'how often do we rotate database credentials', mode: 'SEMANTIC', topK: 3 })).searchKnowledge;
    expect(byText).toMatchObject({ mode: 'SEMANTIC', exact: true, model: { name: 'local' } });
    expect(titles(byText)[0]).toBe('Credential rotation');
    const scores = byText.hits.map((h: { semanticScore: number }) => h.semanticScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(byText.hits.map((h: { rank: number }) => h.rank)).toEqual(byText.hits.map((_: unknown, i: number) => i + 1));
    expect(byText.hits.every((h: { keywordScore: unknown; score: number; semanticScore: number }) => h.keywordScore === null && h.score === h.semanticScore)).toBe(true);

    const byVector = ok(await search(A.member, { collectionId: collectionA, vector: localEmbedding('how often do we rotate database credentials'), mode: 'SEMANTIC', topK: 3 })).searchKnowledge;
    expect(byVector.hits.map((h: { chunk: { id: string } }) => h.chunk.id)).toEqual(byText.hits.map((h: { chunk: { id: string } }) => h.chunk.id));
    byVector.hits.forEach((h: { semanticScore: number }, i: number) => expect(h.semanticScore).toBeCloseTo(byText.hits[i].semanticScore, 5));

    const strict = ok(await search(A.member, { collectionId: collectionA, query: 'how often do we rotate database credentials', mode: 'SEMANTIC', threshold: 0.99 })).searchKnowledge;
    expect(strict.hits).toEqual([]);
    const some = ok(await search(A.member, { collectionId: collectionA, query: 'database credentials', mode: 'SEMANTIC', threshold: 0.2 })).searchKnowledge;
    expect(some.hits.length).toBeGreaterThan(0);
    expect(some.hits.every((h: { semanticScore: number }) => h.semanticScore >= 0.2)).toBe(true);
    expect(codes(await search(A.member, { collectionId: collectionA, vector: [1, 2, 3], mode: 'SEMANTIC' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by the documents’ JSON metadata', async () => {
    const ops = ok(await search(A.member, { collectionId: collectionA, query: 'rotation', mode: 'HYBRID', metadata: { team: 'it' } })).searchKnowledge;
    expect(titles(ops)).toEqual(['Remote access']);
    const none = ok(await search(A.member, { collectionId: collectionA, query: 'rotation', metadata: { team: 'nobody' } })).searchKnowledge;
    expect(none.hits).toEqual([]);
  });
});

describe('search within documents', () => {
  it('ranks only the given documents’ chunks, which must all be searchable by the caller', async () => {
    const only = ok(await search(A.member, { documentIds: [ids.vpn], query: 'rotation', mode: 'HYBRID' })).searchKnowledge;
    expect(titles(only)).toEqual(['Remote access']);
    const both = ok(await search(A.member, { collectionId: collectionA, documentIds: [ids.vpn, ids.creds], query: 'rotation', mode: 'SEMANTIC' })).searchKnowledge;
    expect(new Set(titles(both))).toEqual(new Set(['Remote access', 'Credential rotation']));
    // Another tenant's document is not found, the same as one that does not exist.
    expect(codes(await search(A.member, { documentIds: [ids.vpn, ids.bCreds], query: 'rotation' }))).toEqual(['NOT_FOUND']);
    expect(codes(await search(A.member, { documentIds: [randomUUID()], query: 'rotation' }))).toEqual(['NOT_FOUND']);
    expect(codes(await search(A.member, { collectionId: collectionB, documentIds: [ids.vpn], query: 'rotation' }))).toEqual(['NOT_FOUND']);
    expect(codes(await search(B.member, { collectionId: collectionB, documentIds: [ids.bCreds, ids.vpn], query: 'rotation' }))).toEqual(['NOT_FOUND']);
    expect(codes(await search(A.member, { query: 'rotation' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('keyword search', () => {
  it('weights the title above the body, and finds a misspelt word through trigrams', async () => {
    // "rotation" is in the title and body of one document, in the body only of another.
    const ranked = ok(await search(A.member, { collectionId: collectionA, query: 'rotation', mode: 'KEYWORD' })).searchKnowledge;
    expect(titles(ranked)).toEqual(['Credential rotation', 'Remote access']);
    expect(ranked.hits[0].keywordScore).toBeGreaterThan(ranked.hits[1].keywordScore);
    expect(ranked.hits[0].semanticScore).toBeNull();
    const fuzzy = ok(await search(A.member, { collectionId: collectionA, query: 'cafeterria', mode: 'KEYWORD' })).searchKnowledge;
    expect(titles(fuzzy)).toEqual(['Cafeteria']);
    expect(codes(await search(A.member, { collectionId: collectionA, vector: localEmbedding('x'), mode: 'KEYWORD' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('hybrid search', () => {
  it('fuses both lists by reciprocal rank and returns each hit’s parts', async () => {
    const res = ok(await search(A.member, { collectionId: collectionA, query: 'rotating credentials', topK: 5 })).searchKnowledge;
    expect(res.mode).toBe('HYBRID');
    expect(titles(res)[0]).toBe('Credential rotation');
    for (const h of res.hits) {
      const expected = (h.semanticRank ? 1 / (60 + h.semanticRank) : 0) + (h.keywordRank ? 1 / (60 + h.keywordRank) : 0);
      expect(h.score).toBeCloseTo(expected, 10);
    }
    const top = res.hits[0];
    expect(top).toMatchObject({ rank: 1, semanticRank: 1, keywordRank: 1 });
    expect(top.semanticScore).toBeGreaterThan(0);
    expect(top.keywordScore).toBeGreaterThan(0);
  });
});

describe('two tenants', () => {
  it('a search reaches only the caller’s tenants, and another tenant’s collection does not exist for it', async () => {
    for (const s of [B.admin, B.member]) {
      expect(codes(await search(s, { collectionId: collectionA, query: 'credentials' }))).toEqual(['NOT_FOUND']);
      const own = ok(await search(s, { collectionId: collectionB, query: 'database credentials rotated' })).searchKnowledge;
      expect(own.hits.map((h: { document: { id: string } }) => h.document.id)).toEqual([ids.bCreds]);
    }
    const outsider = await t.register();
    expect(codes(await search(outsider, { collectionId: collectionA, query: 'credentials' }))).toEqual(['NOT_FOUND']);
    expect(codes(await search(A.member, { collectionId: randomUUID(), query: 'credentials' }))).toEqual(['NOT_FOUND']);
    const inA = ok(await search(A.member, { collectionId: collectionA, query: 'database credentials rotated', topK: 100, threshold: -1 })).searchKnowledge;
    expect(inA.hits.some((h: { document: { id: string } }) => h.document.id === ids.bCreds)).toBe(false);
    expect(codes(await t.gql(SEARCH, { i: { collectionId: collectionA, query: 'x' } }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the exact scan’s in-memory vectors', () => {
  it('follow a change: a re-embedded document is found by its new content, never by its old chunks', async () => {
    const before = ok(await search(A.member, { collectionId: collectionA, query: 'laptop badge buddy first week', mode: 'SEMANTIC', topK: 1 })).searchKnowledge;
    expect(titles(before)).toEqual(['Onboarding']);
    const oldChunk = before.hits[0].chunk.id;
    ok(await api.updateDocument(A.admin, ids.onboard!, { content: 'Quantum flux capacitors are calibrated before every orbital launch.' }));
    await api.settled(A.admin, ids.onboard!, 'READY', 2);
    const after = ok(await search(A.member, { collectionId: collectionA, query: 'quantum flux capacitors calibrated', mode: 'SEMANTIC', topK: 5, threshold: -1 })).searchKnowledge;
    expect(titles(after)[0]).toBe('Onboarding');
    expect(after.hits.map((h: { chunk: { id: string } }) => h.chunk.id)).not.toContain(oldChunk);
    expect(after.hits[0].chunk.content).toContain('Quantum flux');
  });
});

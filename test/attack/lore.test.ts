/**
 * Attacks on lore's tenancy through the real gateway. A page cursor is a row id; another tenant's
 * row id as `after` must read exactly like an id that does not exist (BAD_USER_INPUT, "start
 * again"), not as an empty page: otherwise a stranger learns that the row exists.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';
import { lore, ok, tenant, type Tenant } from '../lore/kit.js';

let t: TestSystem;
let api: ReturnType<typeof lore>;
let A: Tenant;
let B: Tenant;
const cursor = (id: string) => Buffer.from(id).toString('base64url');

beforeAll(async () => {
  t = await startTestSystem();
  api = lore(t);
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('cursors of another tenant', () => {
  it('read as absent in knowledgeCollections, a collection’s documents and a document’s chunks', async () => {
    const mine = ok(await api.createCollection(A.admin, { organizationId: A.id, name: `Mine ${randomUUID()}` })).createKnowledgeCollection;
    const myDoc = ok(await api.createDocument(A.admin, { collectionId: mine.id, title: 'Mine', content: 'Only mine.' })).createKnowledgeDocument;
    const theirs = ok(await api.createCollection(B.admin, { organizationId: B.id, name: `Theirs ${randomUUID()}` })).createKnowledgeCollection;
    const theirDoc = ok(await api.createDocument(B.admin, { collectionId: theirs.id, title: 'Theirs', content: 'Not yours.' })).createKnowledgeDocument;

    const list = (after: string) => api.gql(A.member, `query($a: String) { knowledgeCollections(organizationId: "${A.id}", first: 5, after: $a) { nodes { id } } }`, { a: after });
    expect(codes(await list(cursor(randomUUID())))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await list(cursor(theirs.id)))).toEqual(['BAD_USER_INPUT']);

    const docs = (after: string) => api.gql(A.member, `query($id: ID!, $a: String) { knowledgeCollection(id: $id) { documents(first: 5, after: $a) { nodes { id } } } }`, { id: mine.id, a: after });
    expect(codes(await docs(cursor(randomUUID())))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await docs(cursor(theirDoc.id)))).toEqual(['BAD_USER_INPUT']);

    const chunks = (after: string) => api.gql(A.member, `query($id: ID!, $a: String) { knowledgeDocument(id: $id) { chunks(first: 5, after: $a) { nodes { id } } } }`, { id: myDoc.id, a: after });
    expect(codes(await chunks(cursor(randomUUID())))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await chunks(cursor(theirDoc.id)))).toEqual(['BAD_USER_INPUT']);
  });
});

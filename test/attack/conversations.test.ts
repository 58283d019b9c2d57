/**
 * Attacks on conversations' tenancy through the real gateway. Another tenant's conversation or
 * document id as a page cursor must read exactly like an id that does not exist (BAD_USER_INPUT),
 * not as an empty page: otherwise a stranger learns that the row exists.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';
import { createTenant, type Tenant } from '../kit/tenants.js';
import { conversationsKit, ok } from '../conversations/kit.js';

let t: TestSystem;
let A: Tenant;
let B: Tenant;
const cursor = (id: string) => Buffer.from(id).toString('base64url');

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([createTenant(t, `A ${randomUUID().slice(0, 6)}`), createTenant(t, `B ${randomUUID().slice(0, 6)}`)]);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('cursors of another tenant', () => {
  it('read as absent in conversations and documents', async () => {
    const kit = conversationsKit(t);
    const theirs = (await kit.createConversation(B.member.accessToken, { title: 'B only', organizationId: B.id })).id;
    const theirDoc = ok(await t.gql(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'b.txt', mimeType: 'text/plain', content: 'B only', organizationId: B.id } }, B.member.accessToken)).createDocument.id;

    const conversations = (after: string) => t.gql(`query($a: String) { conversations(first: 5, after: $a) { nodes { id } } }`, { a: after }, A.admin.accessToken);
    expect(codes(await conversations(cursor(randomUUID())))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await conversations(cursor(theirs)))).toEqual(['BAD_USER_INPUT']);

    const documents = (after: string) => t.gql(`query($a: String) { documents(first: 5, after: $a) { nodes { id } } }`, { a: after }, A.admin.accessToken);
    expect(codes(await documents(cursor(randomUUID())))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await documents(cursor(theirDoc)))).toEqual(['BAD_USER_INPUT']);
  });
});

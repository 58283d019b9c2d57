/**
 * Answers with sources (issue 14 §6), through the real gateway: sendMessage(knowledge:) retrieves
 * chunks from lore as the caller (a signed service-to-service call carrying their token), puts
 * as many as fit the model's budget into the context, stores the ones used on the assistant
 * message and returns them as `sources` (lore entities resolved by the gateway); the local model
 * cites them. A second tenant never sees the first's chunks. An uploaded document is promoted
 * into a knowledge document. Embedding usage (ingestion and query) reaches analytics as
 * `llm.usage` with operation `embedding`.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';
import { handbooks, lore, ok, tenant, waitFor, type Tenant } from '../lore/kit.js';
import { conversationsKit, MESSAGE_FIELDS } from './kit.js';

let t: TestSystem;
let api: ReturnType<typeof lore>;
let kit: ReturnType<typeof conversationsKit>;
let A: Tenant;
let B: Tenant;
let collectionA: string;
let collectionB: string;
let ids: Record<string, string> = {};

const DOCS = [
  { key: 'creds', title: 'Credential rotation', content: 'Database credentials are rotated every ninety days by the platform team. Rotation is automated.' },
  { key: 'backup', title: 'Backups', content: 'Nightly backups are encrypted and copied to a second region. Restores are rehearsed monthly.' },
  { key: 'lunch', title: 'Cafeteria', content: 'The cafeteria serves lunch from noon until two on weekdays, with a vegetarian menu.' },
  { key: 'vpn', title: 'Remote access', content: 'Engineers connect through the VPN with hardware keys. Rotation of VPN certificates happens yearly.' },
];

const SOURCES = `sources { position score chunkIndex document { id title } chunk { id content } }`;
const SEND = `mutation($c: ID!, $content: String!, $k: KnowledgeGroundingInput, $model: ID) {
  sendMessage(conversationId: $c, content: $content, knowledge: $k, modelId: $model) {
    userMessage { id ${SOURCES} }
    assistantMessage { ${MESSAGE_FIELDS} ${SOURCES} }
    conversation { id totalMessages }
  }
}`;
const send = (token: string, c: string, content: string, k: Record<string, unknown> | null, model?: string) => t.gql(SEND, { c, content, k, model }, token);
const PROMOTE = `mutation($d: ID!, $c: ID!, $title: String) { promoteDocument(documentId: $d, collectionId: $c, title: $title) { id title status collection { id } metadata } }`;
const USAGE = `query($from: DateTime!, $to: DateTime!, $org: ID) { llmUsage(from: $from, to: $to, groupBy: [OPERATION, MODEL], organizationId: $org) { operation model calls failures inputTokens outputTokens cost } }`;

type Source = { position: number; score: number; chunkIndex: number; document: { id: string; title: string } | null; chunk: { id: string; content: string } | null };

beforeAll(async () => {
  t = await startTestSystem();
  api = lore(t);
  kit = conversationsKit(t);
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
  ({ collectionA, collectionB, ids } = await handbooks(api, A, B, DOCS));
}, 180_000);
afterAll(async () => t?.stop());

describe('sendMessage with knowledge', () => {
  it('grounds the answer in the best chunks, stores them on the assistant message and cites them', async () => {
    const conversation = await kit.createConversation(A.member.accessToken);
    const res = ok(await send(A.member.accessToken, conversation.id, 'How often are database credentials rotated?', { collectionId: collectionA, topK: 3 })).sendMessage;
    const sources: Source[] = res.assistantMessage.sources;
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.length).toBeLessThanOrEqual(3);
    expect(sources.map((s) => s.position)).toEqual(sources.map((_, i) => i + 1));
    // The right document first, resolved by lore for the caller: its title and the chunk's text.
    expect(sources[0]).toMatchObject({ chunkIndex: 0, document: { id: ids.creds, title: 'Credential rotation' }, chunk: { content: expect.stringContaining('ninety days') } });
    expect(sources.every((s) => s.score > 0)).toBe(true);
    expect(sources.map((s) => s.score)).toEqual([...sources.map((s) => s.score)].sort((a, b) => b - a));
    expect(res.userMessage.sources).toEqual([]);
    // The local model cites every source it was given, in order.
    const citations = sources.map((s) => `[${s.position}] ${s.document!.title} (chunk ${s.chunkIndex})`).join('; ');
    expect(res.assistantMessage.content).toContain(`Sources: ${citations}`);
    expect(res.assistantMessage.metadata.knowledge).toEqual({ retrieved: sources.length, used: sources.length });

    // Stored: read back through the conversation, the same sources.
    const read = ok(await t.gql(`query($id: ID!) { conversation(id: $id) { messages(first: 10) { nodes { role ${SOURCES} } } } }`, { id: conversation.id }, A.member.accessToken)).conversation.messages.nodes;
    expect(read.find((m: { role: string }) => m.role === 'ASSISTANT').sources).toEqual(sources);
    const [row] = await sql<{ sources: { chunkId: string }[] }>(t.db.url, `SELECT knowledge_sources AS sources FROM conversations.messages WHERE id = $1`, [res.assistantMessage.id]);
    expect(row!.sources.map((s) => s.chunkId)).toEqual(sources.map((s) => s.chunk!.id));

    // Deterministic: the same question in a new conversation cites the same chunks the same way.
    const again = ok(await send(A.member.accessToken, (await kit.createConversation(A.member.accessToken)).id, 'How often are database credentials rotated?', { collectionId: collectionA, topK: 3 })).sendMessage;
    expect(again.assistantMessage.sources).toEqual(sources);
  });

  it('narrows retrieval to the given documents', async () => {
    const conversation = await kit.createConversation(A.member.accessToken);
    const res = ok(await send(A.member.accessToken, conversation.id, 'rotation of credentials', { documentIds: [ids.vpn], topK: 5 })).sendMessage;
    const sources: Source[] = res.assistantMessage.sources;
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.document!.id === ids.vpn)).toBe(true);
    expect(codes(await send(A.member.accessToken, conversation.id, 'rotation', { documentIds: [ids.vpn, ids.creds], collectionId: collectionB }))).toEqual(['NOT_FOUND']);
    expect(codes(await send(A.member.accessToken, conversation.id, 'rotation', {}))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await send(A.member.accessToken, conversation.id, 'rotation', { collectionId: collectionA, topK: 21 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps to the token budget: the chunks that do not fit are left out', async () => {
    const { model } = await kit.provider({ name: `tiny-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'tiny-echo', maxTokens: 60 });
    const conversation = await kit.createConversation(A.member.accessToken, { defaultModelId: model.id });
    const res = ok(await send(A.member.accessToken, conversation.id, 'database credentials rotation', { collectionId: collectionA, topK: 4 })).sendMessage;
    const { retrieved, used } = res.assistantMessage.metadata.knowledge;
    expect(retrieved).toBeGreaterThan(1);
    expect(used).toBeGreaterThanOrEqual(1);
    expect(used).toBeLessThan(retrieved);
    expect(res.assistantMessage.sources).toHaveLength(used);
    expect(res.assistantMessage.promptTokens).toBeLessThanOrEqual(60);
  });

  it('never reaches another tenant’s knowledge, and a refused request stores nothing', async () => {
    const conversation = await kit.createConversation(B.member.accessToken);
    expect(codes(await send(B.member.accessToken, conversation.id, 'How often are database credentials rotated?', { collectionId: collectionA }))).toEqual(['NOT_FOUND']);
    expect(codes(await send(B.member.accessToken, conversation.id, 'How often are database credentials rotated?', { documentIds: [ids.creds] }))).toEqual(['NOT_FOUND']);
    expect(codes(await send(B.member.accessToken, conversation.id, 'rotation', { documentIds: [ids.bCreds, ids.creds] }))).toEqual(['NOT_FOUND']);
    const n = (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.messages WHERE conversation_id = $1`, [conversation.id]))[0]!.n;
    expect(n).toBe(0);

    // Its own collection: only its own chunks, though A holds the better match.
    const res = ok(await send(B.member.accessToken, conversation.id, 'How often are database credentials rotated?', { collectionId: collectionB, topK: 5 })).sendMessage;
    const sources: Source[] = res.assistantMessage.sources;
    expect(sources.map((s) => s.document!.id)).toEqual([ids.bCreds]);

    // Read back by its owner, the stored references resolve to the same sources.
    const shareable = ok(await t.gql(`query($id: ID!) { conversation(id: $id) { messages(first: 10) { nodes { ${SOURCES} } } } }`, { id: conversation.id }, B.member.accessToken)).conversation.messages.nodes;
    expect(shareable.flatMap((m: { sources: Source[] }) => m.sources)).toEqual(sources);
  });
});

describe('sources after re-ingestion', () => {
  const STALE = `sources { position chunkIndex documentVersion document { id version } chunk { id content stale documentVersion } }`;
  const readSources = async (conversation: string) =>
    ok(await t.gql(`query($id: ID!) { conversation(id: $id) { messages(first: 10) { nodes { role ${STALE} } } } }`, { id: conversation }, A.member.accessToken)).conversation.messages.nodes.find(
      (m: { role: string }) => m.role === 'ASSISTANT',
    ).sources;

  it('still resolve to the chunk the answer used, marked stale and out of search, until it is pruned', async () => {
    const doc = ok(await api.createDocument(A.admin, { collectionId: collectionA, title: 'Key escrow', content: 'Signing keys are escrowed with two officers. Escrow is reviewed quarterly.' })).createKnowledgeDocument.id;
    await api.settled(A.admin, doc, 'READY');
    const conversation = await kit.createConversation(A.member.accessToken);
    const res = ok(await send(A.member.accessToken, conversation.id, 'Who holds the escrowed signing keys?', { documentIds: [doc], topK: 3 })).sendMessage;
    const [used] = res.assistantMessage.sources as Source[];
    expect(used!.chunk!.content).toContain('two officers');
    expect(await readSources(conversation.id)).toEqual([{ position: 1, chunkIndex: 0, documentVersion: 1, document: { id: doc, version: 1 }, chunk: { id: used!.chunk!.id, content: used!.chunk!.content, stale: false, documentVersion: 1 } }]);

    // New content: the document is re-chunked, and the answer's source keeps the chunk it read.
    ok(await api.updateDocument(A.admin, doc, { content: 'Signing keys are escrowed with three officers. Escrow is reviewed monthly.' }));
    const current = await api.settled(A.admin, doc, 'READY', 2);
    expect(await readSources(conversation.id)).toEqual([{ position: 1, chunkIndex: 0, documentVersion: 1, document: { id: doc, version: 2 }, chunk: { id: used!.chunk!.id, content: used!.chunk!.content, stale: true, documentVersion: 1 } }]);
    // The document's chunks are the new ones only, and search finds only them.
    expect(current.chunks.nodes.map((c: { id: string; content: string }) => c.content)).toEqual([expect.stringContaining('three officers')]);
    expect(current.chunks.nodes[0].id).not.toBe(used!.chunk!.id);
    for (const mode of ['KEYWORD', 'SEMANTIC', 'HYBRID']) {
      const hits = ok(await t.gql(`query($i: KnowledgeSearchInput!) { searchKnowledge(input: $i) { hits { chunk { id stale } } } }`, { i: { documentIds: [doc], query: 'escrowed officers', mode, topK: 10 } }, A.member.accessToken)).searchKnowledge.hits;
      expect(hits.map((h: { chunk: { id: string; stale: boolean } }) => h.chunk)).toEqual([{ id: current.chunks.nodes[0].id, stale: false }]);
    }
    // Three more versions (ATRIUM_LORE_CHUNK_VERSIONS_KEPT, default 3): version 1's chunks are pruned; the source still names the document and position.
    for (const v of [3, 4, 5]) {
      ok(await api.updateDocument(A.admin, doc, { content: `Signing keys are escrowed with ${v} officers. Escrow is reviewed weekly.` }));
      await api.settled(A.admin, doc, 'READY', v);
    }
    expect(await readSources(conversation.id)).toEqual([{ position: 1, chunkIndex: 0, documentVersion: 1, document: { id: doc, version: 5 }, chunk: null }]);
    const kept = await sql<{ v: number; superseded: boolean }>(t.db.url, `SELECT document_version AS v, superseded_at IS NOT NULL AS superseded FROM lore.document_chunks WHERE document_id = $1 ORDER BY 1`, [doc]);
    expect(kept).toEqual([{ v: 2, superseded: true }, { v: 3, superseded: true }, { v: 4, superseded: true }, { v: 5, superseded: false }]);
  });
});

describe('promoteDocument', () => {
  it('turns an uploaded document into a knowledge document that answers can cite', async () => {
    const content = 'Expense reports are due on the fifth working day of each month. Late reports wait for the next cycle.';
    const uploaded = ok(await t.gql(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'expenses.md', mimeType: 'text/markdown', content } }, A.admin.accessToken)).createDocument.id;
    const promoted = ok(await t.gql(PROMOTE, { d: uploaded, c: collectionA }, A.admin.accessToken)).promoteDocument;
    // Ingestion is queued at once; the job may already have started when the gateway resolves the entity.
    expect(promoted).toMatchObject({ title: 'expenses.md', status: expect.stringMatching(/^(PENDING|PROCESSING|READY)$/), collection: { id: collectionA }, metadata: { source: 'conversations', documentId: uploaded, filename: 'expenses.md' } });
    const ready = await api.settled(A.admin, promoted.id, 'READY');
    expect(ready.content).toBe(content);

    const conversation = await kit.createConversation(A.member.accessToken);
    const res = ok(await send(A.member.accessToken, conversation.id, 'When are expense reports due?', { collectionId: collectionA, topK: 2 })).sendMessage;
    expect(res.assistantMessage.sources[0].document).toEqual({ id: promoted.id, title: 'expenses.md' });

    // Lore decides as the caller: B's administrator cannot write into A's collection, and nobody promotes a document they cannot read.
    const bUpload = ok(await t.gql(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'b.txt', mimeType: 'text/plain', content: 'B notes' } }, B.admin.accessToken)).createDocument.id;
    expect(codes(await t.gql(PROMOTE, { d: bUpload, c: collectionA }, B.admin.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(PROMOTE, { d: uploaded, c: collectionB }, B.admin.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(PROMOTE, { d: uploaded, c: collectionA, title: '' }, A.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
    // The member reads A's knowledge but may not create it.
    const memberUpload = ok(await t.gql(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'm.txt', mimeType: 'text/plain', content: 'Member notes' } }, A.member.accessToken)).createDocument.id;
    expect(codes(await t.gql(PROMOTE, { d: memberUpload, c: collectionA }, A.member.accessToken))).toEqual(['FORBIDDEN']);
  });
});

describe('embedding usage', () => {
  it('reaches analytics as llm.usage with operation embedding: ingestion and query embeddings, per organization', async () => {
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    // Every READY document of A published one successful ingestion call; A's searches one call each.
    const readyA = (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM lore.documents WHERE organization_id = $1 AND status = 'ready'`, [A.id]))[0]!.n;
    const rows = await waitFor(async () => {
      const r = await sql<{ calls: number; tokens: number }>(t.db.url, `SELECT count(*)::int AS calls, sum(input_tokens)::int AS tokens FROM analytics.ai_usage_logs WHERE organization_id = $1 AND operation = 'embedding'`, [A.id]);
      return r[0]!.calls > readyA ? r[0]! : null;
    }, 'embedding usage in analytics');
    expect(rows.tokens).toBeGreaterThan(0);
    const groups = ok(await t.gql(USAGE, { ...window, org: A.id }, A.admin.accessToken)).llmUsage;
    const embedding = groups.find((g: { operation: string }) => g.operation === 'embedding');
    expect(embedding).toMatchObject({ model: 'local', failures: 0, outputTokens: '0', cost: '0.000000' });
    expect(embedding.calls).toBeGreaterThanOrEqual(rows.calls);
    const allocations = (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.cost_allocations a JOIN analytics.ai_usage_logs u ON u.id = a.id WHERE u.organization_id = $1 AND u.operation = 'embedding'`, [A.id]))[0]!.n;
    expect(allocations).toBeGreaterThanOrEqual(rows.calls);
    // B's embeddings are B's.
    expect(ok(await t.gql(USAGE, { ...window, org: A.id }, B.admin.accessToken)).llmUsage).toEqual([]);
  });
});

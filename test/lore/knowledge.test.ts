/**
 * Lore through the real gateway: collections bound to a model, knowledge documents written at
 * once and ingested on the job queue (chunks from 0, embeddings of the model's dimensions),
 * re-embedding on change, an OpenAI-compatible provider against a local stand-in (retry,
 * outage, wrong dimensions: the document is never lost), validation codes, and two tenants
 * that never see each other's collections, documents or chunks.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';
import { startFakeEmbeddings, type FakeEmbeddings } from './fake-embeddings.js';
import { lore, ok, tenant, waitFor, type Tenant } from './kit.js';
import { cursorOf } from '../kit/tenants.js';

let t: TestSystem;
let api: ReturnType<typeof lore>;
let A: Tenant;
let B: Tenant;
let fake: FakeEmbeddings;

const ARTICLE = [
  'Backups run every night at two. Each backup is encrypted before it leaves the host. Restores are tested monthly.',
  'Incident response starts with a page to the on-call engineer. The engineer opens an incident channel. A timeline is kept from the first minute.',
  'Access reviews happen each quarter. Managers confirm every grant of their reports. Stale grants are revoked the same day.',
].join('\n\n');

beforeAll(async () => {
  fake = await startFakeEmbeddings(8);
  t = await startTestSystem({
    ATRIUM_LORE_CHUNK_SIZE: '120',
    ATRIUM_LORE_CHUNK_OVERLAP: '40',
    ATRIUM_LORE_EMBED_MAX_ATTEMPTS: '1',
    ATRIUM_LORE_EMBED_MAX_RETRIES: '1',
    ATRIUM_LORE_EMBED_RETRY_BASE_MS: '1',
    ATRIUM_LORE_EMBED_API_KEY: 'sk-test-embeddings-key',
  });
  api = lore(t);
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
}, 120_000);
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});

describe('collections and documents', () => {
  it('writes a document at once, ingests it on the queue into ordered chunks and model-sized embeddings, and re-embeds a change', async () => {
    const models = ok(await api.gql(A.member, `{ embeddingModels(first: 10) { nodes { name provider dimensions isDefault configured } } }`)).embeddingModels.nodes;
    expect(models).toContainEqual({ name: 'local', provider: 'LOCAL', dimensions: 256, isDefault: true, configured: true });
    expect(models).toContainEqual({ name: 'text-embedding-3-small', provider: 'OPENAI', dimensions: 1536, isDefault: false, configured: false });

    const collection = ok(await api.createCollection(A.admin, { organizationId: A.id, name: `Runbooks ${randomUUID()}` })).createKnowledgeCollection;
    expect(collection).toMatchObject({ organizationId: A.id, model: { name: 'local', dimensions: 256 } });

    const created = ok(await api.createDocument(A.admin, { collectionId: collection.id, title: 'Operations handbook', content: ARTICLE, metadata: { team: 'ops' } })).createKnowledgeDocument;
    // The write returns at once: the job has not necessarily run.
    expect(created).toMatchObject({ organizationId: A.id, status: expect.stringMatching(/^(PENDING|PROCESSING|READY)$/), version: 1, collection: { id: collection.id } });

    const ready = await api.settled(A.admin, created.id, 'READY');
    const chunks = ready.chunks.nodes;
    expect(chunks.length).toBe(ready.chunkCount);
    expect(chunks.length).toBeGreaterThan(2);
    chunks.forEach((c: { chunkIndex: number; content: string; startOffset: number; endOffset: number }, i: number) => {
      expect(c.chunkIndex).toBe(i);
      expect(ARTICLE.slice(c.startOffset, c.endOffset)).toBe(c.content);
      expect(c.content.length).toBeLessThanOrEqual(120);
    });
    const rows = await sql<{ entity_type: string; dims: number; n: string }>(
      t.db.url,
      `SELECT entity_type, array_length(embedding, 1) AS dims, count(*) AS n FROM lore.embeddings WHERE collection_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [collection.id],
    );
    expect(rows).toEqual([
      { entity_type: 'chunk', dims: 256, n: String(chunks.length) },
      { entity_type: 'document', dims: 256, n: '1' },
    ]);

    // Metadata only: no new version, no re-embedding.
    const tagged = ok(await api.updateDocument(A.admin, created.id, { metadata: { team: 'sre' } })).updateKnowledgeDocument;
    expect(tagged).toMatchObject({ version: 1, status: 'READY', metadata: { team: 'sre' } });
    // New content: a new version, chunked and embedded again.
    const changed = ok(await api.updateDocument(A.admin, created.id, { content: 'Short replacement text about rotating keys.' })).updateKnowledgeDocument;
    expect(changed.version).toBe(2);
    const again = await api.settled(A.admin, created.id, 'READY', 2);
    expect(again.chunks.nodes.map((c: { content: string }) => c.content)).toEqual(['Short replacement text about rotating keys.']);
    expect((await sql(t.db.url, `SELECT 1 FROM lore.embeddings WHERE collection_id = $1`, [collection.id])).length).toBe(2);

    // A member of the tenant reads it once its resource is registered; it may not write.
    const seen = await waitFor(async () => (await api.document(A.member, created.id)).data?.knowledgeDocument, 'the member reads the document');
    expect(seen).toMatchObject({ id: created.id, version: 2 });
    expect(codes(await api.createDocument(A.member, { collectionId: collection.id, title: 'x', content: 'y' }))).toEqual(['FORBIDDEN']);
    expect(codes(await api.updateDocument(A.member, created.id, { title: 'x' }))).toEqual(['FORBIDDEN']);

    const deleted = ok(await api.gql(A.admin, `mutation($id: ID!) { deleteKnowledgeDocument(id: $id) { id } }`, { id: created.id })).deleteKnowledgeDocument;
    expect(deleted).toEqual({ id: created.id });
    expect(ok(await api.document(A.admin, created.id)).knowledgeDocument).toBeNull();
    expect(await sql(t.db.url, `SELECT 1 FROM lore.embeddings WHERE collection_id = $1 UNION ALL SELECT 1 FROM lore.document_chunks WHERE collection_id = $1`, [collection.id])).toEqual([]);
  });

  it('answers bad input, schema-violating metadata and anonymous calls with their codes', async () => {
    const collection = ok(
      await api.createCollection(A.admin, {
        organizationId: A.id,
        name: `Typed ${randomUUID()}`,
        metadataSchema: { type: 'object', properties: { team: { type: 'string' } }, required: ['team'] },
      }),
    ).createKnowledgeCollection;
    expect(codes(await api.createDocument(A.admin, { collectionId: collection.id, title: '', content: 'x', metadata: { team: 'a' } }))).toEqual(['BAD_USER_INPUT']);
    const bad = await api.createDocument(A.admin, { collectionId: collection.id, title: 'T', content: 'x', metadata: { team: 5 } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(bad.errors)).toContain('team');
    expect(codes(await api.createDocument(A.admin, { collectionId: collection.id, title: 'T', content: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.createCollection(A.admin, { organizationId: A.id, name: collection.name.replace('Typed', 'Bad'), metadataSchema: { type: 'nonsense' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.createCollection(A.admin, { organizationId: A.id, name: `${collection.name}`, metadataSchema: {} }))).toEqual(['CONFLICT']);
    expect(codes(await api.createCollection(A.admin, { organizationId: A.id, name: 'unconfigured', modelId: await modelId('text-embedding-3-small') }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(A.admin, `query($id: ID!) { knowledgeDocument(id: $id) { id } }`, { id: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`{ knowledgeCollections { nodes { id } } }`))).toEqual(['UNAUTHENTICATED']);
  });
});

async function modelId(name: string): Promise<string> {
  const nodes = ok(await t.gql(`{ embeddingModels(first: 100) { nodes { id name } } }`, {}, t.admin.accessToken)).embeddingModels.nodes as { id: string; name: string }[];
  return nodes.find((m) => m.name === name)!.id;
}

describe('an OpenAI-compatible embedding provider (local stand-in)', () => {
  it('embeds through the endpoint, retries a transient failure, and keeps a document whose embedding failed', async () => {
    const name = `remote-${randomUUID().slice(0, 8)}`;
    const create = (token: string) =>
      t.gql(`mutation($i: CreateEmbeddingModelInput!) { createEmbeddingModel(input: $i) { id name provider dimensions configured } }`, { i: { name, provider: 'OPENAI', dimensions: 8, baseUrl: fake.url, remoteModel: 'stand-in-8' } }, token);
    expect(codes(await create(A.admin.accessToken))).toEqual(['FORBIDDEN']);
    const model = ok(await create(t.admin.accessToken)).createEmbeddingModel;
    expect(model).toMatchObject({ name, provider: 'OPENAI', dimensions: 8, configured: true });
    const collection = ok(await api.createCollection(A.admin, { organizationId: A.id, name: `Remote ${randomUUID()}`, modelId: model.id })).createKnowledgeCollection;

    fake.mode = 'flaky';
    const doc = ok(await api.createDocument(A.admin, { collectionId: collection.id, title: 'Remote', content: ARTICLE })).createKnowledgeDocument;
    await api.settled(A.admin, doc.id, 'READY');
    const sent = fake.requests.filter((r) => r.body.input.some((i) => i.includes('Backups run every night')));
    expect(sent.length).toBe(2); // the 503, then the retry
    expect(sent[0]!.authorization).toBe('Bearer sk-test-embeddings-key');
    expect(sent[0]!.body.model).toBe('stand-in-8');
    expect((await sql<{ d: number }>(t.db.url, `SELECT DISTINCT array_length(embedding, 1) AS d FROM lore.embeddings WHERE collection_id = $1`, [collection.id])).map((r) => r.d)).toEqual([8]);

    // An outage: the write still succeeds, the document is kept with its content and the error.
    fake.mode = 'down';
    const kept = ok(await api.createDocument(A.admin, { collectionId: collection.id, title: 'During the outage', content: 'Nothing is lost when the vendor is down.' })).createKnowledgeDocument;
    const failed = await api.settled(A.admin, kept.id, 'FAILED');
    expect(failed).toMatchObject({ content: 'Nothing is lost when the vendor is down.', chunkCount: 0 });
    expect(failed.embeddingError).toMatch(/answered HTTP 503 after 2 attempts/);
    expect(failed.embeddingError).not.toMatch(/127\.0\.0\.1|sk-test/);
    // The vendor is back: re-embedding succeeds.
    fake.mode = 'ok';
    const retried = ok(await api.gql(A.admin, `mutation($id: ID!) { reembedKnowledgeDocument(id: $id) { status embeddingError } }`, { id: kept.id })).reembedKnowledgeDocument;
    expect(retried).toEqual({ status: 'PENDING', embeddingError: null });
    expect((await api.settled(A.admin, kept.id, 'READY')).chunkCount).toBe(1);

    // Vectors of the wrong length are refused: no retry can fix them.
    fake.mode = 'wrong-dimensions';
    const wrong = ok(await api.createDocument(A.admin, { collectionId: collection.id, title: 'Wrong size', content: 'Seven is not eight.' })).createKnowledgeDocument;
    expect((await api.settled(A.admin, wrong.id, 'FAILED')).embeddingError).toMatch(/answered 7 dimensions; the model has 8/);
    fake.mode = 'ok';
  });
});

describe('two tenants', () => {
  it("a member or administrator of B never sees or touches A's collections, documents or chunks", async () => {
    const collection = ok(await api.createCollection(A.admin, { organizationId: A.id, name: `Private ${randomUUID()}` })).createKnowledgeCollection;
    const doc = ok(await api.createDocument(A.admin, { collectionId: collection.id, title: 'Secret plan', content: ARTICLE })).createKnowledgeDocument;
    await api.settled(A.admin, doc.id, 'READY');
    const chunkId = (await sql<{ id: string }>(t.db.url, `SELECT id FROM lore.document_chunks WHERE document_id = $1 LIMIT 1`, [doc.id]))[0]!.id;
    for (const s of [B.admin, B.member]) {
      expect(ok(await api.document(s, doc.id)).knowledgeDocument).toBeNull();
      expect(ok(await api.gql(s, `query($id: ID!) { knowledgeCollection(id: $id) { id } }`, { id: collection.id })).knowledgeCollection).toBeNull();
      const listed = ok(await api.gql(s, `{ knowledgeCollections(first: 100) { nodes { id organizationId } } }`)).knowledgeCollections.nodes;
      expect(listed.every((c: { organizationId: string }) => c.organizationId === B.id)).toBe(true);
      expect(ok(await api.gql(s, `query($o: ID!) { knowledgeCollections(organizationId: $o) { nodes { id } } }`, { o: A.id })).knowledgeCollections.nodes).toEqual([]);
      // A's collection as a cursor of B's list answers exactly as an id that exists nowhere.
      const after = async (id: string) => api.gql(s, `query($a: String) { knowledgeCollections(first: 5, after: $a) { nodes { id } } }`, { a: cursorOf(id) });
      const [foreign, none] = [await after(collection.id), await after(randomUUID())];
      expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect({ data: foreign.data, errors: foreign.errors }).toEqual({ data: none.data, errors: none.errors });
      // Writes: the same answer as for an object that does not exist.
      expect(codes(await api.createDocument(s, { collectionId: collection.id, title: 'x', content: 'y' }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.createDocument(s, { collectionId: randomUUID(), title: 'x', content: 'y' }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.updateDocument(s, doc.id, { title: 'x' }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.updateDocument(s, randomUUID(), { title: 'x' }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.gql(s, `mutation($id: ID!) { deleteKnowledgeDocument(id: $id) { id } }`, { id: doc.id }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.gql(s, `mutation($id: ID!) { reembedKnowledgeDocument(id: $id) { id } }`, { id: doc.id }))).toEqual(['NOT_FOUND']);
      expect(codes(await api.createCollection(s, { organizationId: A.id, name: 'intruder' }))).toEqual(['NOT_FOUND']);
    }
    // The chunks themselves: none of A's reaches B through any listing either.
    const reached = await sql(t.db.url, `SELECT 1 FROM lore.document_chunks WHERE id = $1 AND organization_id = $2`, [chunkId, B.id]);
    expect(reached).toEqual([]);
    expect(await waitFor(async () => (await api.document(A.member, doc.id)).data?.knowledgeDocument, 'A member reads it')).toMatchObject({ id: doc.id });
  });
});

/**
 * Lore's part of data-subject requests (issue 12 §6): knowledge is its organization's, so the
 * subject's collections, documents, entities and relationships stay (with their chunks and
 * embeddings) and only their creator is erased. Two users in two tenants: the export holds each
 * one's rows, erasure counts are exact, the verification pass finds nothing, the other user's
 * rows are as they were, a second erasure finds nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { subjectData } from '../kit/subject-data.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { lore, ok, tenant, type Tenant } from './kit.js';

let t: TestSystem;
let api: ReturnType<typeof lore>;
let dsr: ReturnType<typeof subjectData>;
let A: Tenant;
let B: Tenant;
const made: Record<'A' | 'B', Made> = {} as never;

interface Made {
  collection: string;
  documents: string[];
  entities: string[];
  relationship: string;
  content: string;
}

const ENTITY = `mutation($i: CreateKnowledgeEntityInput!) { createKnowledgeEntity(input: $i) { id } }`;
const RELATE = `mutation($i: CreateKnowledgeRelationshipInput!) { createKnowledgeRelationship(input: $i) { id } }`;

/** A collection with two READY documents, two entities and an edge between them, by the tenant's administrator. */
async function seed(x: Tenant): Promise<Made> {
  const s = x.admin;
  const collection = ok(await api.createCollection(s, { organizationId: x.id, name: `Handbook ${randomUUID()}` })).createKnowledgeCollection.id;
  const documents: string[] = [];
  for (const title of ['Onboarding', 'Expenses']) documents.push(ok(await api.createDocument(s, { collectionId: collection, title, content: `${title}: written by ${s.email}.` })).createKnowledgeDocument.id);
  for (const id of documents) await api.settled(s, id, 'READY');
  const entities: string[] = [];
  for (const name of ['payments', 'ledger']) entities.push(ok(await api.gql(s, ENTITY, { i: { collectionId: collection, name, entityType: 'system', description: `The ${name} service.` } })).createKnowledgeEntity.id);
  const relationship = ok(await api.gql(s, RELATE, { i: { sourceId: entities[0], targetId: entities[1], relationshipType: 'depends_on' } })).createKnowledgeRelationship.id;
  // A content item in two versions, assigned to the member and to its author.
  const [repo] = ok(await api.gql(s, `{ contentRepositories { id name } }`)).contentRepositories.filter((r: { name: string }) => r.name === 'documents');
  const content = ok(await api.gql(s, `mutation($i: CreateContentItemInput!) { createContentItem(input: $i) { id } }`, { i: { repositoryId: repo.id, organizationId: x.id, title: 'Travel policy', description: `By ${s.email}` } })).createContentItem.id;
  ok(await api.gql(s, `mutation($id: ID!, $i: UpdateContentItemInput!) { updateContentItem(id: $id, input: $i) { id } }`, { id: content, i: { title: 'Travel policy v2', changeSummary: 'Retitled' } }));
  for (const userId of [x.member.userId, s.userId]) ok(await api.gql(s, `mutation($i: AssignContentInput!) { assignContent(input: $i) { id } }`, { i: { itemId: content, userId, assignmentType: 'REQUIRED' } }));
  return { collection, documents, entities, relationship, content };
}

const ids = (rows: unknown[]) => (rows as { id: string }[]).map((r) => r.id).sort();
const derived = (m: Made) =>
  sql<{ chunks: number; embeddings: number }>(
    t.db.url,
    `SELECT (SELECT count(*)::int FROM lore.document_chunks WHERE document_id = ANY($1::uuid[])) AS chunks,
            (SELECT count(*)::int FROM lore.embeddings WHERE collection_id = $2::uuid) AS embeddings`,
    [m.documents, m.collection],
  ).then((r) => r[0]!);

beforeAll(async () => {
  t = await startTestSystem();
  api = lore(t);
  dsr = subjectData(t, 'lore');
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
  made.A = await seed(A);
  made.B = await seed(B);
}, 180_000);
afterAll(() => t?.stop());

describe('lore subject data', () => {
  let bBefore: Record<string, unknown[]>;
  let aDerived: { chunks: number; embeddings: number };

  it('exports the objects the subject created, keyed by table, as JSON', async () => {
    const exported = await dsr.export(A.admin.userId);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(ids(exported.collections!)).toEqual([made.A.collection]);
    expect(ids(exported.documents!)).toEqual([...made.A.documents].sort());
    expect(exported.documents!.map((d: any) => d.content).sort()).toEqual([`Expenses: written by ${A.admin.email}.`, `Onboarding: written by ${A.admin.email}.`]);
    expect(ids(exported.entities!)).toEqual([...made.A.entities].sort());
    expect(exported.relationships).toEqual([expect.objectContaining({ id: made.A.relationship, relationship_type: 'depends_on', created_by: A.admin.userId })]);
    expect(await dsr.remaining(A.admin.userId)).toEqual({ collections: 1, documents: 2, entities: 2, relationships: 1, content_items: 1, content_versions: 2, content_assignments: 1, 'content_assignments.assigned_by': 2 });
    bBefore = await dsr.export(B.admin.userId);
    aDerived = await derived(made.A);
    expect(aDerived.chunks).toBeGreaterThan(0);
  });

  it('erases the creator with exact counts; the verification pass finds nothing', async () => {
    // The self-assignment goes; the member's stays, without its assigner.
    expect(await dsr.erase(A.admin.userId)).toEqual({ collections: 1, documents: 2, entities: 2, relationships: 1, content_items: 1, content_versions: 2, content_assignments: 1, 'content_assignments.assigned_by': 1 });
    expect(await dsr.remaining(A.admin.userId)).toEqual({ collections: 0, documents: 0, entities: 0, relationships: 0, content_items: 0, content_versions: 0, content_assignments: 0, 'content_assignments.assigned_by': 0 });
    expect(Object.values(await dsr.export(A.admin.userId)).every((rows) => rows.length === 0)).toBe(true);
  });

  it("keeps the organization's knowledge: every object, chunk and embedding, without a creator", async () => {
    const rows = await sql<{ n: number }>(
      t.db.url,
      `SELECT (SELECT count(*) FROM lore.collections WHERE id = $1::uuid AND created_by IS NULL) + (SELECT count(*) FROM lore.documents WHERE id = ANY($2::uuid[]) AND created_by IS NULL)
            + (SELECT count(*) FROM lore.entities WHERE id = ANY($3::uuid[]) AND created_by IS NULL) + (SELECT count(*) FROM lore.relationships WHERE id = $4::uuid AND created_by IS NULL) AS n`,
      [made.A.collection, made.A.documents, made.A.entities, made.A.relationship],
    );
    expect(Number(rows[0]!.n)).toBe(6);
    expect(await derived(made.A)).toEqual(aDerived);
    // The member still reads them.
    const doc = ok(await api.document(A.member, made.A.documents[0]!)).knowledgeDocument;
    expect(doc).toMatchObject({ id: made.A.documents[0], status: 'READY' });
    // Its content item stays in both versions without an author, and the member's assignment without its assigner.
    const [c] = await sql(t.db.url, `SELECT created_by, (SELECT count(*)::int FROM lore.content_assignments WHERE content_item_id = $1::uuid AND user_id = $2::uuid AND assigned_by IS NULL) AS kept FROM lore.content_items WHERE id = $1::uuid`, [made.A.content, A.member.userId]);
    expect(c).toEqual({ created_by: null, kept: 1 });
    expect(ok(await api.gql(A.member, `query($id: ID!) { contentItem(id: $id) { id createdById version } }`, { id: made.A.content })).contentItem).toEqual({ id: made.A.content, createdById: null, version: 2 });
  });

  it("leaves the other tenant's user's rows as they were", async () => {
    expect(await dsr.export(B.admin.userId)).toEqual(bBefore);
    expect(await dsr.remaining(B.admin.userId)).toEqual({ collections: 1, documents: 2, entities: 2, relationships: 1, content_items: 1, content_versions: 2, content_assignments: 1, 'content_assignments.assigned_by': 2 });
  });

  it('a second erasure finds nothing to do', async () => {
    expect(await dsr.erase(A.admin.userId)).toEqual({ collections: 0, documents: 0, entities: 0, relationships: 0, content_items: 0, content_versions: 0, content_assignments: 0, 'content_assignments.assigned_by': 0 });
  });
});

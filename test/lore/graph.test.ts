/**
 * The knowledge graph through the real gateway: entities and typed relationships with a
 * confidence 0–1, neighbours, k-hop traversal with a bounded depth (one recursive statement),
 * shortest paths, entities similar by embedding (the collection's model, on the job queue), the
 * collection's one-model rule in the database, validation codes, and a second tenant that never
 * reads, walks, relates to or changes the first one's graph.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';
import type { Session } from '../kit/system.js';
import { lore, ok, tenant, waitFor, type Tenant } from './kit.js';

let t: TestSystem;
let api: ReturnType<typeof lore>;
let A: Tenant;
let B: Tenant;
let collection: string;
const ids: Record<string, string> = {};
const rels: Record<string, string> = {};

const ENTITY = `id organizationId name entityType description metadata embedded collection { id }`;
const createEntity = (s: Session, input: Record<string, unknown>) => api.gql(s, `mutation($i: CreateKnowledgeEntityInput!) { createKnowledgeEntity(input: $i) { ${ENTITY} } }`, { i: input });
const relate = (s: Session, input: Record<string, unknown>) =>
  api.gql(s, `mutation($i: CreateKnowledgeRelationshipInput!) { createKnowledgeRelationship(input: $i) { id relationshipType confidence organizationId source { id } target { id } } }`, { i: input });
const walk = (s: Session, input: Record<string, unknown>) =>
  api.gql(s, `query($i: KnowledgeTraversalInput!) { knowledgeEntityNeighbourhood(input: $i) { depth truncated start { id } nodes { depth entity { id name } } relationships { id relationshipType source { id } target { id } } } }`, { i: input });
const path = (s: Session, input: Record<string, unknown>) =>
  api.gql(s, `query($i: KnowledgeEntityPathInput!) { knowledgeEntityPath(input: $i) { length entities { name } relationships { relationshipType } } }`, { i: input });
const similar = (s: Session, id: string) => api.gql(s, `query($id: ID!) { similarKnowledgeEntities(id: $id, topK: 5) { score entity { name } } }`, { id });
const entity = (s: Session, id: string) => api.gql(s, `query($id: ID!) { knowledgeEntity(id: $id) { ${ENTITY} } }`, { id });
const namesOf = (nodes: { depth: number; entity: { name: string } }[]) => Object.fromEntries(nodes.map((n) => [n.entity.name, n.depth]));

beforeAll(async () => {
  t = await startTestSystem();
  api = lore(t);
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
  collection = ok(await api.createCollection(A.admin, { organizationId: A.id, name: `Graph ${randomUUID()}` })).createKnowledgeCollection.id;
  const entities: [string, string, string][] = [
    ['alice', 'person', 'Alice runs the payments team.'],
    ['bob', 'person', 'Bob is an operations engineer.'],
    ['payments', 'system', 'The payments service processes card payments and refunds for customers.'],
    ['refunds', 'system', 'The refunds service processes refunds of card payments for customers.'],
    ['ledger', 'system', 'The ledger records every balance.'],
    ['ops', 'team', 'The operations team keeps production running.'],
    ['cafeteria', 'place', 'Lunch menu: soup, salad and sandwiches on the third floor.'],
  ];
  for (const [name, entityType, description] of entities) ids[name] = ok(await createEntity(A.admin, { collectionId: collection, name, entityType, description, metadata: { seed: true } })).createKnowledgeEntity.id;
  const edges: [string, string, string, string, number][] = [
    ['owns', 'alice', 'owns', 'payments', 0.9],
    ['depends', 'payments', 'depends_on', 'ledger', 0.8],
    ['member', 'bob', 'member_of', 'ops', 1],
    ['operates', 'ops', 'operates', 'ledger', 0.5],
    ['knows', 'alice', 'knows', 'bob', 0.3],
  ];
  for (const [key, source, relationshipType, target, confidence] of edges) rels[key] = ok(await relate(A.admin, { sourceId: ids[source], targetId: ids[target], relationshipType, confidence })).createKnowledgeRelationship.id;
}, 180_000);
afterAll(async () => {
  await t?.stop();
});

describe('entities and relationships', () => {
  it('creates typed relationships with a confidence and lists an entity’s neighbours in either direction', async () => {
    const owns = ok(await api.gql(A.member, `query($id: ID!) { knowledgeRelationship(id: $id) { relationshipType confidence organizationId source { name } target { name } } }`, { id: rels.owns })).knowledgeRelationship;
    expect(owns).toEqual({ relationshipType: 'owns', confidence: 0.9, organizationId: A.id, source: { name: 'alice' }, target: { name: 'payments' } });

    const q = `query($id: ID!, $d: KnowledgeEdgeDirection) { knowledgeEntity(id: $id) { neighbours(direction: $d) { direction entity { name } relationship { relationshipType confidence } } } }`;
    const both = ok(await api.gql(A.member, q, { id: ids.payments })).knowledgeEntity.neighbours;
    expect(both).toEqual([
      { direction: 'INCOMING', entity: { name: 'alice' }, relationship: { relationshipType: 'owns', confidence: 0.9 } },
      { direction: 'OUTGOING', entity: { name: 'ledger' }, relationship: { relationshipType: 'depends_on', confidence: 0.8 } },
    ]);
    const out = ok(await api.gql(A.member, q, { id: ids.payments, d: 'OUTGOING' })).knowledgeEntity.neighbours;
    expect(out.map((n: { entity: { name: string } }) => n.entity.name)).toEqual(['ledger']);

    const listed = ok(await api.gql(A.member, `query($c: ID!) { knowledgeEntities(collectionId: $c, entityType: "system", first: 10) { nodes { name } } }`, { c: collection })).knowledgeEntities.nodes;
    expect(listed.map((n: { name: string }) => n.name)).toEqual(['ledger', 'payments', 'refunds']);
  });

  it('answers bad input, duplicates and missing permissions with their codes', async () => {
    expect(codes(await relate(A.admin, { sourceId: ids.alice, targetId: ids.bob, relationshipType: 'mentors', confidence: 1.5 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await relate(A.admin, { sourceId: ids.alice, targetId: ids.bob, relationshipType: 'mentors', confidence: -0.1 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await relate(A.admin, { sourceId: ids.alice, targetId: ids.alice, relationshipType: 'mentors' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await relate(A.admin, { sourceId: ids.alice, targetId: ids.bob, relationshipType: 'Not A Type' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await relate(A.admin, { sourceId: ids.alice, targetId: ids.payments, relationshipType: 'owns' }))).toEqual(['CONFLICT']);
    expect(codes(await createEntity(A.admin, { collectionId: collection, name: 'alice', entityType: 'person' }))).toEqual(['CONFLICT']);
    // A member reads the graph but does not change it.
    expect(codes(await createEntity(A.member, { collectionId: collection, name: 'carol', entityType: 'person' }))).toEqual(['FORBIDDEN']);
    expect(codes(await relate(A.member, { sourceId: ids.alice, targetId: ids.ledger, relationshipType: 'audits' }))).toEqual(['FORBIDDEN']);
    expect(codes(await walk(A.admin, { entityId: ids.alice, depth: 9 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await walk(A.admin, { entityId: ids.alice, depth: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`query($id: ID!) { knowledgeEntity(id: $id) { id } }`, { id: ids.alice }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('traversal and paths', () => {
  it('walks k hops with a bounded depth, by direction, relationship type, confidence and entity type', async () => {
    const one = ok(await walk(A.member, { entityId: ids.alice, depth: 1 })).knowledgeEntityNeighbourhood;
    expect(one).toMatchObject({ depth: 1, truncated: false, start: { id: ids.alice } });
    expect(namesOf(one.nodes)).toEqual({ payments: 1, bob: 1 });
    expect(one.relationships.map((r: { relationshipType: string }) => r.relationshipType).sort()).toEqual(['knows', 'owns']);

    const two = ok(await walk(A.member, { entityId: ids.alice, depth: 2 })).knowledgeEntityNeighbourhood;
    expect(namesOf(two.nodes)).toEqual({ payments: 1, bob: 1, ledger: 2, ops: 2 });
    // Nearest first; the relationships among the reached entities, not beyond them.
    expect(two.nodes.map((n: { depth: number }) => n.depth)).toEqual([1, 1, 2, 2]);
    expect(two.relationships.map((r: { relationshipType: string }) => r.relationshipType).sort()).toEqual(['depends_on', 'knows', 'member_of', 'operates', 'owns']);

    expect(namesOf(ok(await walk(A.member, { entityId: ids.alice, depth: 4, relationshipTypes: ['owns', 'depends_on'] })).knowledgeEntityNeighbourhood.nodes)).toEqual({ payments: 1, ledger: 2 });
    expect(namesOf(ok(await walk(A.member, { entityId: ids.alice, depth: 4, minConfidence: 0.6 })).knowledgeEntityNeighbourhood.nodes)).toEqual({ payments: 1, ledger: 2 });
    expect(namesOf(ok(await walk(A.member, { entityId: ids.ledger, depth: 4, direction: 'OUTGOING' })).knowledgeEntityNeighbourhood.nodes)).toEqual({});
    expect(namesOf(ok(await walk(A.member, { entityId: ids.ledger, depth: 4, direction: 'INCOMING' })).knowledgeEntityNeighbourhood.nodes)).toEqual({ payments: 1, ops: 1, alice: 2, bob: 2 });
    // The walk passes through entities of other types; only persons are listed.
    expect(namesOf(ok(await walk(A.member, { entityId: ids.ledger, depth: 4, entityTypes: ['person'] })).knowledgeEntityNeighbourhood.nodes)).toEqual({ alice: 2, bob: 2 });
  });

  it('finds a shortest path between two entities, or none within the depth', async () => {
    expect(ok(await path(A.member, { fromId: ids.alice, toId: ids.ledger })).knowledgeEntityPath).toEqual({
      length: 2,
      entities: [{ name: 'alice' }, { name: 'payments' }, { name: 'ledger' }],
      relationships: [{ relationshipType: 'owns' }, { relationshipType: 'depends_on' }],
    });
    // Without the owns edge the only way is through bob and ops.
    expect(ok(await path(A.member, { fromId: ids.alice, toId: ids.ledger, relationshipTypes: ['knows', 'member_of', 'operates'] })).knowledgeEntityPath).toMatchObject({
      length: 3,
      entities: [{ name: 'alice' }, { name: 'bob' }, { name: 'ops' }, { name: 'ledger' }],
    });
    expect(ok(await path(A.member, { fromId: ids.ledger, toId: ids.bob })).knowledgeEntityPath).toMatchObject({ length: 2, entities: [{ name: 'ledger' }, { name: 'ops' }, { name: 'bob' }] });
    expect(ok(await path(A.member, { fromId: ids.ledger, toId: ids.bob, direction: 'OUTGOING' })).knowledgeEntityPath).toBeNull();
    expect(ok(await path(A.member, { fromId: ids.alice, toId: ids.ledger, maxDepth: 1 })).knowledgeEntityPath).toBeNull();
    expect(ok(await path(A.member, { fromId: ids.alice, toId: ids.ledger, minConfidence: 0.85 })).knowledgeEntityPath).toBeNull();
    expect(ok(await path(A.member, { fromId: ids.alice, toId: ids.cafeteria })).knowledgeEntityPath).toBeNull();
    expect(ok(await path(A.member, { fromId: ids.alice, toId: ids.alice })).knowledgeEntityPath).toEqual({ length: 0, entities: [{ name: 'alice' }], relationships: [] });
  });
});

describe('similar entities and the collection’s model', () => {
  it('embeds entities on the queue with the collection’s model and ranks similar ones by cosine', async () => {
    for (const name of Object.keys(ids)) await waitFor(async () => ok(await entity(A.member, ids[name]!)).knowledgeEntity.embedded, `${name} embedded`);
    const rows = await sql<{ n: string; model: string }>(t.db.url, `SELECT count(*) AS n, min(model) AS model FROM lore.embeddings WHERE entity_type = 'entity' AND collection_id = $1`, [collection]);
    expect(rows).toEqual([{ n: String(Object.keys(ids).length), model: 'local' }]);

    const found = ok(await similar(A.member, ids.payments!)).similarKnowledgeEntities;
    expect(found[0].entity.name).toBe('refunds');
    expect(found.map((f: { entity: { name: string } }) => f.entity.name)).not.toContain('payments');
    const score = (name: string) => found.find((f: { entity: { name: string } }) => f.entity.name === name)?.score ?? 0;
    expect(score('refunds')).toBeGreaterThan(score('cafeteria') + 0.2);

    // A changed description is embedded again; until then similarity is refused, not stale.
    const renamed = ok(await api.gql(A.admin, `mutation($id: ID!) { updateKnowledgeEntity(id: $id, input: { description: "Soup and salad at lunch." }) { embedded description } }`, { id: ids.refunds })).updateKnowledgeEntity;
    expect(renamed.description).toBe('Soup and salad at lunch.');
    await waitFor(async () => ok(await entity(A.member, ids.refunds!)).knowledgeEntity.embedded, 'refunds re-embedded');
    const after = ok(await similar(A.member, ids.cafeteria!)).similarKnowledgeEntities;
    expect(after[0].entity.name).toBe('refunds');
  });

  it('refuses in the database an embedding made with another model than its collection’s', async () => {
    const [other] = await sql<{ id: string }>(t.db.url, `SELECT id FROM lore.embedding_models WHERE name = 'text-embedding-3-small'`);
    const insert = sql(
      t.db.url,
      `INSERT INTO lore.embeddings (organization_id, collection_id, entity_type, entity_id, content, embedding, model, model_id, dimensions)
       VALUES ($1, $2, 'entity', $3, 'x', array_fill(0.1::real, ARRAY[1536]), 'text-embedding-3-small', $4, 1536)`,
      [A.id, collection, ids.alice, other!.id],
    );
    await expect(insert).rejects.toThrow(/is not the model of collection/);
    // A relationship across tenants is refused there too, whatever writes it.
    const bCollection = ok(await api.createCollection(B.admin, { organizationId: B.id, name: `Graph B ${randomUUID()}` })).createKnowledgeCollection.id;
    const bEntity = ok(await createEntity(B.admin, { collectionId: bCollection, name: 'mallory', entityType: 'person' })).createKnowledgeEntity.id;
    await expect(sql(t.db.url, `INSERT INTO lore.relationships (organization_id, source_id, target_id, relationship_type) VALUES ($1, $2, $3, 'knows')`, [B.id, bEntity, ids.alice])).rejects.toThrow(/outside organization/);
  });
});

describe('changes and deletion', () => {
  it('updates a relationship’s confidence, deletes it, and deletes an entity with its relationships', async () => {
    const updated = ok(await api.gql(A.admin, `mutation($id: ID!) { updateKnowledgeRelationship(id: $id, input: { confidence: 0.4, metadata: { reviewed: true } }) { confidence metadata } }`, { id: rels.operates })).updateKnowledgeRelationship;
    expect(updated).toEqual({ confidence: 0.4, metadata: { reviewed: true } });
    expect(codes(await api.gql(A.admin, `mutation($id: ID!) { updateKnowledgeRelationship(id: $id, input: { confidence: 2 }) { id } }`, { id: rels.operates }))).toEqual(['BAD_USER_INPUT']);

    const extra = ok(await createEntity(A.admin, { collectionId: collection, name: 'temp', entityType: 'system' })).createKnowledgeEntity.id;
    const edge = ok(await relate(A.admin, { sourceId: extra, targetId: ids.ledger, relationshipType: 'writes' })).createKnowledgeRelationship.id;
    const other = ok(await relate(A.admin, { sourceId: ids.ops, targetId: extra, relationshipType: 'operates' })).createKnowledgeRelationship.id;
    expect(ok(await api.gql(A.admin, `mutation($id: ID!) { deleteKnowledgeRelationship(id: $id) { id } }`, { id: edge })).deleteKnowledgeRelationship.id).toBe(edge);
    expect(ok(await api.gql(A.admin, `query($id: ID!) { knowledgeRelationship(id: $id) { id } }`, { id: edge })).knowledgeRelationship).toBeNull();
    expect(ok(await api.gql(A.admin, `mutation($id: ID!) { deleteKnowledgeEntity(id: $id) { id } }`, { id: extra })).deleteKnowledgeEntity.id).toBe(extra);
    expect(ok(await entity(A.admin, extra)).knowledgeEntity).toBeNull();
    expect(ok(await api.gql(A.admin, `query($id: ID!) { knowledgeRelationship(id: $id) { id } }`, { id: other })).knowledgeRelationship).toBeNull();
    expect(codes(await api.gql(A.admin, `mutation($id: ID!) { deleteKnowledgeEntity(id: $id) { id } }`, { id: extra }))).toEqual(['NOT_FOUND']);
  });
});

describe('entity metadata at the boundary', () => {
  type Failure = { errors?: { extensions?: Record<string, any> }[] };
  const paths = (r: Failure) => (r.errors ?? []).flatMap((e) => ((e.extensions?.fields ?? []) as { path: (string | number)[] }[]).map((f) => f.path.join('.')));
  const update = (s: Session, id: string, input: Record<string, unknown>) => api.gql(s, `mutation($id: ID!, $i: UpdateKnowledgeEntityInput!) { updateKnowledgeEntity(id: $id, input: $i) { entityType metadata } }`, { id, i: input });
  const countNamed = async (name: string) => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM lore.entities WHERE name = $1`, [name]))[0]!.n;

  it('refuses malformed and oversized metadata on entities and relationships, and writes nothing', async () => {
    const name = `m-${randomUUID().slice(0, 8)}`;
    const bad: unknown[] = [[1, 2], 'text', 42, true];
    for (const metadata of bad) {
      const r = await createEntity(A.admin, { collectionId: collection, name, entityType: 'person', metadata });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(paths(r)).toEqual(['input.metadata']);
    }
    // 64 KB of UTF-8 JSON: 70,000 ASCII characters, and 30,000 three-byte characters (90 KB, though 30,000 characters).
    for (const metadata of [{ note: 'x'.repeat(70_000) }, { note: '€'.repeat(30_000) }]) {
      const r = await createEntity(A.admin, { collectionId: collection, name, entityType: 'person', metadata });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(paths(r)).toEqual(['input.metadata']);
    }
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect(codes(await createEntity(A.admin, { collectionId: collection, name, entityType: 'person', metadata: deep }))).toEqual(['BAD_USER_INPUT']);
    expect(await countNamed(name)).toBe(0);
    // Just under the limit is accepted.
    expect(ok(await createEntity(A.admin, { collectionId: collection, name, entityType: 'person', metadata: { note: '€'.repeat(20_000) } })).createKnowledgeEntity.name).toBe(name);

    expect(codes(await update(A.admin, ids.bob!, { metadata: ['not', 'an', 'object'] }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await relate(A.admin, { sourceId: ids.bob, targetId: ids.ledger, relationshipType: 'reads', metadata: { note: '€'.repeat(30_000) } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.gql(A.admin, `mutation($id: ID!, $m: JSON) { updateKnowledgeRelationship(id: $id, input: { metadata: $m }) { id } }`, { id: rels.owns, m: 'text' }))).toEqual(['BAD_USER_INPUT']);
    expect(ok(await entity(A.member, ids.bob!)).knowledgeEntity.metadata).toEqual({ seed: true });
  });

  it('validates metadata against the collection’s schema for the entity type', async () => {
    const schemas = { person: { type: 'object', required: ['email'], properties: { email: { type: 'string', minLength: 3 } } } };
    // The schemas themselves are checked: an entity type's name, a JSON object, a schema ajv compiles.
    for (const [entityMetadataSchemas, path] of [
      [{ 'Not A Type': {} }, 'input.entityMetadataSchemas.Not A Type'],
      [[schemas.person], 'input.entityMetadataSchemas'],
      [{ person: { type: 'no-such-type' } }, 'input.entityMetadataSchemas.person'],
    ] as const) {
      const r = await api.createCollection(A.admin, { organizationId: A.id, name: `Typed ${randomUUID()}`, entityMetadataSchemas });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(paths(r)[0]).toBe(path);
    }
    const typed = ok(await api.gql(A.admin, `mutation($i: CreateKnowledgeCollectionInput!) { createKnowledgeCollection(input: $i) { id entityMetadataSchemas } }`, { i: { organizationId: A.id, name: `Typed ${randomUUID()}`, entityMetadataSchemas: schemas } })).createKnowledgeCollection;
    expect(typed.entityMetadataSchemas).toEqual(schemas);

    const name = `p-${randomUUID().slice(0, 8)}`;
    const missing = await createEntity(A.admin, { collectionId: typed.id, name, entityType: 'person', metadata: { team: 'ops' } });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(paths(missing)).toEqual(['input.metadata']);
    const short = await createEntity(A.admin, { collectionId: typed.id, name, entityType: 'person', metadata: { email: 'x' } });
    expect(paths(short)).toEqual(['input.metadata.email']);
    expect(codes(await createEntity(A.admin, { collectionId: typed.id, name, entityType: 'person' }))).toEqual(['BAD_USER_INPUT']);
    expect(await countNamed(name)).toBe(0);

    const person = ok(await createEntity(A.admin, { collectionId: typed.id, name, entityType: 'person', metadata: { email: 'p@example.com' } })).createKnowledgeEntity;
    // A type without a schema takes any object.
    const system = ok(await createEntity(A.admin, { collectionId: typed.id, name: `${name}-sys`, entityType: 'system', metadata: { anything: [1, 2] } })).createKnowledgeEntity;
    expect(codes(await update(A.admin, person.id, { metadata: { email: 1 } }))).toEqual(['BAD_USER_INPUT']);
    // Turning the system into a person checks the metadata it keeps against the person schema.
    const retyped = await update(A.admin, system.id, { entityType: 'person' });
    expect(codes(retyped)).toEqual(['BAD_USER_INPUT']);
    expect(paths(retyped)).toEqual(['input.entityType']);
    expect(ok(await update(A.admin, system.id, { entityType: 'person', metadata: { email: 's@example.com' } })).updateKnowledgeEntity).toEqual({ entityType: 'person', metadata: { email: 's@example.com' } });
    expect(ok(await entity(A.member, person.id)).knowledgeEntity.metadata).toEqual({ email: 'p@example.com' });
  });
});

describe('a second tenant', () => {
  it('never reads, walks, relates to or changes the first tenant’s graph', async () => {
    const bCollection = ok(await api.createCollection(B.admin, { organizationId: B.id, name: `Graph B2 ${randomUUID()}` })).createKnowledgeCollection.id;
    const mine = ok(await createEntity(B.admin, { collectionId: bCollection, name: 'eve', entityType: 'person' })).createKnowledgeEntity.id;
    for (const s of [B.admin, B.member]) {
      expect(ok(await entity(s, ids.alice!)).knowledgeEntity).toBeNull();
      expect(ok(await api.gql(s, `query($id: ID!) { knowledgeRelationship(id: $id) { id } }`, { id: rels.owns })).knowledgeRelationship).toBeNull();
      expect(codes(await api.gql(s, `query($c: ID!) { knowledgeEntities(collectionId: $c) { nodes { id } } }`, { c: collection }))).toEqual(['NOT_FOUND']);
      expect(codes(await walk(s, { entityId: ids.alice, depth: 2 }))).toEqual(['NOT_FOUND']);
      expect(codes(await path(s, { fromId: ids.alice, toId: ids.ledger }))).toEqual(['NOT_FOUND']);
      expect(codes(await path(s, { fromId: mine, toId: ids.ledger }))).toEqual(['NOT_FOUND']);
      expect(codes(await similar(s, ids.alice!))).toEqual(['NOT_FOUND']);
    }
    // Writes: another tenant's entity reads as absent, whichever end it is.
    expect(codes(await relate(B.admin, { sourceId: mine, targetId: ids.alice, relationshipType: 'knows' }))).toEqual(['NOT_FOUND']);
    expect(codes(await relate(B.admin, { sourceId: ids.alice, targetId: mine, relationshipType: 'knows' }))).toEqual(['NOT_FOUND']);
    expect(codes(await createEntity(B.admin, { collectionId: collection, name: 'x', entityType: 'person' }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(B.admin, `mutation($id: ID!) { updateKnowledgeEntity(id: $id, input: { name: "x" }) { id } }`, { id: ids.alice }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(B.admin, `mutation($id: ID!) { deleteKnowledgeEntity(id: $id) { id } }`, { id: ids.alice }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(B.admin, `mutation($id: ID!) { updateKnowledgeRelationship(id: $id, input: { confidence: 0.1 }) { id } }`, { id: rels.owns }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(B.admin, `mutation($id: ID!) { deleteKnowledgeRelationship(id: $id) { id } }`, { id: rels.owns }))).toEqual(['NOT_FOUND']);
    // Its own graph is its own; the first tenant's is unchanged.
    expect(ok(await walk(B.member, { entityId: mine, depth: 3 })).knowledgeEntityNeighbourhood.nodes).toEqual([]);
    expect(ok(await entity(A.member, ids.alice!)).knowledgeEntity.name).toBe('alice');
    expect(ok(await entity(A.member, mine)).knowledgeEntity).toBeNull();
  });
});

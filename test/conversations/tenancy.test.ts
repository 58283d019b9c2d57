/**
 * Conversations are tenant-owned, end to end through the gateway. Two tenants, each with an
 * owner, an administrator, a member and an outsider: conversations, documents, prompt templates
 * and agents go into one of the caller's organizations, are registered as resources under it
 * (so the organization's administrator manages them without a hand-made resource row), stay
 * invisible to the other tenant, and a randomized run of 1,000 attempts by A's people on B's
 * objects cannot tell them from objects that do not exist. The backfill registers objects that
 * existed before.
 */
import { createLogger } from '@atrium/kernel';
import { seedAll } from '@atrium/runtime/database';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { createTenant, crossTenantRun, cursorOf, type Tenant } from '../kit/tenants.js';
import { conversationsKit, ok, waitFor } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let A: Tenant;
let B: Tenant;

interface Objects {
  conversation: string;
  document: string;
  job: string;
  /** Approved, SHARED within the organization. */
  template: string;
  /** The author's private draft. */
  draft: string;
  agent: string;
}
let inA: Objects;
let inB: Objects;

const gql = (s: Session, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, s.accessToken);
const TEMPLATE = `mutation($i: CreatePromptTemplateInput!) { createPromptTemplate(input: $i) { id } }`;

/** Whether the authorization domain holds the object as a resource under its organization. */
const registered = async (type: string, id: string, organizationId: string) => {
  const rows = await sql<{ n: number }>(
    t.db.url,
    `SELECT count(*)::int AS n FROM "authorization".resources r
       JOIN "authorization".resource_types rt ON rt.id = r.resource_type_id
       JOIN "authorization".resources p ON p.id = r.parent_resource_id
       JOIN "authorization".resource_types pt ON pt.id = p.resource_type_id
      WHERE rt.name = $1 AND r.resource_id = $2 AND pt.name = 'organization' AND p.resource_id = $3 AND r.is_active`,
    [type, id, organizationId],
  );
  return rows[0]!.n === 1;
};

async function objectsOf(tenant: Tenant, label: string): Promise<Objects> {
  const m = tenant.member;
  const o = { organizationId: tenant.id };
  const conversation = (await kit.createConversation(m.accessToken, { title: `${label} secret plans`, ...o })).id;
  await kit.sendOk(m.accessToken, conversation, `${label} secret message`);
  const document = ok(await gql(m, `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: `${label}.txt`, mimeType: 'text/plain', content: `${label} secret`, ...o } })).createDocument.id;
  const job = ok(await gql(m, `mutation($d: ID!) { createDocumentJob(documentId: $d, processingType: EXTRACT) { id } }`, { d: document })).createDocumentJob.id;
  const template = ok(await gql(m, TEMPLATE, { i: { name: `${label}-shared-${randomUUID()}`, templateContent: `${label} secret template`, visibility: 'SHARED', ...o } })).createPromptTemplate.id;
  const draft = ok(await gql(m, TEMPLATE, { i: { name: `${label}-draft-${randomUUID()}`, templateContent: `${label} secret draft`, ...o } })).createPromptTemplate.id;
  const agent = ok(await gql(m, `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`, { i: { name: `${label} secret agent`, ...o } })).createAgent.id;
  await waitFor(async () => (await registered('prompt_template', template, tenant.id)) && (await registered('conversation', conversation, tenant.id)), `${label}'s resources`);
  // The organization's administrator approves its shared template, as a scoped reviewer.
  ok(await gql(tenant.admin, `mutation($id: ID!) { approvePromptTemplate(id: $id) { id } }`, { id: template }));
  return { conversation, document, job, template, draft, agent };
}

beforeAll(async () => {
  t = await startTestSystem();
  kit = conversationsKit(t);
  [A, B] = await Promise.all([createTenant(t, `Conv A ${randomUUID().slice(0, 8)}`), createTenant(t, `Conv B ${randomUUID().slice(0, 8)}`)]);
  // Members write templates and agents too (content_creator, unscoped).
  for (const s of [A.member, B.member]) ok(await kit.assign(s.userId, 'content_creator'));
  [inA, inB] = await Promise.all([objectsOf(A, 'Alpha'), objectsOf(B, 'Bravo')]);
}, 180_000);
afterAll(async () => t?.stop());

describe('objects belong to one of the caller\'s organizations', () => {
  it('are registered as resources under it, owned by their creator', async () => {
    for (const [type, id] of [['conversation', inA.conversation], ['document', inA.document], ['prompt_template', inA.template], ['prompt_template', inA.agent]] as const) {
      await waitFor(() => registered(type, id, A.id), `${type} ${id}`);
    }
    const [row] = await sql<{ owner_id: string }>(t.db.url, `SELECT r.owner_id::text FROM "authorization".resources r JOIN "authorization".resource_types rt ON rt.id = r.resource_type_id WHERE rt.name = 'conversation' AND r.resource_id = $1`, [inA.conversation]);
    expect(row!.owner_id).toBe(A.member.userId);
    const c = ok(await gql(A.member, `query($id: ID!) { conversation(id: $id) { organization { id } } }`, { id: inA.conversation })).conversation;
    expect(c.organization).toEqual({ id: A.id });
  });

  it('cannot go into an organization the caller does not belong to: the answer for one that does not exist', async () => {
    const attempts = (org: string) => [
      gql(A.member, `mutation($i: CreateConversationInput!) { createConversation(input: $i) { id } }`, { i: { organizationId: org } }),
      gql(A.member, `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'x.txt', mimeType: 'text/plain', content: 'x', organizationId: org } }),
      gql(A.member, TEMPLATE, { i: { name: `x-${randomUUID()}`, templateContent: 'x', organizationId: org } }),
      gql(A.member, `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`, { i: { name: 'x', organizationId: org } }),
    ];
    const shape = (r: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.map((e) => [e.extensions?.code, e.message]);
    for (const org of [B.id, B.childId]) {
      const got = (await Promise.all(attempts(org))).map(shape);
      expect(got).toEqual((await Promise.all(attempts(randomUUID()))).map(shape));
      for (const g of got) expect(g).toEqual([['BAD_USER_INPUT', expect.stringMatching(/organizationId: is not an organization of yours$/)]]);
    }
    const before = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.conversations WHERE organization_id = $1`, [B.id]);
    expect(before[0]!.n).toBe(1);
  });
});

describe('inside a tenant', () => {
  it('the administrator reads and manages the members\' conversations and documents; another member does not', async () => {
    const c = ok(await gql(A.admin, `query($id: ID!) { conversation(id: $id) { title messages { nodes { content } } } }`, { id: inA.conversation })).conversation;
    expect(c.title).toBe('Alpha secret plans');
    expect(c.messages.nodes[0].content).toBe('Alpha secret message');
    expect(ok(await gql(A.admin, `mutation($id: ID!) { updateConversation(id: $id, input: { description: "reviewed" }) { description } }`, { id: inA.conversation })).updateConversation.description).toBe('reviewed');
    expect(ok(await gql(A.admin, `query($id: ID!) { document(id: $id) { filename } }`, { id: inA.document })).document.filename).toBe('Alpha.txt');

    // A member is not an administrator: another member's conversation is not theirs to see.
    const peer = await t.register();
    ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: A.id, userId: peer.userId } }, A.admin.accessToken));
    await waitFor(async () => ok(await gql(peer, `{ myTenantScopes(permissions: ["organization:read"]) { organizationIds } }`)).myTenantScopes[0].organizationIds.length === 2, 'the peer\'s membership');
    expect(ok(await gql(peer, `query($id: ID!) { conversation(id: $id) { id } }`, { id: inA.conversation })).conversation).toBeNull();
    expect(codes(await gql(peer, `mutation($id: ID!) { archiveConversation(id: $id) { id } }`, { id: inA.conversation }))).toEqual(['NOT_FOUND']);
    // ...but the organization's shared, approved template and its agent are.
    expect(ok(await gql(peer, `query($id: ID!) { promptTemplate(id: $id) { id } }`, { id: inA.template })).promptTemplate).toEqual({ id: inA.template });
    expect(ok(await gql(peer, `query($id: ID!) { promptTemplate(id: $id) { id } }`, { id: inA.draft })).promptTemplate).toBeNull();
    expect(ok(await gql(peer, `query($id: ID!) { agent(id: $id) { id } }`, { id: inA.agent })).agent).toEqual({ id: inA.agent });
  });

  it('Organization.conversations and documents: everything for its administrator, one\'s own for a member', async () => {
    const q = `query($id: ID!) { organization(id: $id) { conversations(first: 50) { nodes { id } } documents(first: 50) { nodes { id } } } }`;
    const own = await kit.createConversation(A.owner.accessToken, { title: 'owner\'s', organizationId: A.id });
    const asAdmin = ok(await gql(A.admin, q, { id: A.id })).organization;
    expect(asAdmin.conversations.nodes.map((n: { id: string }) => n.id).sort()).toEqual([inA.conversation, own.id].sort());
    expect(asAdmin.documents.nodes).toEqual([{ id: inA.document }]);
    const asMember = ok(await gql(A.member, q, { id: A.id })).organization;
    expect(asMember.conversations.nodes).toEqual([{ id: inA.conversation }]);
    // The member's own list holds its personal conversations and those in its organizations, no one else's.
    const personal = await kit.createConversation(A.member.accessToken, { title: 'personal' });
    const mine = ok(await gql(A.member, `{ conversations(first: 100) { nodes { id organization { id } } } }`)).conversations.nodes;
    expect(mine).toEqual(expect.arrayContaining([{ id: inA.conversation, organization: { id: A.id } }, { id: personal.id, organization: null }]));
    expect(mine.map((n: { id: string }) => n.id)).not.toContain(own.id);
  });

  it('a member who leaves loses the organization\'s objects, even its own, and keeps its personal ones', async () => {
    const leaver = await t.register();
    ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: A.id, userId: leaver.userId } }, A.admin.accessToken));
    await waitFor(async () => ok(await gql(leaver, `{ myTenantScopes(permissions: ["organization:read"]) { organizationIds } }`)).myTenantScopes[0].organizationIds.length === 2, 'membership');
    const inside = await kit.createConversation(leaver.accessToken, { title: 'work', organizationId: A.id });
    const personal = await kit.createConversation(leaver.accessToken, { title: 'mine' });
    ok(await t.gql(`mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) { id } }`, { o: A.id, u: leaver.userId }, A.admin.accessToken));
    await waitFor(async () => ok(await gql(leaver, `{ myTenantScopes(permissions: ["organization:read"]) { organizationIds } }`)).myTenantScopes[0].organizationIds.length === 0, 'removal');
    expect(ok(await gql(leaver, `query($id: ID!) { conversation(id: $id) { id } }`, { id: inside.id })).conversation).toBeNull();
    expect(ok(await gql(leaver, `{ conversations(first: 100) { nodes { id } } }`)).conversations.nodes).toEqual([{ id: personal.id }]);
    // The tenant keeps it.
    expect(ok(await gql(A.admin, `query($id: ID!) { conversation(id: $id) { title } }`, { id: inside.id })).conversation.title).toBe('work');
  });
});

describe('across tenants', () => {
  it('every persona of A, and the outsiders, see nothing of B\'s objects', async () => {
    const q = `query($c: ID!, $d: ID!, $j: ID!, $t: ID!, $dr: ID!, $a: ID!) {
      conversation(id: $c) { id } document(id: $d) { id } documentJob(id: $j) { id }
      template: promptTemplate(id: $t) { id } draft: promptTemplate(id: $dr) { id } agent(id: $a) { id } }`;
    for (const s of [A.owner, A.admin, A.member, A.outsider, B.outsider]) {
      const r = await gql(s, q, { c: inB.conversation, d: inB.document, j: inB.job, t: inB.template, dr: inB.draft, a: inB.agent });
      expect(r).toMatchObject({ data: { conversation: null, document: null, documentJob: null, template: null, draft: null, agent: null }, errors: undefined });
    }
    const lists = `{ conversations(first: 100) { nodes { title } } documents(first: 100) { nodes { filename } } promptTemplates(first: 100) { nodes { templateContent } } agents(first: 100) { nodes { name } } }`;
    for (const s of [A.owner, A.admin, A.member, A.outsider]) expect(JSON.stringify(ok(await gql(s, lists)))).not.toMatch(/Bravo/);
  });

  it('1,000 random operations by A\'s people on B\'s objects answer exactly as on objects that do not exist, and change nothing', async () => {
    const attackers = [A.member, A.admin, A.owner];
    type Ids = Objects & { org: string };
    const queries: ((i: Ids) => string)[] = [
      (i) => `conversation(id: "${i.conversation}") { id title messages { nodes { content } } }`,
      (i) => `document(id: "${i.document}") { id filename }`,
      (i) => `documentJob(id: "${i.job}") { id status }`,
      (i) => `promptTemplate(id: "${i.template}") { id templateContent }`,
      (i) => `promptTemplate(id: "${i.draft}") { id templateContent }`,
      (i) => `agent(id: "${i.agent}") { id name }`,
      (i) => `renderPrompt(templateId: "${i.template}", variables: {}) { text }`,
      // Another tenant's row as a cursor reads exactly as a row that does not exist.
      (i) => `conversations(first: 5, after: "${cursorOf(i.conversation)}") { nodes { id } }`,
      (i) => `documents(first: 5, after: "${cursorOf(i.document)}") { nodes { id } }`,
      (i) => `promptTemplates(first: 5, after: "${cursorOf(i.template)}") { nodes { id } }`,
      (i) => `agents(first: 5, after: "${cursorOf(i.agent)}") { nodes { id } }`,
    ];
    const mutations: ((i: Ids) => string)[] = [
      (i) => `updateConversation(id: "${i.conversation}", input: { title: "pwned" }) { id }`,
      (i) => `sendMessage(conversationId: "${i.conversation}", content: "pwned") { userMessage { id } }`,
      (i) => `shareConversation(id: "${i.conversation}", until: "${new Date(Date.now() + 3600_000).toISOString()}") { token }`,
      (i) => `archiveConversation(id: "${i.conversation}") { id }`,
      (i) => `deleteConversation(id: "${i.conversation}") { id }`,
      (i) => `createDocumentJob(documentId: "${i.document}", processingType: EXTRACT) { id }`,
      (i) => `cancelDocumentJob(id: "${i.job}") { id }`,
      (i) => `updatePromptTemplate(id: "${i.template}", input: { description: "pwned" }) { id }`,
      (i) => `approvePromptTemplate(id: "${i.draft}") { id }`,
      (i) => `deactivatePromptTemplate(id: "${i.template}") { id }`,
      (i) => `updateAgent(id: "${i.agent}", input: { description: "pwned" }) { id }`,
      (i) => `runAgent(agentId: "${i.agent}", input: "pwned") { id }`,
      (i) => `createConversation(input: { title: "pwned", organizationId: "${i.org}" }) { id }`,
    ];
    const snapshot = () =>
      sql(
        t.db.url,
        `SELECT (SELECT json_agg(c ORDER BY c.id) FROM conversations.conversations c WHERE c.organization_id = $1) AS conversations,
                (SELECT count(*) FROM conversations.messages m JOIN conversations.conversations c ON c.id = m.conversation_id WHERE c.organization_id = $1) AS messages,
                (SELECT json_agg(d.id ORDER BY d.id) FROM conversations.documents d WHERE d.organization_id = $1) AS documents,
                (SELECT json_agg(j ORDER BY j.id) FROM conversations.document_processing_jobs j JOIN conversations.documents d ON d.id = j.document_id WHERE d.organization_id = $1) AS jobs,
                (SELECT json_agg(p ORDER BY p.id) FROM conversations.prompt_templates p WHERE p.organization_id = $1) AS templates,
                (SELECT json_agg(a ORDER BY a.id) FROM conversations.agents a WHERE a.organization_id = $1) AS agents,
                (SELECT count(*) FROM conversations.agent_executions e JOIN conversations.agents a ON a.id = e.agent_id WHERE a.organization_id = $1) AS runs`,
        [B.id],
      );
    // Jobs settle first, so the snapshot is not moved by the worker.
    await waitFor(async () => (await sql<{ status: string }>(t.db.url, `SELECT status FROM conversations.document_processing_jobs WHERE id = $1`, [inB.job]))[0]!.status === 'completed', 'B\'s job');
    const before = await snapshot();
    const run = await crossTenantRun<Ids>(t, {
      attackers,
      queries,
      mutations,
      real: () => ({ ...inB, org: Math.random() < 0.5 ? B.id : B.childId }),
      fake: () => ({ conversation: randomUUID(), document: randomUUID(), job: randomUUID(), template: randomUUID(), draft: randomUUID(), agent: randomUUID(), org: randomUUID() }),
      secret: /pwned|Bravo/,
    });
    expect(run.refused).toEqual([]);
    expect(run.attempts).toBeGreaterThanOrEqual(1000);
    expect(run.leaks.slice(0, 5)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 180_000);
});

describe('backfill', () => {
  it('registers objects that existed before objects were announced', async () => {
    // A row written behind the service's back, as before this release, listed for the backfill.
    const id = randomUUID();
    await sql(t.db.url, `INSERT INTO conversations.conversations (id, user_id, organization_id, title) VALUES ($1, $2, $3, 'old')`, [id, A.member.userId, A.id]);
    await sql(t.db.url, `INSERT INTO conversations.resource_announcements (resource_type, resource_id) VALUES ('conversation', $1)`, [id]);
    // The seed that runs at every start drains the list.
    await seedAll({ databaseUrl: t.db.url, config: t.config, logger: createLogger('test', 'silent') });
    await waitFor(() => registered('conversation', id, A.id), 'the old conversation');
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.resource_announcements`))[0]!.n).toBe(0);
    expect(ok(await gql(A.admin, `query($id: ID!) { conversation(id: $id) { title } }`, { id })).conversation.title).toBe('old');
  });
});

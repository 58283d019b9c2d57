/**
 * The erasure of issue 12 §6, end to end through the gateway: a user with a profile, memberships
 * of two organizations, roles, conversations with messages (one shared), an upload promoted into
 * lore, prompt templates, an agent and its runs, lore documents and a knowledge graph asks for
 * her erasure, which an officer verifies. The request completes only when every subgraph confirmed; then:
 * - the report's counts are what she had, per subgraph and table, and its verification pass is 0;
 * - a sweep of every table of every subgraph's schema, row by row as text, finds neither her id
 *   nor her email nor a marker written only into her personal data, except where the erasure
 *   keeps a row on purpose (her identity tombstone, the request records themselves);
 * - what the organization shares (her shared template, agent, lore objects) stays, without her;
 * - the other users' rows are as they were.
 */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { subjectData } from '../kit/subject-data.js';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';
import { conversationsKit, ok, waitFor, type Session } from '../conversations/kit.js';
import { lore, tenant, type Tenant } from '../lore/kit.js';
import { waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let api: ReturnType<typeof lore>;
let A: Tenant; // alice administers A; bob is its member
let B: Tenant; // alice is also a member of B; carol administers it
let alice: Session;
let bob: Session;
let carol: Session;
/** Written only into alice's personal data (messages, titles, her private template, her profile). */
const MARKER = `marker-${randomUUID()}`;
const SCHEMAS = SUBGRAPHS.map((s) => s.name);
const made: Record<string, any> = {};

const REQUEST = `id status participants report contributions { subgraph status counts remaining }`;
const TEMPLATE = `mutation($i: CreatePromptTemplateInput!) { createPromptTemplate(input: $i) { id } }`;
const RUN = `mutation($a: ID!, $in: String!) { runAgent(agentId: $a, input: $in) { status } }`;
const ENTITY = `mutation($i: CreateKnowledgeEntityInput!) { createKnowledgeEntity(input: $i) { id } }`;

const count = async (q: string, params: unknown[]) => (await sql<{ n: number }>(t.db.url, q, params))[0]!.n;

/** Per table (schema.table) of every subgraph's schema, the rows whose text contains one of `needles`. */
async function sweep(needles: string[]): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>(
    t.db.url,
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY($1::text[]) ORDER BY 1`,
    [SCHEMAS],
  );
  expect(tables.length).toBeGreaterThan(50);
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const n = await count(`SELECT count(*)::int AS n FROM ${name} x WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) s WHERE strpos(lower(x::text), lower(s)) > 0)`, [needles]);
    if (n > 0) found[name.replace(/"/g, '')] = n;
  }
  return found;
}

/** What bob and carol hold in conversations and lore, as their exports give it. */
async function othersHoldings() {
  const conversations = subjectData(t, 'conversations');
  const knowledge = subjectData(t, 'lore');
  return { bob: await conversations.export(bob.userId), carolLore: await knowledge.export(carol.userId), bobIdentity: await sql(t.db.url, `SELECT to_jsonb(u) - 'updated_at' - 'last_login_at' AS u FROM identity.users u WHERE id = $1`, [bob.userId]) };
}

beforeAll(async () => {
  t = await startTestSystem();
  kit = conversationsKit(t);
  api = lore(t);
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
  [alice, bob, carol] = [A.admin, A.member, B.admin];
  ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: B.id, userId: alice.userId, roleId: ORGANIZATION_ROLES.org_member.id } }, t.admin.accessToken));
  for (const u of [alice, bob]) ok(await kit.assign(u.userId, 'content_creator'));
  ok(await kit.assign(alice.userId, 'manager'));
  ok(await kit.assign(bob.userId, 'manager'));
  ok(await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { firstName: 'Alice', lastName: 'Liddell', phoneNumber: '+15550100', bio: `Curious. ${MARKER}` } }, alice.accessToken));
  ok(await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { firstName: 'Bob', bio: 'Builder.' } }, bob.accessToken));
  ok(await t.gql(`mutation { grantConsent(input: { purpose: "usage_analytics", noticeVersion: "2026-12" }) { status } }`, {}, alice.accessToken));

  // Alice's conversations: a personal one and one in A, shared; 3 exchanges, 6 messages.
  const c1 = await kit.createConversation(alice.accessToken, { title: `Diary ${MARKER}` });
  await kit.sendOk(alice.accessToken, c1.id, `My phone is +15550100 ${MARKER}`);
  await kit.sendOk(alice.accessToken, c1.id, `I live at 1 Main Street ${MARKER}`);
  const c2 = await kit.createConversation(alice.accessToken, { title: `Team notes ${MARKER}`, organizationId: A.id });
  await kit.sendOk(alice.accessToken, c2.id, `Planning ${MARKER}`);
  ok(await t.gql(`mutation($id: ID!, $u: DateTime!) { shareConversation(id: $id, until: $u) { token } }`, { id: c2.id, u: new Date(Date.now() + 86_400_000).toISOString() }, alice.accessToken));
  const bc = await kit.createConversation(bob.accessToken, { title: 'Bob’s' });
  await kit.sendOk(bob.accessToken, bc.id, 'Hello from Bob');

  // Templates: alice's private and shared ones; bob's shared one, approved by alice.
  const template = (u: Session, name: string, visibility: string, content = 'Dear {{who}}') =>
    t.gql(TEMPLATE, { i: { name: `${name}-${randomUUID().slice(0, 8)}`, templateContent: content, requiredVariables: ['who'], visibility } }, u.accessToken);
  made.privateTemplate = ok(await template(alice, 'mine', 'PRIVATE', `Dear {{who}}, ${MARKER}`)).createPromptTemplate.id;
  made.sharedTemplate = ok(await template(alice, 'team', 'SHARED')).createPromptTemplate.id;
  made.bobTemplate = ok(await template(bob, 'bobs', 'SHARED')).createPromptTemplate.id;
  ok(await t.gql(`mutation($id: ID!) { approvePromptTemplate(id: $id) { id } }`, { id: made.bobTemplate }, alice.accessToken));

  // Alice's agent, run by her (input with the marker) and by bob.
  made.agent = ok(await t.gql(`mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`, { i: { name: 'Helper', instructions: 'Be brief.' } }, alice.accessToken)).createAgent.id;
  expect(ok(await t.gql(RUN, { a: made.agent, in: `hello ${MARKER}` }, alice.accessToken)).runAgent.status).toBe('COMPLETED');
  expect(ok(await t.gql(RUN, { a: made.agent, in: 'hi' }, bob.accessToken)).runAgent.status).toBe('COMPLETED');

  // Lore in A by alice: a collection, two documents, an upload promoted into it, two entities and an edge; carol's in B.
  made.collection = ok(await api.createCollection(alice, { organizationId: A.id, name: `Handbook ${randomUUID()}` })).createKnowledgeCollection.id;
  made.loreDocs = [];
  for (const title of ['Onboarding', 'Expenses']) made.loreDocs.push(ok(await api.createDocument(alice, { collectionId: made.collection, title, content: `${title} for everyone.` })).createKnowledgeDocument.id);
  made.upload = ok(await t.gql(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'policy.txt', mimeType: 'text/plain', content: 'Travel policy: economy class.' } }, alice.accessToken)).createDocument.id;
  made.loreDocs.push(ok(await t.gql(`mutation($d: ID!, $c: ID!) { promoteDocument(documentId: $d, collectionId: $c) { id } }`, { d: made.upload, c: made.collection }, alice.accessToken)).promoteDocument.id);
  for (const id of made.loreDocs) await api.settled(alice, id, 'READY');
  const entities = [];
  for (const name of ['payments', 'ledger']) entities.push(ok(await api.gql(alice, ENTITY, { i: { collectionId: made.collection, name, entityType: 'system' } })).createKnowledgeEntity.id);
  made.relationship = ok(await api.gql(alice, `mutation($i: CreateKnowledgeRelationshipInput!) { createKnowledgeRelationship(input: $i) { id } }`, { i: { sourceId: entities[0], targetId: entities[1], relationshipType: 'depends_on' } })).createKnowledgeRelationship.id;
  made.entities = entities;
  const carolCollection = ok(await api.createCollection(carol, { organizationId: B.id, name: `B ${randomUUID()}` })).createKnowledgeCollection.id;
  await api.settled(carol, ok(await api.createDocument(carol, { collectionId: carolCollection, title: 'B', content: 'B only.' })).createKnowledgeDocument.id, 'READY');
}, 300_000);
afterAll(() => t?.stop());

describe('erasure through the gateway', () => {
  it("erases everything personal of the subject in every subgraph, verified, with the report's counts right", async () => {
    const before = { authorization: { user_roles: await count(`SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1`, [alice.userId]) } };
    expect(before.authorization.user_roles).toBeGreaterThanOrEqual(4);
    expect(Object.keys(await sweep([alice.userId, alice.email, MARKER])).length).toBeGreaterThan(10);
    const others = await othersHoldings();

    const tag = `dsr-erasure-${randomUUID().slice(0, 8)}`;
    const filed = ok(await t.gql(`mutation($i: DataSubjectRequestInput) { requestErasure(input: $i) { request { id status } verificationToken } }`, { i: { organizationId: A.id, details: 'Forget me.' } }, alice.accessToken, { 'x-request-id': tag })).requestErasure;
    expect(filed.request.status).toBe('RECEIVED');
    // Her last request has reached analytics and the audit trail: nothing of hers is still in flight.
    await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.api_usage_logs WHERE request_id = $1`, [tag])).length === 1, 'the usage row of the filing');
    await waitForAudit(t, `a.request_id = $1`, [tag]);
    // An officer verifies (her identity checked out of band): the erasure reaches every subgraph.
    const verified = ok(await t.gql(`mutation($id: ID!) { verifyDataSubjectRequest(id: $id) { ${REQUEST} } }`, { id: filed.request.id }, t.admin.accessToken)).verifyDataSubjectRequest;
    expect(verified.status).toBe('IN_PROGRESS');
    expect(verified.participants).toEqual(expect.arrayContaining(['identity', 'authorization', 'conversations', 'lore', 'analytics', 'compliance']));
    const done = await waitFor(async () => {
      const r = ok(await t.gql(`query($id: ID!) { dataSubjectRequest(id: $id) { ${REQUEST} } }`, { id: filed.request.id }, t.admin.accessToken)).dataSubjectRequest;
      return ['COMPLETED', 'FAILED'].includes(r.status) ? r : null;
    }, 'the erasure to complete', 120_000);
    const report = done.report;
    console.log(`erasure report: ${JSON.stringify(report)}`);
    expect(done.status, JSON.stringify(report)).toBe('COMPLETED');
    expect(report).toMatchObject({ verified: true, remainingTotal: 0 });
    for (const [subgraph, part] of Object.entries(report.subgraphs) as [string, any][]) {
      expect(Object.values(part.remaining).every((n) => n === 0), `${subgraph} left ${JSON.stringify(part.remaining)}`).toBe(true);
    }

    // The counts are what she had.
    expect(report.subgraphs.conversations.erased).toEqual({
      conversations: 2,
      messages: 6,
      documents: 1,
      document_processing_jobs: 0,
      // The private version deleted, her shared one and bob's she approved anonymized.
      prompt_templates: 3,
      agents: 1,
      agent_executions: 1,
      llm_spend_blocks: 0,
    });
    expect(report.subgraphs.lore.erased).toEqual({ collections: 1, documents: 3, entities: 2, relationships: 1, content_items: 0, content_versions: 0, content_assignments: 0, 'content_assignments.assigned_by': 0 });
    expect(report.subgraphs.identity.erased).toMatchObject({ users: 1, user_profiles: 1, organization_members: 2 });
    expect(report.subgraphs.authorization.erased).toMatchObject(before.authorization);
    expect(report.subgraphs.compliance.erased).toMatchObject({ privacy_consents: 1 });
    expect(report.erasedTotal).toBe(Object.values(report.subgraphs).reduce((n: number, p: any) => n + (Object.values(p.erased) as number[]).reduce((a, b) => a + b, 0), 0));

    // Nothing personal is left anywhere: only her identity tombstone (its id is what other rows
    // pointed to; every personal column cleared) and the request records themselves name her.
    expect(await sweep([alice.email, MARKER, 'Liddell', '+15550100'])).toEqual({});
    // Her id alone stays where it is kept on purpose: identity's tombstone (what other rows point
    // to, every personal column cleared), authorization's deactivated account marker and its
    // event ordering rows (a late event cannot grant her anything again), and the request with its
    // own audit rows (the proof it was honoured).
    const left = await sweep([alice.userId]);
    expect(left).toEqual({ 'identity.users': 1, 'authorization.user_accounts': 1, ...pick(left, /^(authorization\.event_versions|compliance\.audit_logs|compliance\.data_subject_(requests|contributions))$/) });
    const auditLeft = await sql<{ resource_type: string }>(t.db.url, `SELECT a.resource_type FROM compliance.audit_logs a WHERE strpos(a::text, $1) > 0`, [alice.userId]);
    expect(auditLeft.every((r) => r.resource_type === 'DataSubjectRequest'), JSON.stringify(auditLeft)).toBe(true);
    const markers = await sql<{ subject: string }>(t.db.url, `SELECT subject FROM "authorization".event_versions WHERE strpos(subject, $1) > 0`, [alice.userId]);
    expect(markers.every((m) => m.subject.includes(alice.userId))).toBe(true);
    const [tomb] = await sql(t.db.url, `SELECT email, first_name, last_name, phone_number, password_hash, is_active FROM identity.users WHERE id = $1`, [alice.userId]);
    expect(tomb).toEqual({ email: `erased-${alice.userId}@erased.invalid`, first_name: null, last_name: null, phone_number: null, password_hash: null, is_active: false });
    expect(codes(await t.gql(`{ me { id } }`, {}, alice.accessToken))).toEqual(['UNAUTHENTICATED']);

    // What the organization shares stays, without her; the other users' rows are as they were.
    const shared = ok(await t.gql(`query($id: ID!) { promptTemplate(id: $id) { id createdBy { id } } }`, { id: made.sharedTemplate }, bob.accessToken)).promptTemplate;
    expect(shared).toEqual({ id: made.sharedTemplate, createdBy: null });
    expect(ok(await t.gql(`query($id: ID!) { agent(id: $id) { id createdBy { id } } }`, { id: made.agent }, bob.accessToken)).agent).toEqual({ id: made.agent, createdBy: null });
    for (const id of made.loreDocs) expect(ok(await api.document(bob, id)).knowledgeDocument).toMatchObject({ id, status: 'READY' });
    const after = await othersHoldings();
    const unstamped = (rows: unknown[]) => rows.map((r: any) => ({ ...r, updated_at: null }));
    const withoutAlice = (rows: unknown[]) => unstamped(rows).map((r: any) => ({ ...r, approved_by: r.approved_by === alice.userId ? null : r.approved_by }));
    expect({ ...after.bob, prompt_templates: unstamped(after.bob.prompt_templates!) }).toEqual({ ...others.bob, prompt_templates: withoutAlice(others.bob.prompt_templates!) });
    expect(after.carolLore).toEqual(others.carolLore);
    expect(after.bobIdentity).toEqual(others.bobIdentity);
  });
});

const pick = (o: Record<string, number>, re: RegExp) => Object.fromEntries(Object.entries(o).filter(([k]) => re.test(k)));

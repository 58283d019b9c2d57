/**
 * Conversations' part of data-subject requests (issue 12 §6), on data made through the gateway
 * for two users: the export holds each one's rows and no secret; erasure deletes conversations,
 * messages, uploads, jobs, private template versions and agent runs, keeps shared template
 * versions and agents with their creator (and an approval) set to null, takes the subject out of
 * a hard limit, reports exact counts, leaves nothing for the verification pass and the other
 * user's rows as they were; a second erasure finds nothing.
 */
import { EVENTS } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { publish } from '../kit/events.js';
import { subjectData } from '../kit/subject-data.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { conversationsKit, ok, waitFor, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let dsr: ReturnType<typeof subjectData>;
let alice: Session;
let bob: Session;
const made: Record<string, Made> = {};
let costCenterId: string;

interface Made {
  conversations: string[];
  document: string;
  job: string;
  privateTemplate: string;
  sharedTemplate: string;
  agent: string;
}

const TEMPLATE = `mutation($i: CreatePromptTemplateInput!) { createPromptTemplate(input: $i) { id } }`;
const APPROVE = `mutation($id: ID!) { approvePromptTemplate(id: $id) { id } }`;
const AGENT = `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`;
const RUN = `mutation($a: ID!, $in: String!) { runAgent(agentId: $a, input: $in) { id status } }`;

/** Two conversations (3 exchanges, 6 messages, the second shared), an upload with a finished job, a private and a shared template, an agent run once. */
async function seed(u: Session): Promise<Made> {
  const c1 = await kit.createConversation(u.accessToken, { title: `Private notes of ${u.email}` });
  await kit.sendOk(u.accessToken, c1.id, `My phone number is 555-0100 (${u.userId})`);
  await kit.sendOk(u.accessToken, c1.id, 'And my address is 1 Main Street');
  const c2 = await kit.createConversation(u.accessToken, { title: 'Shared' });
  await kit.sendOk(u.accessToken, c2.id, 'Something to share');
  ok(await t.gql(`mutation($id: ID!, $u: DateTime!) { shareConversation(id: $id, until: $u) { token } }`, { id: c2.id, u: new Date(Date.now() + 86_400_000).toISOString() }, u.accessToken));
  const document = ok(await t.gql(`mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, { i: { filename: 'cv.txt', mimeType: 'text/plain', content: `Curriculum vitae of ${u.email}` } }, u.accessToken)).createDocument.id;
  const job = ok(await t.gql(`mutation($d: ID!) { createDocumentJob(documentId: $d, processingType: EXTRACT) { id } }`, { d: document }, u.accessToken)).createDocumentJob.id;
  await waitFor(async () => ok(await t.gql(`query($id: ID!) { documentJob(id: $id) { status } }`, { id: job }, u.accessToken)).documentJob.status === 'COMPLETED', 'the extraction job');
  const template = (name: string, visibility: string) => t.gql(TEMPLATE, { i: { name: `${name}-${u.userId}`, templateContent: 'Dear {{who}}', requiredVariables: ['who'], visibility } }, u.accessToken);
  const privateTemplate = ok(await template('mine', 'PRIVATE')).createPromptTemplate.id;
  const sharedTemplate = ok(await template('team', 'SHARED')).createPromptTemplate.id;
  const agent = ok(await t.gql(AGENT, { i: { name: `Helper of ${u.email}`, instructions: 'Be brief.' } }, u.accessToken)).createAgent.id;
  expect(ok(await t.gql(RUN, { a: agent, in: 'hello' }, u.accessToken)).runAgent.status).toBe('COMPLETED');
  return { conversations: [c1.id, c2.id], document, job, privateTemplate, sharedTemplate, agent };
}

/** The objects erasure deletes (and retires as resources). */
const deletable = (m: Made) => [...m.conversations, m.document, m.privateTemplate];
const ids = (rows: unknown[]) => (rows as { id: string }[]).map((r) => r.id).sort();

beforeAll(async () => {
  t = await startTestSystem();
  kit = conversationsKit(t);
  dsr = subjectData(t, 'conversations');
  [alice, bob] = await Promise.all([kit.user(), kit.user()]);
  for (const u of [alice, bob]) {
    ok(await kit.assign(u.userId, 'content_creator'));
    ok(await kit.assign(u.userId, 'manager'));
  }
  made.alice = await seed(alice);
  made.bob = await seed(bob);
  // Each approves the other's shared version and runs the other's agent.
  ok(await t.gql(APPROVE, { id: made.bob!.sharedTemplate }, alice.accessToken));
  ok(await t.gql(APPROVE, { id: made.alice!.sharedTemplate }, bob.accessToken));
  expect(ok(await t.gql(RUN, { a: made.bob!.agent, in: 'hi' }, alice.accessToken)).runAgent.status).toBe('COMPLETED');
  expect(ok(await t.gql(RUN, { a: made.alice!.agent, in: 'hi' }, bob.accessToken)).runAgent.status).toBe('COMPLETED');
  // Analytics' hard limit names both: alice blocked as a user, both exempt from an organization's block.
  costCenterId = crypto.randomUUID();
  const organizationId = crypto.randomUUID();
  await publish(t, EVENTS.llmSpendLimitChanged, {
    costCenterId,
    costCenterName: 'Research',
    blocked: false,
    until: null,
    reason: 'Monthly budget',
    subjects: [
      { subjectType: 'user', subjectId: alice.userId, organizationId: null },
      { subjectType: 'organization', subjectId: organizationId, organizationId: null },
    ],
    exemptUserIds: [alice.userId, bob.userId],
    at: new Date().toISOString(),
  });
  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM conversations.llm_spend_blocks WHERE cost_center_id = $1`, [costCenterId])).length === 1, 'the hard limit');
  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM "authorization".resources WHERE resource_id = ANY($1::text[]) AND is_active`, [deletable(made.alice!)])).length === 4, "alice's objects registered as resources");
});
afterAll(() => t?.stop());

describe('conversations subject data', () => {
  let bobBefore: Record<string, unknown[]>;
  let bobRemaining: Record<string, number>;

  it('exports what it holds about the subject, keyed by table, as JSON and without the share token', async () => {
    const exported = await dsr.export(alice.userId);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    const a = made.alice!;
    expect(ids(exported.conversations!)).toEqual([...a.conversations].sort());
    expect(exported.conversations!.every((c) => !('share_token' in (c as object)))).toBe(true);
    expect(exported.conversations!.find((c: any) => c.id === a.conversations[1])).toMatchObject({ is_shared: true, user_id: alice.userId });
    expect(exported.messages).toHaveLength(6);
    expect(exported.messages!.map((m: any) => m.role).sort()).toEqual(['assistant', 'assistant', 'assistant', 'user', 'user', 'user']);
    expect(exported.messages!.filter((m: any) => m.role === 'user').map((m: any) => m.content)).toEqual(
      expect.arrayContaining([`My phone number is 555-0100 (${alice.userId})`, 'And my address is 1 Main Street', 'Something to share']),
    );
    expect(exported.documents).toEqual([expect.objectContaining({ id: a.document, filename: 'cv.txt', user_id: alice.userId })]);
    expect(ids(exported.document_processing_jobs!)).toEqual([a.job]);
    // Her two versions, and bob's she approved.
    expect(ids(exported.prompt_templates!)).toEqual([a.privateTemplate, a.sharedTemplate, made.bob!.sharedTemplate].sort());
    expect(ids(exported.agents!)).toEqual([a.agent]);
    expect(exported.agent_executions!.map((e: any) => e.agent_id).sort()).toEqual([a.agent, made.bob!.agent].sort());
    // Her part of the hard limit only: bob's exemption is his.
    expect(exported.llm_spend_blocks).toEqual([
      { cost_center_id: costCenterId, cost_center_name: 'Research', blocked: false, until: null, reason: 'Monthly budget', at: expect.any(String), exempt: true, subjects: [{ subjectType: 'user', subjectId: alice.userId, organizationId: null }] },
    ]);
    expect(JSON.stringify(exported.llm_spend_blocks)).not.toContain(bob.userId);
    bobBefore = await dsr.export(bob.userId);
    bobRemaining = await dsr.remaining(bob.userId);
    expect(bobRemaining).toEqual({ conversations: 2, messages: 6, documents: 1, document_processing_jobs: 1, prompt_templates: 3, agents: 1, agent_executions: 2, llm_spend_blocks: 1 });
    expect(await dsr.remaining(alice.userId)).toEqual(bobRemaining);
  });

  it('erases in one pass with exact counts, and the verification pass finds nothing', async () => {
    expect(await dsr.erase(alice.userId)).toEqual({
      conversations: 2,
      messages: 6,
      documents: 1,
      document_processing_jobs: 1,
      // The private version deleted; her shared version and bob's she approved anonymized.
      prompt_templates: 3,
      agents: 1,
      agent_executions: 2,
      llm_spend_blocks: 1,
    });
    expect(await dsr.remaining(alice.userId)).toEqual({ conversations: 0, messages: 0, documents: 0, document_processing_jobs: 0, prompt_templates: 0, agents: 0, agent_executions: 0, llm_spend_blocks: 0 });
    expect(Object.values(await dsr.export(alice.userId)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('keeps what the organization shares, without its creator', async () => {
    const a = made.alice!;
    const templates = await sql(t.db.url, `SELECT id::text, created_by::text, approved_by::text, is_approved FROM conversations.prompt_templates WHERE id = ANY($1::uuid[]) ORDER BY id`, [[a.privateTemplate, a.sharedTemplate, made.bob!.sharedTemplate]]);
    expect(templates).toEqual(
      [
        { id: a.sharedTemplate, created_by: null, approved_by: bob.userId, is_approved: true },
        { id: made.bob!.sharedTemplate, created_by: bob.userId, approved_by: null, is_approved: true },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(await sql(t.db.url, `SELECT created_by FROM conversations.agents WHERE id = $1`, [a.agent])).toEqual([{ created_by: null }]);
    // Bob still sees and uses both, the creator now unknown.
    const read = ok(await t.gql(`query($id: ID!) { promptTemplate(id: $id) { id createdBy { id } approvedBy { id } } }`, { id: a.sharedTemplate }, bob.accessToken)).promptTemplate;
    expect(read).toEqual({ id: a.sharedTemplate, createdBy: null, approvedBy: { id: bob.userId } });
    expect(ok(await t.gql(`query($id: ID!) { agent(id: $id) { id createdBy { id } } }`, { id: a.agent }, bob.accessToken)).agent).toEqual({ id: a.agent, createdBy: null });
    expect(await sql(t.db.url, `SELECT exempt_user_ids::text[] AS exempt, subjects FROM conversations.llm_spend_blocks WHERE cost_center_id = $1`, [costCenterId])).toEqual([
      { exempt: [bob.userId], subjects: [{ subjectType: 'organization', subjectId: expect.any(String), organizationId: null }] },
    ]);
  });

  it('retires the deleted objects as resources', async () => {
    const retired = deletable(made.alice!);
    await waitFor(
      async () => (await sql(t.db.url, `SELECT 1 FROM "authorization".resources WHERE resource_id = ANY($1::text[]) AND NOT is_active`, [retired])).length === retired.length,
      'resource.deleted for every deleted object',
    );
  });

  it("leaves the other user's rows as they were", async () => {
    expect(await dsr.remaining(bob.userId)).toEqual(bobRemaining);
    const after = await dsr.export(bob.userId);
    // Only alice's traces on the versions both touched are gone (and so their updated_at moved).
    const unstamped = (rows: unknown[]) => rows.map((r: any) => ({ ...r, updated_at: null }));
    const withoutAlice = (rows: unknown[]) => unstamped(rows).map((r: any) => ({ ...r, created_by: r.created_by === alice.userId ? null : r.created_by, approved_by: r.approved_by === alice.userId ? null : r.approved_by }));
    expect({ ...after, prompt_templates: unstamped(after.prompt_templates!) }).toEqual({ ...bobBefore, prompt_templates: withoutAlice(bobBefore.prompt_templates!) });
  });

  it('a second erasure finds nothing to do', async () => {
    expect(await dsr.erase(alice.userId)).toEqual({ conversations: 0, messages: 0, documents: 0, document_processing_jobs: 0, prompt_templates: 0, agents: 0, agent_executions: 0, llm_spend_blocks: 0 });
  });
});

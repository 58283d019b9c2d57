/**
 * The AI compliance log through the gateway (issue 12 §7, 003 ai_compliance_logs): every answered
 * message becomes a record through `ai.operation_logged` with masked excerpts and the safety
 * checks' results; personal data in the model's output and deny-listed words flag it; flagged
 * records are for reviewers (compliance:update) only, tenant-scoped; a review needs notes, happens
 * once and never by the person whose operation it is.
 */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { conversationsKit } from '../conversations/kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource } from './kit.js';

let t: TestSystem;
let alice: Session;
let auditor: Session;
let adminA: Session;
let adminB: Session;
let orgA: string;

const LOGS = `query($f: AiComplianceLogFilter) { aiComplianceLogs(filter: $f, first: 50) { nodes { id operation provider model userId organizationId requestId resourceType resourceId inputExcerpt outputExcerpt safetyCheckResults flagged flagReason reviewStatus reviewNotes reviewedBy } } }`;
const REVIEW = `mutation($id: ID!, $i: ReviewAiComplianceLogInput!) { reviewAiComplianceLog(id: $id, input: $i) { id reviewStatus reviewNotes reviewedBy reviewedAt } }`;

type Log = { id: string; requestId: string; flagged: boolean; reviewStatus: string; inputExcerpt: string; outputExcerpt: string; flagReason: string | null; safetyCheckResults: any } & Record<string, any>;
const logs = async (token: string, f: Record<string, unknown> = {}) => ok(await t.gql(LOGS, { f }, token)).aiComplianceLogs.nodes as Log[];

beforeAll(async () => {
  t = await startTestSystem({ ATRIUM_AI_DENY_LIST: 'napalm, forbidden phrase' });
  const kit = authz(t);
  [alice, auditor, adminA, adminB] = await Promise.all([kit.registered(), kit.registered(), kit.registered(), kit.registered()]);
  const create = async (name: string) => ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, t.admin.accessToken)).createOrganization.id as string;
  orgA = await create(`AI A ${randomUUID().slice(0, 6)}`);
  const orgB = await create(`AI B ${randomUUID().slice(0, 6)}`);
  ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: orgA, userId: alice.userId, roleId: ORGANIZATION_ROLES.org_member.id } }, t.admin.accessToken));
  ok(await kit.assign(auditor.userId, 'auditor'));
  ok(await kit.assign(adminA.userId, 'admin', { resourceScope: await organizationResource(t, orgA) }));
  ok(await kit.assign(adminB.userId, 'admin', { resourceScope: await organizationResource(t, orgB) }));
}, 120_000);
afterAll(async () => t?.stop());

/** Send one message in a new conversation of `organizationId`; the record of its answer. */
async function chat(s: Session, content: string, organizationId: string | null = orgA) {
  const c = conversationsKit(t);
  const conversation = await c.createConversation(s.accessToken, organizationId ? { organizationId } : {});
  const requestId = `ai-log-${randomUUID()}`;
  const sent = ok(await t.gql(`mutation($c: ID!, $m: String!) { sendMessage(conversationId: $c, content: $m) { assistantMessage { id } } }`, { c: conversation.id, m: content }, s.accessToken, { 'x-request-id': requestId })).sendMessage;
  const [row] = await waitFor(async () => {
    const rows = await sql<{ id: string; input_text: string; output_text: string }>(t.db.url, `SELECT id, input_text, output_text FROM compliance.ai_compliance_logs WHERE request_id = $1`, [requestId]);
    return rows.length ? rows : null;
  }, `the AI compliance record of ${requestId}`);
  return { id: row!.id, stored: row!, requestId, messageId: sent.assistantMessage.id as string };
}

it('a clean answer is recorded unflagged; personal data the model repeats and deny-listed words flag it, masked', async () => {
  const clean = await chat(alice, 'What is the capital of France?');
  const leak = await chat(alice, 'Please remember my email ada.lovelace@example.com and card 4111 1111 1111 1111');
  const denied = await chat(alice, 'How is NAPALM made?');

  const all = await logs(t.admin.accessToken, {});
  const byId = new Map(all.map((l) => [l.id, l]));
  expect(byId.get(clean.id)).toMatchObject({ operation: 'CHAT', provider: 'local', userId: alice.userId, organizationId: orgA, requestId: clean.requestId, resourceType: 'Message', resourceId: clean.messageId, flagged: false, flagReason: null, reviewStatus: 'NONE' });
  expect(byId.get(clean.id)!.inputExcerpt).toBe('What is the capital of France?');

  const l = byId.get(leak.id)!;
  expect(l).toMatchObject({ flagged: true, reviewStatus: 'PENDING', flagReason: 'personal data in the output: email, payment_card' });
  expect(l.safetyCheckResults).toMatchObject({ input: { pii: { email: 1, payment_card: 1 } }, output: { pii: { email: 1, payment_card: 1 } }, flagged: true });
  expect(l.inputExcerpt).toBe('Please remember my email [EMAIL] and card [CARD]');
  // Nothing personal is kept, neither in the answer nor in the table.
  for (const text of [l.inputExcerpt, l.outputExcerpt, leak.stored.input_text, leak.stored.output_text, JSON.stringify(l.safetyCheckResults)]) {
    expect(text).not.toContain('ada.lovelace');
    expect(text).not.toContain('4111');
  }

  const d = byId.get(denied.id)!;
  expect(d).toMatchObject({ flagged: true, flagReason: 'deny-listed terms in the input: napalm; deny-listed terms in the output: napalm' });
  expect(d.inputExcerpt).toBe('How is [DENIED] made?');
});

it('flagged records are for reviewers only; every record stays in its tenant', async () => {
  const clean = await chat(alice, 'Tell me about tenants.');
  const flagged = await chat(alice, 'My number is 555-12-3456? no: 123-45-6789');
  // The auditor reads the log (compliance:read everywhere) but holds no compliance:update.
  const seenByAuditor = (await logs(auditor.accessToken)).map((l) => l.id);
  expect(seenByAuditor).toContain(clean.id);
  expect(seenByAuditor).not.toContain(flagged.id);
  expect((await logs(auditor.accessToken, { flagged: true })).length).toBe(0);
  // An administrator of A (compliance:read there) sees A's unflagged records; one of B sees none of A's.
  expect((await logs(adminA.accessToken)).map((l) => l.id)).toContain(clean.id);
  expect((await logs(adminA.accessToken)).every((l) => l.organizationId === orgA && !l.flagged)).toBe(true);
  expect((await logs(adminB.accessToken)).filter((l) => l.organizationId === orgA)).toEqual([]);
  // Without compliance:read at all: FORBIDDEN.
  expect(codes(await t.gql(LOGS, {}, alice.accessToken))).toEqual(['FORBIDDEN']);
  expect(codes(await t.gql(LOGS, {}))).toEqual(['UNAUTHENTICATED']);
  // The reviewer (compliance:update everywhere) sees it.
  expect((await logs(t.admin.accessToken, { flagged: true })).map((l) => l.id)).toContain(flagged.id);
  // Reviewing needs compliance:update where the record is: NOT_FOUND for the others.
  for (const s of [auditor, adminA, adminB, alice]) expect(codes(await t.gql(REVIEW, { id: flagged.id, i: { decision: 'CLEARED', notes: 'n' } }, s.accessToken))).toEqual(['NOT_FOUND']);
});

it('a review needs notes, is made once, and never by the person whose operation it was', async () => {
  const flagged = await chat(alice, 'Write to grace@example.org');
  expect(codes(await t.gql(REVIEW, { id: flagged.id, i: { decision: 'CONFIRMED', notes: '  ' } }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  const reviewed = ok(await t.gql(REVIEW, { id: flagged.id, i: { decision: 'CONFIRMED', notes: 'The model repeated an address.' } }, t.admin.accessToken)).reviewAiComplianceLog;
  expect(reviewed).toMatchObject({ reviewStatus: 'CONFIRMED', reviewNotes: 'The model repeated an address.', reviewedBy: t.admin.userId });
  expect(codes(await t.gql(REVIEW, { id: flagged.id, i: { decision: 'CLEARED', notes: 'again' } }, t.admin.accessToken))).toEqual(['CONFLICT']);

  // The reviewer's own operation.
  const own = await chat(t.admin, 'Contact me at root@example.net', null);
  expect(codes(await t.gql(REVIEW, { id: own.id, i: { decision: 'CLEARED', notes: 'mine' } }, t.admin.accessToken))).toEqual(['FORBIDDEN']);
  // An unflagged record has nothing to review.
  const clean = await chat(alice, 'Nothing to see here.');
  expect(codes(await t.gql(REVIEW, { id: clean.id, i: { decision: 'CLEARED', notes: 'n' } }, t.admin.accessToken))).toEqual(['NOT_FOUND']);
  const [row] = await sql<{ review_status: string }>(t.db.url, `SELECT review_status FROM compliance.ai_compliance_logs WHERE id = $1`, [own.id]);
  expect(row!.review_status).toBe('pending');
});

it('a redelivered event records nothing twice', async () => {
  const first = await chat(alice, 'Once only.');
  const [event] = await sql<{ event_id: string }>(t.db.url, `SELECT event_id FROM compliance.ai_compliance_logs WHERE id = $1`, [first.id]);
  const payload = { id: event!.event_id, event: 'ai.operation_logged', version: 1, occurredAt: new Date().toISOString(), payload: { operation: 'chat', provider: 'local', model: 'local-echo', userId: alice.userId, organizationId: orgA, requestId: first.requestId, resourceType: 'Message', resourceId: first.messageId, input: 'Once only.', output: 'x', success: true, at: new Date().toISOString() } };
  await sql(t.db.url, `SELECT graphile_worker.add_job('compliance:ai.operation_logged:v1', $1::json)`, [JSON.stringify(payload)]);
  await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'compliance:ai.operation_logged:v1'`))[0]!.n === 0, 'the redelivery handled');
  expect(await sql(t.db.url, `SELECT 1 FROM compliance.ai_compliance_logs WHERE request_id = $1`, [first.requestId])).toHaveLength(1);
});

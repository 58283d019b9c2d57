/**
 * Consent and the processing register through the gateway (issue 12 §6, 002 §9): a user gives
 * and withdraws their own consent with the notice version, its history is append-only and
 * carries IP and user agent, `hasValidConsent` follows grants, withdrawals and expiry,
 * `userDataPurposes` lists what the data is processed for, another user's consents are for
 * unscoped compliance:read holders only (an organization-scoped auditor is FORBIDDEN), and
 * analytics' activity tracking keeps the consent state it checks (consent.changed).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource, waitForAudit } from './kit.js';

let t: TestSystem;
let alice: Session;
let bob: Session;
let auditor: Session;
let scopedAuditor: Session;

const GRANT = `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { purpose status noticeVersion grantedAt withdrawnAt expiresAt valid activity { purpose lawfulBasis requiresConsent } } }`;
const WITHDRAW = `mutation($p: String!) { withdrawConsent(purpose: $p) { purpose status withdrawnAt valid } }`;
const VALID = `query($u: ID, $p: String!) { hasValidConsent(userId: $u, purpose: $p) }`;
const PURPOSES = `query($u: ID) { userDataPurposes(userId: $u) { purpose } }`;
const HISTORY = `query($u: ID, $p: String, $first: Int, $after: String) { consentHistory(userId: $u, purpose: $p, first: $first, after: $after) { nodes { purpose action noticeVersion expiresAt recordedBy ipAddress userAgent requestId } pageInfo { hasNextPage endCursor } } }`;

beforeAll(async () => {
  t = await startTestSystem();
  const kit = authz(t);
  [alice, bob, auditor, scopedAuditor] = await Promise.all([kit.registered(), kit.registered(), kit.registered(), kit.registered()]);
  ok(await kit.assign(auditor.userId, 'auditor'));
  const org = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `Privacy ${randomUUID().slice(0, 6)}` } }, t.admin.accessToken)).createOrganization.id as string;
  ok(await kit.assign(scopedAuditor.userId, 'auditor', { resourceScope: await organizationResource(t, org) }));
}, 120_000);
afterAll(async () => t?.stop());

it('the processing register lists every purpose with its lawful basis; only consent purposes take consent', async () => {
  const register = ok(await t.gql(`{ processingActivities { purpose lawfulBasis requiresConsent processingServices retentionDays } }`, {}, bob.accessToken)).processingActivities;
  expect(register.map((a: { purpose: string }) => a.purpose)).toEqual(['access_control', 'account', 'ai_assistance', 'knowledge_search', 'security_audit', 'usage_analytics', 'usage_metering']);
  expect(register.find((a: { purpose: string }) => a.purpose === 'usage_analytics')).toEqual({ purpose: 'usage_analytics', lawfulBasis: 'CONSENT', requiresConsent: true, processingServices: ['analytics'], retentionDays: 90 });
  expect(register.filter((a: { requiresConsent: boolean }) => a.requiresConsent)).toHaveLength(1);
  expect(codes(await t.gql(`{ processingActivities { purpose } }`))).toEqual(['UNAUTHENTICATED']);

  // Nothing to consent to on another basis, and no purpose outside the register.
  const contract = await t.gql(GRANT, { i: { purpose: 'account', noticeVersion: '2026-11' } }, bob.accessToken);
  expect(codes(contract)).toEqual(['BAD_USER_INPUT']);
  expect(JSON.stringify(contract.errors)).toContain('contract basis');
  expect(codes(await t.gql(GRANT, { i: { purpose: 'marketing_emails', noticeVersion: '2026-11' } }, bob.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(GRANT, { i: { purpose: "usage_analytics'; DROP TABLE x; --", noticeVersion: '1' } }, bob.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: '' } }, bob.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: '1', expiresAt: '2020-01-01T00:00:00Z' } }, bob.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(VALID, { p: 'nope' }, bob.accessToken))).toEqual(['BAD_USER_INPUT']);
  // The refusals wrote nothing.
  expect(await sql(t.db.url, `SELECT 1 FROM compliance.privacy_consents c JOIN compliance.data_subjects s ON s.id = c.subject_id WHERE s.user_id = $1`, [bob.userId])).toEqual([]);
});

it('grant, withdraw and grant again: the current state, the history, the audit trail and analytics follow', async () => {
  expect(ok(await t.gql(VALID, { p: 'usage_analytics' }, alice.accessToken)).hasValidConsent).toBe(false);
  const purposesBefore = ok(await t.gql(PURPOSES, {}, alice.accessToken)).userDataPurposes.map((p: { purpose: string }) => p.purpose);
  expect(purposesBefore).not.toContain('usage_analytics');
  expect(purposesBefore).toEqual(expect.arrayContaining(['account', 'access_control', 'security_audit', 'usage_metering']));

  const requestId = `consent-${randomUUID()}`;
  const granted = ok(await t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: '2026-11' } }, alice.accessToken, { 'x-request-id': requestId, 'user-agent': 'privacy-test/1.0' })).grantConsent;
  expect(granted).toMatchObject({ purpose: 'usage_analytics', status: 'GRANTED', noticeVersion: '2026-11', withdrawnAt: null, expiresAt: null, valid: true, activity: { purpose: 'usage_analytics', lawfulBasis: 'CONSENT', requiresConsent: true } });
  expect(ok(await t.gql(VALID, { p: 'usage_analytics' }, alice.accessToken)).hasValidConsent).toBe(true);
  expect(ok(await t.gql(PURPOSES, {}, alice.accessToken)).userDataPurposes.map((p: { purpose: string }) => p.purpose)).toContain('usage_analytics');
  const audit = await waitForAudit(t, `request_id = $1`, [requestId]);
  expect(audit[0]).toMatchObject({ operation: 'compliance.Mutation.grantConsent', user_id: alice.userId, resource_type: 'PrivacyConsent', service_name: 'compliance' });
  // The gateway passes the client's user agent on: the audit row carries it too.
  expect((audit[0] as unknown as { user_agent: string }).user_agent).toBe('privacy-test/1.0');
  // Analytics keeps the state it checks before tracking.
  const tracked = () => sql<{ granted: boolean }>(t.db.url, `SELECT granted FROM analytics.tracking_consents WHERE user_id = $1 AND purpose = 'usage_analytics'`, [alice.userId]);
  await waitFor(async () => (await tracked())[0]?.granted === true, 'analytics sees the grant');

  const withdrawn = ok(await t.gql(WITHDRAW, { p: 'usage_analytics' }, alice.accessToken)).withdrawConsent;
  expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', valid: false });
  expect(withdrawn.withdrawnAt).not.toBeNull();
  expect(ok(await t.gql(VALID, { p: 'usage_analytics' }, alice.accessToken)).hasValidConsent).toBe(false);
  expect(codes(await t.gql(WITHDRAW, { p: 'usage_analytics' }, alice.accessToken))).toEqual(['CONFLICT']);
  expect(codes(await t.gql(WITHDRAW, { p: 'usage_analytics' }, bob.accessToken))).toEqual(['NOT_FOUND']);
  await waitFor(async () => (await tracked())[0]?.granted === false, 'analytics sees the withdrawal');

  // Given again with an expiry; the expiry is part of validity.
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  expect(ok(await t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: '2026-12', expiresAt } }, alice.accessToken)).grantConsent).toMatchObject({ status: 'GRANTED', noticeVersion: '2026-12', withdrawnAt: null, valid: true });
  await sql(t.db.url, `UPDATE compliance.privacy_consents SET expires_at = now() - interval '1 second' WHERE purpose = 'usage_analytics' AND subject_id = (SELECT id FROM compliance.data_subjects WHERE user_id = $1)`, [alice.userId]);
  expect(ok(await t.gql(VALID, { p: 'usage_analytics' }, alice.accessToken)).hasValidConsent).toBe(false);
  expect(ok(await t.gql(`{ consents { purpose status valid } }`, {}, alice.accessToken)).consents).toEqual([{ purpose: 'usage_analytics', status: 'GRANTED', valid: false }]);

  // The history, newest first and paged, with the proof: notice, IP, user agent, request.
  const page1 = ok(await t.gql(HISTORY, { p: 'usage_analytics', first: 2 }, alice.accessToken)).consentHistory;
  expect(page1.nodes.map((n: { action: string }) => n.action)).toEqual(['GRANTED', 'WITHDRAWN']);
  expect(page1.nodes[0]).toMatchObject({ noticeVersion: '2026-12', expiresAt, recordedBy: alice.userId });
  const page2 = ok(await t.gql(HISTORY, { p: 'usage_analytics', first: 2, after: page1.pageInfo.endCursor }, alice.accessToken)).consentHistory;
  expect(page2.nodes).toEqual([{ purpose: 'usage_analytics', action: 'GRANTED', noticeVersion: '2026-11', expiresAt: null, recordedBy: alice.userId, ipAddress: expect.any(String), userAgent: 'privacy-test/1.0', requestId }]);
  expect(page2.pageInfo.hasNextPage).toBe(false);
  // Append-only: the proof cannot be rewritten.
  await expect(sql(t.db.url, `UPDATE compliance.consent_records SET notice_version = 'forged' WHERE recorded_by = $1`, [alice.userId])).rejects.toThrow(/append-only/);
});

it("another user's consents: unscoped compliance:read holders only; nobody changes someone else's", async () => {
  ok(await t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: '2026-11' } }, bob.accessToken));
  // The auditor holds compliance:read for every tenant.
  expect(ok(await t.gql(VALID, { u: bob.userId, p: 'usage_analytics' }, auditor.accessToken)).hasValidConsent).toBe(true);
  expect(ok(await t.gql(`query($u: ID) { consents(userId: $u) { purpose status } }`, { u: bob.userId }, auditor.accessToken)).consents).toEqual([{ purpose: 'usage_analytics', status: 'GRANTED' }]);
  expect(ok(await t.gql(HISTORY, { u: bob.userId }, auditor.accessToken)).consentHistory.nodes).toHaveLength(1);
  // A plain user, and an auditor scoped to one organization: FORBIDDEN, for a real and a random user alike.
  for (const s of [alice, scopedAuditor]) {
    for (const u of [bob.userId, randomUUID()]) {
      expect(codes(await t.gql(VALID, { u, p: 'usage_analytics' }, s.accessToken))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(`query($u: ID) { consents(userId: $u) { purpose } }`, { u }, s.accessToken))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(HISTORY, { u }, s.accessToken))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(PURPOSES, { u }, s.accessToken))).toEqual(['FORBIDDEN']);
    }
  }
  // The mutations take no user: each acts on the caller's own consent only.
  expect(codes(await t.gql(`mutation { withdrawConsent(purpose: "usage_analytics") { status } }`))).toEqual(['UNAUTHENTICATED']);
});

it('concurrent grants and withdrawals of one consent serialise: the state is the last change and every change is in the history', async () => {
  const s = await authz(t).registered();
  ok(await t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: 'v0' } }, s.accessToken));
  const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? t.gql(WITHDRAW, { p: 'usage_analytics' }, s.accessToken) : t.gql(GRANT, { i: { purpose: 'usage_analytics', noticeVersion: `v${i}` } }, s.accessToken))));
  // A withdrawal that finds the consent already withdrawn is CONFLICT; nothing else fails.
  for (const [i, r] of results.entries()) expect(codes(r)).toEqual(r.errors && i % 2 ? ['CONFLICT'] : []);
  const succeeded = results.filter((r) => !r.errors).length;
  const [history] = await sql<{ n: number; last: string }>(
    t.db.url,
    `SELECT count(*)::int AS n, (array_agg(r.action ORDER BY r.recorded_at DESC, r.id DESC))[1] AS last FROM compliance.consent_records r JOIN compliance.data_subjects d ON d.id = r.subject_id WHERE d.user_id = $1`,
    [s.userId],
  );
  expect(history!.n).toBe(succeeded + 1);
  const [state] = await sql<{ status: string }>(t.db.url, `SELECT c.status FROM compliance.privacy_consents c JOIN compliance.data_subjects d ON d.id = c.subject_id WHERE d.user_id = $1`, [s.userId]);
  expect(state!.status).toBe(history!.last);
  expect(await sql(t.db.url, `SELECT 1 FROM compliance.data_subjects WHERE user_id = $1`, [s.userId])).toHaveLength(1);
});

/**
 * Data-subject requests through the gateway (issue 12 §6): filing with the legal deadline (30 days
 * GDPR, 45 CCPA) and a verification token; nothing fans out before verification; the export
 * gathers a section from every subgraph declaring subjectData and records each contribution;
 * erasure deletes or anonymizes, a second pass finds nothing left, the report's counts match what
 * was there, other users keep their data and the audit chain still verifies; an officer of
 * another tenant neither sees nor acts on a request, and a tenant-scoped officer cannot file for
 * another person (an erasure reaches every tenant); rectification is processed by an officer.
 */
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource, waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
let alice: Session;
let bob: Session;
let officerA: Session;
let officerB: Session;
let auditor: Session;
let orgA: string;
let orgB: string;
/** Alice's first export, never verified. */
let unverified: string;

const REQUEST = `id userId organizationId requestType regulation status details requestedBy verifiedAt verifiedBy dueAt overdue participants notes handledBy exportPackage report createdAt completedAt
  contributions { subgraph status sections counts remaining completedAt }`;
const EXPORT = `mutation($i: DataSubjectRequestInput) { requestDataExport(input: $i) { request { ${REQUEST} } verificationToken } }`;
const ERASE = `mutation($i: DataSubjectRequestInput) { requestErasure(input: $i) { request { ${REQUEST} } verificationToken } }`;
const ACTION = `mutation($i: DataSubjectActionInput!) { requestDataSubjectAction(input: $i) { request { ${REQUEST} } verificationToken } }`;
const VERIFY = `mutation($id: ID!, $t: String) { verifyDataSubjectRequest(id: $id, token: $t) { ${REQUEST} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateDataSubjectRequestInput!) { updateDataSubjectRequest(id: $id, input: $i) { ${REQUEST} } }`;
const GET = `query($id: ID!) { dataSubjectRequest(id: $id) { ${REQUEST} } }`;
const LIST = `query($f: DataSubjectRequestFilter) { dataSubjectRequests(filter: $f, first: 100) { nodes { id status } pageInfo { hasNextPage } } }`;

/** The subgraphs that take part: every registered one declaring subjectData, in port order (as the bus routes them). */
const PARTICIPANTS = SUBGRAPHS.filter((s) => s.subjectData).map((s) => s.name);
const DAY = 24 * 3600 * 1000;

type Req = Record<string, any>;
const file = async (doc: string, field: string, input: Record<string, unknown> | undefined, as: Session, headers?: Record<string, string>) =>
  ok(await t.gql(doc, { i: input }, as.accessToken, headers))[field] as { request: Req; verificationToken: string };
const get = async (id: string, as: Session | { accessToken: string }) => ok(await t.gql(GET, { id }, as.accessToken)).dataSubjectRequest as Req;
const settled = (id: string) =>
  waitFor(async () => {
    const r = await get(id, t.admin);
    return ['COMPLETED', 'FAILED'].includes(r.status) ? r : null;
  }, `request ${id} to complete`, 60_000);
const listed = async (as: Session) => (ok(await t.gql(LIST, {}, as.accessToken)).dataSubjectRequests.nodes as { id: string }[]).map((n) => n.id);
const queuedFanOut = async (requestId: string) =>
  (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload->>'event' = 'subject_data.requested' AND payload->'payload'->>'requestId' = $1`, [requestId]))[0]!.n;

beforeAll(async () => {
  t = await startTestSystem();
  kit = authz(t);
  [alice, bob, officerA, officerB, auditor] = await Promise.all([kit.registered(), kit.registered(), kit.registered(), kit.registered(), kit.registered()]);
  const org = async (name: string) => ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `${name} ${randomUUID().slice(0, 6)}` } }, t.admin.accessToken)).createOrganization.id as string;
  [orgA, orgB] = await Promise.all([org('DSR A'), org('DSR B')]);
  for (const u of [alice, bob]) ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: orgA, userId: u.userId } }, t.admin.accessToken));
  const [resA, resB] = await Promise.all([organizationResource(t, orgA), organizationResource(t, orgB)]);
  for (const [officer, res] of [[officerA, resA], [officerB, resB]] as const) {
    for (const p of ['compliance:read', 'compliance:update']) expect(ok(await kit.grant(officer.userId, p, { resourceId: res })).grantPermission.pending).toBe(false);
  }
  ok(await kit.assign(auditor.userId, 'auditor'));
  // Alice and Bob are members of A (the membership's org role reaches the authorization domain).
  const scopes = async (u: Session) => ok(await t.gql(`{ myTenantScopes(permissions: ["organization:read"]) { organizationIds } }`, {}, u.accessToken)).myTenantScopes[0].organizationIds as string[];
  for (const u of [alice, bob]) await waitFor(async () => (await scopes(u)).includes(orgA), 'a member of A');
}, 180_000);
afterAll(async () => t?.stop());

describe('filing', () => {
  it('sets the legal deadline by regulation, shows the token once, and fans out nothing before verification', async () => {
    const gdpr = await file(EXPORT, 'requestDataExport', { organizationId: orgA }, alice);
    unverified = gdpr.request.id;
    expect(gdpr.request).toMatchObject({ userId: alice.userId, organizationId: orgA, requestType: 'EXPORT', regulation: 'GDPR', status: 'RECEIVED', requestedBy: alice.userId, verifiedAt: null, participants: [], contributions: [], overdue: false, exportPackage: null });
    expect(Date.parse(gdpr.request.dueAt) - Date.parse(gdpr.request.createdAt)).toBe(30 * DAY);
    expect(gdpr.verificationToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const ccpa = await file(ERASE, 'requestErasure', { regulation: 'CCPA' }, bob);
    expect(ccpa.request).toMatchObject({ userId: bob.userId, organizationId: null, requestType: 'ERASURE', regulation: 'CCPA', status: 'RECEIVED' });
    expect(Date.parse(ccpa.request.dueAt) - Date.parse(ccpa.request.createdAt)).toBe(45 * DAY);
    // The token is stored as a hash only, and nothing was enqueued for the subgraphs.
    const [stored] = await sql<{ hash: string; due: number }>(t.db.url, `SELECT verification_token_hash AS hash FROM compliance.data_subject_requests WHERE id = $1`, [gdpr.request.id]);
    expect(stored!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.hash).not.toContain(gdpr.verificationToken);
    expect(await queuedFanOut(gdpr.request.id)).toBe(0);
    expect(await queuedFanOut(ccpa.request.id)).toBe(0);

    // Verification: the right token only, by the subject; a stranger does not see the request.
    expect(codes(await t.gql(VERIFY, { id: gdpr.request.id, t: 'not-the-token' }, alice.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(VERIFY, { id: gdpr.request.id, t: gdpr.verificationToken }, bob.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(VERIFY, { id: gdpr.request.id }, alice.accessToken))).toEqual(['FORBIDDEN']);
    expect(await get(gdpr.request.id, alice)).toMatchObject({ status: 'RECEIVED', participants: [], contributions: [] });
    expect(await queuedFanOut(gdpr.request.id)).toBe(0);
    // Bob's request stays unverified for good: it never fans out, and Bob's data is never touched by it.
    expect(ok(await t.gql(UPDATE, { id: ccpa.request.id, i: { status: 'REJECTED', notes: 'withdrawn by the subject' } }, t.admin.accessToken)).updateDataSubjectRequest).toMatchObject({ status: 'REJECTED', handledBy: t.admin.userId });
    expect(codes(await t.gql(VERIFY, { id: ccpa.request.id, t: ccpa.verificationToken }, bob.accessToken))).toEqual(['CONFLICT']);
    expect(await queuedFanOut(ccpa.request.id)).toBe(0);

    // Filing in an organization one is not a member of, bad input, and filing for someone else.
    expect(codes(await t.gql(EXPORT, { i: { organizationId: orgB } }, alice.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(EXPORT, { i: { userId: 'nope' } }, alice.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(ACTION, { i: { type: 'RECTIFICATION', details: '  ' } }, alice.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(EXPORT, { i: { userId: alice.userId } }, bob.accessToken))).toEqual(['FORBIDDEN']);
    // An officer scoped to one organization cannot erase a person (whose data spans tenants): no escalation.
    const scoped = await t.gql(ERASE, { i: { userId: alice.userId, organizationId: orgA } }, officerA.accessToken);
    expect(codes(scoped)).toEqual(['FORBIDDEN']);
    expect(scoped.errors![0]!.extensions).toMatchObject({ permission: 'compliance:update', reason: 'tenant_scoped' });
    expect((await sql(t.db.url, `SELECT 1 FROM compliance.data_subject_requests WHERE requested_by = $1`, [officerA.userId])).length).toBe(0);
  });
});

describe('tenants', () => {
  it("an officer of another tenant neither sees nor acts on a request; one of the request's tenant does", async () => {
    const inA = await file(ACTION, 'requestDataSubjectAction', { type: 'OBJECTION', organizationId: orgA, details: 'No profiling please.' }, alice);
    const platform = await file(EXPORT, 'requestDataExport', undefined, alice);
    const id = inA.request.id;
    expect(codes(await t.gql(GET, { id }, officerB.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(UPDATE, { id, i: { status: 'REJECTED', notes: 'not mine' } }, officerB.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(VERIFY, { id }, officerB.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(GET, { id }, bob.accessToken))).toEqual(['NOT_FOUND']);
    expect(await listed(officerB)).not.toContain(id);
    expect(await listed(bob)).not.toContain(id);
    // A's officer sees A's request, not the platform-wide one; an unscoped auditor sees both; the subject both.
    expect((await get(id, officerA)).details).toBe('No profiling please.');
    expect(codes(await t.gql(GET, { id: platform.request.id }, officerA.accessToken))).toEqual(['NOT_FOUND']);
    expect(await listed(officerA)).toEqual(expect.arrayContaining([id]));
    expect(await listed(officerA)).not.toContain(platform.request.id);
    expect(await listed(auditor)).toEqual(expect.arrayContaining([id, platform.request.id]));
    expect(await listed(alice)).toEqual(expect.arrayContaining([id, platform.request.id]));
    // Reading is not acting: the auditor holds compliance:read only.
    expect(codes(await t.gql(UPDATE, { id, i: { status: 'REJECTED', notes: 'x' } }, auditor.accessToken))).toEqual(['NOT_FOUND']);
    expect(ok(await t.gql(LIST, { f: { organizationId: orgA, requestType: 'OBJECTION' } }, officerA.accessToken)).dataSubjectRequests.nodes).toEqual([{ id, status: 'RECEIVED' }]);
    expect(ok(await t.gql(LIST, { f: { overdue: true } }, auditor.accessToken)).dataSubjectRequests.nodes).toEqual([]);
  });

  it('an officer processes a rectification by hand: verified first, with notes, never their own', async () => {
    const filed = await file(ACTION, 'requestDataSubjectAction', { type: 'RECTIFICATION', organizationId: orgA, details: 'My job title is wrong.' }, alice);
    const id = filed.request.id;
    expect(filed.request).toMatchObject({ requestType: 'RECTIFICATION', status: 'RECEIVED' });
    expect(codes(await t.gql(UPDATE, { id, i: { status: 'COMPLETED', notes: 'fixed' } }, officerA.accessToken))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(UPDATE, { id, i: { status: 'IN_PROGRESS', notes: '' } }, officerA.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(UPDATE, { id, i: { status: 'FAILED', notes: 'x' } }, officerA.accessToken))).toEqual(['BAD_USER_INPUT']);
    const verified = ok(await t.gql(VERIFY, { id }, officerA.accessToken)).verifyDataSubjectRequest;
    expect(verified).toMatchObject({ status: 'VERIFIED', verifiedBy: officerA.userId, participants: [], contributions: [] });
    expect(await queuedFanOut(id)).toBe(0);
    expect(ok(await t.gql(UPDATE, { id, i: { status: 'IN_PROGRESS', notes: 'Checking with HR.' } }, officerA.accessToken)).updateDataSubjectRequest).toMatchObject({ status: 'IN_PROGRESS', handledBy: officerA.userId, completedAt: null });
    const done = ok(await t.gql(UPDATE, { id, i: { status: 'COMPLETED', notes: 'Job title corrected.' } }, officerA.accessToken)).updateDataSubjectRequest;
    expect(done).toMatchObject({ status: 'COMPLETED', notes: 'Job title corrected.', overdue: false });
    expect(done.completedAt).not.toBeNull();
    expect(codes(await t.gql(UPDATE, { id, i: { status: 'REJECTED', notes: 'late' } }, officerA.accessToken))).toEqual(['CONFLICT']);
    // Nobody processes a request about themselves.
    const own = await file(ACTION, 'requestDataSubjectAction', { type: 'RESTRICTION', details: 'Stop for now.' }, t.admin);
    expect(codes(await t.gql(UPDATE, { id: own.request.id, i: { status: 'REJECTED', notes: 'mine' } }, t.admin.accessToken))).toEqual(['FORBIDDEN']);
    // Each change is in the audit trail, about the request (the refusals changed nothing).
    const audited = await waitForAudit(t, `a.resource_id = $1`, [id], 4);
    expect(audited.map((a) => [a.operation, a.new_values?.status])).toEqual([
      ['compliance.Mutation.requestDataSubjectAction', 'received'],
      ['compliance.Mutation.verifyDataSubjectRequest', 'verified'],
      ['compliance.Mutation.updateDataSubjectRequest', 'in_progress'],
      ['compliance.Mutation.updateDataSubjectRequest', 'completed'],
    ]);
    expect(audited.every((a) => a.resource_type === 'DataSubjectRequest' && a.organization_id === orgA)).toBe(true);
  });
});

/** Rows per table that a subject has in the places the handlers erase, read straight from SQL. */
async function holdings(userId: string) {
  const n = async (q: string) => (await sql<{ n: number }>(t.db.url, q, [userId]))[0]!.n;
  return {
    identity: {
      user_profiles: await n(`SELECT count(*)::int AS n FROM identity.user_profiles WHERE user_id = $1`),
      organization_members: await n(`SELECT count(*)::int AS n FROM identity.organization_members WHERE user_id = $1`),
      team_members: await n(`SELECT count(*)::int AS n FROM identity.team_members WHERE user_id = $1`),
      refresh_sessions: await n(`SELECT count(*)::int AS n FROM identity.refresh_sessions WHERE user_id = $1`),
    },
    authorization: {
      user_roles: await n(`SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1`),
      user_permissions: await n(`SELECT count(*)::int AS n FROM "authorization".user_permissions WHERE user_id = $1`),
      'user_roles.delegated_by': await n(`SELECT count(*)::int AS n FROM "authorization".user_roles WHERE delegated_by = $1`),
    },
    compliance: {
      privacy_consents: await n(`SELECT count(*)::int AS n FROM compliance.privacy_consents c JOIN compliance.data_subjects s ON s.id = c.subject_id WHERE s.user_id = $1`),
      consent_records: await n(`SELECT count(*)::int AS n FROM compliance.consent_records c JOIN compliance.data_subjects s ON s.id = c.subject_id WHERE s.user_id = $1`),
      data_subjects: await n(`SELECT count(*)::int AS n FROM compliance.data_subjects WHERE user_id = $1`),
      audit_logs: await n(`SELECT count(*)::int AS n FROM compliance.audit_logs a WHERE compliance.audit_mentions(a, $1::uuid)`),
    },
    analytics: {
      api_usage_logs: await n(`SELECT count(*)::int AS n FROM analytics.api_usage_logs WHERE user_id = $1`),
      usage_sessions: await n(`SELECT count(*)::int AS n FROM analytics.usage_sessions WHERE user_id = $1`),
      tracking_consents: await n(`SELECT count(*)::int AS n FROM analytics.tracking_consents WHERE user_id = $1`),
      team_memberships: await n(`SELECT count(*)::int AS n FROM analytics.team_memberships WHERE user_id = $1`),
    },
  };
}

describe('export and erasure', () => {
  let team: string;
  let exported: Req;

  it('export: every participating subgraph contributes its section, recorded per subgraph, in one package', async () => {
    expect(PARTICIPANTS).toEqual(expect.arrayContaining(['identity', 'authorization', 'analytics', 'compliance']));
    // What Alice has: a profile, a team in A, a role and a grant, a delegation to Bob, a consent.
    ok(await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { firstName: 'Alice', lastName: 'Liddell', phoneNumber: '+15550100', bio: 'Curious.' } }, alice.accessToken));
    ok(await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { firstName: 'Bob', bio: 'Builder.' } }, bob.accessToken));
    team = ok(await t.gql(`mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }`, { i: { organizationId: orgA, name: `Team ${randomUUID().slice(0, 6)}` } }, t.admin.accessToken)).createTeam.id;
    ok(await t.gql(`mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id } }`, { i: { teamId: team, userId: alice.userId } }, t.admin.accessToken));
    const manager = ok(await kit.assign(alice.userId, 'manager')).assignRole;
    ok(await kit.grant(alice.userId, 'report:execute'));
    ok(await t.gql(`mutation($i: DelegateRoleInput!) { delegateRole(input: $i) { id } }`, { i: { userRoleId: manager.id, toUserId: bob.userId } }, alice.accessToken));
    for (const u of [alice, bob]) ok(await t.gql(`mutation { grantConsent(input: { purpose: "usage_analytics", noticeVersion: "2026-12" }) { status } }`, {}, u.accessToken));
    await waitFor(async () => (await holdings(alice.userId)).analytics.team_memberships === 1 && (await holdings(alice.userId)).analytics.tracking_consents === 1, "alice's team and consent in analytics");

    const filed = await file(EXPORT, 'requestDataExport', { organizationId: orgA }, alice);
    const verified = ok(await t.gql(VERIFY, { id: filed.request.id, t: filed.verificationToken }, alice.accessToken)).verifyDataSubjectRequest;
    expect(verified).toMatchObject({ status: 'IN_PROGRESS', verifiedBy: alice.userId, participants: PARTICIPANTS });
    expect(verified.contributions.map((c: Req) => [c.subgraph, c.status])).toEqual([...PARTICIPANTS].sort().map((s) => [s, 'PENDING']));
    exported = await settled(filed.request.id);
    expect(exported.status).toBe('COMPLETED');
    expect(exported.contributions.every((c: Req) => c.status === 'DONE' && c.completedAt)).toBe(true);
    const pkg = exported.exportPackage;
    expect(Object.keys(pkg.subgraphs).sort()).toEqual([...PARTICIPANTS].sort());
    expect(pkg).toMatchObject({ requestId: filed.request.id, userId: alice.userId, regulation: 'GDPR' });
    const { identity, authorization, compliance, analytics } = pkg.subgraphs;
    expect(identity.users).toHaveLength(1);
    expect(identity.users[0]).toMatchObject({ id: alice.userId, email: alice.email, first_name: 'Alice', last_name: 'Liddell', phone_number: '+15550100' });
    expect(identity.user_profiles[0]).toMatchObject({ bio: 'Curious.' });
    expect(identity.organization_members.map((m: Req) => m.organization_id)).toEqual([orgA]);
    expect(identity.team_members.map((m: Req) => m.team_id)).toEqual([team]);
    expect(authorization.user_roles.map((r: Req) => r.role_name).sort()).toEqual(expect.arrayContaining(['manager', 'user']));
    expect(authorization.user_permissions.map((p: Req) => p.permission_name)).toEqual(['report:execute']);
    expect(authorization.delegations_made.map((d: Req) => d.user_id)).toEqual([bob.userId]);
    expect(compliance.privacy_consents.map((c: Req) => c.purpose)).toEqual(['usage_analytics']);
    expect(compliance.audit_logs.length).toBeGreaterThan(0);
    expect(analytics.tracking_consents).toHaveLength(1);
    expect(analytics.api_usage_logs.length).toBeGreaterThan(0);
    // No secret travels in a package, and nothing of Bob's.
    const text = JSON.stringify(pkg);
    for (const secret of ['password_hash', 'mfa_secret', 'backup_codes', 'token_hash', 'verification_token_hash', 'access_token']) expect(text).not.toContain(secret);
    expect(text).not.toContain('Builder.');
    // Each contribution's sections are recorded with their row counts.
    const id = exported.contributions.find((c: Req) => c.subgraph === 'identity');
    expect(id.sections).toMatchObject({ users: 1, user_profiles: 1, organization_members: 1, team_members: 1 });
    // The requester reads the package; another tenant's officer cannot.
    expect((await get(filed.request.id, alice)).exportPackage.subgraphs.identity.users[0].email).toBe(alice.email);
    expect(codes(await t.gql(GET, { id: filed.request.id }, officerB.accessToken))).toEqual(['NOT_FOUND']);
    // The export filed first and never verified took no part in any of it.
    expect(await get(unverified, alice)).toMatchObject({ status: 'RECEIVED', participants: [], contributions: [], exportPackage: null });
    expect(await sql(t.db.url, `SELECT 1 FROM compliance.data_subject_contributions WHERE request_id = $1`, [unverified])).toEqual([]);
  });

  it('erasure: every subgraph erases and reports, the second pass finds nothing left, others keep their data, the audit chain verifies', async () => {
    const tag = `dsr-erase-${randomUUID().slice(0, 8)}`;
    const filed = await file(ERASE, 'requestErasure', { organizationId: orgA, details: 'Forget me.' }, alice, { 'x-request-id': tag });
    // Alice's last request has reached analytics and the audit trail (nothing of hers is still in flight).
    await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.api_usage_logs WHERE request_id = $1`, [tag])).length === 1, 'the usage row of the filing');
    await waitForAudit(t, `a.request_id = $1`, [tag]);
    const before = await holdings(alice.userId);
    const bobBefore = await sql(t.db.url, `SELECT email, username, first_name, phone_number, password_hash FROM identity.users WHERE id = $1`, [bob.userId]);
    const bobRolesBefore = await sql(t.db.url, `SELECT id FROM "authorization".user_roles WHERE user_id = $1 AND NOT is_delegated ORDER BY id`, [bob.userId]);
    expect(before.identity).toMatchObject({ user_profiles: 1, organization_members: 1, team_members: 1 });
    expect(before.authorization['user_roles.delegated_by']).toBe(1);
    expect(before.compliance).toMatchObject({ privacy_consents: 1, consent_records: 1, data_subjects: 1 });

    // A's officer verifies (identity checked out of band); the erasure reaches every subgraph.
    expect(ok(await t.gql(VERIFY, { id: filed.request.id }, officerA.accessToken)).verifyDataSubjectRequest).toMatchObject({ status: 'IN_PROGRESS', verifiedBy: officerA.userId });
    const done = await settled(filed.request.id);
    expect(done.status).toBe('COMPLETED');
    const report = done.report;
    expect(report, JSON.stringify(report)).toMatchObject({ requestId: filed.request.id, userId: alice.userId, verified: true, remainingTotal: 0 });
    expect(Object.keys(report.subgraphs).sort()).toEqual([...PARTICIPANTS].sort());
    for (const [subgraph, part] of Object.entries(report.subgraphs) as [string, { erased: Record<string, number>; remaining: Record<string, number> }][]) {
      expect(Object.values(part.remaining).every((n) => n === 0), `${subgraph} left ${JSON.stringify(part.remaining)}`).toBe(true);
      expect(Object.keys(part.remaining).length).toBeGreaterThan(0);
    }
    // The counts are what Alice had.
    expect(report.subgraphs.identity.erased).toMatchObject({ ...before.identity, users: 1 });
    expect(report.subgraphs.authorization.erased).toMatchObject(before.authorization);
    expect(report.subgraphs.compliance.erased).toMatchObject(before.compliance);
    expect(report.subgraphs.analytics.erased).toMatchObject(before.analytics);
    expect(report.erasedTotal).toBe(Object.values(report.subgraphs).reduce((n: number, p: any) => n + Object.values(p.erased as Record<string, number>).reduce((a, b) => a + b, 0), 0));
    for (const c of done.contributions) expect(c).toMatchObject({ status: 'DONE', counts: report.subgraphs[c.subgraph].erased, remaining: report.subgraphs[c.subgraph].remaining });

    // Nothing personal of Alice is left; the account is a tombstone and her tokens are refused.
    const [tomb] = await sql<Req>(t.db.url, `SELECT email, username, first_name, last_name, phone_number, password_hash, is_active FROM identity.users WHERE id = $1`, [alice.userId]);
    expect(tomb).toEqual({ email: `erased-${alice.userId}@erased.invalid`, username: `erased-${alice.userId}`, first_name: null, last_name: null, phone_number: null, password_hash: null, is_active: false });
    expect(codes(await t.gql(`{ me { id } }`, {}, alice.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(await holdings(alice.userId)).toEqual({
      identity: { user_profiles: 0, organization_members: 0, team_members: 0, refresh_sessions: 0 },
      authorization: { user_roles: 0, user_permissions: 0, 'user_roles.delegated_by': 0 },
      compliance: { privacy_consents: 0, consent_records: 0, data_subjects: 0, audit_logs: 0 },
      analytics: { api_usage_logs: 0, usage_sessions: 0, tracking_consents: 0, team_memberships: 0 },
    });
    // The earlier export package went with her data; the requests themselves stay as the proof.
    expect((await get(exported.id, t.admin)).exportPackage).toBeNull();
    expect(await sql(t.db.url, `SELECT request_type, status FROM compliance.data_subject_requests WHERE user_id = $1 AND request_type IN ('export', 'erasure') AND status = 'completed' ORDER BY created_at`, [alice.userId])).toEqual([
      { request_type: 'export', status: 'completed' },
      { request_type: 'erasure', status: 'completed' },
    ]);
    // Bob keeps everything of his own (the delegation he got from Alice ended with her).
    expect(await sql(t.db.url, `SELECT email, username, first_name, phone_number, password_hash FROM identity.users WHERE id = $1`, [bob.userId])).toEqual(bobBefore);
    expect(await sql(t.db.url, `SELECT id FROM "authorization".user_roles WHERE user_id = $1 AND NOT is_delegated ORDER BY id`, [bob.userId])).toEqual(bobRolesBefore);
    expect(await holdings(bob.userId)).toMatchObject({ identity: { user_profiles: 1, organization_members: 1 }, compliance: { privacy_consents: 1, data_subjects: 1 }, analytics: { tracking_consents: 1 } });
    expect(ok(await t.gql(`query { hasValidConsent(purpose: "usage_analytics") }`, {}, bob.accessToken)).hasValidConsent).toBe(true);

    // Her audit rows are kept, pseudonymized, and the chain still verifies.
    const redacted = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM compliance.audit_redactions`);
    expect(redacted[0]!.n).toBe(report.subgraphs.compliance.erased.audit_logs);
    expect(redacted[0]!.n).toBeGreaterThan(0);
    expect(ok(await t.gql(`{ verifyAuditChain { ok firstBrokenLink { sequence reason } } }`, {}, t.admin.accessToken)).verifyAuditChain).toEqual({ ok: true, firstBrokenLink: null });
    // A redaction is no way around append-only: any other change of a redacted row is named.
    const [row] = await sql<{ seq: string; id: string }>(t.db.url, `SELECT seq::text AS seq, audit_id::text AS id FROM compliance.audit_redactions ORDER BY id LIMIT 1`);
    await expect(sql(t.db.url, `UPDATE compliance.audit_logs SET event_type = 'tampered' WHERE seq = $1`, [row!.seq])).rejects.toThrow(/append-only/);
    await sql(t.db.url, `SET session_replication_role = replica; UPDATE compliance.audit_logs SET user_agent = 'tampered' WHERE seq = ${Number(row!.seq)}; SET session_replication_role = origin;`);
    expect(ok(await t.gql(`{ verifyAuditChain { ok firstBrokenLink { sequence reason } } }`, {}, t.admin.accessToken)).verifyAuditChain).toEqual({ ok: false, firstBrokenLink: { sequence: row!.seq, reason: 'ROW_ALTERED' } });

    // A second erasure of the same person finds nothing to do but the one trace the officer's
    // filing left: its usage row, whose variables name her (stored before the erasure runs).
    const againTag = `dsr-again-${randomUUID().slice(0, 8)}`;
    const again = await file(ERASE, 'requestErasure', { userId: alice.userId }, t.admin, { 'x-request-id': againTag });
    await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.api_usage_logs WHERE request_id = $1`, [againTag])).length === 1, 'the usage row of the second filing');
    ok(await t.gql(VERIFY, { id: again.request.id, t: again.verificationToken }, t.admin.accessToken));
    const second = await settled(again.request.id);
    expect(second.report).toMatchObject({ verified: true, erasedTotal: 1, remainingTotal: 0 });
    expect(Object.entries(second.report.subgraphs.analytics.erased).filter(([, n]) => n !== 0)).toEqual([['api_usage_logs.request_params', 1]]);
  });
});

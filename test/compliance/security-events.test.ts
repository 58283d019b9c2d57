/**
 * Security events (issue 12 §2) through the real gateway: the detection rules raise events from
 * the audit trail (lockout and bursts of refused sign-ins per account and per IP, refresh-token
 * reuse, platform permissions handed out, a refused escalation, a bulk export), one per signal or
 * per burst window; triage with exact codes; the 72-hour notification; a second tenant's events
 * are neither listed nor reachable.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource, waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
beforeAll(async () => {
  t = await startTestSystem({ ATRIUM_SECURITY_FAILED_LOGINS_PER_IP: '8', ATRIUM_SECURITY_BULK_EXPORT_ROWS: '3' });
  kit = authz(t);
}, 120_000);
afterAll(async () => t?.stop());

const FIELDS = `id eventType severity title sourceUserId targetUserId sourceIp targetResource detectionMethod detectionRuleId status assignedTo resolutionNotes regulatoryNotificationRequired notificationDeadline notificationSentAt notificationOverdue eventData detectedAt resolvedAt organizationId auditLogId`;
const LIST = `query($f: SecurityEventFilter) { securityEvents(filter: $f, first: 100) { nodes { ${FIELDS} } } }`;
const TRIAGE = `mutation($id: ID!, $i: TriageSecurityEventInput!) { triageSecurityEvent(id: $id, input: $i) { ${FIELDS} } }`;
const NOTIFY = `mutation($id: ID!) { recordSecurityNotification(id: $id) { ${FIELDS} } }`;

const events = async (filter: Record<string, unknown>, token = t.admin.accessToken) => ok(await t.gql(LIST, { f: filter }, token)).securityEvents.nodes as Record<string, any>[];
/** Wait until the rule raised `count` events matching `match`. */
const raised = (rule: string, match: (e: Record<string, any>) => boolean = () => true, count = 1) =>
  waitFor(async () => {
    const found = (await events({ detectionRuleId: rule })).filter(match);
    return found.length >= count ? found : null;
  }, `security events of ${rule}`);

describe('detection rules', () => {
  it('a lockout, and a burst of refused sign-ins per account and per IP, each raise one failed_login event', async () => {
    const carol = await t.register();
    for (let i = 0; i < 5; i++) await t.login(carol.email, 'wrong-password-123');
    const [locked] = await raised('failed_login.account_locked', (e) => e.targetUserId === carol.userId);
    expect(locked).toMatchObject({ eventType: 'FAILED_LOGIN', severity: 'HIGH', detectionMethod: 'automated_rule', status: 'OPEN', sourceIp: '127.0.0.1', targetResource: `User:${carol.userId}`, organizationId: null, regulatoryNotificationRequired: false, notificationDeadline: null });
    expect(locked!.auditLogId).toMatch(/^[0-9a-f-]{36}$/);

    const email = `nobody-${randomUUID()}@atrium.test`;
    for (let i = 0; i < 7; i++) expect(codes(await t.login(email, 'whatever-password'))).toEqual(['UNAUTHENTICATED']);
    await waitForAudit(t, `event_type = 'login_failed' AND additional_data->>'email' = $1`, [email], 7);
    const burst = await raised('failed_login.burst_account', (e) => e.targetResource === `email:${email}`);
    // One per window: the 6th and 7th failures raise nothing more.
    expect(burst).toHaveLength(1);
    expect(burst[0]).toMatchObject({ eventType: 'FAILED_LOGIN', severity: 'MEDIUM', targetUserId: null, eventData: { count: 5, threshold: 5, windowSeconds: 900 } });
    // 4 + 7 refused sign-ins from 127.0.0.1 reach the per-IP threshold of 8 once.
    const ip = await raised('failed_login.burst_ip');
    expect(ip).toHaveLength(1);
    expect(ip[0]).toMatchObject({ severity: 'HIGH', sourceIp: '127.0.0.1', eventData: { count: 8, threshold: 8 } });
  });

  it('refresh-token reuse raises suspicious_activity', async () => {
    const dave = await t.register();
    ok(await t.gql(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`, { r: dave.refreshToken }));
    expect(codes(await t.gql(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`, { r: dave.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    const [reuse] = await raised('suspicious_activity.refresh_token_reuse', (e) => e.targetUserId === dave.userId);
    expect(reuse).toMatchObject({ eventType: 'SUSPICIOUS_ACTIVITY', severity: 'HIGH', title: 'Refresh token reused' });
  });

  it('handing out super_admin raises privilege_escalation; an administrator refused the same raises one too', async () => {
    const [erin, frank] = await Promise.all([kit.registered(), kit.registered()]);
    ok(await kit.assign(erin.userId, 'super_admin'));
    const [granted] = await raised('privilege_escalation.privileged_grant', (e) => e.targetUserId === erin.userId);
    expect(granted).toMatchObject({ eventType: 'PRIVILEGE_ESCALATION', severity: 'CRITICAL', sourceUserId: t.admin.userId });
    expect(granted!.eventData.permissions).toEqual(expect.arrayContaining(['system:manage', 'system:configure']));
    expect(granted!.eventData.operation).toBe('authorization.Mutation.assignRole');

    ok(await kit.assign(frank.userId, 'admin'));
    const refused = await kit.assign(erin.userId, 'super_admin', { reason: 'again' }, frank.accessToken);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const [attempt] = await raised('privilege_escalation.refused_escalation', (e) => e.sourceUserId === frank.userId);
    expect(attempt).toMatchObject({ eventType: 'PRIVILEGE_ESCALATION', severity: 'HIGH' });
    expect(attempt!.eventData.missing).toEqual(expect.arrayContaining(['system:manage']));
    const [row] = await waitForAudit(t, `event_type = 'escalation_refused' AND user_id = $1`, [frank.userId]);
    expect(row).toMatchObject({ operation: 'authorization.Mutation.assignRole', event_category: 'authorization', risk_level: 'high' });
  });
});

describe('triage, notification and tenants', () => {
  let orgA: string;
  let orgB: string;
  let readerA: Session;
  let officerB: Session;
  let breach: Record<string, any>;

  beforeAll(async () => {
    const root = t.admin.accessToken;
    const create = async (name: string) => ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, root)).createOrganization.id as string;
    [orgA, orgB] = [await create(`Sec A ${randomUUID().slice(0, 6)}`), await create(`Sec B ${randomUUID().slice(0, 6)}`)];
    for (const id of [orgA, orgB]) for (const d of ['one', 'two']) ok(await t.gql(`mutation($id: ID!, $d: String!) { updateOrganization(id: $id, input: { description: $d }) { id } }`, { id, d }, root));
    await waitForAudit(t, `organization_id = ANY($1::uuid[]) AND event_type = 'update'`, [[orgA, orgB]], 4);
    [readerA, officerB] = await Promise.all([kit.registered(), kit.registered()]);
    ok(await kit.assign(readerA.userId, 'auditor', { resourceScope: await organizationResource(t, orgA) }));
    // A compliance officer of tenant B: audit_log:read and compliance:update there only.
    const role = ok(await t.gql(`mutation($n: String!) { createRole(input: { name: $n }) { id } }`, { n: `officer_${randomUUID().slice(0, 6)}` }, root)).createRole.id;
    for (const p of ['audit_log:read', 'compliance:update']) ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role, permissionId: await kit.permissionId(p) } }, root));
    ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: officerB.userId, roleId: role, resourceScope: await organizationResource(t, orgB) } }, root));
    // Tenant A's reader exports its tenant's rows: over the threshold (3), a breach candidate in A.
    const exported = ok(await t.gql(`mutation { exportAuditLogs(format: CSV) { rowCount } }`, {}, readerA.accessToken)).exportAuditLogs;
    expect(exported.rowCount).toBeGreaterThanOrEqual(3);
    [breach] = (await raised('data_breach.bulk_export', (e) => e.sourceUserId === readerA.userId)) as [Record<string, any>];
  });

  it('a tenant sees its own events only; another tenant reads them as absent', async () => {
    expect(breach).toMatchObject({ eventType: 'DATA_BREACH', severity: 'HIGH', organizationId: orgA, status: 'OPEN', eventData: { threshold: 3, format: 'CSV' } });
    const mine = await events({}, readerA.accessToken);
    expect(mine.map((e) => e.id)).toEqual([breach.id]);
    expect(await events({}, officerB.accessToken)).toEqual([]);
    const one = `query($id: ID!) { securityEvent(id: $id) { id } }`;
    expect(ok(await t.gql(one, { id: breach.id }, readerA.accessToken)).securityEvent).toEqual({ id: breach.id });
    expect(ok(await t.gql(one, { id: breach.id }, officerB.accessToken)).securityEvent).toBeNull();
    // Triage of another tenant's event reads exactly as a random id.
    const foreign = await t.gql(TRIAGE, { id: breach.id, i: { status: 'INVESTIGATING' } }, officerB.accessToken);
    const none = await t.gql(TRIAGE, { id: randomUUID(), i: { status: 'INVESTIGATING' } }, officerB.accessToken);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.errors![0]!.message).toBe(none.errors![0]!.message);
    // Readers without compliance:update, people without audit_log:read, the anonymous.
    expect(codes(await t.gql(TRIAGE, { id: breach.id, i: { status: 'INVESTIGATING' } }, readerA.accessToken))).toEqual(['FORBIDDEN']);
    const nobody = await t.register();
    expect(codes(await t.gql(LIST, {}, nobody.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('assign, investigate, resolve with notes; the 72-hour notification; closed events stay closed; every step audited', async () => {
    const root = t.admin.accessToken;
    const requestId = `triage-${randomUUID()}`;
    const investigating = ok(await t.gql(TRIAGE, { id: breach.id, i: { status: 'INVESTIGATING', assignedTo: t.admin.userId, regulatoryNotificationRequired: true } }, root, { 'x-request-id': requestId })).triageSecurityEvent;
    expect(investigating).toMatchObject({ status: 'INVESTIGATING', assignedTo: t.admin.userId, regulatoryNotificationRequired: true, notificationOverdue: false, notificationSentAt: null });
    expect(Date.parse(investigating.notificationDeadline) - Date.parse(investigating.detectedAt)).toBe(72 * 3600 * 1000);
    const [audited] = await waitForAudit(t, `request_id = $1`, [requestId]);
    expect(audited).toMatchObject({ operation: 'compliance.Mutation.triageSecurityEvent', resource_type: 'SecurityEvent', resource_id: breach.id });
    expect(audited!.changed_fields).toEqual(expect.arrayContaining(['status', 'assignedTo', 'regulatoryNotificationRequired']));

    expect(codes(await t.gql(TRIAGE, { id: breach.id, i: { status: 'RESOLVED' } }, root))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(TRIAGE, { id: breach.id, i: {} }, root))).toEqual(['BAD_USER_INPUT']);
    const sent = ok(await t.gql(NOTIFY, { id: breach.id }, root)).recordSecurityNotification;
    expect(sent.notificationSentAt).toEqual(expect.any(String));
    expect(codes(await t.gql(NOTIFY, { id: breach.id }, root))).toEqual(['CONFLICT']);
    const resolved = ok(await t.gql(TRIAGE, { id: breach.id, i: { status: 'RESOLVED', notes: 'Export was an approved quarterly review.' } }, root)).triageSecurityEvent;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionNotes: 'Export was an approved quarterly review.' });
    expect(resolved.resolvedAt).toEqual(expect.any(String));
    expect(codes(await t.gql(TRIAGE, { id: breach.id, i: { status: 'INVESTIGATING' } }, root))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(TRIAGE, { id: breach.id, i: { regulatoryNotificationRequired: false } }, root))).toEqual(['CONFLICT']);

    // A false positive, and no notification where none is required.
    const [other] = await raised('failed_login.burst_ip');
    expect(codes(await t.gql(NOTIFY, { id: other!.id }, root))).toEqual(['CONFLICT']);
    expect(ok(await t.gql(TRIAGE, { id: other!.id, i: { status: 'FALSE_POSITIVE', notes: 'The test suite signing in.' } }, root)).triageSecurityEvent.status).toBe('FALSE_POSITIVE');
    expect((await events({ status: 'FALSE_POSITIVE' })).map((e) => e.id)).toEqual([other!.id]);
  });
});

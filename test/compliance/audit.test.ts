/**
 * Issue 12 §1 through the real gateway: every mutation leaves an audit row (actor, request,
 * resource, old and new values key by key, never a secret); refused sign-ins and lockouts are
 * audited; intake is idempotent; rows are append-only; reads are tenant-scoped; the hash chain
 * verifies, and a row tampered with through SQL is named.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { auditRows, listAudit, organizationResource, pendingAuditJobs, waitForAudit } from './kit.js';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()), 120_000);
afterAll(async () => t?.stop());

const UPDATE_PROFILE = `mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id displayName } }`;
const VERIFY = `query($from: DateTime, $to: DateTime) { verifyAuditChain(from: $from, to: $to) { ok checkedRows firstBrokenLink { sequence auditLogId timestamp reason } } }`;

describe('every mutation is audited', () => {
  it('records actor, session, request, resource and the changed fields key by key, in the transaction of the change', async () => {
    const alice = await t.register();
    const [registered] = await waitForAudit(t, `operation = 'identity.Mutation.register' AND resource_id = $1`, [alice.userId]);
    expect(registered).toMatchObject({ event_type: 'create', event_category: 'authentication', user_id: alice.userId, resource_type: 'User', service_name: 'identity' });
    expect(registered!.additional_data.inTransaction).toBe(true);

    const requestId = `req-${randomUUID()}`;
    const res = await t.gql(UPDATE_PROFILE, { i: { displayName: 'Alice Audit' } }, alice.accessToken, { 'x-request-id': requestId });
    expect(res.errors).toBeUndefined();
    const [row] = await waitForAudit(t, `request_id = $1`, [requestId]);
    expect(row).toMatchObject({
      event_type: 'update',
      event_category: 'data_change',
      operation: 'identity.Mutation.updateMyProfile',
      user_id: alice.userId,
      resource_type: 'User',
      resource_id: alice.userId,
      ip_address: '127.0.0.1',
      changed_fields: ['displayName', 'updatedAt'],
    });
    expect(row!.session_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row!.old_values!.displayName).not.toBe('Alice Audit');
    expect(row!.new_values!.displayName).toBe('Alice Audit');
  });

  it('never stores a secret: no password, hash, token or MFA secret in any value', async () => {
    const bob = await t.register();
    ok(await t.gql(`mutation { enrollMfa { secret otpauthUri } }`, {}, bob.accessToken));
    ok(await t.gql(`mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, { t: bob.refreshToken }));
    await waitForAudit(t, `user_id = $1 AND operation IN ('identity.Mutation.enrollMfa', 'identity.Mutation.refreshToken')`, [bob.userId], 2);
    const rows = await auditRows(t, `user_id = $1::uuid OR resource_id = $1::text`, [bob.userId]);
    const text = JSON.stringify(rows.map((r) => [r.old_values, r.new_values, r.additional_data]));
    expect(text).not.toMatch(/password|Hash|token|secret|backupCodes/i);
    expect(text).not.toContain(bob.password);
    expect(text).not.toContain(bob.refreshToken);
  });

  it('a failed mutation leaves no audit row (it rolled back), a refused sign-in and a lockout do', async () => {
    const carol = await t.register();
    expect(codes(await t.gql(UPDATE_PROFILE, { i: { managerId: randomUUID() } }, carol.accessToken))).toEqual(['BAD_USER_INPUT']);
    for (let i = 0; i < 5; i++) expect(codes(await t.login(carol.email, 'wrong-password-123'))[0]).toMatch(/UNAUTHENTICATED|RATE_LIMITED/);
    const rows = await waitForAudit(t, `resource_id = $1 AND event_type IN ('login_failed', 'account_locked')`, [carol.userId], 5);
    expect(rows.map((r) => r.event_type)).toEqual(['login_failed', 'login_failed', 'login_failed', 'login_failed', 'account_locked']);
    expect(rows.every((r) => r.user_id === carol.userId && r.additional_data.reason === 'bad_password' && r.additional_data.inTransaction === false)).toBe(true);
    expect(rows.at(-1)!.risk_level).toBe('high');
    expect(await auditRows(t, `user_id = $1 AND operation = 'identity.Mutation.updateMyProfile'`, [carol.userId])).toEqual([]);
    // Unknown accounts too, with no actor.
    const email = `nobody-${randomUUID()}@atrium.test`;
    expect(codes(await t.login(email, 'whatever-password'))).toEqual(['UNAUTHENTICATED']);
    const [unknown] = await waitForAudit(t, `event_type = 'login_failed' AND additional_data->>'email' = $1`, [email]);
    expect(unknown).toMatchObject({ user_id: null, resource_id: null });
    expect(unknown!.additional_data.reason).toBe('unknown_account');
  });

  it('intake is idempotent: a redelivered event adds nothing', async () => {
    const dave = await t.register();
    const [row] = await waitForAudit(t, `operation = 'identity.Mutation.register' AND resource_id = $1`, [dave.userId]);
    const [stored] = await sql<{ ts: string; payload: unknown }>(
      t.db.url,
      `SELECT to_char("timestamp" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ts FROM compliance.audit_logs WHERE id = $1`,
      [row!.id],
    );
    const payload = {
      eventType: 'create', eventCategory: 'authentication', operation: 'identity.Mutation.register', actorId: null, sessionId: null, ipAddress: null, userAgent: null,
      requestId: null, serviceName: 'identity', resourceType: 'User', resourceId: dave.userId, resourceName: null, organizationId: null, oldValues: null, newValues: {},
      changedFields: [], riskLevel: 'low', complianceRelevant: true, description: null, additionalData: {}, inTransaction: true, at: stored!.ts,
    };
    const envelope = { id: row!.id, event: 'audit.recorded', version: 1, occurredAt: stored!.ts, payload };
    await sql(t.db.url, `SELECT graphile_worker.add_job('compliance:audit.recorded:v1', $1::json)`, [JSON.stringify(envelope)]);
    await sql(t.db.url, `SELECT graphile_worker.add_job('compliance:audit.recorded:v1', $1::json)`, [JSON.stringify(envelope)]);
    await waitFor(async () => (await pendingAuditJobs(t)) === 0, 'the redeliveries to run');
    expect(await auditRows(t, `id = $1`, [row!.id])).toHaveLength(1);
  });
});

describe('reading the audit trail', () => {
  let orgA: string;
  let orgB: string;
  let readerA: Session;
  let auditor: Session;
  let nobody: Session;

  beforeAll(async () => {
    const kit = authz(t);
    const root = t.admin.accessToken;
    const create = async (name: string) => ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, root)).createOrganization.id as string;
    orgA = await create(`Audit A ${randomUUID().slice(0, 6)}`);
    orgB = await create(`Audit B ${randomUUID().slice(0, 6)}`);
    ok(await t.gql(`mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id } }`, { id: orgA, i: { description: 'first tenant' } }, root));
    ok(await t.gql(`mutation($id: ID!, $i: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $i) { id } }`, { id: orgB, i: { description: 'second tenant' } }, root));
    [readerA, auditor, nobody] = await Promise.all([kit.registered(), kit.registered(), kit.registered()]);
    const resourceA = await organizationResource(t, orgA);
    ok(await kit.assign(readerA.userId, 'auditor', { resourceScope: resourceA }));
    ok(await kit.assign(auditor.userId, 'auditor'));
    await waitForAudit(t, `operation = 'identity.Mutation.updateOrganization' AND organization_id = ANY($1::uuid[])`, [[orgA, orgB]], 2);
  });

  it('filters by type, resource, actor and time; pages newest first', async () => {
    const root = t.admin.accessToken;
    const mine = await listAudit(t, root, { resourceId: orgA, eventType: 'update' });
    expect(mine.nodes).toHaveLength(1);
    expect(mine.nodes[0]).toMatchObject({ operation: 'identity.Mutation.updateOrganization', resourceType: 'Organization', organizationId: orgA, riskLevel: 'LOW', eventCategory: 'DATA_CHANGE', userId: t.admin.userId, changedFields: ['description'] });
    const first = await listAudit(t, root, { userId: t.admin.userId }, 2);
    expect(first.nodes).toHaveLength(2);
    expect(Number(first.nodes[0]!.sequence)).toBeGreaterThan(Number(first.nodes[1]!.sequence));
    const next = ok(await t.gql(`query($a: String) { auditLogs(filter: { userId: "${t.admin.userId}" }, first: 2, after: $a) { nodes { sequence } } }`, { a: first.pageInfo.endCursor }, root)).auditLogs.nodes;
    expect(Number(next[0].sequence)).toBeLessThan(Number(first.nodes[1]!.sequence));
    expect((await listAudit(t, root, { resourceId: orgA, from: new Date(Date.now() + 60_000).toISOString() })).nodes).toEqual([]);
    expect(codes(await t.gql(`{ auditLogs(after: "bm9wZQ") { nodes { id } } }`, {}, root))).toEqual(['BAD_USER_INPUT']);
  });

  it('an organization-scoped reader sees its tenant only; the auditor sees all; others are refused', async () => {
    const scoped = await listAudit(t, readerA.accessToken, {});
    expect(scoped.nodes.length).toBeGreaterThan(0);
    expect(new Set(scoped.nodes.map((n) => n.organizationId))).toEqual(new Set([orgA]));
    expect((await listAudit(t, readerA.accessToken, { resourceId: orgB })).nodes).toEqual([]);
    // A row of the other tenant as a cursor answers exactly as a row that does not exist.
    const foreignRow = (await listAudit(t, auditor.accessToken, { resourceId: orgB })).nodes[0]!;
    const after = (sequence: string) => t.gql(`query($a: String) { auditLogs(first: 5, after: $a) { nodes { id } } }`, { a: Buffer.from(sequence).toString('base64url') }, readerA.accessToken);
    const [foreign, none] = [await after(foreignRow.sequence), await after('999999999999')];
    expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
    expect({ data: foreign.data, errors: foreign.errors }).toEqual({ data: none.data, errors: none.errors });
    expect((await listAudit(t, auditor.accessToken, { resourceId: orgB })).nodes).toHaveLength(2);
    expect(codes(await t.gql(`{ auditLogs { nodes { id } } }`, {}, nobody.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`{ auditLogs { nodes { id } } }`))).toEqual(['UNAUTHENTICATED']);
    // The chain spans tenants: a scoped reader may not verify it.
    expect(codes(await t.gql(VERIFY, {}, readerA.accessToken))).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(VERIFY, {}, auditor.accessToken)).verifyAuditChain.ok).toBe(true);
  });
});

describe('append-only and tamper-evident', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    for (const statement of [`UPDATE compliance.audit_logs SET event_type = 'x'`, `DELETE FROM compliance.audit_logs`, `TRUNCATE compliance.audit_logs`]) {
      await expect(sql(t.db.url, statement)).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('one statement of many rows, a rolled-back savepoint and a row straight into a partition all extend one chain that verifies', async () => {
    const columns = `(id, "timestamp", seq, event_type, event_category, operation, service_name, request_id, new_values, prev_hash, row_hash)`;
    const rows = (n: number, tag: string) => `SELECT gen_random_uuid(), now(), 0, 'update', 'data_change', 'test.bulk', 'test', '${tag}-' || g, jsonb_build_object('n', g), '', '' FROM generate_series(1, ${n}) g`;
    // Many rows in one statement: the head advances once per statement (per row it was O(n²)).
    await sql(t.db.url, `INSERT INTO compliance.audit_logs ${columns} ${rows(2000, 'bulk')}`);
    // A savepoint rolled back takes its rows and its head with it.
    await sql(t.db.url, `BEGIN; INSERT INTO compliance.audit_logs ${columns} ${rows(3, 'kept')}; SAVEPOINT s; INSERT INTO compliance.audit_logs ${columns} ${rows(2, 'undone')}; ROLLBACK TO SAVEPOINT s; INSERT INTO compliance.audit_logs ${columns} ${rows(1, 'after')}; COMMIT`);
    // Straight into this month's partition (no statement trigger of the parent fires): per-row path.
    const [{ part }] = (await sql<{ part: string }>(t.db.url, `SELECT to_char(now() AT TIME ZONE 'UTC', '"audit_logs_y"YYYY"m"MM') AS part`)) as [{ part: string }];
    await sql(t.db.url, `INSERT INTO compliance.${part} ${columns} ${rows(2, 'direct')}`);
    // And the ordinary path: a mutation's event through intake.
    const erin = await t.register();
    await waitForAudit(t, `operation = 'identity.Mutation.register' AND resource_id = $1`, [erin.userId]);

    const [counts] = await sql<{ bulk: string; kept: string; undone: string; after: string; direct: string }>(
      t.db.url,
      `SELECT count(*) FILTER (WHERE request_id LIKE 'bulk-%') AS bulk, count(*) FILTER (WHERE request_id LIKE 'kept-%') AS kept, count(*) FILTER (WHERE request_id LIKE 'undone-%') AS undone,
              count(*) FILTER (WHERE request_id LIKE 'after-%') AS after, count(*) FILTER (WHERE request_id LIKE 'direct-%') AS direct FROM compliance.audit_logs`,
    );
    expect(counts).toEqual({ bulk: '2000', kept: '3', undone: '0', after: '1', direct: '2' });
    const [chain] = await sql<{ total: string; first: string; last: string; head: string }>(
      t.db.url,
      `SELECT count(*) AS total, min(seq) AS first, max(seq) AS last, (SELECT seq FROM compliance.audit_chain) AS head FROM compliance.audit_logs`,
    );
    expect(Number(chain!.last) - Number(chain!.first) + 1).toBe(Number(chain!.total));
    expect(chain!.head).toBe(chain!.last);
    expect(ok(await t.gql(VERIFY, {}, t.admin.accessToken)).verifyAuditChain).toMatchObject({ ok: true, firstBrokenLink: null });
  });

  it('verifies the chain, then names the first row tampered with through SQL, then a re-hashed one by its broken link', async () => {
    const root = t.admin.accessToken;
    const before = ok(await t.gql(VERIFY, {}, root)).verifyAuditChain;
    expect(before).toMatchObject({ ok: true, firstBrokenLink: null });
    expect(before.checkedRows).toBeGreaterThan(10);
    const rows = await auditRows(t, `true`);
    const victim = rows[Math.floor(rows.length / 2)]!;
    // Around the trigger, as someone with the database's superuser would.
    const tamper = (statement: string) => sql(t.db.url, `SET session_replication_role = replica; ${statement}; SET session_replication_role = origin;`);
    await tamper(`UPDATE compliance.audit_logs SET new_values = '{"displayName":"forged"}' WHERE id = '${victim.id}'`);
    const altered = ok(await t.gql(VERIFY, {}, root)).verifyAuditChain;
    expect(altered).toMatchObject({ ok: false, firstBrokenLink: { sequence: victim.seq, auditLogId: victim.id, reason: 'ROW_ALTERED' } });
    // A time range that ends before the victim still verifies.
    const [victimTime] = await sql<{ ts: Date }>(t.db.url, `SELECT "timestamp" AS ts FROM compliance.audit_logs WHERE id = $1`, [victim.id]);
    expect(ok(await t.gql(VERIFY, { to: victimTime!.ts.toISOString() }, root)).verifyAuditChain.ok).toBe(true);
    // Re-hashing the forged row makes it self-consistent: its successor's link names it now.
    await tamper(`UPDATE compliance.audit_logs SET row_hash = compliance.audit_row_hash(prev_hash, audit_logs) WHERE id = '${victim.id}'`);
    const successor = rows.find((r) => Number(r.seq) === Number(victim.seq) + 1)!;
    expect(ok(await t.gql(VERIFY, {}, root)).verifyAuditChain.firstBrokenLink).toMatchObject({ sequence: successor.seq, auditLogId: successor.id, reason: 'LINK_BROKEN' });
    // A deleted row: its successor names the gap.
    const [gone, last] = rows.slice(-2) as [typeof victim, typeof victim];
    await tamper(`DELETE FROM compliance.audit_logs WHERE id = '${gone.id}'`);
    const [lastTime] = await sql<{ ts: Date }>(t.db.url, `SELECT "timestamp" AS ts FROM compliance.audit_logs WHERE id = $1`, [last.id]);
    const tail = ok(await t.gql(VERIFY, { from: lastTime!.ts.toISOString() }, root)).verifyAuditChain.firstBrokenLink;
    expect(tail).toMatchObject({ sequence: last.seq, auditLogId: last.id, reason: 'ROW_MISSING' });
  });
});

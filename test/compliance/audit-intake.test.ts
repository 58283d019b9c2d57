/**
 * Nothing is lost while compliance is down, and nothing arrives twice: with compliance stopped,
 * mutations through the gateway leave their audit events queued; compliance then starts on its
 * own and records each exactly once, chained in intake order.
 */
import { createLogger, createSessionCheck } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { startSystem, type RunningSystem } from '@atrium/runtime/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { auditRows, pendingAuditJobs } from './kit.js';

const logger = createLogger('test', 'silent');
let t: TestSystem;
const stops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  t = await startTestSystem();
  // The first administrator's sign-in is recorded before the whole system stops (a job taken by
  // a runner that then dies stays locked until graphile-worker's lock timeout).
  await waitFor(async () => (await pendingAuditJobs(t)) === 0, 'the first audit events');
  // Everything but compliance, behind a gateway composing what runs: its consumer is down.
  await t.system.stop();
  const others = await startSystem({ databaseUrl: t.db.url, config: t.config, logger, serve: SUBGRAPHS.map((s) => s.name).filter((n) => n !== 'compliance'), gateway: false, ephemeralPorts: true });
  stops.push(() => others.stop());
  const sessions = createSessionCheck({ databaseUrl: t.db.url, logger });
  stops.push(() => sessions.close());
  const gateway = await startGateway({ config: others.config, logger, subgraphs: others.subgraphs.filter((s) => s.name !== 'compliance'), port: 0, sessions });
  stops.unshift(() => gateway.close());
  const gql = t.gql;
  t.gql = (query, variables, token, headers) => {
    void gql;
    return fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: JSON.stringify({ query, variables }) }).then(async (r) => {
      const raw = await r.text();
      const body = JSON.parse(raw);
      return { status: r.status, headers: r.headers, data: body.data, errors: body.errors, raw };
    });
  };
}, 120_000);
afterAll(async () => {
  for (const stop of stops) await stop().catch(() => undefined);
  await t?.db.drop();
});

let compliance: RunningSystem | undefined;
it('stop compliance, run mutations, start it: every audit event arrives exactly once', async () => {
  const before = (await auditRows(t, 'true')).length;
  const alice = await register();
  const bob = await register();
  for (let i = 0; i < 5; i++) ok(await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { displayName: `Alice ${i}` } }, alice.accessToken));
  ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `Down ${randomUUID().slice(0, 6)}` } }, t.admin.accessToken));
  expect((await t.gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: bob.email, password: 'not-the-password' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // 2 sign-ups, 5 profile updates, 1 organization, 1 refused sign-in.
  const queued = await pendingAuditJobs(t);
  expect(queued).toBeGreaterThanOrEqual(9);
  expect((await auditRows(t, 'true')).length).toBe(before);

  compliance = await startSystem({ databaseUrl: t.db.url, config: t.config, logger, serve: ['compliance'], gateway: false, ephemeralPorts: true });
  stops.push(() => compliance!.stop());
  await waitFor(async () => (await pendingAuditJobs(t)) === 0, 'compliance to drain its queue', 30_000);
  const rows = await auditRows(t, 'true');
  expect(rows.length).toBe(before + queued);
  const perEvent = await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM compliance.audit_logs GROUP BY id HAVING count(*) > 1');
  expect(perEvent).toEqual([]);
  expect((await auditRows(t, `user_id = $1 AND operation = 'identity.Mutation.updateMyProfile'`, [alice.userId])).length).toBe(5);
  // Chained in intake order: seq runs 1..n without a gap, each row links to the one before.
  expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
  const [chain] = await sql<{ broken: number }>(
    t.db.url,
    `SELECT count(*)::int AS broken FROM (SELECT prev_hash, lag(row_hash, 1, repeat('0', 64)) OVER (ORDER BY seq) AS before, row_hash, compliance.audit_row_hash(prev_hash, a) AS computed FROM compliance.audit_logs a) x
      WHERE prev_hash <> before OR row_hash <> computed`,
  );
  expect(chain!.broken).toBe(0);
});

/** Sign up through the gateway in front of the running subgraphs. */
async function register() {
  const tag = randomUUID().slice(0, 8);
  const res = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id email } } }`, { i: { email: `intake-${tag}@atrium.test`, username: `intake_${tag}`, password: `password-${tag}-long` } });
  const payload = ok(res).register;
  return { userId: payload.user.id as string, email: payload.user.email as string, accessToken: payload.accessToken as string };
}

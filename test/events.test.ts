/**
 * Typed events end to end: producers publish in their own transaction (one job per consumer,
 * none when the transaction rolls back), the consumer parses the payload with the catalog's
 * schema and is idempotent, a delivery that used every attempt stays visible to `system:manage`
 * holders and can be retried, and each process runs one job runner with one small pool.
 */
import { EVENTS, createLogger, eventTask, type RawExecutor } from '@atrium/kernel';
import { seedAll } from '@atrium/runtime/database';
import { systemEventBus } from '@atrium/runtime/registry';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, denial, ok, waitFor } from './authz-kit.js';
import { sql } from './kit/db.js';
import { publish } from './kit/events.js';
import { codes, startTestSystem, type TestSystem } from './kit/system.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;

// One attempt per delivery: a failing consumer is kept as a failed job at once.
beforeAll(async () => {
  t = await startTestSystem({ ATRIUM_EVENT_MAX_ATTEMPTS: '1', ATRIUM_JOB_CONCURRENCY: '2' });
  a = authz(t);
});
afterAll(async () => t?.stop());

const DAY = 24 * 3600 * 1000;
const grantsOf = (userId: string) =>
  sql<{ kind: string; is_active: boolean; revoked: boolean; reason: string | null; revoked_by: string | null }>(
    t.db.url,
    `SELECT 'role:' || r.name AS kind, ur.is_active, ur.revoked_at IS NOT NULL AS revoked, ur.revocation_reason AS reason, ur.revoked_by::text
       FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id WHERE ur.user_id = $1
     UNION ALL
     SELECT 'permission:' || p.name, up.is_active, up.revoked_at IS NOT NULL, up.revocation_reason, up.revoked_by::text
       FROM "authorization".user_permissions up JOIN "authorization".permissions p ON p.id = up.permission_id WHERE up.user_id = $1
     ORDER BY 1`,
    [userId],
  );
const deactivate = (id: string) => t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id isActive } }`, { id }, t.admin.accessToken);
const FAILED = `query($after: String) { failedJobs(first: 50, after: $after) { nodes { id task consumer event eventVersion key attempts maxAttempts lastError createdAt runAt } pageInfo { hasNextPage endCursor } } }`;
const RETRY = `mutation($id: ID!) { retryFailedJob(id: $id) { id attempts maxAttempts } }`;

describe('user.deactivated', () => {
  it('ends every grant of the user, and what was delegated from them, keeping the rows as the audit trail', async () => {
    const [u, v] = await Promise.all([a.registered(), a.registered()]);
    const source = ok(await a.assign(u.userId, 'manager', { validUntil: new Date(Date.now() + 30 * DAY).toISOString() })).assignRole;
    ok(await a.grant(u.userId, 'report:execute'));
    const delegated = ok(
      await t.gql(`mutation($i: DelegateRoleInput!) { delegateRole(input: $i) { id } }`, { i: { userRoleId: source.id, toUserId: v.userId } }, u.accessToken),
    ).delegateRole;
    expect(await a.access(v.accessToken, 'role:read')).toMatchObject({ allowed: true });

    expect(ok(await deactivate(u.userId)).deactivateUser).toEqual({ id: u.userId, isActive: false });
    const ended = await waitFor(async () => {
      const rows = await grantsOf(u.userId);
      return rows.every((r) => r.revoked) ? rows : null;
    }, 'the grants to end');
    expect(ended).toEqual([
      { kind: 'permission:report:execute', is_active: false, revoked: true, reason: 'user deactivated', revoked_by: t.admin.userId },
      { kind: 'role:manager', is_active: false, revoked: true, reason: 'user deactivated', revoked_by: t.admin.userId },
      { kind: 'role:user', is_active: false, revoked: true, reason: 'user deactivated', revoked_by: t.admin.userId },
    ]);
    // The delegation the deactivated user made ends with it; the delegatee's own role stays.
    const [fromDelegator] = await sql<{ revoked: boolean; reason: string }>(t.db.url, `SELECT revoked_at IS NOT NULL AS revoked, revocation_reason AS reason FROM "authorization".user_roles WHERE id = $1`, [delegated.id]);
    expect(fromDelegator).toEqual({ revoked: true, reason: `delegator deactivated (${u.userId})` });
    expect(await a.access(v.accessToken, 'role:read')).toMatchObject({ allowed: false, reason: 'REVOKED' });
    expect(await a.access(v.accessToken, 'prompt_template:read')).toMatchObject({ allowed: true, via: 'role:user' });
    expect(ok(await t.gql(`query($u: ID!) { hasRole(userId: $u, role: "user") }`, { u: v.userId }, t.admin.accessToken)).hasRole).toBe(true);
  });

  it('changes nothing when delivered again, and a second deactivation publishes nothing', async () => {
    const u = await a.registered();
    ok(await deactivate(u.userId));
    await waitFor(async () => ((await grantsOf(u.userId)).every((r) => r.revoked) ? true : null), 'the grants to end');
    const before = await sql(t.db.url, `SELECT id, revoked_at, revocation_reason FROM "authorization".user_roles WHERE user_id = $1 ORDER BY id`, [u.userId]);
    await publish(t, EVENTS.userDeactivated, { userId: u.userId, deactivatedBy: null, at: new Date().toISOString() });
    await drained(eventTask('authorization', EVENTS.userDeactivated));
    expect(await sql(t.db.url, `SELECT id, revoked_at, revocation_reason FROM "authorization".user_roles WHERE user_id = $1 ORDER BY id`, [u.userId])).toEqual(before);
    ok(await deactivate(u.userId));
    expect(await queued(eventTask('authorization', EVENTS.userDeactivated))).toBe(0);
  });
});

describe('the user projection: newest state wins, whatever order deliveries arrive in', () => {
  const account = (userId: string) =>
    sql<{ is_active: boolean }>(t.db.url, `SELECT is_active FROM "authorization".user_accounts WHERE user_id = $1`, [userId]).then((r) => r[0] ?? null);

  it('a deactivation delivered after a newer reactivation ends what was given before that and spares what was given since', async () => {
    const u = await a.registered();
    ok(await a.grant(u.userId, 'report:execute'));
    // Identity deactivated, then reactivated; the reactivation reached authorization first (the
    // deactivation's delivery was retried).
    const deactivatedAt = new Date();
    const reactivatedAt = new Date(deactivatedAt.getTime() + 1);
    await publish(t, EVENTS.userReactivated, { userId: u.userId, reactivatedBy: null, at: reactivatedAt.toISOString() });
    await drained(eventTask('authorization', EVENTS.userReactivated));
    ok(await a.grant(u.userId, 'report:read'));
    await publish(t, EVENTS.userDeactivated, { userId: u.userId, deactivatedBy: null, at: deactivatedAt.toISOString() });
    await drained(eventTask('authorization', EVENTS.userDeactivated));
    expect(await account(u.userId)).toEqual({ is_active: true });
    expect((await grantsOf(u.userId)).map((g) => [g.kind, g.revoked])).toEqual([
      ['permission:report:execute', true],
      ['permission:report:read', false],
      ['role:user', true],
    ]);
    // Still active: grants keep working.
    expect(ok(await a.assign(u.userId, 'auditor')).assignRole.id).toEqual(expect.any(String));
  });

  it('a reactivation older than the recorded deactivation changes nothing', async () => {
    const u = await a.registered();
    const before = new Date();
    ok(await deactivate(u.userId));
    await waitFor(async () => ((await account(u.userId))?.is_active === false ? true : null), 'the deactivation');
    await publish(t, EVENTS.userReactivated, { userId: u.userId, reactivatedBy: null, at: before.toISOString() });
    await drained(eventTask('authorization', EVENTS.userReactivated));
    expect(await account(u.userId)).toEqual({ is_active: false });
    expect(denial(await a.assign(u.userId, 'auditor'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('users that existed before the events carried their state are announced once by identity’s seed, and nothing is set up for them', async () => {
    const [kept, gone] = await Promise.all([a.registered(), a.registered()]);
    ok(await deactivate(gone.userId));
    await waitFor(async () => ((await account(gone.userId))?.is_active === false ? true : null), 'the deactivation');
    const ids = [kept.userId, gone.userId];
    // As before the projection existed: authorization never heard of them; identity's migration listed them.
    await sql(t.db.url, `DELETE FROM "authorization".user_accounts WHERE user_id = ANY($1::uuid[])`, [ids]);
    await sql(t.db.url, `INSERT INTO identity.user_announcements (user_id) SELECT unnest($1::uuid[])`, [ids]);
    const grants = await Promise.all(ids.map(grantsOf));
    expect(denial(await a.assign(kept.userId, 'auditor'))).toMatchObject({ code: 'NOT_FOUND' });

    await seedAll({ databaseUrl: t.db.url, config: t.config, logger: createLogger('test', 'silent') });
    await drained(eventTask('authorization', EVENTS.userRegistered));
    await drained(eventTask('authorization', EVENTS.userDeactivated));
    expect(await Promise.all(ids.map(account))).toEqual([{ is_active: true }, { is_active: false }]);
    expect(await sql(t.db.url, `SELECT user_id FROM identity.user_announcements WHERE user_id = ANY($1::uuid[])`, [ids])).toEqual([]);
    expect(await Promise.all(ids.map(grantsOf))).toEqual(grants);
    expect(ok(await a.assign(kept.userId, 'auditor')).assignRole.id).toEqual(expect.any(String));

    // Once: seeding again announces nobody.
    await seedAll({ databaseUrl: t.db.url, config: t.config, logger: createLogger('test', 'silent') });
    expect(await queued(eventTask('authorization', EVENTS.userRegistered))).toBe(0);
  });
});

const queued = (task: string) => sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = $1`, [task]).then((r) => r[0]!.n);
const drained = (task: string) => waitFor(async () => ((await queued(task)) === 0 ? true : null), `${task} to drain`);

describe('publishing', () => {
  async function inTransaction(work: (tx: RawExecutor) => Promise<void>, commit: boolean) {
    const client = new pg.Client({ connectionString: t.db.url });
    await client.connect();
    const tx: RawExecutor = {
      $executeRawUnsafe: async (q, ...v) => (await client.query(q, v)).rowCount ?? 0,
      $queryRawUnsafe: async <T>(q: string, ...v: unknown[]) => (await client.query(q, v)).rows as T,
    };
    try {
      await client.query('BEGIN');
      await work(tx);
      await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    } finally {
      await client.end();
    }
  }

  it('routes from the registered definitions and refuses a payload its schema rejects', async () => {
    const bus = systemEventBus(t.config);
    expect(bus.consumersOf(EVENTS.userRegistered)).toEqual(['authorization']);
    expect(bus.consumersOf(EVENTS.userDeactivated)).toEqual(['authorization']);
    await expect(inTransaction((tx) => bus.publish(tx, EVENTS.userRegistered, { userId: 'not-a-uuid', at: new Date().toISOString() }), true)).rejects.toThrow(/user\.registered v1: invalid payload/);
  });

  it('enqueues inside the caller’s transaction: a rollback sends nothing', async () => {
    const userId = crypto.randomUUID();
    const keyed = () => sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1`, [`${eventTask('authorization', EVENTS.userRegistered)}:${userId}`]).then((r) => r[0]!.n);
    await inTransaction((tx) => systemEventBus(t.config).publish(tx, EVENTS.userRegistered, { userId, at: new Date().toISOString() }, { key: userId }), false);
    expect(await keyed()).toBe(0);
    await inTransaction(async (tx) => {
      await systemEventBus(t.config).publish(tx, EVENTS.userRegistered, { userId, at: new Date().toISOString() }, { key: userId });
      const [row] = (await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1`, `${eventTask('authorization', EVENTS.userRegistered)}:${userId}`));
      expect(row!.n).toBe(1);
    }, true);
    await drained(eventTask('authorization', EVENTS.userRegistered));
    expect(await sql(t.db.url, `SELECT 1 FROM "authorization".user_roles WHERE user_id = $1`, [userId])).toHaveLength(1);
  });
});

describe('failed jobs', () => {
  it('keeps a delivery that used every attempt, shows it to system:manage holders only, and retries it', async () => {
    // Authorization refuses default roles for a while: the registration's delivery fails.
    await sql(t.db.url, `CREATE FUNCTION "authorization".refuse_auto() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'auto-assignment is down'; END $$`);
    await sql(t.db.url, `CREATE TRIGGER refuse_auto BEFORE INSERT ON "authorization".user_roles FOR EACH ROW WHEN (NEW.assignment_reason = 'auto-assigned on registration') EXECUTE FUNCTION "authorization".refuse_auto()`);
    const s = await t.register();
    const job = await waitFor(async () => {
      const nodes = ok(await t.gql(FAILED, {}, t.admin.accessToken)).failedJobs.nodes as any[];
      return nodes.find((n) => n.key === `${eventTask('authorization', EVENTS.userRegistered)}:${s.userId}`);
    }, 'the failed delivery', 20_000);
    expect(job).toMatchObject({ task: 'authorization:user.registered:v1', consumer: 'authorization', event: 'user.registered', eventVersion: 1, attempts: 1, maxAttempts: 1 });
    expect(job.lastError).toContain('auto-assignment is down');
    expect(await sql(t.db.url, `SELECT 1 FROM "authorization".user_roles WHERE user_id = $1`, [s.userId])).toHaveLength(0);

    // Only system:manage holders see or retry it; everyone else gets FORBIDDEN and no data.
    const other = await t.register();
    for (const result of [await t.gql(FAILED, {}, other.accessToken), await t.gql(RETRY, { id: job.id }, other.accessToken)]) {
      expect(denial(result)).toMatchObject({ code: 'FORBIDDEN', message: 'Missing permission system:manage (NO_GRANT)' });
      expect(result.data ?? null).toBeNull();
    }
    expect(codes(await t.gql(FAILED, {}))).toEqual(['UNAUTHENTICATED']);

    // Fixed: the retry runs the delivery again and it succeeds; nothing is left failed.
    await sql(t.db.url, `DROP TRIGGER refuse_auto ON "authorization".user_roles`);
    expect(ok(await t.gql(RETRY, { id: job.id }, t.admin.accessToken)).retryFailedJob).toEqual({ id: job.id, attempts: 0, maxAttempts: 1 });
    await waitFor(async () => ((await sql(t.db.url, `SELECT 1 FROM "authorization".user_roles WHERE user_id = $1`, [s.userId])).length === 1 ? true : null), 'the retried delivery');
    await waitFor(async () => ((ok(await t.gql(FAILED, {}, t.admin.accessToken)).failedJobs.nodes as any[]).some((n) => n.id === job.id) ? null : true), 'the job to leave the failed list');
    expect(ok(await t.gql(`query($u: ID!) { hasRole(userId: $u, role: "user") }`, { u: s.userId }, s.accessToken)).hasRole).toBe(true);
  });

  it('says NOT_FOUND for a job that is not failed and BAD_USER_INPUT for a malformed id or cursor', async () => {
    expect(codes(await t.gql(RETRY, { id: '999999999' }, t.admin.accessToken))).toEqual(['NOT_FOUND']);
    expect(denial(await t.gql(RETRY, { id: '12; DROP TABLE x' }, t.admin.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ path: ['id'], message: 'must be a job id' }] } });
    expect(codes(await t.gql(FAILED, { after: Buffer.from('not-an-id').toString('base64url') }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  });

  it('pages failed jobs in id order, every one exactly once', async () => {
    // Three deliveries whose payload the consumer cannot parse (a producer on another version).
    for (let i = 0; i < 3; i++) {
      await sql(t.db.url, `SELECT graphile_worker.add_job('authorization:user.registered:v1', '{"id": "x", "payload": {}}'::json, max_attempts => 1)`);
    }
    const all = await waitFor(async () => {
      const nodes = ok(await t.gql(FAILED, {}, t.admin.accessToken)).failedJobs.nodes as any[];
      const broken = nodes.filter((n) => n.lastError?.includes('not an event envelope'));
      return broken.length === 3 ? nodes : null;
    }, 'the malformed deliveries to fail');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await t.gql(`query($after: String) { failedJobs(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after }, t.admin.accessToken)).failedJobs;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((n) => n.id));
    expect([...seen].sort((x, y) => Number(x) - Number(y))).toEqual(seen);
  });
});

describe('one job runner per process', () => {
  it('serves every subgraph’s tasks from one runner whose pool is concurrency + 1 connections at most', async () => {
    const runner = t.system.runner!;
    expect(runner).not.toBeNull();
    const tasks = Object.assign({}, ...Object.values(t.system.runtimes).map((r) => r.tasks));
    expect(Object.keys(tasks).sort()).toEqual([
      'analytics.maintain',
      'analytics:api.usage_recorded:v1',
      'analytics:consent.changed:v1',
      'analytics:llm.usage:v1',
      'analytics:session.ended:v1',
      'analytics:subject_data.requested:v1',
      'analytics:system.metrics_sampled:v1',
      'analytics:team.member_added:v1',
      'analytics:team.member_removed:v1',
      'analytics:user.activity:v1',
      'authorization:member.added:v1',
      'authorization:member.changed:v1',
      'authorization:member.removed:v1',
      'authorization:resource.deleted:v1',
      'authorization:resource.upserted:v1',
      'authorization:subject_data.requested:v1',
      'authorization:user.deactivated:v1',
      'authorization:user.reactivated:v1',
      'authorization:user.registered:v1',
      'compliance:ai.operation_logged:v1',
      'compliance:audit-partitions',
      'compliance:audit.recorded:v1',
      'compliance:encryption.registered:v1',
      'compliance:subject_data.contributed:v1',
      'compliance:subject_data.requested:v1',
      'conversations.process_document',
      'conversations:encryption_key.rotated:v1',
      'conversations:llm.spend_limit_changed:v1',
      'conversations:reencrypt_secrets',
      'conversations:subject_data.requested:v1',
      'identity:encryption_key.rotated:v1',
      'identity:reencrypt_secrets',
      'identity:subject_data.requested:v1',
      'lore.embed_entity',
      'lore.ingest_document',
      'lore:subject_data.requested:v1',
    ]);
    const [row] = await sql<{ n: number; apps: string[] }>(
      t.db.url,
      `SELECT count(*)::int AS n, array_agg(DISTINCT application_name) AS apps FROM pg_stat_activity WHERE datname = current_database() AND application_name IN ('atrium-jobs', 'atrium-worker')`,
    );
    expect(row!.apps).toEqual(['atrium-jobs']);
    expect(row!.n).toBeGreaterThanOrEqual(1);
    expect(row!.n).toBeLessThanOrEqual(2 + 1);
  });
});

/**
 * Usage captured at the gateway (issue 13 §1), through the real gateway and a real analytics:
 * every request becomes one api_usage_logs row with its operation, persisted id, subgraphs,
 * status, first error code, latency, sizes, user and session; authenticating headers and
 * sensitive variables are never stored; a redelivered batch changes nothing; operationStats
 * answers exact percentiles per operation and per subgraph; and requests served while analytics
 * is down are all stored once it is back.
 */
import { EVENTS, createLogger } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { startSystem } from '@atrium/runtime/system';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { waitFor } from '../authz-kit.js';
import { createTestDatabase, sql } from '@atrium/test/db';
import { publish } from '@atrium/test/events';
import { ADMIN_PASSWORD, ROOMY_PER_IP_THROTTLES, codes, startTestSystem, testConfig, type TestSystem } from '@atrium/test/system';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()));
afterAll(async () => t?.stop());

const ME = 'query Me { me { id email } }';
const STATS = `query Stats($from: DateTime!, $to: DateTime!, $filter: OperationStatsFilter) {
  operationStats(from: $from, to: $to, filter: $filter) {
    operationName operationType requests errors errorRate p50Ms p95Ms p99Ms percentiles
    subgraphs { name requests p50Ms p95Ms p99Ms }
  }
}`;

type LogRow = {
  id: string;
  request_id: string;
  endpoint: string;
  method: string;
  operation_type: string | null;
  persisted_id: string | null;
  status_code: number;
  error_type: string | null;
  error_count: number;
  response_time_ms: number;
  request_size_bytes: number;
  response_size_bytes: number;
  user_id: string | null;
  session_id: string | null;
  subgraphs: string[];
  subgraph_ms: number[];
  request_headers: Record<string, unknown> | null;
  request_params: Record<string, unknown> | null;
};

const logsOf = (url: string, requestIds: string[]) => sql<LogRow>(url, `SELECT * FROM analytics.api_usage_logs WHERE request_id = ANY($1) ORDER BY "timestamp"`, [requestIds]);

/** Wait until every one of these request ids has its row. */
async function stored(url: string, requestIds: string[]) {
  return waitFor<LogRow[]>(async () => {
    const rows = await logsOf(url, requestIds);
    return rows.length >= requestIds.length ? rows : null;
  }, `usage rows of ${requestIds.length} requests`);
}

const tag = () => `it-${randomBytes(6).toString('hex')}`;

/** percentile_cont as PostgreSQL computes it: linear interpolation between the two nearest ranks. */
function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

describe('one row per request, redacted', () => {
  it('records operation, subgraphs, status, sizes, user and session, and never a secret', async () => {
    const password = `pw-${randomBytes(8).toString('hex')}-long`;
    const regId = tag();
    const email = `cap-${randomBytes(4).toString('hex')}@atrium.test`;
    const register = await t.gql(
      `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } } }`,
      { input: { email, username: `cap_${randomBytes(4).toString('hex')}`, password } },
      undefined,
      { 'x-request-id': regId },
    );
    expect(register.errors).toBeUndefined();
    const { accessToken, user } = register.data.register;

    const meId = tag();
    const me = await t.gql(ME, {}, accessToken, { 'x-request-id': meId, 'user-agent': 'usage-test/1.0' });
    expect(me.data.me.id).toBe(user.id);
    const badId = tag();
    const bad = await t.gql(ME, {}, 'not-a-token', { 'x-request-id': badId });
    expect(bad.status).toBe(401);
    const invalidId = tag();
    expect(codes(await t.gql('query Nope { nope }', {}, accessToken, { 'x-request-id': invalidId, 'user-agent': 'usage-test/1.0' }))).toEqual(['BAD_USER_INPUT']);

    const [reg, meRow, badRow, invalidRow] = await stored(t.db.url, [regId, meId, badId, invalidId]).then((rows) => [regId, meId, badId, invalidId].map((id) => rows.find((r: LogRow) => r.request_id === id)!));

    expect(reg).toMatchObject({ endpoint: 'Register', method: 'POST', operation_type: 'mutation', status_code: 200, error_type: null, subgraphs: ['identity'] });
    // The password and the personal values (email, username) never reach storage, in any column.
    expect(reg!.request_params).toEqual({ input: { email: '[REDACTED]', username: '[REDACTED]', password: '[REDACTED]' } });
    const everything = JSON.stringify(await sql(t.db.url, `SELECT * FROM analytics.api_usage_logs`));
    expect(everything).not.toContain(password);
    expect(everything.toLowerCase()).not.toContain(email.toLowerCase());
    expect(everything).not.toContain(accessToken);
    expect(everything.toLowerCase()).not.toContain('authorization');
    expect(everything.toLowerCase()).not.toContain('cookie');

    expect(meRow).toMatchObject({ endpoint: 'Me', operation_type: 'query', status_code: 200, user_id: user.id, subgraphs: ['identity'], request_headers: { 'user-agent': 'usage-test/1.0' } });
    expect(meRow!.session_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(meRow!.response_time_ms).toBeGreaterThan(0);
    expect(meRow!.subgraph_ms[0]).toBeGreaterThan(0);
    expect(meRow!.subgraph_ms[0]).toBeLessThanOrEqual(meRow!.response_time_ms);
    expect(meRow!.request_size_bytes).toBe(Buffer.byteLength(JSON.stringify({ query: ME, variables: {} })));
    expect(meRow!.response_size_bytes).toBe(Buffer.byteLength(me.raw));

    expect(badRow).toMatchObject({ status_code: 401, error_type: 'UNAUTHENTICATED', user_id: null, subgraphs: [] });
    expect(invalidRow).toMatchObject({ endpoint: 'Nope', status_code: 400, error_type: 'BAD_USER_INPUT', subgraphs: [] });

    // The usage session of that token: its calls counted once each.
    const [session] = await sql<{ user_id: string; api_calls: number; user_agent: string }>(t.db.url, `SELECT user_id, api_calls, user_agent FROM analytics.usage_sessions WHERE id = $1`, [meRow!.session_id]);
    expect(session).toMatchObject({ user_id: user.id, api_calls: 2, user_agent: 'usage-test/1.0' });
  });

  it('keeps the persisted query hash the client sent', async () => {
    const query = 'query PersistedMe { me { id } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const id = tag();
    const res = await fetch(t.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.admin.accessToken}`, 'x-request-id': id },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    expect(res.status).toBe(200);
    const [row] = await stored(t.db.url, [id]);
    expect(row).toMatchObject({ endpoint: 'PersistedMe', persisted_id: hash, user_id: t.admin.userId });
  });

  it('stores a redelivered batch once, and counts its session calls once', async () => {
    const sessionId = randomUUID();
    const entry = {
      id: randomUUID(),
      requestId: tag(),
      method: 'POST',
      operationName: 'Replayed',
      operationType: 'query' as const,
      persistedId: null,
      subgraphs: [{ name: 'identity', ms: 1.5, fetches: 1 }],
      status: 200,
      errorCode: null,
      errorCount: 0,
      latencyMs: 2.25,
      requestBytes: 10,
      responseBytes: 20,
      userId: t.admin.userId,
      sessionId,
      clientIp: '127.0.0.1',
      userAgent: null,
      variables: null,
      fields: [],
      at: new Date().toISOString(),
    };
    await publish(t, EVENTS.apiUsageRecorded, { entries: [entry] });
    await publish(t, EVENTS.apiUsageRecorded, { entries: [entry] });
    await stored(t.db.url, [entry.requestId]);
    // Both deliveries done: no job of this task is left.
    await waitFor(async () => {
      const [{ n }] = (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics:api.usage_recorded:v1'`)) as [{ n: number }];
      return n === 0;
    }, 'both deliveries');
    expect(await logsOf(t.db.url, [entry.requestId])).toHaveLength(1);
    const [session] = await sql<{ api_calls: number }>(t.db.url, `SELECT api_calls FROM analytics.usage_sessions WHERE id = $1`, [sessionId]);
    expect(session!.api_calls).toBe(1);
  });
});

describe('operationStats', () => {
  it('answers per operation and per subgraph with exact percentiles, for platform readers only', async () => {
    const from = new Date().toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = tag();
      ids.push(id);
      await t.gql(ME, {}, t.admin.accessToken, { 'x-request-id': id });
    }
    const failing = tag();
    ids.push(failing);
    expect(codes(await t.gql('query Me { me { id } nope: me { nope } }', {}, t.admin.accessToken, { 'x-request-id': failing }))).toHaveLength(1);
    const rows = await stored(t.db.url, ids);
    const to = new Date(Date.now() + 1000).toISOString();

    const res = await t.gql(STATS, { from, to, filter: { operationName: 'Me', userId: t.admin.userId } }, t.admin.accessToken);
    expect(res.errors).toBeUndefined();
    const [me] = res.data.operationStats;
    const latencies = rows.map((r) => r.response_time_ms);
    const fetches = rows.filter((r) => r.subgraphs.length).map((r) => r.subgraph_ms[0]!);
    expect(me).toMatchObject({ operationName: 'Me', operationType: 'QUERY', requests: 13, errors: 1, percentiles: 'EXACT' });
    expect(me.errorRate).toBeCloseTo(1 / 13, 10);
    expect(me.p50Ms).toBeCloseTo(percentileCont(latencies, 0.5), 6);
    expect(me.p95Ms).toBeCloseTo(percentileCont(latencies, 0.95), 6);
    expect(me.p99Ms).toBeCloseTo(percentileCont(latencies, 0.99), 6);
    expect(me.subgraphs).toHaveLength(1);
    expect(me.subgraphs[0]).toMatchObject({ name: 'identity', requests: fetches.length });
    expect(me.subgraphs[0].p95Ms).toBeCloseTo(percentileCont(fetches, 0.95), 6);

    const errorsOnly = await t.gql(STATS, { from, to, filter: { operationName: 'Me', userId: t.admin.userId, errorsOnly: true } }, t.admin.accessToken);
    expect(errorsOnly.data.operationStats).toEqual([expect.objectContaining({ requests: 1, errors: 1, errorRate: 1 })]);

    const plain = await t.register();
    expect(codes(await t.gql(STATS, { from, to }, plain.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(STATS, { from, to }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(STATS, { from: to, to: from }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(STATS, { from: '2020-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('analytics down', () => {
  it('keeps every request served while analytics is down and stores them when it returns', async () => {
    const db = await createTestDatabase();
    const logger = createLogger('test', 'silent');
    const config = testConfig({ ATRIUM_ADMIN_EMAIL: `down-${randomBytes(3).toString('hex')}@atrium.test`, ATRIUM_ADMIN_PASSWORD: ADMIN_PASSWORD, ...ROOMY_PER_IP_THROTTLES });
    await bootstrapFirstAdmin({ databaseUrl: db.url, config, logger });
    const gqlAt = async (url: string, query: string, variables: Record<string, unknown>, id: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: JSON.stringify({ query, variables }) }).then((r) => r.status);
    try {
      // Every subgraph but analytics, and a gateway serving the published supergraph (it cannot compose without analytics).
      const supergraphSdl = readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
      const down = await startSystem({ databaseUrl: db.url, config, logger, ephemeralPorts: true, serve: SUBGRAPHS.map((s) => s.name).filter((n) => n !== 'analytics'), supergraphSdl });
      const ids: string[] = [];
      try {
        for (let i = 0; i < 25; i++) {
          const id = tag();
          ids.push(id);
          expect(await gqlAt(down.gatewayUrl, 'query Public { __typename }', {}, id)).toBe(200);
        }
      } finally {
        await down.stop();
      }
      expect(down.usage?.stats()).toMatchObject({ recorded: 25, flushed: 25, dropped: 0, pending: 0 });
      // Nothing stored yet: the batches wait in the queue for analytics.
      expect(await logsOf(db.url, ids)).toEqual([]);
      const [{ n }] = (await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics:api.usage_recorded:v1'`)) as [{ n: number }];
      expect(n).toBeGreaterThan(0);

      const back = await startSystem({ databaseUrl: db.url, config, logger, ephemeralPorts: true });
      try {
        const rows = await stored(db.url, ids);
        expect(rows).toHaveLength(25);
        expect(new Set(rows.map((r) => r.id)).size).toBe(25);
        expect(rows.every((r) => r.endpoint === 'Public' && r.status_code === 200)).toBe(true);
      } finally {
        await back.stop();
      }
    } finally {
      await db.drop();
    }
  });
});

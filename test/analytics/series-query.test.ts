/**
 * Time-series queries (issue 13 §3) through the gateway, with an injected clock for the rollup:
 * metricSeries buckets system metrics by minute, hour and day, reading the hourly rollup for
 * the hours the upkeep job has computed and raw rows after its watermark (`source` says which);
 * recordBusinessMetric (000's record_business_metric) and business series are tenant-scoped;
 * sign-ins become user_activity rows (from the audit trail's authentication events).
 */
import { sql } from '@atrium/test/db';
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { createTenant, scopeOf, type Tenant } from '../kit/tenants.js';

let t: TestSystem;
let A: Tenant;
let B: Tenant;
beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([createTenant(t, `Series A ${randomUUID().slice(0, 8)}`), createTenant(t, `Series B ${randomUUID().slice(0, 8)}`)]);
  await waitFor(async () => (await scopeOf(t, A.admin, 'analytics:read')).includes(A.id), "A's analytics:read");
}, 120_000);
afterAll(async () => t?.stop());

async function upkeep(now: string) {
  await sql(t.db.url, `SELECT graphile_worker.add_job('analytics.maintain', $1::json)`, [JSON.stringify({ now })]);
  await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics.maintain' AND key IS NULL`))[0]!.n === 0, `upkeep at ${now}`);
}

const SERIES = `query($i: MetricSeriesInput!) { metricSeries(input: $i) { metricName from to source points { bucket avg min max count sum } } }`;
const series = (i: Record<string, unknown>, token = t.admin.accessToken) => t.gql(SERIES, { i }, token);

it('buckets system metrics from the rollup before its watermark and raw rows after it', async () => {
  const metric = (time: string, value: number, host = 'gw-1') =>
    sql(t.db.url, `INSERT INTO analytics.system_metrics ("time", host, metric_name, metric_value) VALUES ($1, $2, 'q.latency_ms', $3)`, [time, host, value]);
  await metric('2032-06-01T08:05:00Z', 10);
  await metric('2032-06-01T08:05:30Z', 20);
  await metric('2032-06-01T08:40:00Z', 60, 'gw-2');
  await metric('2032-06-01T09:10:00Z', 5);
  await metric('2032-06-01T10:15:00Z', 100);
  // The upkeep (clock injected at 10:30) rolls up 08:00 and 09:00; 10:00 is not complete.
  await upkeep('2032-06-01T10:30:00Z');

  const hours = ok(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', from: '2032-06-01T08:00:00Z', to: '2032-06-01T10:00:00Z', bucket: 'HOUR' })).metricSeries;
  expect(hours.source).toBe('ROLLUP');
  expect(hours.points).toEqual([
    { bucket: '2032-06-01T08:00:00.000Z', avg: 30, min: 10, max: 60, count: 3, sum: 90 },
    { bucket: '2032-06-01T09:00:00.000Z', avg: 5, min: 5, max: 5, count: 1, sum: 5 },
  ]);
  // A rollup row changed behind the job's back shows that the rollup is what is read.
  await sql(t.db.url, `UPDATE analytics.hourly_system_metrics SET max_value = 61 WHERE bucket = '2032-06-01T08:00:00Z' AND host = 'gw-2'`);
  const mixed = ok(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', from: '2032-06-01T08:20:00Z', to: '2032-06-01T10:50:00Z', bucket: 'HOUR' })).metricSeries;
  expect(mixed).toMatchObject({ source: 'ROLLUP_AND_RAW', from: '2032-06-01T08:00:00.000Z', to: '2032-06-01T11:00:00.000Z' });
  expect(mixed.points.map((p: any) => [p.bucket.slice(11, 16), p.max, p.count])).toEqual([['08:00', 61, 3], ['09:00', 5, 1], ['10:00', 100, 1]]);

  const day = ok(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', host: 'gw-1', from: '2032-06-01T00:00:00Z', to: '2032-06-02T00:00:00Z', bucket: 'DAY' })).metricSeries;
  expect(day).toMatchObject({ source: 'ROLLUP_AND_RAW', points: [{ bucket: '2032-06-01T00:00:00.000Z', count: 4, min: 5, max: 100, sum: 135, avg: 33.75 }] });

  const minutes = ok(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', from: '2032-06-01T08:00:00Z', to: '2032-06-01T08:10:00Z', bucket: 'MINUTE' })).metricSeries;
  expect(minutes).toMatchObject({ source: 'RAW', points: [{ bucket: '2032-06-01T08:05:00.000Z', count: 2, avg: 15, min: 10, max: 20 }] });

  // After the watermark only: raw.
  const late = ok(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', from: '2032-06-01T10:00:00Z', to: '2032-06-01T11:00:00Z', bucket: 'HOUR' })).metricSeries;
  expect(late).toMatchObject({ source: 'RAW', points: [{ count: 1, max: 100 }] });

  // Bounded windows, and platform-wide: an organization's administrator may not read them.
  expect(codes(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', from: '2032-06-01T00:00:00Z', to: '2032-06-04T00:00:00Z', bucket: 'MINUTE' }))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await series({ series: 'SYSTEM', from: '2032-06-01T00:00:00Z', to: '2032-06-02T00:00:00Z', bucket: 'HOUR' }))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await series({ series: 'SYSTEM', metricName: 'q.latency_ms', from: '2032-06-01T00:00:00Z', to: '2032-06-02T00:00:00Z', bucket: 'HOUR' }, A.admin.accessToken))).toEqual(['FORBIDDEN']);
});

it("records business metrics at now and reads them per organization, the tenant's own only", async () => {
  const RECORD = `mutation($i: RecordBusinessMetricInput!) { recordBusinessMetric(input: $i) { id time organizationId metricName value dimensions } }`;
  const before = new Date(Date.now() - 1000).toISOString();
  for (const [org, value] of [[A.id, 3], [A.id, 5], [B.id, 100]] as const) {
    const rec = ok(await t.gql(RECORD, { i: { organizationId: org, metricName: 'signups', value, dimensions: { plan: 'pro' } } }, t.admin.accessToken)).recordBusinessMetric;
    expect(rec).toMatchObject({ organizationId: org, metricName: 'signups', value, dimensions: { plan: 'pro' } });
  }
  // An organization's administrator holds analytics:read there, not analytics:create.
  expect(codes(await t.gql(RECORD, { i: { organizationId: A.id, metricName: 'signups', value: 1 } }, A.admin.accessToken))).toEqual(['FORBIDDEN']);
  const to = new Date(Date.now() + 60_000).toISOString();
  const mine = ok(await series({ series: 'BUSINESS', metricName: 'signups', organizationId: A.id, from: before, to, bucket: 'DAY' }, A.admin.accessToken)).metricSeries;
  expect(mine).toMatchObject({ source: 'RAW', points: [{ count: 2, sum: 8, min: 3, max: 5 }] });
  expect(codes(await series({ series: 'BUSINESS', metricName: 'signups', organizationId: B.id, from: before, to, bucket: 'DAY' }, A.admin.accessToken))).toEqual(['FORBIDDEN']);
  expect(codes(await series({ series: 'BUSINESS', metricName: 'signups', from: before, to, bucket: 'DAY' }, A.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  // The platform reader sees both organizations together.
  expect(ok(await series({ series: 'BUSINESS', metricName: 'signups', from: before, to, bucket: 'DAY' })).metricSeries.points).toMatchObject([{ count: 3, sum: 108 }]);
});

it('keeps sign-ins and failed sign-ins as user activity, only while the user consents to tracking', async () => {
  const user = await t.register();
  const activity = async () => (await sql<{ activity_type: string }>(t.db.url, `SELECT activity_type FROM analytics.user_activity WHERE user_id = $1 ORDER BY "time"`, [user.userId])).map((r) => r.activity_type);
  const delivered = () =>
    waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics:user.activity:v1'`))[0]!.n === 0, 'the audit events delivered to analytics');
  const consent = async (granted: boolean) => {
    const op = granted ? `mutation { grantConsent(input: { purpose: "usage_analytics", noticeVersion: "test" }) { status } }` : `mutation { withdrawConsent(purpose: "usage_analytics") { status } }`;
    ok(await t.gql(op, {}, user.accessToken));
    await waitFor(async () => (await sql<{ granted: boolean }>(t.db.url, `SELECT granted FROM analytics.tracking_consents WHERE user_id = $1`, [user.userId]))[0]?.granted === granted, 'analytics holds the consent');
  };
  // No consent yet: signing up and in are not tracked.
  ok(await t.login(user.email, user.password));
  await delivered();
  expect(await activity()).toEqual([]);

  await consent(true);
  const from = new Date(Date.now() - 60_000).toISOString();
  ok(await t.login(user.email, user.password));
  expect(codes(await t.login(user.email, 'not-the-password-at-all'))).toEqual(['UNAUTHENTICATED']);
  await waitFor(async () => ((await activity()).includes('login_failed') ? true : null), 'the sign-ins as user activity');
  expect(await activity()).toEqual(['login', 'login_failed']);
  const to = new Date(Date.now() + 60_000).toISOString();
  const logins = ok(await series({ series: 'ACTIVITY', metricName: 'login', from, to, bucket: 'HOUR' })).metricSeries;
  expect(logins.source).toBe('RAW');
  expect(logins.points.reduce((n: number, p: any) => n + p.count, 0)).toBeGreaterThanOrEqual(1);

  // Withdrawn: nothing more is tracked.
  await consent(false);
  ok(await t.login(user.email, user.password));
  await delivered();
  expect(await activity()).toEqual(['login', 'login_failed']);
});

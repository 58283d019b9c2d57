/**
 * Time series on plain PostgreSQL (issue 13 §3) with an injected clock: the upkeep job creates
 * every partitioned table's month and the next two, moving strays out of the DEFAULT partition;
 * the hourly rollup (avg, min, max, count) covers complete hours only and picks up late rows;
 * retention drops whole partitions past 30 days (system metrics) and keeps what is younger.
 * The job runs through the real queue and job runner of a running system.
 */
import { sql } from '@atrium/test/db';
import { startTestSystem, type TestSystem } from '@atrium/test/system';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitFor } from '../authz-kit.js';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()));
afterAll(async () => t?.stop());

/** Run the upkeep job at `now` through the queue and wait until it is done. */
async function upkeep(now: string) {
  await sql(t.db.url, `SELECT graphile_worker.add_job('analytics.maintain', $1::json)`, [JSON.stringify({ now })]);
  await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics.maintain' AND key IS NULL`))[0]!.n === 0, `upkeep at ${now}`);
}

const partitions = async (table: string) =>
  (
    await sql<{ name: string }>(
      t.db.url,
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = $1 AND p.relnamespace = 'analytics'::regnamespace ORDER BY 1`,
      [table],
    )
  ).map((r) => r.name);

const metric = (time: string, value: number, host = 'gw-1') =>
  sql(t.db.url, `INSERT INTO analytics.system_metrics ("time", host, metric_name, metric_value) VALUES ($1, $2, 'http.latency_ms', $3)`, [time, host, value]);

it('creates months ahead, rolls complete hours up, and drops whole partitions past retention', async () => {
  // Rows of a month nobody created yet: the DEFAULT partition takes them.
  await metric('2031-03-15T08:05:00Z', 10);
  await metric('2031-03-15T08:25:00Z', 20);
  await metric('2031-03-15T08:55:00Z', 60);
  await metric('2031-03-15T09:10:00Z', 5);
  await metric('2031-03-15T09:40:00Z', 7, 'gw-2');
  await metric('2031-03-15T10:10:00Z', 100); // the current hour: not complete yet
  const where = () => sql<{ part: string; n: number }>(t.db.url, `SELECT tableoid::regclass::text AS part, count(*)::int AS n FROM analytics.system_metrics WHERE "time" >= '2031-01-01' GROUP BY 1`);
  expect(await where()).toEqual([{ part: 'analytics.system_metrics_default', n: 6 }]);

  // A usage session idle since 09:45, and one active at 10:20.
  const idle = crypto.randomUUID();
  const active = crypto.randomUUID();
  await sql(t.db.url, `INSERT INTO analytics.usage_sessions (id, api_calls, started_at, last_activity_at) VALUES ($1, 3, '2031-03-15T09:00:00Z', '2031-03-15T09:45:30Z'), ($2, 1, '2031-03-15T10:00:00Z', '2031-03-15T10:20:00Z')`, [idle, active]);

  await upkeep('2031-03-15T10:30:00Z');
  const sessions = await sql<{ id: string; ended: string | null; duration: number | null }>(t.db.url, `SELECT id, to_char(ended_at AT TIME ZONE 'UTC', 'HH24:MI:SS') AS ended, duration_seconds AS duration FROM analytics.usage_sessions WHERE id = ANY($1::uuid[])`, [[idle, active]]);
  expect(sessions.find((s) => s.id === idle)).toMatchObject({ ended: '09:45:30', duration: 2730 });
  expect(sessions.find((s) => s.id === active)).toMatchObject({ ended: null, duration: null });
  for (const table of ['api_usage_logs', 'cost_allocations', 'system_metrics', 'business_metrics', 'user_activity', 'hourly_system_metrics', 'hourly_operation_stats']) {
    expect(await partitions(table)).toEqual(expect.arrayContaining([`${table}_p203103`, `${table}_p203104`, `${table}_p203105`, `${table}_default`]));
  }
  // The strays moved into their month.
  expect(await where()).toEqual([{ part: 'analytics.system_metrics_p203103', n: 6 }]);

  const hourly = () =>
    sql<{ bucket: string; host: string; avg: number; min: number; max: number; n: number }>(
      t.db.url,
      `SELECT to_char(bucket AT TIME ZONE 'UTC', 'HH24') AS bucket, host, avg_value AS avg, min_value AS min, max_value AS max, sample_count AS n
         FROM analytics.hourly_system_metrics h WHERE h.bucket >= '2031-01-01' ORDER BY h.bucket, h.host`,
    );
  expect(await hourly()).toEqual([
    { bucket: '08', host: 'gw-1', avg: 30, min: 10, max: 60, n: 3 },
    { bucket: '09', host: 'gw-1', avg: 5, min: 5, max: 5, n: 1 },
    { bucket: '09', host: 'gw-2', avg: 7, min: 7, max: 7, n: 1 },
  ]);

  // A late row for the last complete hour, and the hour that just completed.
  await metric('2031-03-15T09:59:00Z', 15);
  await upkeep('2031-03-15T11:05:00Z');
  expect(await hourly()).toEqual([
    { bucket: '08', host: 'gw-1', avg: 30, min: 10, max: 60, n: 3 },
    { bucket: '09', host: 'gw-1', avg: 10, min: 5, max: 15, n: 2 },
    { bucket: '09', host: 'gw-2', avg: 7, min: 7, max: 7, n: 1 },
    { bucket: '10', host: 'gw-1', avg: 100, min: 100, max: 100, n: 1 },
  ]);

  // Two months later: March's raw metrics are past 30 days and go whole; April's stay; the rollup (365 days) stays.
  await metric('2031-04-25T00:00:00Z', 1);
  await upkeep('2031-05-20T00:00:00Z');
  const raw = await partitions('system_metrics');
  expect(raw).not.toContain('system_metrics_p203103');
  expect(raw).toEqual(expect.arrayContaining(['system_metrics_p203104', 'system_metrics_p203105', 'system_metrics_p203106', 'system_metrics_p203107']));
  expect(await partitions('hourly_system_metrics')).toContain('hourly_system_metrics_p203103');
  const after = await hourly();
  expect(after.slice(0, 4).map((h) => h.bucket)).toEqual(['08', '09', '09', '10']);
  expect(after).toHaveLength(5); // and April's hour, rolled up on the way
  // Billing data is never dropped by retention.
  expect(await partitions('cost_allocations')).toContain('cost_allocations_p203103');
  expect(await where()).toEqual([{ part: 'analytics.system_metrics_p203104', n: 1 }]);
});

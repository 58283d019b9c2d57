/**
 * System metrics sampled from the services themselves (issue 13 §3): with a short
 * ATRIUM_SYSTEM_METRICS_INTERVAL_MS the gateway and every subgraph publish their request rate,
 * latency p50/p95, pool use and job queue depth as `system.metrics_sampled`, and analytics stores
 * them in system_metrics, readable through the gateway with metricSeries. Waits on state only.
 */
import { loadSystemConfig } from '@atrium/runtime/registry';
import { sql } from '@atrium/test/db';
import { startTestSystem, type TestSystem } from '@atrium/test/system';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';

let t: TestSystem;

beforeAll(async () => {
  t = await startTestSystem({ ATRIUM_SYSTEM_METRICS_INTERVAL_MS: '250' });
}, 120_000);
afterAll(async () => t?.stop());

const rows = (host: string, metric: string) =>
  sql<{ value: number; tags: Record<string, string> }>(t.db.url, `SELECT metric_value AS value, tags FROM analytics.system_metrics WHERE host = $1 AND metric_name = $2 ORDER BY "time"`, [host, metric]);

describe('system metrics sampled by the services', () => {
  it('the gateway and the subgraphs record request rate, latency, pool use and queue depth', async () => {
    // Traffic through the gateway reaches identity (me) and analytics.
    for (let i = 0; i < 5; i++) ok(await t.gql(`{ me { id } }`, {}, t.admin.accessToken));
    await waitFor(async () => (await rows('gateway', 'http.requests')).some((r) => r.value > 0), 'gateway requests sampled');
    await waitFor(async () => (await rows('identity', 'http.requests')).some((r) => r.value > 0), 'identity requests sampled');
    for (const host of ['gateway', 'identity']) {
      const p50 = await rows(host, 'http.latency_p50_ms');
      const p95 = await rows(host, 'http.latency_p95_ms');
      expect(p50.length, host).toBeGreaterThan(0);
      expect(p95.length, host).toBeGreaterThan(0);
      expect(p95.at(-1)!.value).toBeGreaterThanOrEqual(p50.at(-1)!.value);
      expect((await rows(host, 'http.requests_per_second')).length, host).toBeGreaterThan(0);
    }
    const pool = await waitFor(async () => {
      const r = await rows('analytics', 'db.pool_max');
      return r.length ? r : null;
    }, 'analytics pool sampled');
    expect(pool[0]).toEqual({ value: t.system.config.subgraphs.analytics!.poolMax, tags: { pool: 'analytics' } });
    expect((await rows('gateway', 'db.pool_in_use'))[0]!.tags).toEqual({ pool: 'usage' });
    // Subgraphs that run jobs report their queue depth; the gateway runs none.
    const depth = await waitFor(async () => {
      const r = await rows('analytics', 'jobs.queue_depth');
      return r.length ? r : null;
    }, 'queue depth sampled');
    expect(depth[0]!.value).toBeGreaterThanOrEqual(0);
    expect(await rows('gateway', 'jobs.queue_depth')).toEqual([]);

    // Readable through the gateway like any system metric.
    const now = Date.now();
    const series = ok(
      await t.gql(
        `query($i: MetricSeriesInput!) { metricSeries(input: $i) { source points { count max } } }`,
        { i: { series: 'SYSTEM', metricName: 'http.requests', host: 'gateway', from: new Date(now - 600_000).toISOString(), to: new Date(now + 60_000).toISOString(), bucket: 'MINUTE' } },
        t.admin.accessToken,
      ),
    ).metricSeries;
    expect(series.source).toBe('RAW');
    expect(series.points.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBeGreaterThan(0);
  });

  it('the interval is validated configuration', () => {
    expect(() => loadSystemConfig({ NODE_ENV: 'test', ATRIUM_SYSTEM_METRICS_INTERVAL_MS: '-1' })).toThrow(/ATRIUM_SYSTEM_METRICS_INTERVAL_MS/);
    expect(() => loadSystemConfig({ NODE_ENV: 'test', ATRIUM_SYSTEM_METRICS_INTERVAL_MS: 'often' })).toThrow(/ATRIUM_SYSTEM_METRICS_INTERVAL_MS/);
  });
});

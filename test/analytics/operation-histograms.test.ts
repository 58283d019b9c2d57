/**
 * operationStats from the hourly rollup's histograms (issue 13 §1, §3) through the gateway: the
 * upkeep job rolls api_usage_logs up per hour, operation and subgraph; long windows read those
 * hours and raw rows for partial ones, short ones are exact; the histogram percentiles agree with
 * the exact ones within the documented bound on the same rows; a batch stored late into a
 * rolled-up hour is read raw until the next run recomputes that hour; the choice and its limits;
 * platform readers only (a second organization's administrator gets FORBIDDEN on both paths).
 */
import { EVENTS } from '@atrium/kernel';
import { sql } from '@atrium/test/db';
import { publish } from '@atrium/test/events';
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIST_ABSOLUTE_ERROR_MS, HIST_RELATIVE_ERROR } from '../../subgraphs/analytics/src/modules/usage/histogram.js';
import { ok, waitFor } from '../authz-kit.js';
import { adminTenant } from './tenants.js';
import { usageEntry } from './usage-kit.js';

let t: TestSystem;
const OP = `HistSeed_${randomBytes(4).toString('hex')}`;
const OTHER = `HistOther_${randomBytes(4).toString('hex')}`;
const MINUTE = 60_000;
const HOUR = 3_600_000;
/** A whole UTC hour three days ago: the seeded requests span base+0:20 … base+6:40. */
const base = Math.floor((Date.now() - 3 * 86_400_000) / HOUR) * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

// Deterministic latencies spread over four orders of magnitude (log-uniform 0.2 … 2,000 ms).
let seed = 42;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
};
type Seeded = { at: number; op: string; ms: number; error: boolean; subgraphs: { name: string; ms: number; fetches: number }[] };
const SEEDED: Seeded[] = Array.from({ length: 900 }, (_, i) => {
  const ms = 0.2 * 10 ** (4 * random());
  const subgraphs = i % 3 === 0 ? [] : [{ name: 'identity', ms: ms * random(), fetches: 1 }, ...(i % 3 === 2 ? [{ name: 'conversations', ms: ms * random(), fetches: 1 }] : [])];
  return { at: base + 20 * MINUTE + Math.floor(random() * 380 * MINUTE), op: i % 10 === 0 ? OTHER : OP, ms, error: i % 17 === 0, subgraphs };
});

const entry = (s: Seeded) => usageEntry({ at: s.at, operationName: s.op, latencyMs: s.ms, errorCode: s.error ? 'BAD_USER_INPUT' : null, userId: t.admin.userId, subgraphs: s.subgraphs });

async function store(rows: Seeded[]) {
  for (let i = 0; i < rows.length; i += 500) await publish(t, EVENTS.apiUsageRecorded, { entries: rows.slice(i, i + 500).map(entry) });
  const ops = [OP, OTHER];
  await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.api_usage_logs WHERE endpoint = ANY($1)`, [ops]))[0]!.n === stored.length + rows.length, 'the seeded usage rows');
  stored.push(...rows);
}
const stored: Seeded[] = [];

async function upkeep(now: number) {
  await sql(t.db.url, `SELECT graphile_worker.add_job('analytics.maintain', $1::json)`, [JSON.stringify({ now: iso(now) })]);
  await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics.maintain' AND key IS NULL`))[0]!.n === 0, 'the upkeep');
}

const STATS = `query($from: DateTime!, $to: DateTime!, $filter: OperationStatsFilter, $percentiles: PercentileMethod) {
  operationStats(from: $from, to: $to, filter: $filter, percentiles: $percentiles) {
    operationName operationType requests errors p50Ms p95Ms p99Ms percentiles source subgraphs { name requests p50Ms p95Ms p99Ms }
  }
}`;
const stats = (vars: Record<string, unknown>, token = t.admin.accessToken) => t.gql(STATS, vars, token);
const mine = (res: any) => ok(res).operationStats.filter((o: any) => o.operationName === OP || o.operationName === OTHER);

/** Histogram percentiles against exact ones: requests and errors equal, every percentile within the bound. */
function expectWithinBound(histogram: any[], exact: any[]) {
  expect(histogram.map((o) => [o.operationName, o.operationType, o.requests, o.errors])).toEqual(exact.map((o) => [o.operationName, o.operationType, o.requests, o.errors]));
  const close = (h: number, e: number) => expect(Math.abs(h - e)).toBeLessThanOrEqual(HIST_RELATIVE_ERROR * e + HIST_ABSOLUTE_ERROR_MS + 1e-9);
  histogram.forEach((h, i) => {
    const e = exact[i];
    for (const p of ['p50Ms', 'p95Ms', 'p99Ms']) close(h[p], e[p]);
    expect(h.subgraphs.map((s: any) => [s.name, s.requests])).toEqual(e.subgraphs.map((s: any) => [s.name, s.requests]));
    h.subgraphs.forEach((s: any, j: number) => {
      for (const p of ['p50Ms', 'p95Ms', 'p99Ms']) close(s[p], e.subgraphs[j][p]);
    });
  });
}

beforeAll(async () => {
  t = await startTestSystem();
  // The upkeep run the subgraph starts with: its watermark is the current hour, so the rows
  // seeded three days back arrive late, into hours it has (emptily) computed, and mark them dirty.
  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.rollup_state WHERE name = 'hourly_operation_stats'`)).length === 1, 'the first upkeep');
  await store(SEEDED);
}, 120_000);
afterAll(async () => t?.stop());

describe('operationStats from hourly histograms', () => {
  it('rolls every hour up per operation and subgraph, recomputing hours a late batch marked dirty', async () => {
    const dirty = await sql<{ hour: Date }>(t.db.url, `SELECT hour FROM analytics.rollup_dirty_hours WHERE name = 'hourly_operation_stats' AND hour >= $1 ORDER BY hour`, [iso(base)]);
    expect(dirty.map((d) => d.hour.getTime())).toEqual([0, 1, 2, 3, 4, 5, 6].map((h) => base + h * HOUR));
    await upkeep(Date.now());
    expect(await sql(t.db.url, `SELECT 1 FROM analytics.rollup_dirty_hours`)).toEqual([]);
    const rows = await sql<{ hour: number; sg: string; n: number; e: number; cells: number }>(
      t.db.url,
      `SELECT extract(hour FROM bucket - $2::timestamptz)::int AS hour, subgraph AS sg, requests AS n, errors AS e, cardinality(hist_index) AS cells
         FROM analytics.hourly_operation_stats WHERE operation_name = $1 ORDER BY bucket, subgraph`,
      [OP, iso(base)],
    );
    for (let h = 0; h < 7; h++) {
      const inHour = SEEDED.filter((s) => s.op === OP && s.at >= base + h * HOUR && s.at < base + (h + 1) * HOUR);
      const own = rows.find((r) => r.hour === h && r.sg === '')!;
      expect([own.n, own.e]).toEqual([inHour.length, inHour.filter((s) => s.error).length]);
      expect(own.cells).toBeGreaterThan(1);
      expect(rows.find((r) => r.hour === h && r.sg === 'identity')!.n).toBe(inHour.filter((s) => s.subgraphs.length > 0).length);
    }
  });

  it('agrees with the exact percentiles within the documented bound over whole hours (source ROLLUP)', async () => {
    const window = { from: iso(base), to: iso(base + 7 * HOUR) };
    // Seven hours is past the 6-hour threshold: histograms by default.
    const histogram = mine(await stats(window));
    const exact = mine(await stats({ ...window, percentiles: 'EXACT' }));
    expect(histogram.map((o: any) => [o.operationName, o.requests, o.percentiles, o.source])).toEqual([
      [OP, SEEDED.filter((s) => s.op === OP).length, 'HISTOGRAM', 'ROLLUP'],
      [OTHER, SEEDED.filter((s) => s.op === OTHER).length, 'HISTOGRAM', 'ROLLUP'],
    ]);
    expect(exact.every((o: any) => o.percentiles === 'EXACT' && o.source === 'RAW')).toBe(true);
    expectWithinBound(histogram, exact);
    // Each percentile is a bucket middle (or between two): not the exact value.
    expect(histogram[0].p50Ms).not.toBe(exact[0].p50Ms);
  });

  it('reads raw rows for the partial hours at both edges (source ROLLUP_AND_RAW)', async () => {
    const from = base + 2 * HOUR + 37 * MINUTE + 13_000;
    const to = base + 6 * HOUR + 11 * MINUTE;
    const histogram = mine(await stats({ from: iso(from), to: iso(to), percentiles: 'HISTOGRAM', filter: { operationName: OP } }));
    const exact = mine(await stats({ from: iso(from), to: iso(to), filter: { operationName: OP } }));
    const inWindow = SEEDED.filter((s) => s.op === OP && s.at >= from && s.at < to);
    expect(histogram).toHaveLength(1);
    expect(histogram[0]).toMatchObject({ requests: inWindow.length, errors: inWindow.filter((s) => s.error).length, percentiles: 'HISTOGRAM', source: 'ROLLUP_AND_RAW' });
    expect(exact[0]).toMatchObject({ percentiles: 'EXACT', source: 'RAW' }); // 3.6 hours: under the threshold
    expectWithinBound(histogram, exact);
    // Inside one hour there is no whole hour to read from the rollup.
    const inside = mine(await stats({ from: iso(base + 4 * HOUR + 5 * MINUTE), to: iso(base + 4 * HOUR + 50 * MINUTE), percentiles: 'HISTOGRAM', filter: { operationName: OP } }));
    expect(inside[0]).toMatchObject({ source: 'RAW', percentiles: 'HISTOGRAM' });
  });

  it('reads a dirty hour raw until the upkeep recomputes it', async () => {
    const late = [
      { at: base + 3 * HOUR + 30 * MINUTE, op: OP, ms: 5_000, error: true, subgraphs: [{ name: 'identity', ms: 4_000, fetches: 1 }] },
      { at: base + 3 * HOUR + 31 * MINUTE, op: OP, ms: 6_000, error: false, subgraphs: [] },
    ];
    await store(late);
    const window = { from: iso(base), to: iso(base + 7 * HOUR), filter: { operationName: OP } };
    const total = stored.filter((s) => s.op === OP);
    const before = mine(await stats(window));
    expect(before[0]).toMatchObject({ requests: total.length, errors: total.filter((s) => s.error).length, source: 'ROLLUP_AND_RAW' });
    expectWithinBound(before, mine(await stats({ ...window, percentiles: 'EXACT' })));
    await upkeep(Date.now());
    const after = mine(await stats(window));
    expect(after[0]).toMatchObject({ requests: total.length, source: 'ROLLUP' });
    expect(after).toEqual(before.map((o: any) => ({ ...o, source: 'ROLLUP' })));
  });

  it('answers filters the rollup cannot hold exactly, and bounds each method', async () => {
    const week = { from: iso(base - 5 * 86_400_000), to: iso(base + 7 * HOUR) };
    const bySubgraph = mine(await stats({ ...week, filter: { subgraph: 'conversations' } }));
    expect(bySubgraph.map((o: any) => [o.percentiles, o.source])).toEqual([['EXACT', 'RAW'], ['EXACT', 'RAW']]);
    expect(bySubgraph.find((o: any) => o.operationName === OP).requests).toBe(stored.filter((s) => s.op === OP && s.subgraphs.some((g) => g.name === 'conversations')).length);
    const refused = await stats({ ...week, percentiles: 'HISTOGRAM', filter: { userId: t.admin.userId, errorsOnly: true } });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toContain('cannot be answered from the hourly rollup');
    // Exact percentiles read at most 31 days; histograms up to 365.
    const long = { from: iso(base - 60 * 86_400_000), to: iso(base + 7 * HOUR) };
    expect(codes(await stats({ ...long, percentiles: 'EXACT' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await stats({ ...long, filter: { subgraph: 'identity' } }))).toEqual(['BAD_USER_INPUT']);
    expect(mine(await stats(long)).map((o: any) => o.requests)).toEqual(mine(await stats({ from: iso(base), to: iso(base + 7 * HOUR) })).map((o: any) => o.requests));
    expect(codes(await stats({ from: iso(base - 366 * 86_400_000), to: iso(base) }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is for platform readers: a second organization’s administrator gets FORBIDDEN on both paths', async () => {
    const other = await adminTenant(t, `Hist ${randomUUID().slice(0, 8)}`);
    const window = { from: iso(base), to: iso(base + 7 * HOUR) };
    for (const percentiles of ['EXACT', 'HISTOGRAM']) {
      expect(codes(await stats({ ...window, percentiles }, other.admin.accessToken))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(STATS, { ...window, percentiles }))).toEqual(['UNAUTHENTICATED']);
    }
    expect(mine(await stats(window))).toHaveLength(2);
  });
});

import { badInput, forbidden, parseInput, tenantFor, uuid } from '@atrium/kernel';
import { z } from 'zod';
import type { AnalyticsContext } from '../../context.js';
import type { SeriesSource } from '../series/query.js';
import { histogramPercentiles, type Histogram } from './histogram.js';
import { UsageStore, type BucketUnit, type OperationFilter, type SubgraphRow } from './store.js';

/** Exact percentiles read raw rows of windows up to this long. */
export const MAX_EXACT_WINDOW_DAYS = 31;

const filterInput = z
  .object({
    operationName: z.string().max(255).nullish(),
    operationType: z.enum(['query', 'mutation', 'subscription']).nullish(),
    subgraph: z.string().max(100).nullish(),
    userId: uuid.nullish(),
    errorsOnly: z.boolean().nullish(),
  })
  .nullish();

/** Windows read from the hourly rollup's histograms reach this far (as long as the rollup is kept). */
export const MAX_HISTOGRAM_WINDOW_DAYS = 365;
const HOUR_MS = 3_600_000;

const statsInput = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date(),
    first: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
    filter: filterInput,
    percentiles: z.enum(['EXACT', 'HISTOGRAM']).nullish(),
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
  .refine((v) => v.to.getTime() - v.from.getTime() <= MAX_HISTOGRAM_WINDOW_DAYS * 86_400_000, { path: ['to'], message: `the window is at most ${MAX_HISTOGRAM_WINDOW_DAYS} days` });

/** Filters the rollup cannot answer (it keeps no user, no per-request subgraph set, no errors-only histogram). */
const exactOnly = (f: OperationFilter) => (['subgraph', 'userId', 'errorsOnly'] as const).filter((k) => f[k] !== null && f[k] !== undefined && f[k] !== false);

/**
 * API usage is the platform's, not a tenant's: a request belongs to no organization. So operation
 * statistics need analytics:read for every tenant (a platform role); an organization-scoped
 * holder reads its organization's LLM usage and costs instead.
 */
async function requirePlatformReader(ctx: AnalyticsContext, what = 'Operation statistics') {
  const scope = await tenantFor(ctx, 'analytics:read');
  if (!scope.all) throw forbidden(`${what} are platform-wide: they need analytics:read for every organization`);
}

const rate = (errors: number, requests: number) => (requests ? errors / requests : 0);

/** Which way operationStats answers: exact over raw rows, or histograms (rollup hours and raw partial hours). */
function chooseMethod(input: z.infer<typeof statsInput>, filter: OperationFilter, exactWindowHours: number): 'EXACT' | 'HISTOGRAM' {
  const windowMs = input.to.getTime() - input.from.getTime();
  const unsupported = exactOnly(filter);
  const method = input.percentiles ?? (windowMs <= exactWindowHours * HOUR_MS || unsupported.length > 0 ? 'EXACT' : 'HISTOGRAM');
  if (method === 'HISTOGRAM' && unsupported.length > 0) {
    throw badInput(unsupported.map((k) => ({ path: ['filter', k], message: 'cannot be answered from the hourly rollup: ask for EXACT percentiles (windows of at most 31 days)' })));
  }
  if (method === 'EXACT' && windowMs > MAX_EXACT_WINDOW_DAYS * 86_400_000) {
    throw badInput([{ path: ['to'], message: `exact percentiles read at most ${MAX_EXACT_WINDOW_DAYS} days of raw rows${unsupported.length ? ' (this filter needs them)' : ''}` }]);
  }
  return method;
}

/**
 * What Apollo GraphOS answers from hosted usage, from our own rows: per operation and per subgraph.
 * Short windows (and filters the rollup cannot answer) are exact: percentile_cont over raw rows.
 * Longer ones read hourly_operation_stats for the whole hours the rollup job has computed (not a
 * dirty one) and raw rows, bucketed into the same histogram, for the rest (see histogram.ts).
 */
export async function operationStats(ctx: AnalyticsContext, args: unknown) {
  const input = parseInput(statsInput, args);
  await requirePlatformReader(ctx);
  const store = new UsageStore(ctx.db);
  const filter = input.filter ?? {};
  const method = chooseMethod(input, filter, ctx.settings.exactWindowHours);
  if (method === 'EXACT') {
    // Both scans at once, on two connections.
    const [operations, subgraphs] = await Promise.all([store.operations(input.from, input.to, filter, input.first), store.subgraphs(input.from, input.to, filter)]);
    return operations.map((o) => ({
      ...o,
      errorRate: rate(o.errors, o.requests),
      percentiles: 'EXACT' as const,
      source: 'RAW' as SeriesSource,
      subgraphs: subgraphs.filter((s) => s.operationName === o.operationName),
    }));
  }
  return histogramStats(store, input.from, input.to, filter, input.first);
}

async function histogramStats(store: UsageStore, from: Date, to: Date, filter: OperationFilter, first: number) {
  const state = await store.rollupState(from, to);
  // Whole hours inside the window that the rollup has computed.
  const rollFrom = new Date(Math.ceil(from.getTime() / HOUR_MS) * HOUR_MS);
  const rollTo = new Date(Math.max(rollFrom.getTime(), Math.min(Math.floor(to.getTime() / HOUR_MS) * HOUR_MS, state.next?.getTime() ?? 0)));
  // Raw rows for the rest: before and after the rollup's hours, and its dirty hours.
  const dirty = state.dirty.filter((h) => h >= rollFrom && h < rollTo);
  const raw: [Date, Date][] = [[from, rollFrom], ...dirty.map((h): [Date, Date] => [h, new Date(h.getTime() + HOUR_MS)]), [rollTo, to]];
  const cells = await store.histogram(from, to, filter, rollFrom, rollTo, dirty, raw.filter(([a, b]) => a < b));
  const rolledHours = (rollTo.getTime() - rollFrom.getTime()) / HOUR_MS - dirty.length;
  const source: SeriesSource = rolledHours <= 0 ? 'RAW' : rollFrom.getTime() === from.getTime() && rollTo.getTime() === to.getTime() && rolledHours === (to.getTime() - from.getTime()) / HOUR_MS ? 'ROLLUP' : 'ROLLUP_AND_RAW';
  type Group = { operationName: string; operationType: string | null; subgraph: string; requests: number; errors: number; hist: Histogram };
  const groups = new Map<string, Group>();
  for (const c of cells) {
    const key = `${c.operationName}\u0000${c.subgraph}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { operationName: c.operationName, operationType: c.operationType, subgraph: c.subgraph, requests: 0, errors: 0, hist: new Map() }));
    g.requests += c.requests;
    g.errors += c.errors;
    g.operationType ??= c.operationType;
    g.hist.set(c.index, (g.hist.get(c.index) ?? 0) + c.requests);
  }
  const pct = (g: Group) => {
    const [p50, p95, p99] = histogramPercentiles(g.hist, [0.5, 0.95, 0.99]);
    return { p50Ms: p50!, p95Ms: p95!, p99Ms: p99! };
  };
  const all = [...groups.values()];
  return all
    .filter((g) => g.subgraph === '')
    .sort((a, b) => b.requests - a.requests || (a.operationName < b.operationName ? -1 : a.operationName > b.operationName ? 1 : 0))
    .slice(0, first)
    .map((o) => ({
      operationName: o.operationName,
      operationType: o.operationType,
      requests: o.requests,
      errors: o.errors,
      ...pct(o),
      errorRate: rate(o.errors, o.requests),
      percentiles: 'HISTOGRAM' as const,
      source,
      subgraphs: all
        .filter((s) => s.subgraph !== '' && s.operationName === o.operationName)
        .sort((a, b) => (a.subgraph < b.subgraph ? -1 : 1))
        .map((s): SubgraphRow => ({ operationName: s.operationName, name: s.subgraph, requests: s.requests, ...pct(s) })),
    }));
}
export type OperationStatsModel = Awaited<ReturnType<typeof operationStats>>[number];

/** Points one requestSeries answer holds at most (a day of minutes, a month of hours, and some). */
export const MAX_SERIES_BUCKETS = 1500;
const BUCKET_MS: Record<BucketUnit, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

const seriesInput = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date(),
    // The SDL default reaches the resolver as the enum's name (`MINUTE`): defaults are coerced when
    // the schema is built, before the resolvers map the enum to its internal values.
    bucket: z
      .enum(['minute', 'hour', 'day', 'MINUTE', 'HOUR', 'DAY'])
      .default('minute')
      .transform((b) => b.toLowerCase() as BucketUnit),
    filter: filterInput,
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
  .refine((v) => v.to.getTime() - v.from.getTime() <= MAX_EXACT_WINDOW_DAYS * 86_400_000, { path: ['to'], message: `the window is at most ${MAX_EXACT_WINDOW_DAYS} days` })
  .refine((v) => Math.ceil((v.to.getTime() - Math.floor(v.from.getTime() / BUCKET_MS[v.bucket]) * BUCKET_MS[v.bucket]) / BUCKET_MS[v.bucket]) <= MAX_SERIES_BUCKETS, {
    path: ['bucket'],
    message: `at most ${MAX_SERIES_BUCKETS} buckets: choose a wider bucket or a shorter window`,
  });

/**
 * Gateway traffic as a time series: requests, errors and exact p95 per bucket, every bucket of the
 * window present. Platform-wide like operationStats (the dashboard's requests-per-minute chart).
 */
export async function requestSeries(ctx: AnalyticsContext, args: unknown) {
  const input = parseInput(seriesInput, args);
  await requirePlatformReader(ctx, 'Request series');
  return new UsageStore(ctx.db).series(input.from, input.to, input.bucket, input.filter ?? {});
}

/** fieldUsage reads whole hours of counts, kept as long as api_usage_logs (180 days). */
export const MAX_FIELD_USAGE_WINDOW_DAYS = 366;

const fieldUsageInput = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date(),
    typeName: z.string().regex(/^[_A-Za-z][_0-9A-Za-z]{0,254}$/, 'must be a GraphQL type name').nullish(),
    first: z.number().int().min(1, 'must be at least 1').max(10_000, 'must be at most 10000').default(1000),
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
  .refine((v) => v.to.getTime() - v.from.getTime() <= MAX_FIELD_USAGE_WINDOW_DAYS * 86_400_000, { path: ['to'], message: `the window is at most ${MAX_FIELD_USAGE_WINDOW_DAYS} days` });

/**
 * Which schema coordinates real traffic requested over [from, to), by whole UTC hours (an hour
 * counts when it starts in the window, `from`'s own hour included). Platform-wide, like operationStats.
 */
export async function fieldUsage(ctx: AnalyticsContext, args: unknown) {
  const input = parseInput(fieldUsageInput, args);
  await requirePlatformReader(ctx, 'Field usage');
  const rows = await new UsageStore(ctx.db).fieldUsage(input.from, input.to, input.typeName ?? null, input.first);
  return rows.map((r) => {
    const [typeName, fieldName, argumentName] = r.coordinate.split('.');
    return { ...r, typeName: typeName!, fieldName: fieldName ?? '', argumentName: argumentName ?? null };
  });
}

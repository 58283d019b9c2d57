import { forbidden, parseInput, tenantFor, uuid } from '@atrium/kernel';
import { z } from 'zod';
import type { AnalyticsContext } from '../../context.js';
import { UsageStore, type BucketUnit } from './store.js';

/** Raw rows are read for windows up to this long: percentiles over them are exact. */
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

const statsInput = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date(),
    first: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
    filter: filterInput,
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
  .refine((v) => v.to.getTime() - v.from.getTime() <= MAX_EXACT_WINDOW_DAYS * 86_400_000, { path: ['to'], message: `the window is at most ${MAX_EXACT_WINDOW_DAYS} days` });

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

/** What Apollo GraphOS answers from hosted usage, from our own rows: per operation and per subgraph. */
export async function operationStats(ctx: AnalyticsContext, args: unknown) {
  const input = parseInput(statsInput, args);
  await requirePlatformReader(ctx);
  const store = new UsageStore(ctx.db);
  const filter = input.filter ?? {};
  // Both scans at once, on two connections.
  const [operations, subgraphs] = await Promise.all([store.operations(input.from, input.to, filter, input.first), store.subgraphs(input.from, input.to, filter)]);
  return operations.map((o) => ({
    ...o,
    errorRate: rate(o.errors, o.requests),
    percentiles: 'EXACT' as const,
    subgraphs: subgraphs.filter((s) => s.operationName === o.operationName),
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

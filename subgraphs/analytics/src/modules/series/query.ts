import { badInput, forbidden, inTenant, parseInput, tenantFor, text, unauthenticated, uuid } from '@atrium/kernel';
import { z } from 'zod';
import type { AnalyticsContext } from '../../context.js';
import type { AnalyticsDb } from '../../db.js';

/**
 * Time-series queries (issue 13 §3): one metric of system_metrics (optionally one host),
 * business_metrics (optionally one organization) or user_activity (an activity type, each
 * activity counting 1) over [from, to), in buckets of a minute, an hour or a day aligned to UTC.
 * The window is widened to whole buckets. System metrics in hour and day buckets read the hourly
 * rollup for the hours it has computed (before its watermark, `rollup_state.next_hour`) and raw
 * rows after it; `source` says which: ROLLUP, RAW, or ROLLUP_AND_RAW. Minute buckets and the
 * other series read raw rows (their retention bounds how far back they reach).
 */
export const BUCKETS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
/** Points a query may return at most per bucket size (so a window is bounded: 2 days of minutes, 92 days of hours, 2 years of days). */
const MAX_WINDOW_MS = { minute: 2 * 86_400_000, hour: 92 * 86_400_000, day: 731 * 86_400_000 } as const;

const input = z
  .object({
    series: z.enum(['system', 'business', 'activity']),
    metricName: text(100).min(1).nullish(),
    host: text(255).min(1).nullish(),
    organizationId: uuid.nullish(),
    from: z.coerce.date(),
    to: z.coerce.date(),
    bucket: z.enum(['minute', 'hour', 'day']),
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
  .refine((v) => v.to.getTime() - v.from.getTime() <= MAX_WINDOW_MS[v.bucket], { path: ['to'], message: 'the window is too long for this bucket size (2 days of minutes, 92 days of hours, 731 days of days)' })
  .refine((v) => v.series === 'activity' || v.metricName, { path: ['metricName'], message: 'is required for system and business metrics' })
  .refine((v) => v.series === 'system' || !v.host, { path: ['host'], message: 'only system metrics have a host' })
  .refine((v) => v.series === 'business' || !v.organizationId, { path: ['organizationId'], message: 'only business metrics belong to an organization' });

export type SeriesSource = 'RAW' | 'ROLLUP' | 'ROLLUP_AND_RAW';
export interface SeriesPoint {
  bucket: Date;
  avg: number;
  min: number;
  max: number;
  count: number;
  sum: number;
}

const floorTo = (d: Date, ms: number) => new Date(Math.floor(d.getTime() / ms) * ms);
const ceilTo = (d: Date, ms: number) => new Date(Math.ceil(d.getTime() / ms) * ms);
const ROLLUP = 'hourly_system_metrics';

type Row = { bucket: Date; avg: number; min: number; max: number; count: number; sum: number };
const POINT = `date_bin($1::interval, h, TIMESTAMPTZ '1970-01-01 00:00:00Z') AS bucket, (sum(total) / sum(n))::float8 AS avg, min(lo)::float8 AS min, max(hi)::float8 AS max, sum(n)::int AS count, sum(total)::float8 AS sum`;

/** System metrics: rollup hours before the watermark, raw rows from it on, re-aggregated to the bucket (avg weighted by sample count). */
async function systemSeries(db: AnalyticsDb, q: { metricName: string; host: string | null; from: Date; to: Date; bucket: keyof typeof BUCKETS }) {
  const interval = `1 ${q.bucket}`;
  if (q.bucket === 'minute') {
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT ${POINT} FROM (SELECT "time" AS h, metric_value AS total, metric_value AS lo, metric_value AS hi, 1 AS n FROM "analytics"."system_metrics"
          WHERE metric_name = $2 AND ($3::text IS NULL OR host = $3) AND "time" >= $4::timestamptz AND "time" < $5::timestamptz) r GROUP BY 1 ORDER BY 1`,
      interval, q.metricName, q.host, q.from, q.to,
    );
    return { source: 'RAW' as SeriesSource, rows };
  }
  const [state] = await db.$queryRawUnsafe<{ next: Date | null }[]>(`SELECT next_hour AS next FROM "analytics"."rollup_state" WHERE name = $1`, ROLLUP);
  const watermark = state?.next ?? q.from;
  const split = new Date(Math.min(Math.max(watermark.getTime(), q.from.getTime()), q.to.getTime()));
  const source: SeriesSource = split <= q.from ? 'RAW' : split >= q.to ? 'ROLLUP' : 'ROLLUP_AND_RAW';
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT ${POINT} FROM (
        SELECT bucket AS h, avg_value * sample_count AS total, min_value AS lo, max_value AS hi, sample_count AS n FROM "analytics"."hourly_system_metrics"
         WHERE metric_name = $2 AND ($3::text IS NULL OR host = $3) AND bucket >= $4::timestamptz AND bucket < $6::timestamptz
        UNION ALL
        SELECT "time", metric_value, metric_value, metric_value, 1 FROM "analytics"."system_metrics"
         WHERE metric_name = $2 AND ($3::text IS NULL OR host = $3) AND "time" >= $6::timestamptz AND "time" < $5::timestamptz) r
      GROUP BY 1 ORDER BY 1`,
    interval, q.metricName, q.host, q.from, q.to, split,
  );
  return { source, rows };
}

export async function metricSeries(ctx: AnalyticsContext, args: { input: unknown }) {
  if (!ctx.principal) throw unauthenticated();
  const raw = args.input && typeof args.input === 'object' ? Object.fromEntries(Object.entries(args.input).map(([k, v]) => [k, (k === 'series' || k === 'bucket') && typeof v === 'string' ? v.toLowerCase() : v])) : args.input;
  const q = parseInput(input, raw, ['input']);
  const from = floorTo(q.from, BUCKETS[q.bucket]);
  const to = ceilTo(q.to, BUCKETS[q.bucket]);
  const scope = await tenantFor(ctx, 'analytics:read');
  let result: { source: SeriesSource; rows: Row[] };
  if (q.series === 'business') {
    // Business metrics are a tenant's: an organization's analytics:read holders read its series; a platform reader any (or all together).
    if (!scope.all && !q.organizationId) throw badInput([{ path: ['input', 'organizationId'], message: 'is required unless you read analytics of every organization' }]);
    if (q.organizationId && !inTenant(scope, q.organizationId)) throw forbidden('Missing permission analytics:read in that organization', { permission: 'analytics:read', reason: 'NO_GRANT' });
    const rows = await ctx.db.$queryRawUnsafe<Row[]>(
      `SELECT ${POINT} FROM (SELECT "time" AS h, metric_value AS total, metric_value AS lo, metric_value AS hi, 1 AS n FROM "analytics"."business_metrics"
          WHERE metric_name = $2 AND ($3::uuid IS NULL OR organization_id = $3) AND "time" >= $4::timestamptz AND "time" < $5::timestamptz) r GROUP BY 1 ORDER BY 1`,
      `1 ${q.bucket}`, q.metricName, q.organizationId ?? null, from, to,
    );
    result = { source: 'RAW', rows };
  } else {
    // System metrics and user activity are the platform's.
    if (!scope.all) throw forbidden(`${q.series === 'system' ? 'System metrics' : 'User activity'} are platform-wide: they need analytics:read for every organization`);
    if (q.series === 'system') result = await systemSeries(ctx.db, { metricName: q.metricName!, host: q.host ?? null, from, to, bucket: q.bucket });
    else {
      const rows = await ctx.db.$queryRawUnsafe<Row[]>(
        `SELECT ${POINT} FROM (SELECT "time" AS h, 1 AS total, 1 AS lo, 1 AS hi, 1 AS n FROM "analytics"."user_activity"
            WHERE ($2::text IS NULL OR activity_type = $2) AND "time" >= $3::timestamptz AND "time" < $4::timestamptz) r GROUP BY 1 ORDER BY 1`,
        `1 ${q.bucket}`, q.metricName ?? null, from, to,
      );
      result = { source: 'RAW', rows };
    }
  }
  return { series: q.series, metricName: q.metricName ?? null, bucket: q.bucket, from, to, source: result.source, points: result.rows };
}

const recordInput = z.object({
  organizationId: uuid.nullish(),
  metricName: text(100).min(1, 'must not be empty'),
  value: z.number().finite(),
  dimensions: z.record(z.string().max(100), z.union([z.string().max(500), z.number(), z.boolean(), z.null()])).refine((d) => Object.keys(d).length <= 20, 'at most 20 dimensions').nullish(),
});

/**
 * 000's `timeseries.record_business_metric(org, name, value, dimensions)`: one row at now().
 * analytics:create in the organization (a platform metric, without one: for every organization).
 */
export async function recordBusinessMetric(ctx: AnalyticsContext, raw: unknown) {
  if (!ctx.principal) throw unauthenticated();
  const q = parseInput(recordInput, raw, ['input']);
  const scope = await tenantFor(ctx, 'analytics:create');
  if (!inTenant(scope, q.organizationId ?? null)) throw forbidden(q.organizationId ? 'Missing permission analytics:create in that organization' : 'A platform metric needs analytics:create for every organization', { permission: 'analytics:create', reason: 'NO_GRANT' });
  return ctx.db.businessMetric.create({ data: { organizationId: q.organizationId ?? null, metricName: q.metricName, metricValue: q.value, dimensions: q.dimensions ?? {}, time: new Date() } });
}
export type MetricSeriesModel = Awaited<ReturnType<typeof metricSeries>>;

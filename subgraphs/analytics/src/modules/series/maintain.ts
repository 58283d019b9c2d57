import { enqueue, type Logger } from '@atrium/kernel';
import type { AnalyticsDb } from '../../db.js';
import { runDueReports } from '../reports/service.js';
import { OPERATION_ROLLUP, UsageStore } from '../usage/store.js';

/**
 * Partition upkeep and retention (000 §4's retention policies without TimescaleDB). Every
 * partitioned table gets its month and the next two created ahead; a partition is dropped whole
 * once all of it is older than its table's retention, and strays in the DEFAULT partition older
 * than that are deleted. Retention: system_metrics 30 days, user_activity 90 days, the hourly
 * rollups (hourly_system_metrics, hourly_operation_stats) 365 days (the seed's), api_usage_logs 180 days (operational telemetry classified
 * internal: long enough for two quarters of operation statistics), cost_allocations and
 * business_metrics kept (billing and business records).
 */
export const PARTITIONED = [
  { table: 'api_usage_logs', key: 'timestamp', retentionDays: 180 },
  { table: 'cost_allocations', key: 'billing_period', retentionDays: null },
  { table: 'system_metrics', key: 'time', retentionDays: 30 },
  { table: 'business_metrics', key: 'time', retentionDays: null },
  { table: 'user_activity', key: 'time', retentionDays: 90 },
  { table: 'hourly_system_metrics', key: 'bucket', retentionDays: 365 },
  { table: 'hourly_operation_stats', key: 'bucket', retentionDays: 365 },
] as const;

/** field_usage (not partitioned: coordinates × hours stays small) is trimmed to api_usage_logs' retention. */
export const FIELD_USAGE_RETENTION_DAYS = 180;

const monthStart = (d: Date, plus = 0) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1));

export async function maintainPartitions(db: AnalyticsDb, now: Date): Promise<{ created: string[]; dropped: string[] }> {
  const created: string[] = [];
  const dropped: string[] = [];
  for (const { table, key, retentionDays } of PARTITIONED) {
    for (let m = 0; m < 3; m++) {
      const month = monthStart(now, m);
      const [row] = await db.$queryRawUnsafe<{ made: boolean }[]>(`SELECT "analytics".ensure_month_partition($1, $2::date, $3) AS made`, table, month.toISOString().slice(0, 10), key);
      if (row?.made) created.push(`${table}_p${month.toISOString().slice(0, 7).replace('-', '')}`);
    }
    if (retentionDays === null) continue;
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
    const children = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace
        WHERE n.nspname = 'analytics' AND p.relname = $1`,
      table,
    );
    for (const { name } of children) {
      const match = new RegExp(`^${table}_p(\\d{4})(\\d{2})$`).exec(name);
      if (!match) continue;
      const upper = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1));
      if (upper <= cutoff) {
        await db.$executeRawUnsafe(`DROP TABLE "analytics"."${name}"`);
        dropped.push(name);
      }
    }
    await db.$executeRawUnsafe(`DELETE FROM "analytics"."${table}_default" WHERE "${key}" < $1::timestamptz`, cutoff);
  }
  // fieldUsage's hourly counts go with the requests they were counted from.
  await db.$executeRawUnsafe(`DELETE FROM "analytics"."field_usage" WHERE bucket < $1::timestamptz`, new Date(now.getTime() - FIELD_USAGE_RETENTION_DAYS * 86_400_000));
  return { created, dropped };
}

const ROLLUP = 'hourly_system_metrics';
type Tx = Parameters<Parameters<AnalyticsDb['$transaction']>[0]>[0];

/**
 * Take a rollup's lock and read where it starts: the hour before its watermark, or the hour of the
 * oldest raw row (`table`.`column`) on a first run.
 */
async function rollupStart(tx: Tx, name: string, table: string, column: string): Promise<Date | null> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('analytics.rollup:' || $1))`, name);
  const [state] = await tx.$queryRawUnsafe<{ next: Date | null }[]>(
    `SELECT coalesce((SELECT next_hour - interval '1 hour' FROM "analytics"."rollup_state" WHERE name = $1),
                     (SELECT date_trunc('hour', min("${column}")) FROM "analytics"."${table}")) AS next`,
    name,
  );
  return state?.next ?? null;
}

/** Move a rollup's watermark to `through` (never back). */
async function advanceWatermark(tx: Tx, name: string, through: Date) {
  await tx.$executeRawUnsafe(
    `INSERT INTO "analytics"."rollup_state" (name, next_hour) VALUES ($1, $2::timestamptz)
     ON CONFLICT (name) DO UPDATE SET next_hour = GREATEST("analytics"."rollup_state".next_hour, EXCLUDED.next_hour), updated_at = now()`,
    name,
    through,
  );
}

/**
 * The hourly rollup (avg, min, max, count per host and metric, as the seed's continuous
 * aggregate), kept incrementally: every complete hour from the watermark on is recomputed from the
 * raw rows, one hour before it too (rows that arrived late), and the watermark moves to the
 * current hour. Idempotent: an hour is always recomputed whole.
 */
export async function rollupHours(db: AnalyticsDb, now: Date): Promise<{ from: Date | null; through: Date; buckets: number }> {
  const through = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return db.$transaction(async (tx) => {
    const from = await rollupStart(tx, ROLLUP, 'system_metrics', 'time');
    let buckets = 0;
    if (from && from < through) {
      buckets = await tx.$executeRawUnsafe(
        `INSERT INTO "analytics"."hourly_system_metrics" (bucket, host, metric_name, avg_value, min_value, max_value, sample_count)
         SELECT date_trunc('hour', "time"), host, metric_name, avg(metric_value), min(metric_value), max(metric_value), count(*)
           FROM "analytics"."system_metrics" WHERE "time" >= $1::timestamptz AND "time" < $2::timestamptz
          GROUP BY 1, 2, 3
         ON CONFLICT (bucket, host, metric_name) DO UPDATE SET avg_value = EXCLUDED.avg_value, min_value = EXCLUDED.min_value,
           max_value = EXCLUDED.max_value, sample_count = EXCLUDED.sample_count`,
        from,
        through,
      );
    }
    await advanceWatermark(tx, ROLLUP, through);
    return { from, through, buckets };
  }, { timeout: 120_000 });
}

/**
 * The hourly operation rollup (hourly_operation_stats: requests, errors and a latency histogram per
 * operation and per subgraph it fetched), kept like the system metrics' one: every complete hour
 * from the watermark on, the hour before it too, and every hour a late batch marked dirty, is
 * recomputed whole from api_usage_logs. Holds the rollup's advisory lock, which usage batches take
 * shared: a batch stored while it runs waits, then sees the new watermark and marks its hours dirty.
 */
export async function rollupOperations(db: AnalyticsDb, now: Date): Promise<{ from: Date | null; through: Date; hours: number; rows: number }> {
  const through = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return db.$transaction(async (tx) => {
    const start = await rollupStart(tx, OPERATION_ROLLUP, 'api_usage_logs', 'timestamp');
    const from = start && start < through ? start : null;
    const dirty = (await tx.$queryRawUnsafe<{ hour: Date }[]>(`DELETE FROM "analytics"."rollup_dirty_hours" WHERE name = $1 RETURNING hour`, OPERATION_ROLLUP))
      .map((r) => r.hour)
      .filter((h) => !from || h < from);
    const ranges: [Date, Date][] = [...(from ? [[from, through] as [Date, Date]] : []), ...dirty.map((h) => [h, new Date(h.getTime() + 3_600_000)] as [Date, Date])];
    const store = new UsageStore(tx);
    let rows = 0;
    for (const [a, b] of ranges) rows += await store.rollUp(a, b);
    await advanceWatermark(tx, OPERATION_ROLLUP, through);
    const hours = (from ? (through.getTime() - from.getTime()) / 3_600_000 : 0) + dirty.length;
    return { from, through, hours, rows };
  }, { timeout: 600_000 });
}

/** A usage session with no request for this long is over (identity's access tokens last 15 minutes). */
export const SESSION_IDLE_MINUTES = 30;

/** End idle usage sessions: ended at their last activity, with their duration. */
export async function endIdleSessions(db: AnalyticsDb, now: Date): Promise<number> {
  return db.$executeRawUnsafe(
    `UPDATE "analytics"."usage_sessions" SET ended_at = last_activity_at, duration_seconds = floor(extract(epoch FROM last_activity_at - started_at))::int, end_reason = 'idle'
      WHERE ended_at IS NULL AND last_activity_at < $1::timestamptz - make_interval(mins => $2::int)`,
    now,
    SESSION_IDLE_MINUTES,
  );
}

export const MAINTAIN_TASK = 'analytics.maintain';

/**
 * The hourly upkeep job: partitions, retention, rollup, idle usage sessions, due scheduled reports. It schedules its own next run (one job key,
 * so there is only ever one waiting); `now` in the payload is the injected clock (tests), and such
 * a run does not reschedule.
 */
export function maintenanceTasks(deps: { db: AnalyticsDb; logger: Logger }) {
  return {
    [MAINTAIN_TASK]: async (raw: unknown) => {
      const payload = (raw ?? {}) as { now?: unknown };
      const injected = typeof payload.now === 'string' && !Number.isNaN(Date.parse(payload.now)) ? new Date(payload.now) : null;
      const now = injected ?? new Date();
      const partitions = await maintainPartitions(deps.db, now);
      const rollup = await rollupHours(deps.db, now);
      const operations = await rollupOperations(deps.db, now);
      const ended = await endIdleSessions(deps.db, now);
      const reports = await runDueReports(deps.db, deps.logger, now);
      deps.logger.info({ ...partitions, buckets: rollup.buckets, operationHours: operations.hours, operationRows: operations.rows, through: rollup.through, endedSessions: ended, reports }, 'analytics upkeep done');
      if (!injected) await scheduleMaintenance(deps.db, new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000 + 60_000));
    },
  };
}

/** Enqueue the upkeep (once: the job key replaces a waiting one). */
export const scheduleMaintenance = (db: AnalyticsDb, runAt?: Date) => enqueue(db, MAINTAIN_TASK, {}, { jobKey: MAINTAIN_TASK, runAt });

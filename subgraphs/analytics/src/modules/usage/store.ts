import type { ApiUsageEntry } from '@atrium/kernel';
import type { AnalyticsDb, DbClient } from '../../db.js';
import { histIndexSql } from './histogram.js';

export interface OperationFilter {
  operationName?: string | null;
  operationType?: string | null;
  subgraph?: string | null;
  userId?: string | null;
  errorsOnly?: boolean | null;
}

export interface OperationRow {
  operationName: string;
  operationType: string | null;
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface FieldUsageRow {
  coordinate: string;
  requests: number;
  errors: number;
  firstSeen: Date;
  lastSeen: Date;
}

export interface RequestBucketRow {
  bucketStart: Date;
  requests: number;
  errors: number;
  p95Ms: number | null;
}

export type BucketUnit = 'minute' | 'hour' | 'day';

export interface SubgraphRow {
  operationName: string;
  name: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Statement parameters shared by the two statistics queries: window, then filters. */
const FILTER = `"timestamp" >= $1::timestamptz AND "timestamp" < $2::timestamptz
  AND ($3::text IS NULL OR endpoint = $3::text)
  AND ($4::text IS NULL OR operation_type = $4::text)
  AND ($5::text IS NULL OR $5::text = ANY (subgraphs))
  AND ($6::uuid IS NULL OR user_id = $6::uuid)
  AND (NOT $7::boolean OR error_type IS NOT NULL)`;

/** The hourly operation rollup's name in rollup_state, rollup_dirty_hours and its advisory lock. */
export const OPERATION_ROLLUP = 'hourly_operation_stats';

/** One histogram cell of an operation (subgraph '') or of a subgraph it fetched, from rollups or raw rows. */
export interface HistogramCell {
  operationName: string;
  operationType: string | null;
  subgraph: string;
  index: number;
  requests: number;
  errors: number;
}

/**
 * Each request's latencies as (sg, ms) rows: its gateway latency under subgraph '', then each
 * subgraph it fetched with that subgraph's fetch time (`l` the api_usage_logs row).
 */
const LATENCIES = `CROSS JOIN LATERAL (SELECT ''::text AS sg, l.response_time_ms AS ms UNION ALL SELECT s.name, s.ms FROM unnest(l.subgraphs, l.subgraph_ms) AS s(name, ms)) x`;

/** Parameters of the histogram read, after the filters' $1…$7 (see `histogram`). */
const ROLLUP_FILTER = `($3::text IS NULL OR operation_name = $3::text) AND ($4::text IS NULL OR operation_type = $4::text)`;

/** A stored batch reopens a session it has activity after, unless the session was ended for good (logout). */
const REOPENS = `(EXCLUDED.last_activity_at > "analytics"."usage_sessions".ended_at AND "analytics"."usage_sessions".end_reason IS NOT DISTINCT FROM 'idle')`;

/** Every SQL statement over api_usage_logs and usage_sessions. */
export class UsageStore {
  constructor(private readonly db: DbClient) {}

  /**
   * Store one batch in one statement: rows new by (id, timestamp) are inserted (a redelivered
   * batch inserts nothing), and only those count toward their usage sessions, so a job that runs
   * twice changes nothing the second time.
   */
  async insertBatch(entries: readonly ApiUsageEntry[]): Promise<number> {
    const rows = entries.map((e) => ({
      id: e.id,
      ts: e.at,
      request_id: e.requestId,
      session_id: e.sessionId,
      user_id: e.userId,
      endpoint: e.operationName ?? '(anonymous)',
      method: e.method,
      operation_type: e.operationType,
      persisted_id: e.persistedId,
      status_code: e.status,
      response_time_ms: e.latencyMs,
      request_size_bytes: e.requestBytes,
      response_size_bytes: e.responseBytes,
      error_type: e.errorCode,
      error_count: e.errorCount,
      subgraphs: e.subgraphs.map((s) => s.name),
      subgraph_ms: e.subgraphs.map((s) => s.ms),
      request_headers: e.userAgent ? { 'user-agent': e.userAgent } : null,
      request_params: e.variables,
      client_ip: e.clientIp,
      user_agent: e.userAgent,
      fields: e.fields ?? [],
    }));
    // The rollup's lock, shared: batches run side by side, and never while the rollup computes
    // hours (so a row either counts in the hour it computes or marks that hour dirty below).
    const inserted = await (this.db as AnalyticsDb).$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(hashtext('analytics.rollup:' || $1))`, OPERATION_ROLLUP);
      return tx.$queryRawUnsafe<{ n: number }[]>(
      `WITH src AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
           id uuid, ts timestamptz, request_id text, session_id uuid, user_id uuid, endpoint text, method text, operation_type text,
           persisted_id text, status_code int, response_time_ms float8, request_size_bytes int, response_size_bytes int, error_type text,
           error_count int, subgraphs text[], subgraph_ms float8[], request_headers jsonb, request_params jsonb, client_ip text, user_agent text, fields text[])
       ), ins AS (
         INSERT INTO "analytics"."api_usage_logs" (id, "timestamp", request_id, session_id, user_id, endpoint, method, operation_type, persisted_id,
           status_code, response_time_ms, request_size_bytes, response_size_bytes, error_type, error_count, subgraphs, subgraph_ms, request_headers, request_params)
         SELECT id, ts, request_id, session_id, user_id, endpoint, method, operation_type, persisted_id, status_code, response_time_ms,
           request_size_bytes, response_size_bytes, error_type, error_count, subgraphs, subgraph_ms, request_headers, request_params FROM src
         ON CONFLICT (id, "timestamp") DO NOTHING
         RETURNING id, "timestamp"
       ), fresh AS (
         SELECT src.* FROM src JOIN ins ON ins.id = src.id AND ins."timestamp" = src.ts
       ), field_counts AS (
         -- Only new rows count, so a redelivered batch adds nothing; in key order, so concurrent batches do not deadlock.
         INSERT INTO "analytics"."field_usage" (bucket, coordinate, requests, errors)
         SELECT date_trunc('hour', f.ts), c, count(*), count(*) FILTER (WHERE f.error_type IS NOT NULL)
           FROM fresh f, unnest(f.fields) AS c GROUP BY 1, 2 ORDER BY 1, 2
         ON CONFLICT (bucket, coordinate) DO UPDATE SET requests = "analytics"."field_usage".requests + EXCLUDED.requests,
           errors = "analytics"."field_usage".errors + EXCLUDED.errors
         RETURNING 1
       ), sessions AS (
         INSERT INTO "analytics"."usage_sessions" (id, user_id, ip_address, user_agent, api_calls, started_at, last_activity_at)
         SELECT session_id, (array_agg(user_id))[1], (array_agg(client_ip::inet ORDER BY ts DESC))[1], (array_agg(user_agent ORDER BY ts DESC))[1],
                count(*), min(ts), max(ts)
           FROM fresh WHERE session_id IS NOT NULL GROUP BY session_id
         ON CONFLICT (id) DO UPDATE SET
           api_calls = "analytics"."usage_sessions".api_calls + EXCLUDED.api_calls,
           started_at = LEAST("analytics"."usage_sessions".started_at, EXCLUDED.started_at),
           last_activity_at = GREATEST("analytics"."usage_sessions".last_activity_at, EXCLUDED.last_activity_at),
           ip_address = COALESCE(EXCLUDED.ip_address, "analytics"."usage_sessions".ip_address),
           user_agent = COALESCE(EXCLUDED.user_agent, "analytics"."usage_sessions".user_agent),
           -- Activity after an idle end reopens the session; a logout is final (requests it stored late only move its start).
           ended_at = CASE WHEN ${REOPENS} THEN NULL ELSE "analytics"."usage_sessions".ended_at END,
           duration_seconds = CASE WHEN ${REOPENS} THEN NULL
             WHEN "analytics"."usage_sessions".ended_at IS NULL THEN NULL
             ELSE floor(extract(epoch FROM "analytics"."usage_sessions".ended_at - LEAST("analytics"."usage_sessions".started_at, EXCLUDED.started_at)))::int END,
           end_reason = CASE WHEN ${REOPENS} THEN NULL ELSE "analytics"."usage_sessions".end_reason END
         RETURNING 1
       ), dirty AS (
         -- New rows in hours the operation rollup has already computed (stored late): recomputed by its next run.
         INSERT INTO "analytics"."rollup_dirty_hours" (name, hour)
         SELECT DISTINCT $2::text, date_trunc('hour', f.ts) FROM fresh f
          WHERE date_trunc('hour', f.ts) < (SELECT next_hour FROM "analytics"."rollup_state" WHERE name = $2::text)
         ON CONFLICT DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM ins)::int AS n`,
      JSON.stringify(rows),
      OPERATION_ROLLUP,
      );
    }, { timeout: 60_000, maxWait: 30_000 });
    return inserted[0]?.n ?? 0;
  }

  /**
   * End usage sessions for good (identity's logout or refresh-token reuse) at `at`, with their
   * duration. A session whose requests are not stored yet gets its row now (they join it later and
   * only move its start). Idempotent: an ended session is left as it is.
   */
  endSessions(userId: string, sessionIds: readonly string[], reason: string, at: Date): Promise<number> {
    return this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."usage_sessions" AS s (id, user_id, started_at, last_activity_at, ended_at, duration_seconds, end_reason)
       SELECT sid, $2::uuid, $4::timestamptz, $4::timestamptz, $4::timestamptz, 0, $3 FROM unnest($1::uuid[]) AS sid
       ON CONFLICT (id) DO UPDATE SET ended_at = EXCLUDED.ended_at,
         duration_seconds = GREATEST(0, floor(extract(epoch FROM EXCLUDED.ended_at - s.started_at)))::int, end_reason = EXCLUDED.end_reason
       WHERE s.end_reason IS DISTINCT FROM EXCLUDED.end_reason OR s.ended_at IS NULL`,
      [...sessionIds],
      userId,
      reason,
      at,
    );
  }

  /**
   * Requests per coordinate over the whole UTC hours from `from`'s hour up to `to` (exclusive),
   * busiest first; optionally only coordinates of one type (`User` matches `User.*`).
   */
  async fieldUsage(from: Date, to: Date, typeName: string | null, first: number): Promise<FieldUsageRow[]> {
    return this.db.$queryRawUnsafe<FieldUsageRow[]>(
      `SELECT coordinate, sum(requests)::float8 AS requests, sum(errors)::float8 AS errors, min(bucket) AS "firstSeen", max(bucket) + interval '1 hour' AS "lastSeen"
         FROM "analytics"."field_usage"
        WHERE bucket >= date_trunc('hour', $1::timestamptz) AND bucket < $2::timestamptz
          AND ($3::text IS NULL OR left(coordinate, length($3::text) + 1) = $3::text || '.')
        GROUP BY coordinate ORDER BY sum(requests) DESC, coordinate LIMIT $4::int`,
      from,
      to,
      typeName,
      first,
    );
  }

  private params(from: Date, to: Date, f: OperationFilter) {
    return [from, to, f.operationName ?? null, f.operationType ?? null, f.subgraph ?? null, f.userId ?? null, f.errorsOnly ?? false] as const;
  }

  /**
   * One statistics statement with room to sort and hash in memory: exact percentiles sort every
   * latency of a group, histograms hash a million cells, and the default 4 MB work_mem would spill
   * them to disk. JIT off: compiling these plans costs more (≈ 0.7 s) than it saves.
   */
  private sorted<T>(sql: string, ...values: unknown[]): Promise<T> {
    const db = this.db as AnalyticsDb;
    return db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      await tx.$executeRawUnsafe(`SET LOCAL jit = off`);
      return tx.$queryRawUnsafe<T>(sql, ...values);
      // A month of a busy gateway takes seconds to read exactly (see bench/analytics.ts).
    }, { timeout: 60_000, maxWait: 10_000 });
  }

  /** Per operation: requests, errors and exact percentiles (percentile_cont over every row of the window). */
  operations(from: Date, to: Date, f: OperationFilter, first: number): Promise<OperationRow[]> {
    return this.sorted<OperationRow[]>(
      `SELECT "operationName", "operationType", requests, errors, p[1] AS "p50Ms", p[2] AS "p95Ms", p[3] AS "p99Ms" FROM (
         SELECT endpoint AS "operationName", max(operation_type) AS "operationType",
                count(*)::int AS requests, count(*) FILTER (WHERE error_type IS NOT NULL)::int AS errors,
                percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY response_time_ms) AS p
           FROM "analytics"."api_usage_logs" WHERE ${FILTER}
          GROUP BY endpoint) g
        ORDER BY requests DESC, "operationName"
        LIMIT $8::int`,
      ...this.params(from, to, f),
      first,
    );
  }

  /** Per operation and subgraph it fetched: requests and exact percentiles of that subgraph's fetch time. */
  subgraphs(from: Date, to: Date, f: OperationFilter): Promise<SubgraphRow[]> {
    return this.sorted<SubgraphRow[]>(
      `SELECT "operationName", name, requests, p[1] AS "p50Ms", p[2] AS "p95Ms", p[3] AS "p99Ms" FROM (
         SELECT l.endpoint AS "operationName", s.name, count(*)::int AS requests,
                percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY s.ms) AS p
           FROM "analytics"."api_usage_logs" l, unnest(l.subgraphs, l.subgraph_ms) AS s(name, ms)
          WHERE ${FILTER.replace(/"timestamp"/g, 'l."timestamp"')}
          GROUP BY l.endpoint, s.name) g
        ORDER BY "operationName", name`,
      ...this.params(from, to, f),
    );
  }

  /**
   * Requests, errors and the exact p95 latency per UTC minute, hour or day over [from, to),
   * every bucket from the one holding `from` to the last one starting before `to` (empty ones
   * with zeros), oldest first. Buckets are computed in UTC whatever the session's time zone.
   */
  series(from: Date, to: Date, unit: BucketUnit, f: OperationFilter): Promise<RequestBucketRow[]> {
    return this.sorted<RequestBucketRow[]>(
      `WITH buckets AS (
         SELECT g AT TIME ZONE 'UTC' AS bucket
           FROM generate_series(date_trunc($8::text, $1::timestamptz AT TIME ZONE 'UTC'), $2::timestamptz AT TIME ZONE 'UTC' - interval '1 microsecond', ('1 ' || $8::text)::interval) AS g
       ), counts AS (
         SELECT date_trunc($8::text, "timestamp" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS bucket, count(*)::int AS requests,
                count(*) FILTER (WHERE error_type IS NOT NULL)::int AS errors,
                percentile_cont(0.95) WITHIN GROUP (ORDER BY response_time_ms) AS p95
           FROM "analytics"."api_usage_logs" WHERE ${FILTER}
          GROUP BY 1
       )
       SELECT b.bucket AS "bucketStart", coalesce(c.requests, 0) AS requests, coalesce(c.errors, 0) AS errors, c.p95 AS "p95Ms"
         FROM buckets b LEFT JOIN counts c ON c.bucket = b.bucket
        ORDER BY b.bucket`,
      ...this.params(from, to, f),
      unit,
    );
  }

  /**
   * Histogram cells per operation (subgraph '') and per subgraph it fetched, over [from, to): the
   * rollup's hours in [rollFrom, rollTo) except `dirty` ones, and raw rows (bucketed the same way)
   * of the `raw` ranges (the rest of the window: partial hours, hours past the watermark, dirty
   * hours), each range read by the timestamp index. Only the operationName and operationType
   * filters apply (the rollup keeps no user and no per-request errors or subgraph sets).
   */
  histogram(from: Date, to: Date, f: OperationFilter, rollFrom: Date, rollTo: Date, dirty: readonly Date[], raw: readonly [Date, Date][]): Promise<HistogramCell[]> {
    return this.sorted<HistogramCell[]>(
      `WITH cells AS (
         SELECT r.operation_name AS op, r.operation_type AS ty, r.subgraph AS sg, u.i::int AS i, u.n::bigint AS n,
                CASE WHEN u.ord = 1 THEN r.errors ELSE 0 END::bigint AS e
           FROM "analytics"."hourly_operation_stats" r, unnest(r.hist_index, r.hist_count) WITH ORDINALITY AS u(i, n, ord)
          WHERE r.bucket >= $8::timestamptz AND r.bucket < $9::timestamptz AND r.bucket <> ALL ($10::timestamptz[]) AND ${ROLLUP_FILTER}
         UNION ALL
         SELECT l.endpoint, coalesce(l.operation_type, ''), x.sg, ${histIndexSql('x.ms')}, count(*), count(*) FILTER (WHERE l.error_type IS NOT NULL)
           FROM unnest($11::timestamptz[], $12::timestamptz[]) AS w(lo, hi)
           JOIN "analytics"."api_usage_logs" l ON l."timestamp" >= w.lo AND l."timestamp" < w.hi
           ${LATENCIES}
          WHERE ${FILTER.replace(/"timestamp"/g, 'l."timestamp"')} AND x.ms IS NOT NULL
          GROUP BY 1, 2, 3, 4
       )
       SELECT op AS "operationName", nullif(max(ty), '') AS "operationType", sg AS subgraph, i AS index, sum(n)::int AS requests, sum(e)::int AS errors
         FROM cells GROUP BY op, sg, i ORDER BY op, sg, i`,
      ...this.params(from, to, f),
      rollFrom,
      rollTo,
      [...dirty],
      raw.map((r) => r[0]),
      raw.map((r) => r[1]),
    );
  }

  /** Recompute the operation rollup's hours in [from, to) whole from raw rows; the hourly rows written. */
  async rollUp(from: Date, to: Date): Promise<number> {
    await this.db.$executeRawUnsafe(`DELETE FROM "analytics"."hourly_operation_stats" WHERE bucket >= $1::timestamptz AND bucket < $2::timestamptz`, from, to);
    return this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."hourly_operation_stats" (bucket, operation_name, operation_type, subgraph, requests, errors, hist_index, hist_count)
       SELECT bucket, op, ty, sg, sum(n), sum(e), array_agg(i::smallint ORDER BY i), array_agg(n::int ORDER BY i) FROM (
         SELECT date_trunc('hour', l."timestamp") AS bucket, l.endpoint AS op, coalesce(l.operation_type, '') AS ty, x.sg, ${histIndexSql('x.ms')} AS i,
                count(*) AS n, count(*) FILTER (WHERE l.error_type IS NOT NULL) AS e
           FROM "analytics"."api_usage_logs" l ${LATENCIES}
          WHERE l."timestamp" >= $1::timestamptz AND l."timestamp" < $2::timestamptz AND x.ms IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5) c
        GROUP BY bucket, op, ty, sg`,
      from,
      to,
    );
  }

  /** The operation rollup's watermark (the first hour it has not computed) and its dirty hours in [from, to). */
  async rollupState(from: Date, to: Date): Promise<{ next: Date | null; dirty: Date[] }> {
    const [row] = await this.db.$queryRawUnsafe<{ next: Date | null; dirty: Date[] }[]>(
      `SELECT (SELECT next_hour FROM "analytics"."rollup_state" WHERE name = $1) AS next,
              coalesce((SELECT array_agg(hour ORDER BY hour) FROM "analytics"."rollup_dirty_hours" WHERE name = $1 AND hour >= $2::timestamptz AND hour < $3::timestamptz), '{}') AS dirty`,
      OPERATION_ROLLUP,
      from,
      to,
    );
    return { next: row?.next ?? null, dirty: row?.dirty ?? [] };
  }
}

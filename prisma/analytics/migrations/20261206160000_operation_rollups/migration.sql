-- Analytics: hourly per-operation (and per-subgraph) rollup of api_usage_logs with a latency
-- histogram, for operationStats over long windows. Partitioned by month on `bucket` like the other
-- rollup (365 days kept); the upkeep job recomputes whole hours from raw rows.
--   subgraph '' : the operation's own row (histogram of the gateway latency of its requests);
--   subgraph S  : requests of the operation that fetched S (histogram of S's fetch time).
-- The histogram is sparse: hist_index[k] is a bucket index, hist_count[k] its requests (ascending
-- indices, no zeros). Bucket 0 is [0, 0.01 ms); bucket i ≥ 1 is [0.01·2^((i-1)/8), 0.01·2^(i/8)) ms,
-- bucket 255 also holding everything longer (see modules/usage/histogram.ts).
CREATE TABLE "analytics"."hourly_operation_stats" (
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "operation_name" VARCHAR(255) NOT NULL,
    "operation_type" VARCHAR(20) NOT NULL DEFAULT '',
    "subgraph" VARCHAR(100) NOT NULL DEFAULT '',
    "requests" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "hist_index" SMALLINT[],
    "hist_count" INTEGER[],
    CONSTRAINT "hourly_operation_stats_pkey" PRIMARY KEY ("bucket", "operation_name", "operation_type", "subgraph")
) PARTITION BY RANGE ("bucket");
CREATE TABLE "analytics"."hourly_operation_stats_default" PARTITION OF "analytics"."hourly_operation_stats" DEFAULT;

-- Hours already rolled up that received rows since (a batch stored late): recomputed by the next run.
CREATE TABLE "analytics"."rollup_dirty_hours" (
    "name" VARCHAR(100) NOT NULL,
    "hour" TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT "rollup_dirty_hours_pkey" PRIMARY KEY ("name", "hour")
);

SELECT "analytics".ensure_month_partition('hourly_operation_stats', (date_trunc('month', now()) + make_interval(months => m))::date, 'bucket')
  FROM generate_series(0, 2) AS m;

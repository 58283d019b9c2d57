-- Analytics domain: usage captured at the gateway (004 §4.1).
CREATE SCHEMA IF NOT EXISTS "analytics";

CREATE TABLE "analytics"."usage_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "ip_address" INET,
    "user_agent" TEXT,
    "country" VARCHAR(100),
    "region" VARCHAR(100),
    "city" VARCHAR(100),
    "timezone" VARCHAR(50),
    "page_views" INTEGER NOT NULL DEFAULT 0,
    "api_calls" INTEGER NOT NULL DEFAULT 0,
    "llm_interactions" INTEGER NOT NULL DEFAULT 0,
    "total_tokens_used" BIGINT NOT NULL DEFAULT 0,
    "total_cost" DECIMAL(16,6) NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_activity_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(6),
    "duration_seconds" INTEGER,
    CONSTRAINT "usage_sessions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "idx_usage_sessions_user" ON "analytics"."usage_sessions"("user_id");
CREATE INDEX "idx_usage_sessions_started" ON "analytics"."usage_sessions"("started_at");
CREATE INDEX "idx_usage_sessions_ip" ON "analytics"."usage_sessions"("ip_address");

-- Partitioned by month on "timestamp" (004 §8.2). The seed's `request_id UNIQUE` cannot stand on a
-- partitioned table (a unique key must include the partition key): the key is (id, timestamp),
-- where id is the gateway's capture id, so a redelivered batch inserts nothing twice.
CREATE TABLE "analytics"."api_usage_logs" (
    "id" UUID NOT NULL,
    "timestamp" TIMESTAMPTZ(6) NOT NULL,
    "request_id" VARCHAR(255) NOT NULL,
    "session_id" UUID,
    "user_id" UUID,
    "endpoint" VARCHAR(255) NOT NULL,
    "method" VARCHAR(10) NOT NULL,
    "operation_type" VARCHAR(20),
    "persisted_id" VARCHAR(128),
    "status_code" INTEGER,
    "response_time_ms" DOUBLE PRECISION,
    "request_size_bytes" INTEGER,
    "response_size_bytes" INTEGER,
    "error_type" VARCHAR(100),
    "error_message" TEXT,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "subgraphs" VARCHAR(100)[],
    "subgraph_ms" DOUBLE PRECISION[],
    "request_headers" JSONB,
    "request_params" JSONB,
    "response_headers" JSONB,
    CONSTRAINT "api_usage_logs_pkey" PRIMARY KEY ("id", "timestamp")
) PARTITION BY RANGE ("timestamp");
CREATE INDEX "idx_api_logs_timestamp" ON "analytics"."api_usage_logs"("timestamp");
CREATE INDEX "idx_api_logs_endpoint" ON "analytics"."api_usage_logs"("endpoint", "timestamp");
CREATE INDEX "idx_api_logs_user" ON "analytics"."api_usage_logs"("user_id");
CREATE INDEX "idx_api_logs_status" ON "analytics"."api_usage_logs"("status_code");
CREATE INDEX "idx_api_logs_request" ON "analytics"."api_usage_logs"("request_id");
-- Strays (a month nobody created yet) land here until their month's partition takes them.
CREATE TABLE "analytics"."api_usage_logs_default" PARTITION OF "analytics"."api_usage_logs" DEFAULT;

-- Create the monthly partition of `parent` holding `month` (idempotent, serialized per parent).
-- Rows of that month already in the DEFAULT partition are moved into it, so creating a month
-- late never fails. Partitions are named <parent>_pYYYYMM.
CREATE FUNCTION "analytics".ensure_month_partition(parent TEXT, month DATE, part_key TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql AS $$
DECLARE
  lo DATE := date_trunc('month', month)::date;
  hi DATE := (date_trunc('month', month) + interval '1 month')::date;
  part TEXT := parent || '_p' || to_char(lo, 'YYYYMM');
  def TEXT := parent || '_default';
  moved BIGINT;
BEGIN
  IF to_regclass(format('analytics.%I', part)) IS NOT NULL THEN RETURN FALSE; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('analytics.partition:' || parent));
  IF to_regclass(format('analytics.%I', part)) IS NOT NULL THEN RETURN FALSE; END IF;
  EXECUTE format('CREATE TEMP TABLE atrium_strays ON COMMIT DROP AS SELECT * FROM analytics.%I WHERE %I >= %L AND %I < %L', def, part_key, lo, part_key, hi);
  GET DIAGNOSTICS moved = ROW_COUNT;
  IF moved > 0 THEN
    EXECUTE format('DELETE FROM analytics.%I WHERE %I >= %L AND %I < %L', def, part_key, lo, part_key, hi);
  END IF;
  EXECUTE format('CREATE TABLE analytics.%I PARTITION OF analytics.%I FOR VALUES FROM (%L) TO (%L)', part, parent, lo, hi);
  IF moved > 0 THEN
    EXECUTE format('INSERT INTO analytics.%I SELECT * FROM atrium_strays', parent);
  END IF;
  DROP TABLE atrium_strays;
  RETURN TRUE;
END $$;

SELECT "analytics".ensure_month_partition('api_usage_logs', (date_trunc('month', now()) + make_interval(months => m))::date, 'timestamp')
  FROM generate_series(0, 2) AS m;

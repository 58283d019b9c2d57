-- Analytics: time series on plain PostgreSQL (000 §4 without TimescaleDB): range-partitioned by
-- month, a DEFAULT partition for strays, an hourly rollup kept incrementally by a job.
CREATE TABLE "analytics"."system_metrics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "time" TIMESTAMPTZ(6) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "metric_name" VARCHAR(100) NOT NULL,
    "metric_value" DOUBLE PRECISION NOT NULL,
    "tags" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "system_metrics_pkey" PRIMARY KEY ("id", "time")
) PARTITION BY RANGE ("time");
CREATE INDEX "idx_system_metrics_name_time" ON "analytics"."system_metrics"("metric_name", "time" DESC);
CREATE INDEX "idx_system_metrics_host_time" ON "analytics"."system_metrics"("host", "time" DESC);
CREATE TABLE "analytics"."system_metrics_default" PARTITION OF "analytics"."system_metrics" DEFAULT;

CREATE TABLE "analytics"."business_metrics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "time" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organization_id" UUID,
    "metric_name" VARCHAR(100) NOT NULL,
    "metric_value" DOUBLE PRECISION NOT NULL,
    "dimensions" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "business_metrics_pkey" PRIMARY KEY ("id", "time")
) PARTITION BY RANGE ("time");
CREATE INDEX "idx_business_metrics_org_time" ON "analytics"."business_metrics"("organization_id", "time" DESC);
CREATE INDEX "idx_business_metrics_name_time" ON "analytics"."business_metrics"("metric_name", "time" DESC);
CREATE TABLE "analytics"."business_metrics_default" PARTITION OF "analytics"."business_metrics" DEFAULT;

CREATE TABLE "analytics"."user_activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "time" TIMESTAMPTZ(6) NOT NULL,
    "user_id" UUID,
    "activity_type" VARCHAR(100) NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip_address" VARCHAR(45),
    "user_agent" TEXT,
    CONSTRAINT "user_activity_pkey" PRIMARY KEY ("id", "time")
) PARTITION BY RANGE ("time");
CREATE INDEX "idx_user_activity_user_time" ON "analytics"."user_activity"("user_id", "time" DESC);
CREATE INDEX "idx_user_activity_type_time" ON "analytics"."user_activity"("activity_type", "time" DESC);
CREATE TABLE "analytics"."user_activity_default" PARTITION OF "analytics"."user_activity" DEFAULT;

-- The seed's continuous aggregate, as a table the rollup job upserts (whole hours, recomputed from raw rows).
CREATE TABLE "analytics"."hourly_system_metrics" (
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "host" VARCHAR(255) NOT NULL,
    "metric_name" VARCHAR(100) NOT NULL,
    "avg_value" DOUBLE PRECISION NOT NULL,
    "min_value" DOUBLE PRECISION NOT NULL,
    "max_value" DOUBLE PRECISION NOT NULL,
    "sample_count" INTEGER NOT NULL,
    CONSTRAINT "hourly_system_metrics_pkey" PRIMARY KEY ("bucket", "host", "metric_name")
) PARTITION BY RANGE ("bucket");
CREATE TABLE "analytics"."hourly_system_metrics_default" PARTITION OF "analytics"."hourly_system_metrics" DEFAULT;

-- How far each rollup has read: the next hour it will compute.
CREATE TABLE "analytics"."rollup_state" (
    "name" VARCHAR(100) NOT NULL,
    "next_hour" TIMESTAMPTZ(6) NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rollup_state_pkey" PRIMARY KEY ("name")
);

SELECT "analytics".ensure_month_partition(t.parent, (date_trunc('month', now()) + make_interval(months => m))::date, t.part_key)
  FROM (VALUES ('system_metrics', 'time'), ('business_metrics', 'time'), ('user_activity', 'time'), ('hourly_system_metrics', 'bucket')) AS t(parent, part_key),
       generate_series(0, 2) AS m;

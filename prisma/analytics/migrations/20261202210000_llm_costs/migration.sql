-- Analytics: LLM usage (003 ai_usage_logs), cost centers and cost allocations (004 §4.3), budget alerts.
CREATE TABLE "analytics"."ai_usage_logs" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "organization_id" UUID,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "operation" TEXT,
    "input_tokens" INTEGER NOT NULL DEFAULT 0,
    "output_tokens" INTEGER NOT NULL DEFAULT 0,
    "total_tokens" INTEGER NOT NULL DEFAULT 0,
    "cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
    "latency_ms" INTEGER,
    "success" BOOLEAN NOT NULL DEFAULT true,
    "error_code" VARCHAR(100),
    "error_message" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ai_usage_logs_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "idx_ai_usage_org" ON "analytics"."ai_usage_logs"("organization_id");
CREATE INDEX "idx_ai_usage_provider" ON "analytics"."ai_usage_logs"("provider");
CREATE INDEX "idx_ai_usage_created" ON "analytics"."ai_usage_logs"("created_at" DESC);
CREATE INDEX "idx_ai_usage_user" ON "analytics"."ai_usage_logs"("user_id", "created_at");

CREATE TABLE "analytics"."cost_centers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "code" VARCHAR(50),
    "parent_cost_center_id" UUID,
    "monthly_budget" DECIMAL(12,2),
    "annual_budget" DECIMAL(12,2),
    "manager_id" UUID,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "alert_thresholds" INTEGER[] DEFAULT ARRAY[80, 100]::INTEGER[],
    "hard_limit" BOOLEAN NOT NULL DEFAULT false,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cost_centers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "cost_centers_budgets_check" CHECK (("monthly_budget" IS NULL OR "monthly_budget" >= 0) AND ("annual_budget" IS NULL OR "annual_budget" >= 0)),
    CONSTRAINT "cost_centers_not_own_parent" CHECK ("parent_cost_center_id" IS NULL OR "parent_cost_center_id" <> "id")
);
CREATE UNIQUE INDEX "cost_centers_organization_id_name_key" ON "analytics"."cost_centers"("organization_id", "name");
CREATE UNIQUE INDEX "cost_centers_organization_id_code_key" ON "analytics"."cost_centers"("organization_id", "code");
CREATE INDEX "idx_cost_centers_parent" ON "analytics"."cost_centers"("parent_cost_center_id");
CREATE INDEX "idx_cost_centers_manager" ON "analytics"."cost_centers"("manager_id");
ALTER TABLE "analytics"."cost_centers" ADD CONSTRAINT "cost_centers_parent_cost_center_id_fkey" FOREIGN KEY ("parent_cost_center_id") REFERENCES "analytics"."cost_centers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

CREATE TABLE "analytics"."cost_center_mappings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subject_type" VARCHAR(20) NOT NULL,
    "subject_id" UUID NOT NULL,
    "cost_center_id" UUID NOT NULL,
    "organization_id" UUID,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cost_center_mappings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "cost_center_mappings_subject_type_check" CHECK ("subject_type" IN ('user', 'organization'))
);
CREATE UNIQUE INDEX "cost_center_mappings_subject_key" ON "analytics"."cost_center_mappings"("subject_type", "subject_id", "organization_id");
CREATE INDEX "idx_cost_center_mappings_center" ON "analytics"."cost_center_mappings"("cost_center_id");
ALTER TABLE "analytics"."cost_center_mappings" ADD CONSTRAINT "cost_center_mappings_cost_center_id_fkey" FOREIGN KEY ("cost_center_id") REFERENCES "analytics"."cost_centers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- Partitioned by month on billing_period (004 §8.2 range partitioning of billing data).
CREATE TABLE "analytics"."cost_allocations" (
    "id" UUID NOT NULL,
    "billing_period" DATE NOT NULL,
    "user_id" UUID,
    "organization_id" UUID,
    "cost_center_id" UUID NOT NULL,
    "service_type" VARCHAR(50) NOT NULL,
    "resource_id" VARCHAR(255),
    "cost_amount" DECIMAL(12,6) NOT NULL,
    "currency" VARCHAR(3) NOT NULL DEFAULT 'USD',
    "usage_quantity" DECIMAL(15,6),
    "usage_unit" VARCHAR(50),
    "cost_breakdown" JSONB NOT NULL DEFAULT '{}',
    "tags" JSONB NOT NULL DEFAULT '{}',
    "incurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "cost_allocations_pkey" PRIMARY KEY ("id", "billing_period"),
    CONSTRAINT "cost_allocations_billing_period_check" CHECK ("billing_period" = date_trunc('month', "billing_period")::date),
    CONSTRAINT "cost_allocations_service_type_check" CHECK ("service_type" IN ('llm', 'storage', 'compute', 'api'))
) PARTITION BY RANGE ("billing_period");
CREATE INDEX "idx_cost_allocations_user" ON "analytics"."cost_allocations"("user_id");
CREATE INDEX "idx_cost_allocations_cost_center" ON "analytics"."cost_allocations"("cost_center_id", "billing_period");
CREATE INDEX "idx_cost_allocations_period" ON "analytics"."cost_allocations"("billing_period");
CREATE INDEX "idx_cost_allocations_service" ON "analytics"."cost_allocations"("service_type");
CREATE INDEX "idx_cost_allocations_org" ON "analytics"."cost_allocations"("organization_id", "billing_period");
CREATE TABLE "analytics"."cost_allocations_default" PARTITION OF "analytics"."cost_allocations" DEFAULT;
SELECT "analytics".ensure_month_partition('cost_allocations', (date_trunc('month', now()) + make_interval(months => m))::date, 'billing_period')
  FROM generate_series(0, 2) AS m;

CREATE TABLE "analytics"."budget_alerts" (
    "cost_center_id" UUID NOT NULL,
    "period_kind" VARCHAR(10) NOT NULL,
    "period_start" DATE NOT NULL,
    "threshold_percent" INTEGER NOT NULL,
    "spend" DECIMAL(14,6) NOT NULL,
    "budget" DECIMAL(12,2) NOT NULL,
    "crossed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "budget_alerts_pkey" PRIMARY KEY ("cost_center_id", "period_kind", "period_start", "threshold_percent")
);

-- The default cost center: usage nobody mapped is charged here.
INSERT INTO "analytics"."cost_centers" ("id", "name", "code", "description", "is_default")
VALUES ('00000000-0000-4000-8000-00000000cc01', 'Unallocated', 'DEFAULT', 'Usage of users and organizations mapped to no cost center', true);
CREATE UNIQUE INDEX "cost_centers_one_default" ON "analytics"."cost_centers"("is_default") WHERE "is_default";

-- Analytics reports (004 §4.2): definitions in a declarative language (validated and compiled to
-- parameterized SQL over analytics' own tables; never SQL text), schedules kept by the upkeep job,
-- and one execution row per run. organization_id is the tenant (null: a platform report).
CREATE TABLE "analytics"."analytics_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "report_type" VARCHAR(50) NOT NULL,
    "data_sources" JSONB NOT NULL,
    "filters" JSONB NOT NULL DEFAULT '[]',
    "aggregations" JSONB NOT NULL DEFAULT '{}',
    "schedule_type" VARCHAR(20) NOT NULL DEFAULT 'manual',
    "schedule_config" JSONB NOT NULL DEFAULT '{}',
    "next_run_at" TIMESTAMPTZ(6),
    "created_by" UUID NOT NULL,
    "shared_with" UUID[] NOT NULL DEFAULT '{}',
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "last_generated_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "analytics_reports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "analytics_reports_type_check" CHECK ("report_type" IN ('usage', 'performance', 'cost', 'user_behavior')),
    CONSTRAINT "analytics_reports_schedule_check" CHECK ("schedule_type" IN ('manual', 'daily', 'weekly', 'monthly'))
);
CREATE INDEX "idx_analytics_reports_type" ON "analytics"."analytics_reports"("report_type");
CREATE INDEX "idx_analytics_reports_creator" ON "analytics"."analytics_reports"("created_by");
CREATE INDEX "idx_analytics_reports_schedule" ON "analytics"."analytics_reports"("next_run_at");
CREATE INDEX "idx_analytics_reports_org" ON "analytics"."analytics_reports"("organization_id");

CREATE TABLE "analytics"."report_executions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "report_id" UUID NOT NULL,
    "execution_type" VARCHAR(20) NOT NULL,
    "triggered_by" UUID,
    "status" VARCHAR(20) NOT NULL DEFAULT 'running',
    "result_data" JSONB,
    "result_file_path" TEXT,
    "error_message" TEXT,
    "execution_time_ms" INTEGER,
    "rows_processed" INTEGER,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    CONSTRAINT "report_executions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "report_executions_type_check" CHECK ("execution_type" IN ('manual', 'scheduled')),
    CONSTRAINT "report_executions_status_check" CHECK ("status" IN ('running', 'completed', 'failed')),
    CONSTRAINT "report_executions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "analytics"."analytics_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
);
CREATE INDEX "idx_report_executions_report" ON "analytics"."report_executions"("report_id");
CREATE INDEX "idx_report_executions_status" ON "analytics"."report_executions"("status");
CREATE INDEX "idx_report_executions_started" ON "analytics"."report_executions"("started_at");

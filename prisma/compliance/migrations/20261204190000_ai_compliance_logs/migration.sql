-- AI safety, issue 12 §7 (003 ai_compliance_logs): one record per LLM operation, from the
-- ai.operation_logged event, with masked excerpts, the safety checks' results and a review.
-- 003's bigserial id and bigint organization_id become UUIDs; `event_id` makes intake idempotent.
CREATE TABLE "compliance"."ai_compliance_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "user_id" UUID,
    "organization_id" UUID,
    "operation" TEXT NOT NULL,
    "provider" VARCHAR(100) NOT NULL,
    "model" VARCHAR(255) NOT NULL,
    "request_id" VARCHAR(255),
    "resource_type" VARCHAR(100) NOT NULL,
    "resource_id" VARCHAR(255) NOT NULL,
    "input_text" TEXT,
    "output_text" TEXT,
    "safety_check_results" JSONB NOT NULL DEFAULT '{}',
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "flag_reason" TEXT,
    "review_status" VARCHAR(20) NOT NULL DEFAULT 'none',
    "review_notes" TEXT,
    "reviewed_by" UUID,
    "reviewed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ai_compliance_logs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ai_compliance_logs_review_check" CHECK ("review_status" IN ('none', 'pending', 'cleared', 'confirmed'))
);
CREATE UNIQUE INDEX "ai_compliance_logs_event_id_key" ON "compliance"."ai_compliance_logs"("event_id");
CREATE INDEX "idx_ai_compliance_flagged" ON "compliance"."ai_compliance_logs"("flagged") WHERE "flagged" = true;
CREATE INDEX "idx_ai_compliance_created" ON "compliance"."ai_compliance_logs"("created_at" DESC);
CREATE INDEX "idx_ai_compliance_organization" ON "compliance"."ai_compliance_logs"("organization_id", "created_at");

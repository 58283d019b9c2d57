-- Data-subject requests, issue 12 §6 (002 §9 data_subject_requests, SEED-INVENTORY B.3.1 #14):
-- access/export, rectification, erasure, restriction, objection, with verification, the legal
-- deadline (30 days GDPR, 45 CCPA) and, for export and erasure, one contribution per subgraph
-- that holds subject data (the fan-out's results). Tenant-owned: `organization_id` is the tenant
-- the request was filed in (null: filed platform-wide).
CREATE TABLE "compliance"."data_subject_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "organization_id" UUID,
    "request_type" VARCHAR(20) NOT NULL,
    "regulation" VARCHAR(10) NOT NULL DEFAULT 'GDPR',
    "status" VARCHAR(20) NOT NULL DEFAULT 'received',
    "details" TEXT,
    "requested_by" UUID NOT NULL,
    "verification_token_hash" VARCHAR(64),
    "verified_at" TIMESTAMPTZ(6),
    "verified_by" UUID,
    "due_at" TIMESTAMPTZ(6) NOT NULL,
    "participants" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes" TEXT,
    "handled_by" UUID,
    "result" JSONB,
    "report" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    CONSTRAINT "data_subject_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_subject_requests_type_check" CHECK ("request_type" IN ('access', 'export', 'rectification', 'erasure', 'restriction', 'objection')),
    CONSTRAINT "data_subject_requests_regulation_check" CHECK ("regulation" IN ('GDPR', 'CCPA')),
    CONSTRAINT "data_subject_requests_status_check" CHECK ("status" IN ('received', 'verified', 'in_progress', 'completed', 'failed', 'rejected'))
);
CREATE INDEX "idx_dsr_user" ON "compliance"."data_subject_requests"("user_id", "created_at");
CREATE INDEX "idx_dsr_organization" ON "compliance"."data_subject_requests"("organization_id", "created_at");
CREATE INDEX "idx_dsr_status_due" ON "compliance"."data_subject_requests"("status", "due_at");

-- One subgraph's part of an export or erasure: what it returned (sections: rows per table) or
-- erased (counts per table), and for erasure the verification pass (remaining rows per table).
CREATE TABLE "compliance"."data_subject_contributions" (
    "request_id" UUID NOT NULL,
    "subgraph" VARCHAR(100) NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "sections" JSONB,
    "counts" JSONB,
    "remaining" JSONB,
    "error" TEXT,
    "event_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    CONSTRAINT "data_subject_contributions_pkey" PRIMARY KEY ("request_id", "subgraph"),
    CONSTRAINT "data_subject_contributions_status_check" CHECK ("status" IN ('pending', 'done', 'failed')),
    CONSTRAINT "data_subject_contributions_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "compliance"."data_subject_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Compliance, issue 12 §2: security events (004 §6.3), raised by detection rules over the audit
-- intake and triaged by people. `organization_id` is the tenant of the signal (null: platform);
-- `dedupe_key` makes a rule raise one event per signal or per burst window, also when an audit
-- event is delivered twice; `audit_log_id` names the audit row that raised it.
CREATE TABLE "compliance"."security_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_type" VARCHAR(100) NOT NULL,
    "severity" VARCHAR(20) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "source_user_id" UUID,
    "target_user_id" UUID,
    "source_ip" INET,
    "target_resource" VARCHAR(255),
    "detection_method" VARCHAR(50) NOT NULL DEFAULT 'automated_rule',
    "detection_rule_id" VARCHAR(100),
    "potential_impact" TEXT,
    "affected_systems" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "affected_data_types" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" VARCHAR(20) NOT NULL DEFAULT 'open',
    "assigned_to" UUID,
    "resolution_notes" TEXT,
    "regulatory_notification_required" BOOLEAN NOT NULL DEFAULT false,
    "notification_sent_at" TIMESTAMPTZ(6),
    "event_data" JSONB NOT NULL DEFAULT '{}',
    "occurred_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detected_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(6),
    "organization_id" UUID,
    "dedupe_key" VARCHAR(255) NOT NULL,
    "audit_log_id" UUID,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "security_events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "security_events_type_check" CHECK ("event_type" IN ('failed_login', 'privilege_escalation', 'data_breach', 'suspicious_activity')),
    CONSTRAINT "security_events_severity_check" CHECK ("severity" IN ('info', 'low', 'medium', 'high', 'critical')),
    CONSTRAINT "security_events_method_check" CHECK ("detection_method" IN ('automated_rule', 'manual_review', 'external_alert')),
    CONSTRAINT "security_events_status_check" CHECK ("status" IN ('open', 'investigating', 'resolved', 'false_positive'))
);
CREATE UNIQUE INDEX "security_events_dedupe_key_key" ON "compliance"."security_events"("dedupe_key");
CREATE INDEX "idx_security_events_type" ON "compliance"."security_events"("event_type");
CREATE INDEX "idx_security_events_severity" ON "compliance"."security_events"("severity");
CREATE INDEX "idx_security_events_status" ON "compliance"."security_events"("status");
CREATE INDEX "idx_security_events_occurred" ON "compliance"."security_events"("occurred_at");
CREATE INDEX "idx_security_events_source_user" ON "compliance"."security_events"("source_user_id");
CREATE INDEX "idx_security_events_organization" ON "compliance"."security_events"("organization_id", "detected_at");

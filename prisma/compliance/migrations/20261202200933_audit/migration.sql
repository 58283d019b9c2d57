-- Compliance domain, issue 12 §1: the audit log (004 §6.1 merged with 001 §5.2.1), partitioned by
-- month, append-only and hash-chained.
CREATE SCHEMA IF NOT EXISTS "compliance";

CREATE TABLE "compliance"."audit_logs" (
    "id" UUID NOT NULL,
    "timestamp" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" BIGINT NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "event_category" VARCHAR(50) NOT NULL,
    "operation" VARCHAR(255),
    "user_id" UUID,
    "session_id" UUID,
    "ip_address" INET,
    "user_agent" TEXT,
    "resource_type" VARCHAR(100),
    "resource_id" VARCHAR(255),
    "resource_name" VARCHAR(255),
    "organization_id" UUID,
    "old_values" JSONB,
    "new_values" JSONB,
    "changed_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "action_description" TEXT,
    "business_context" TEXT,
    "risk_level" VARCHAR(20) NOT NULL DEFAULT 'low',
    "application_name" VARCHAR(100),
    "service_name" VARCHAR(100),
    "api_endpoint" VARCHAR(255),
    "request_id" VARCHAR(255),
    "compliance_relevant" BOOLEAN NOT NULL DEFAULT false,
    "retention_period_days" INTEGER NOT NULL DEFAULT 2555,
    "additional_data" JSONB NOT NULL DEFAULT '{}',
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prev_hash" VARCHAR(64) NOT NULL,
    "row_hash" VARCHAR(64) NOT NULL,
    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id", "timestamp"),
    CONSTRAINT "audit_logs_category_check" CHECK ("event_category" IN ('authentication', 'authorization', 'data_change', 'data_access', 'system')),
    CONSTRAINT "audit_logs_risk_check" CHECK ("risk_level" IN ('low', 'medium', 'high', 'critical')),
    CONSTRAINT "audit_logs_retention_check" CHECK ("retention_period_days" > 0)
) PARTITION BY RANGE ("timestamp");

CREATE TABLE "compliance"."audit_logs_default" PARTITION OF "compliance"."audit_logs" DEFAULT;

CREATE INDEX "idx_audit_logs_timestamp" ON "compliance"."audit_logs"("timestamp");
CREATE INDEX "idx_audit_logs_user" ON "compliance"."audit_logs"("user_id");
CREATE INDEX "idx_audit_logs_event_type" ON "compliance"."audit_logs"("event_type");
CREATE INDEX "idx_audit_logs_resource" ON "compliance"."audit_logs"("resource_type", "resource_id");
CREATE INDEX "idx_audit_logs_risk" ON "compliance"."audit_logs"("risk_level");
CREATE INDEX "idx_audit_logs_compliance" ON "compliance"."audit_logs"("compliance_relevant");
CREATE INDEX "idx_audit_logs_request" ON "compliance"."audit_logs"("request_id");
CREATE INDEX "idx_audit_logs_organization" ON "compliance"."audit_logs"("organization_id", "seq");
CREATE INDEX "idx_audit_logs_seq" ON "compliance"."audit_logs"("seq");

CREATE TABLE "compliance"."audit_chain" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "seq" BIGINT NOT NULL,
    "last_hash" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_chain_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audit_chain_one_row" CHECK ("id" = 1)
);
INSERT INTO "compliance"."audit_chain" ("id", "seq", "last_hash") VALUES (1, 0, repeat('0', 64));

-- The hash of a row: sha256 over its predecessor's hash and the canonical text of the row as
-- jsonb (keys sorted by jsonb itself), without its own two hash columns. Run in UTC so the
-- timestamps' text never depends on the session. Appends and verification use this one function.
CREATE FUNCTION "compliance"."audit_row_hash"(prev TEXT, r anyelement) RETURNS VARCHAR
  LANGUAGE sql STABLE SET timezone TO 'UTC'
  AS $$ SELECT encode(sha256(convert_to(prev || '|' || ((to_jsonb(r) - 'row_hash') - 'prev_hash')::text, 'UTF8')), 'hex') $$;

-- Append: lock the chain head (appends are serialized), skip an event already recorded
-- (idempotent intake: a redelivered job inserts nothing), link to the head, hash, advance.
CREATE FUNCTION "compliance"."audit_logs_append"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head RECORD;
BEGIN
  SELECT "seq", "last_hash" INTO head FROM "compliance"."audit_chain" WHERE "id" = 1 FOR UPDATE;
  IF EXISTS (SELECT 1 FROM "compliance"."audit_logs" WHERE "id" = NEW."id" AND "timestamp" = NEW."timestamp") THEN
    RETURN NULL;
  END IF;
  NEW."seq" := head."seq" + 1;
  NEW."prev_hash" := head."last_hash";
  NEW."recorded_at" := now();
  NEW."row_hash" := "compliance"."audit_row_hash"(NEW."prev_hash", NEW);
  UPDATE "compliance"."audit_chain" SET "seq" = NEW."seq", "last_hash" = NEW."row_hash", "updated_at" = now() WHERE "id" = 1;
  RETURN NEW;
END $$;
CREATE TRIGGER "audit_logs_append" BEFORE INSERT ON "compliance"."audit_logs" FOR EACH ROW EXECUTE FUNCTION "compliance"."audit_logs_append"();

-- Append-only: no UPDATE, no DELETE, no TRUNCATE. Retention detaches and drops whole partitions.
CREATE FUNCTION "compliance"."audit_logs_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'compliance.audit_logs is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "audit_logs_append_only" BEFORE UPDATE OR DELETE ON "compliance"."audit_logs" FOR EACH ROW EXECUTE FUNCTION "compliance"."audit_logs_refuse"();
CREATE TRIGGER "audit_logs_no_truncate" BEFORE TRUNCATE ON "compliance"."audit_logs" FOR EACH STATEMENT EXECUTE FUNCTION "compliance"."audit_logs_refuse"();

-- Monthly partitions `audit_logs_yYYYYmMM` from the current month to `months_ahead` months on;
-- the maintenance job calls it daily. A month whose rows already sit in the default partition
-- is left there (creating it would fail) and reported; returns the partitions created.
CREATE FUNCTION "compliance"."ensure_audit_partitions"(months_ahead INTEGER) RETURNS TEXT[] LANGUAGE plpgsql AS $$
DECLARE
  month_start DATE;
  part TEXT;
  created TEXT[] := ARRAY[]::TEXT[];
BEGIN
  FOR i IN 0..months_ahead LOOP
    month_start := (date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => i))::date;
    part := format('audit_logs_y%sm%s', to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));
    CONTINUE WHEN to_regclass(format('compliance.%I', part)) IS NOT NULL;
    CONTINUE WHEN EXISTS (SELECT 1 FROM "compliance"."audit_logs_default"
                           WHERE "timestamp" >= (month_start::timestamp AT TIME ZONE 'UTC') AND "timestamp" < ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
    EXECUTE format('CREATE TABLE compliance.%I PARTITION OF compliance.audit_logs FOR VALUES FROM (%L) TO (%L)', part,
                   (month_start::timestamp AT TIME ZONE 'UTC'), ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
    created := created || part;
  END LOOP;
  RETURN created;
END $$;
SELECT "compliance"."ensure_audit_partitions"(3);

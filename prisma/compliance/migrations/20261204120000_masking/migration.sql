-- Compliance, issue 12 §3: data classification and response masking (004 §5.1).
-- `data_classifications` holds the five built-in levels of 004 §5.1 exactly (seeded idempotently:
-- another change may seed them too). `data_elements.table_name` is `schema.table` (each subgraph
-- owns its schema); every subgraph's kernel masks the GraphQL fields it declares for these columns.
-- `masking_policies.condition` replaces the seed's "SQL-like" `condition_expression` text with a
-- JsonLogic object (as authorization's conditions): no SQL is ever evaluated.
CREATE TABLE IF NOT EXISTS "compliance"."data_classifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT,
    "sensitivity_level" INTEGER NOT NULL,
    "compliance_frameworks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "retention_period_days" INTEGER,
    "encryption_required" BOOLEAN NOT NULL DEFAULT false,
    "masking_required" BOOLEAN NOT NULL DEFAULT false,
    "access_logging_required" BOOLEAN NOT NULL DEFAULT true,
    "default_masking_rules" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_classifications_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_classifications_level_check" CHECK ("sensitivity_level" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX IF NOT EXISTS "data_classifications_name_key" ON "compliance"."data_classifications"("name");

-- 004 §5.1 L1057–1062, exactly: retention_period_days NULL, access_logging_required by its default.
INSERT INTO "compliance"."data_classifications" (name, description, sensitivity_level, compliance_frameworks, encryption_required, masking_required) VALUES
('public', 'Publicly available information', 1, '{}', false, false),
('internal', 'Internal business information', 2, '{}', false, false),
('confidential', 'Confidential business information', 3, '{}', true, false),
('restricted', 'Restricted access information', 4, ARRAY['GDPR'], true, true),
('top_secret', 'Highly classified information', 5, ARRAY['GDPR', 'HIPAA'], true, true)
ON CONFLICT (name) DO NOTHING;

CREATE TABLE "compliance"."data_elements" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "table_name" VARCHAR(255) NOT NULL,
    "column_name" VARCHAR(255) NOT NULL,
    "element_type" VARCHAR(100),
    "classification_id" UUID NOT NULL,
    "detection_patterns" JSONB NOT NULL DEFAULT '[]',
    "validation_rules" JSONB NOT NULL DEFAULT '{}',
    "masking_method" VARCHAR(50) NOT NULL DEFAULT 'redact',
    "masking_parameters" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "auto_detected" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_elements_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_elements_method_check" CHECK ("masking_method" IN ('hash', 'encrypt', 'tokenize', 'redact', 'partial'))
);
CREATE UNIQUE INDEX "data_elements_table_name_column_name_key" ON "compliance"."data_elements"("table_name", "column_name");
CREATE INDEX "idx_data_elements_table" ON "compliance"."data_elements"("table_name");
CREATE INDEX "idx_data_elements_classification" ON "compliance"."data_elements"("classification_id");
CREATE INDEX "idx_data_elements_type" ON "compliance"."data_elements"("element_type");
ALTER TABLE "compliance"."data_elements" ADD CONSTRAINT "data_elements_classification_id_fkey" FOREIGN KEY ("classification_id") REFERENCES "compliance"."data_classifications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- The classified columns the subgraphs declare today (their `classified` fields).
INSERT INTO "compliance"."data_elements" (table_name, column_name, element_type, classification_id, detection_patterns, masking_method, masking_parameters)
SELECT e.t, e.c, e.k, dc.id, e.p::jsonb, e.m, e.mp::jsonb
  FROM (VALUES
    ('identity.users', 'email', 'email', 'restricted', '["^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"]', 'partial', '{"showFirst": 1}'),
    ('identity.users', 'phone_number', 'phone', 'restricted', '["^\\+?[0-9 ().-]{7,20}$"]', 'partial', '{"showFirst": 0, "showLast": 2}'),
    ('identity.users', 'first_name', 'name', 'confidential', '[]', 'partial', '{"showFirst": 1}'),
    ('identity.users', 'last_name', 'name', 'confidential', '[]', 'partial', '{"showFirst": 1}'),
    ('compliance.audit_logs', 'ip_address', 'ip_address', 'confidential', '["^[0-9]{1,3}(\\.[0-9]{1,3}){3}$", "^[0-9a-fA-F:]+$"]', 'hash', '{"length": 16}'),
    ('conversations.messages', 'content', 'message_content', 'restricted', '[]', 'redact', '{"replacement": "[REDACTED]"}')
  ) AS e(t, c, k, cls, p, m, mp)
  JOIN "compliance"."data_classifications" dc ON dc.name = e.cls
ON CONFLICT (table_name, column_name) DO NOTHING;

CREATE TABLE "compliance"."masking_policies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "applies_to_tables" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "applies_to_columns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "applies_to_users" UUID[] DEFAULT ARRAY[]::UUID[],
    "applies_to_roles" UUID[] DEFAULT ARRAY[]::UUID[],
    "masking_rules" JSONB NOT NULL DEFAULT '{}',
    "condition" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "priority" INTEGER NOT NULL DEFAULT 100,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "masking_policies_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "masking_policies_name_key" ON "compliance"."masking_policies"("name");
CREATE INDEX "idx_masking_policies_active" ON "compliance"."masking_policies"("is_active");
CREATE INDEX "idx_masking_policies_priority" ON "compliance"."masking_policies"("priority");

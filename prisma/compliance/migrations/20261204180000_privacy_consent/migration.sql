-- Privacy, issue 12 §6 (002 §9): the processing register (GDPR art. 30), data subjects, consent per
-- subject and purpose (current state) and its append-only history. 002 names these tables only;
-- the columns are designed here (SEED-INVENTORY B.3.1 #11–13 and the register).

-- What Atrium processes personal data for, on which lawful basis (GDPR art. 6), in which services.
CREATE TABLE "compliance"."data_processing_activities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "purpose" VARCHAR(100) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT NOT NULL,
    "lawful_basis" VARCHAR(30) NOT NULL,
    "data_categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "data_subject_categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "recipients" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "processing_services" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "retention_days" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_processing_activities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_processing_activities_basis_check" CHECK ("lawful_basis" IN ('consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests')),
    CONSTRAINT "data_processing_activities_retention_check" CHECK ("retention_days" IS NULL OR "retention_days" > 0)
);
CREATE UNIQUE INDEX "data_processing_activities_purpose_key" ON "compliance"."data_processing_activities"("purpose");

INSERT INTO "compliance"."data_processing_activities" ("purpose", "name", "description", "lawful_basis", "data_categories", "data_subject_categories", "recipients", "processing_services", "retention_days") VALUES
  ('account', 'User accounts and sign-in', 'Creating and running a user''s account: profile, credentials, sessions, MFA, organization memberships.', 'contract', ARRAY['identity', 'contact', 'credentials', 'network'], ARRAY['users'], ARRAY['platform operators'], ARRAY['identity'], NULL),
  ('access_control', 'Access control', 'Roles, permissions and grants deciding what each user may do.', 'contract', ARRAY['identity', 'authorization'], ARRAY['users'], ARRAY['organization administrators'], ARRAY['authorization'], NULL),
  ('ai_assistance', 'AI conversations and agents', 'Conversations with language models, prompt templates, agents and their documents, sent to the configured model provider.', 'contract', ARRAY['user content', 'usage'], ARRAY['users'], ARRAY['configured LLM providers'], ARRAY['conversations'], NULL),
  ('knowledge_search', 'Knowledge base and search', 'Knowledge documents, their chunks and embeddings, and search over them.', 'contract', ARRAY['user content'], ARRAY['users'], ARRAY['configured embedding providers'], ARRAY['lore'], NULL),
  ('security_audit', 'Security and audit', 'The audit trail of every change and sign-in, and security event detection.', 'legal_obligation', ARRAY['identity', 'network', 'activity'], ARRAY['users'], ARRAY['auditors', 'supervisory authorities'], ARRAY['compliance'], 2555),
  ('usage_metering', 'Usage metering and cost allocation', 'API usage logs and LLM costs per user, team and organization for billing, budgets and capacity.', 'legitimate_interests', ARRAY['usage', 'network'], ARRAY['users'], ARRAY['organization administrators'], ARRAY['analytics'], 395),
  ('usage_analytics', 'Product analytics', 'Tracking of user activity (sign-ins and other actions) for product analytics. Only with the user''s consent.', 'consent', ARRAY['activity'], ARRAY['users'], ARRAY['platform operators'], ARRAY['analytics'], 90);

-- A person whose data Atrium holds: usually a user (plain UUID, identity owns users), sometimes not.
CREATE TABLE "compliance"."data_subjects" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID,
    "email_hash" VARCHAR(64),
    "jurisdiction" VARCHAR(20) NOT NULL DEFAULT 'GDPR',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "data_subjects_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_subjects_jurisdiction_check" CHECK ("jurisdiction" IN ('GDPR', 'CCPA', 'OTHER'))
);
CREATE UNIQUE INDEX "data_subjects_user_id_key" ON "compliance"."data_subjects"("user_id");

-- Consent now, per subject and purpose: one row, changed by grant and withdraw.
CREATE TABLE "compliance"."privacy_consents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subject_id" UUID NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "notice_version" VARCHAR(50) NOT NULL,
    "granted_at" TIMESTAMPTZ(6),
    "withdrawn_at" TIMESTAMPTZ(6),
    "expires_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "privacy_consents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "privacy_consents_status_check" CHECK ("status" IN ('granted', 'withdrawn')),
    CONSTRAINT "privacy_consents_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "compliance"."data_subjects"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "privacy_consents_purpose_fkey" FOREIGN KEY ("purpose") REFERENCES "compliance"."data_processing_activities"("purpose") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "privacy_consents_subject_id_purpose_key" ON "compliance"."privacy_consents"("subject_id", "purpose");

-- Every grant and withdrawal as it happened: append-only, the proof of consent (GDPR art. 7(1)).
CREATE TABLE "compliance"."consent_records" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subject_id" UUID NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "notice_version" VARCHAR(50) NOT NULL,
    "expires_at" TIMESTAMPTZ(6),
    "source" VARCHAR(20) NOT NULL DEFAULT 'user',
    "recorded_by" UUID,
    "ip_address" INET,
    "user_agent" TEXT,
    "request_id" VARCHAR(255),
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "consent_records_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consent_records_action_check" CHECK ("action" IN ('granted', 'withdrawn')),
    CONSTRAINT "consent_records_source_check" CHECK ("source" IN ('user', 'api', 'import')),
    CONSTRAINT "consent_records_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "compliance"."data_subjects"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "idx_consent_records_subject" ON "compliance"."consent_records"("subject_id", "recorded_at");
-- History is never rewritten: UPDATE is refused. Rows go only with their subject (erasure).
CREATE FUNCTION "compliance"."consent_records_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'compliance.consent_records is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "consent_records_append_only" BEFORE UPDATE ON "compliance"."consent_records" FOR EACH ROW EXECUTE FUNCTION "compliance"."consent_records_refuse"();

-- Conversations domain. Seed 004 §3.1–3.4: llm_providers, llm_models, conversations, messages,
-- documents, document_processing_jobs, prompt_templates; 001 §2.3: the message sequence
-- number; 000 §7: agents, agent_executions, agent_tools, agent_tool_assignments.
--
-- Seed columns, defaults, uniques and indexes are kept. As in the other schemas, flags,
-- counters, JSON, timestamps and state columns that have a default are also NOT NULL: a NULL
-- total_tokens makes `+ n` silently NULL, and a NULL conversation_state is no state at all.
-- Differences from the seed, on purpose:
--   * user ids (user_id, created_by, approved_by), organization_id and encryption_key_id are
--     plain UUIDs: those rows live in other schemas and no foreign key crosses schemas;
--   * messages.sequence_number (001 §2.3), NOT NULL and UNIQUE per conversation. It is handed
--     out by incrementing conversations.total_messages under that row's lock;
--   * conversations.share_token stores the sha256 hex of the share token, never the token;
--   * document_processing_jobs.attempts / max_attempts are new: the job queue retries a job,
--     the row records how many attempts started and how many are allowed;
--   * agent_tools.name is UNIQUE: it is the function name a model calls;
--   * indexes the seed lacks for foreign keys and listings: idx_conversations_user_listing
--     (partial, live conversations in keyset order), idx_agents_*, idx_agent_executions_*,
--     idx_agent_tool_assignments_tool;
--   * CHECK constraints on the closed vocabularies of state columns, and on counters.

CREATE SCHEMA IF NOT EXISTS "conversations";

-- 3.1 Providers and models ----------------------------------------------------------------

CREATE TABLE "conversations"."llm_providers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "provider_type" VARCHAR(50) NOT NULL,
    "api_base_url" TEXT,
    "api_key_encrypted" TEXT,
    "api_version" VARCHAR(20),
    "default_model" VARCHAR(100),
    "supported_models" JSONB NOT NULL DEFAULT '[]',
    "rate_limits" JSONB NOT NULL DEFAULT '{}',
    "pricing_config" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "health_status" VARCHAR(20) NOT NULL DEFAULT 'unknown',
    "last_health_check" TIMESTAMPTZ(6),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "llm_providers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "llm_providers_type_check" CHECK ("provider_type" IN ('openai', 'anthropic', 'azure', 'local')),
    CONSTRAINT "llm_providers_health_check" CHECK ("health_status" IN ('unknown', 'healthy', 'degraded', 'down'))
);
CREATE UNIQUE INDEX "llm_providers_name_key" ON "conversations"."llm_providers"("name");
CREATE INDEX "idx_llm_providers_active" ON "conversations"."llm_providers"("is_active");
CREATE INDEX "idx_llm_providers_health" ON "conversations"."llm_providers"("health_status");

CREATE TABLE "conversations"."llm_models" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "provider_id" UUID NOT NULL,
    "model_name" VARCHAR(100) NOT NULL,
    "display_name" VARCHAR(200),
    "description" TEXT,
    "max_tokens" INTEGER,
    "supports_functions" BOOLEAN NOT NULL DEFAULT false,
    "supports_vision" BOOLEAN NOT NULL DEFAULT false,
    "supports_streaming" BOOLEAN NOT NULL DEFAULT true,
    "input_token_cost" DECIMAL(10,8),
    "output_token_cost" DECIMAL(10,8),
    "average_latency_ms" INTEGER,
    "quality_score" DECIMAL(3,2),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "deprecated_at" TIMESTAMPTZ(6),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "llm_models_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "llm_models_max_tokens_check" CHECK ("max_tokens" IS NULL OR "max_tokens" > 0),
    CONSTRAINT "llm_models_costs_check" CHECK (coalesce("input_token_cost", 0) >= 0 AND coalesce("output_token_cost", 0) >= 0),
    CONSTRAINT "llm_models_quality_check" CHECK ("quality_score" IS NULL OR "quality_score" BETWEEN 0 AND 5)
);
CREATE UNIQUE INDEX "llm_models_provider_id_model_name_key" ON "conversations"."llm_models"("provider_id", "model_name");
CREATE INDEX "idx_llm_models_provider" ON "conversations"."llm_models"("provider_id");
CREATE INDEX "idx_llm_models_active" ON "conversations"."llm_models"("is_active");

-- 3.2 Conversations and messages ---------------------------------------------------------

CREATE TABLE "conversations"."conversations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "title" VARCHAR(255),
    "description" TEXT,
    "conversation_type" VARCHAR(50) NOT NULL DEFAULT 'chat',
    "context" JSONB NOT NULL DEFAULT '{}',
    "system_prompt" TEXT,
    "conversation_state" VARCHAR(20) NOT NULL DEFAULT 'active',
    "default_model_id" UUID,
    "model_parameters" JSONB NOT NULL DEFAULT '{}',
    "is_shared" BOOLEAN NOT NULL DEFAULT false,
    "share_token" VARCHAR(255),
    "shared_until" TIMESTAMPTZ(6),
    "total_messages" INTEGER NOT NULL DEFAULT 0,
    "total_tokens" INTEGER NOT NULL DEFAULT 0,
    "total_cost" DECIMAL(10,4) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_message_at" TIMESTAMPTZ(6),
    "archived_at" TIMESTAMPTZ(6),
    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "conversations_type_check" CHECK ("conversation_type" IN ('chat', 'analysis', 'generation')),
    CONSTRAINT "conversations_state_check" CHECK ("conversation_state" IN ('active', 'archived', 'deleted')),
    CONSTRAINT "conversations_totals_check" CHECK ("total_messages" >= 0 AND "total_tokens" >= 0 AND "total_cost" >= 0),
    CONSTRAINT "conversations_share_check" CHECK (NOT "is_shared" OR ("share_token" IS NOT NULL AND "shared_until" IS NOT NULL))
);
CREATE UNIQUE INDEX "conversations_share_token_key" ON "conversations"."conversations"("share_token");
CREATE INDEX "idx_conversations_user" ON "conversations"."conversations"("user_id");
CREATE INDEX "idx_conversations_state" ON "conversations"."conversations"("conversation_state");
CREATE INDEX "idx_conversations_shared" ON "conversations"."conversations"("is_shared", "share_token");
CREATE INDEX "idx_conversations_updated" ON "conversations"."conversations"("updated_at");
CREATE INDEX "idx_conversations_user_listing" ON "conversations"."conversations"("user_id", "created_at", "id") WHERE conversation_state <> 'deleted';

CREATE TABLE "conversations"."messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "conversation_id" UUID NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "content" TEXT NOT NULL,
    "content_type" VARCHAR(50) NOT NULL DEFAULT 'text',
    "model_id" UUID,
    "model_parameters" JSONB NOT NULL DEFAULT '{}',
    "prompt_tokens" INTEGER NOT NULL DEFAULT 0,
    "completion_tokens" INTEGER NOT NULL DEFAULT 0,
    "total_tokens" INTEGER NOT NULL DEFAULT 0,
    "estimated_cost" DECIMAL(10,6) NOT NULL DEFAULT 0,
    "response_time_ms" INTEGER,
    "processing_started_at" TIMESTAMPTZ(6),
    "processing_completed_at" TIMESTAMPTZ(6),
    "parent_message_id" UUID,
    "thread_id" UUID,
    "sequence_number" INTEGER NOT NULL,
    "sentiment_score" DECIMAL(3,2),
    "content_categories" TEXT[],
    "safety_flags" JSONB NOT NULL DEFAULT '{}',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "messages_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "messages_role_check" CHECK ("role" IN ('user', 'assistant', 'system', 'function')),
    CONSTRAINT "messages_sequence_check" CHECK ("sequence_number" > 0),
    CONSTRAINT "messages_tokens_check" CHECK ("prompt_tokens" >= 0 AND "completion_tokens" >= 0 AND "total_tokens" >= 0 AND "estimated_cost" >= 0),
    CONSTRAINT "messages_not_own_parent" CHECK ("parent_message_id" IS NULL OR "parent_message_id" <> "id"),
    CONSTRAINT "messages_sentiment_check" CHECK ("sentiment_score" IS NULL OR "sentiment_score" BETWEEN -1 AND 1)
);
CREATE UNIQUE INDEX "messages_conversation_id_sequence_number_key" ON "conversations"."messages"("conversation_id", "sequence_number");
CREATE INDEX "idx_messages_conversation" ON "conversations"."messages"("conversation_id");
CREATE INDEX "idx_messages_role" ON "conversations"."messages"("role");
CREATE INDEX "idx_messages_created" ON "conversations"."messages"("created_at");
CREATE INDEX "idx_messages_parent" ON "conversations"."messages"("parent_message_id");
CREATE INDEX "idx_messages_thread" ON "conversations"."messages"("thread_id");

-- 3.3 Documents and processing jobs ------------------------------------------------------

CREATE TABLE "conversations"."documents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "original_filename" VARCHAR(255),
    "file_size" BIGINT,
    "mime_type" VARCHAR(100),
    "file_hash" VARCHAR(64),
    "storage_provider" VARCHAR(50),
    "storage_path" TEXT,
    "storage_metadata" JSONB NOT NULL DEFAULT '{}',
    "document_type" VARCHAR(50),
    "content_type" VARCHAR(50),
    "language" VARCHAR(10),
    "processing_status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "extraction_status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "extracted_text" TEXT,
    "extracted_metadata" JSONB NOT NULL DEFAULT '{}',
    "page_count" INTEGER,
    "word_count" INTEGER,
    "access_level" VARCHAR(20) NOT NULL DEFAULT 'private',
    "encryption_key_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(6),
    CONSTRAINT "documents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "documents_status_check" CHECK ("processing_status" IN ('pending', 'processing', 'completed', 'failed') AND "extraction_status" IN ('pending', 'processing', 'completed', 'failed')),
    CONSTRAINT "documents_access_check" CHECK ("access_level" IN ('private', 'shared', 'public'))
);
CREATE INDEX "idx_documents_user" ON "conversations"."documents"("user_id");
CREATE INDEX "idx_documents_hash" ON "conversations"."documents"("file_hash");
CREATE INDEX "idx_documents_type" ON "conversations"."documents"("document_type");
CREATE INDEX "idx_documents_status" ON "conversations"."documents"("processing_status");
CREATE INDEX "idx_documents_created" ON "conversations"."documents"("created_at");

CREATE TABLE "conversations"."document_processing_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "processing_type" VARCHAR(50) NOT NULL,
    "job_parameters" JSONB NOT NULL DEFAULT '{}',
    "model_id" UUID,
    "status" VARCHAR(20) NOT NULL DEFAULT 'queued',
    "output_data" JSONB,
    "error_message" TEXT,
    "processing_time_ms" INTEGER,
    "tokens_used" INTEGER,
    "cost" DECIMAL(10,6),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 3,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    CONSTRAINT "document_processing_jobs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "document_processing_jobs_type_check" CHECK ("processing_type" IN ('extract', 'summarize', 'analyze', 'translate')),
    CONSTRAINT "document_processing_jobs_status_check" CHECK ("status" IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    CONSTRAINT "document_processing_jobs_attempts_check" CHECK ("attempts" >= 0 AND "max_attempts" >= 1)
);
CREATE INDEX "idx_document_jobs_document" ON "conversations"."document_processing_jobs"("document_id");
CREATE INDEX "idx_document_jobs_user" ON "conversations"."document_processing_jobs"("user_id");
CREATE INDEX "idx_document_jobs_status" ON "conversations"."document_processing_jobs"("status");
CREATE INDEX "idx_document_jobs_type" ON "conversations"."document_processing_jobs"("processing_type");

-- 3.4 Prompt templates --------------------------------------------------------------------

CREATE TABLE "conversations"."prompt_templates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(255) NOT NULL,
    "display_name" VARCHAR(255),
    "description" TEXT,
    "category" VARCHAR(100),
    "tags" TEXT[],
    "template_content" TEXT NOT NULL,
    "template_version" INTEGER NOT NULL DEFAULT 1,
    "required_variables" JSONB NOT NULL DEFAULT '[]',
    "optional_variables" JSONB NOT NULL DEFAULT '[]',
    "variable_schemas" JSONB NOT NULL DEFAULT '{}',
    "recommended_models" UUID[],
    "default_parameters" JSONB NOT NULL DEFAULT '{}',
    "usage_count" INTEGER NOT NULL DEFAULT 0,
    "average_rating" DECIMAL(3,2),
    "performance_metrics" JSONB NOT NULL DEFAULT '{}',
    "visibility" VARCHAR(20) NOT NULL DEFAULT 'private',
    "created_by" UUID NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "is_approved" BOOLEAN NOT NULL DEFAULT false,
    "approved_by" UUID,
    "approved_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "prompt_templates_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "prompt_templates_version_check" CHECK ("template_version" >= 1 AND "usage_count" >= 0),
    CONSTRAINT "prompt_templates_visibility_check" CHECK ("visibility" IN ('private', 'shared', 'public'))
);
CREATE UNIQUE INDEX "prompt_templates_name_template_version_key" ON "conversations"."prompt_templates"("name", "template_version");
CREATE INDEX "idx_prompt_templates_name" ON "conversations"."prompt_templates"("name");
CREATE INDEX "idx_prompt_templates_category" ON "conversations"."prompt_templates"("category");
CREATE INDEX "idx_prompt_templates_creator" ON "conversations"."prompt_templates"("created_by");
CREATE INDEX "idx_prompt_templates_visibility" ON "conversations"."prompt_templates"("visibility");
CREATE INDEX "idx_prompt_templates_active" ON "conversations"."prompt_templates"("is_active");

-- 000 §7 Agents ---------------------------------------------------------------------------

CREATE TABLE "conversations"."agents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(180) NOT NULL,
    "description" TEXT,
    "agent_type" VARCHAR(100) NOT NULL,
    "configuration" JSONB NOT NULL DEFAULT '{}',
    "capabilities" TEXT[] DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "organization_id" UUID,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "agents_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "idx_agents_organization" ON "conversations"."agents"("organization_id");
CREATE INDEX "idx_agents_created_by" ON "conversations"."agents"("created_by");

CREATE TABLE "conversations"."agent_executions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agent_id" UUID NOT NULL,
    "status" VARCHAR(50) NOT NULL,
    "input" JSONB NOT NULL DEFAULT '{}',
    "output" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    "user_id" UUID,
    "execution_time_ms" INTEGER,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "agent_executions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "agent_executions_status_check" CHECK ("status" IN ('running', 'completed', 'failed'))
);
CREATE INDEX "idx_agent_executions_agent" ON "conversations"."agent_executions"("agent_id", "started_at");
CREATE INDEX "idx_agent_executions_user" ON "conversations"."agent_executions"("user_id");

CREATE TABLE "conversations"."agent_tools" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(180) NOT NULL,
    "description" TEXT,
    "tool_type" VARCHAR(100) NOT NULL,
    "configuration" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "agent_tools_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "agent_tools_name_key" ON "conversations"."agent_tools"("name");

CREATE TABLE "conversations"."agent_tool_assignments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agent_id" UUID NOT NULL,
    "tool_id" UUID NOT NULL,
    "configuration" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "agent_tool_assignments_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "agent_tool_assignments_agent_id_tool_id_key" ON "conversations"."agent_tool_assignments"("agent_id", "tool_id");
CREATE INDEX "idx_agent_tool_assignments_tool" ON "conversations"."agent_tool_assignments"("tool_id");

-- Foreign keys (within this schema only) ---------------------------------------------------

ALTER TABLE "conversations"."llm_models" ADD CONSTRAINT "llm_models_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "conversations"."llm_providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "conversations"."conversations" ADD CONSTRAINT "conversations_default_model_id_fkey" FOREIGN KEY ("default_model_id") REFERENCES "conversations"."llm_models"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "conversations"."messages" ADD CONSTRAINT "messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"."conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "conversations"."messages" ADD CONSTRAINT "messages_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "conversations"."llm_models"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "conversations"."messages" ADD CONSTRAINT "messages_parent_message_id_fkey" FOREIGN KEY ("parent_message_id") REFERENCES "conversations"."messages"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "conversations"."document_processing_jobs" ADD CONSTRAINT "document_processing_jobs_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "conversations"."documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "conversations"."document_processing_jobs" ADD CONSTRAINT "document_processing_jobs_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "conversations"."llm_models"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "conversations"."agent_executions" ADD CONSTRAINT "agent_executions_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "conversations"."agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "conversations"."agent_tool_assignments" ADD CONSTRAINT "agent_tool_assignments_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "conversations"."agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "conversations"."agent_tool_assignments" ADD CONSTRAINT "agent_tool_assignments_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "conversations"."agent_tools"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

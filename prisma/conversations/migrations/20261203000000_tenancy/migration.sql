-- Issue 9: conversations, documents and prompt templates belong to a tenant.
--
-- organization_id is a plain UUID of an identity organization (agents had it already); null keeps
-- a personal conversation or document of its owner, or a platform-wide template. The seeds have
-- no organization on these tables: this is a recorded deviation (README, design).
ALTER TABLE "conversations"."conversations" ADD COLUMN "organization_id" UUID;
ALTER TABLE "conversations"."documents" ADD COLUMN "organization_id" UUID;
ALTER TABLE "conversations"."prompt_templates" ADD COLUMN "organization_id" UUID;

CREATE INDEX "idx_conversations_organization_listing" ON "conversations"."conversations"("organization_id", "created_at", "id") WHERE conversation_state <> 'deleted';
CREATE INDEX "idx_documents_organization" ON "conversations"."documents"("organization_id", "created_at", "id");
CREATE INDEX "idx_prompt_templates_organization" ON "conversations"."prompt_templates"("organization_id");

-- Every object is a resource: those that exist now are announced once by the seed.
CREATE TABLE "conversations"."resource_announcements" (
    "resource_type" VARCHAR(50) NOT NULL,
    "resource_id" UUID NOT NULL,

    CONSTRAINT "resource_announcements_pkey" PRIMARY KEY ("resource_type", "resource_id")
);
INSERT INTO "conversations"."resource_announcements" (resource_type, resource_id)
SELECT 'conversation', id FROM "conversations"."conversations" WHERE conversation_state <> 'deleted'
UNION ALL SELECT 'document', id FROM "conversations"."documents"
UNION ALL SELECT 'prompt_template', id FROM "conversations"."prompt_templates"
UNION ALL SELECT 'agent', id FROM "conversations"."agents";

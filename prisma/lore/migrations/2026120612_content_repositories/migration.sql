-- Content repositories (001 §2.2, §2.4.2; issue 14 §5): the five seeded repositories, content
-- items with their workflow and weighted full text, version snapshots and assignments.
-- Deviations from the seed are listed in schema.prisma.

CREATE TYPE "lore"."content_type" AS ENUM ('ai_agent', 'video', 'document', 'prompt', 'automation');
CREATE TYPE "lore"."content_status" AS ENUM ('draft', 'review', 'approved', 'published', 'archived');
CREATE TYPE "lore"."assignment_type" AS ENUM ('required', 'optional', 'recommended');
-- The seed uses access_level without defining it: read (see it), comment (see it; recorded for
-- clients), edit (see it and change its content, as its editors do).
CREATE TYPE "lore"."access_level" AS ENUM ('read', 'comment', 'edit');

CREATE TABLE "lore"."content_repositories" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "description" TEXT,
    "content_type" "lore"."content_type" NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "content_repositories_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "content_repositories_name_key" ON "lore"."content_repositories"("name");
CREATE INDEX "idx_content_repos_type" ON "lore"."content_repositories"("content_type");
CREATE INDEX "idx_content_repos_active" ON "lore"."content_repositories"("is_active");

INSERT INTO "lore"."content_repositories" ("name", "display_name", "description", "content_type") VALUES
    ('ai_agents', 'AI Agents', 'Configured AI agents: instructions, tools and models.', 'ai_agent'),
    ('videos', 'Videos', 'Training and reference videos.', 'video'),
    ('documents', 'Documents', 'Policies, guides and reference documents.', 'document'),
    ('prompts', 'Prompts', 'Reusable prompts.', 'prompt'),
    ('automations', 'Automations', 'Automated workflows.', 'automation');

CREATE TABLE "lore"."content_items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "repository_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "content_data" JSONB NOT NULL DEFAULT '{}',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "status" "lore"."content_status" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(6),
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
        setweight(to_tsvector('english'::regconfig, COALESCE("description", '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, COALESCE("content_data"::text, '')), 'C')
    ) STORED,
    CONSTRAINT "content_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "content_items_repository_id_fkey" FOREIGN KEY ("repository_id") REFERENCES "lore"."content_repositories"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "chk_content_title_length" CHECK (length("title") BETWEEN 1 AND 500),
    CONSTRAINT "chk_content_version_positive" CHECK ("version" > 0)
);
CREATE INDEX "idx_content_items_repo" ON "lore"."content_items"("repository_id", "status", "updated_at", "id");
CREATE INDEX "idx_content_items_creator" ON "lore"."content_items"("created_by");
CREATE INDEX "idx_content_items_org" ON "lore"."content_items"("organization_id", "updated_at");
CREATE INDEX "idx_content_items_search" ON "lore"."content_items" USING GIN ("search_vector");
CREATE INDEX "idx_content_items_published" ON "lore"."content_items"("published_at") WHERE "published_at" IS NOT NULL;

CREATE TABLE "lore"."content_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "content_item_id" UUID NOT NULL,
    "version_number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "content_data" JSONB NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "change_summary" TEXT,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "content_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "content_versions_content_item_id_fkey" FOREIGN KEY ("content_item_id") REFERENCES "lore"."content_items"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "content_versions_content_item_id_version_number_key" ON "lore"."content_versions"("content_item_id", "version_number");
CREATE INDEX "idx_content_versions_creator" ON "lore"."content_versions"("created_by");

CREATE TABLE "lore"."content_assignments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "content_item_id" UUID NOT NULL,
    "organization_id" UUID,
    "user_id" UUID,
    "assigned_by" UUID NOT NULL,
    "assignment_type" "lore"."assignment_type" NOT NULL,
    "access_level" "lore"."access_level" NOT NULL DEFAULT 'read',
    "starts_at" TIMESTAMPTZ(6),
    "expires_at" TIMESTAMPTZ(6),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "content_assignments_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "content_assignments_content_item_id_fkey" FOREIGN KEY ("content_item_id") REFERENCES "lore"."content_items"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    -- Exactly one target (001 §2.4.2).
    CONSTRAINT "content_assignments_target_check" CHECK (("organization_id" IS NOT NULL) <> ("user_id" IS NOT NULL)),
    CONSTRAINT "content_assignments_window_check" CHECK ("starts_at" IS NULL OR "expires_at" IS NULL OR "expires_at" > "starts_at")
);
CREATE INDEX "idx_assignments_content" ON "lore"."content_assignments"("content_item_id");
CREATE INDEX "idx_assignments_org" ON "lore"."content_assignments"("organization_id") WHERE "is_active";
CREATE INDEX "idx_assignments_user" ON "lore"."content_assignments"("user_id") WHERE "is_active";
CREATE INDEX "idx_assignments_expires" ON "lore"."content_assignments"("expires_at") WHERE "expires_at" IS NOT NULL;

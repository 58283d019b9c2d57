-- Lore domain, first slice: embedding models, collections, knowledge documents, chunks and
-- embeddings (seed 000 §3 and §6). Deviations from the seed are listed in schema.prisma.
CREATE SCHEMA IF NOT EXISTS "lore";

-- pg_trgm: fuzzy keyword matches (the embedded PostgreSQL has it). Functions and operator
-- classes are named with their schema, so the client's search_path does not matter.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE "lore"."embedding_models" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "provider" VARCHAR(100) NOT NULL,
    "dimensions" INTEGER NOT NULL,
    "version" VARCHAR(50),
    "description" TEXT,
    "configuration" JSONB NOT NULL DEFAULT '{}',
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "embedding_models_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "embedding_models_dimensions_check" CHECK ("dimensions" BETWEEN 1 AND 4096),
    CONSTRAINT "embedding_models_provider_check" CHECK ("provider" IN ('local', 'openai'))
);
CREATE UNIQUE INDEX "embedding_models_name_key" ON "lore"."embedding_models"("name");
-- At most one default model (the seed allowed several).
CREATE UNIQUE INDEX "embedding_models_one_default" ON "lore"."embedding_models"("is_default") WHERE is_default;

CREATE TABLE "lore"."collections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT,
    "model_id" UUID NOT NULL,
    "metadata_schema" JSONB NOT NULL DEFAULT '{}',
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "collections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "collections_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "lore"."embedding_models"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "collections_organization_id_name_key" ON "lore"."collections"("organization_id", "name");

CREATE TABLE "lore"."documents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "collection_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "content" TEXT NOT NULL,
    "content_type" VARCHAR(50) NOT NULL DEFAULT 'text/plain',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_by" UUID,
    "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "version" INTEGER NOT NULL DEFAULT 1,
    "content_hash" VARCHAR(64) NOT NULL,
    "embedded_hash" VARCHAR(64),
    "embedded_model_id" UUID,
    "embedding_error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "chunk_count" INTEGER NOT NULL DEFAULT 0,
    "embedding_id" UUID,
    "embedded_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "documents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "documents_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "lore"."collections"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "documents_status_check" CHECK ("status" IN ('pending', 'processing', 'ready', 'failed')),
    CONSTRAINT "documents_version_check" CHECK ("version" > 0)
);
CREATE INDEX "idx_documents_organization_id" ON "lore"."documents"("organization_id");
CREATE INDEX "idx_documents_collection_listing" ON "lore"."documents"("collection_id", "created_at", "id");
CREATE INDEX "idx_documents_created_by" ON "lore"."documents"("created_by");
CREATE INDEX "idx_documents_metadata" ON "lore"."documents" USING GIN ("metadata");

CREATE TABLE "lore"."document_chunks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "collection_id" UUID NOT NULL,
    "chunk_index" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "search_vector" tsvector NOT NULL,
    "embedding_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "document_chunks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "document_chunks_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "lore"."documents"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "document_chunks_index_check" CHECK ("chunk_index" >= 0),
    CONSTRAINT "document_chunks_offsets_check" CHECK ("start_offset" >= 0 AND "end_offset" > "start_offset")
);
CREATE UNIQUE INDEX "document_chunks_document_id_chunk_index_key" ON "lore"."document_chunks"("document_id", "chunk_index");
CREATE INDEX "idx_document_chunks_collection" ON "lore"."document_chunks"("collection_id", "organization_id");
CREATE INDEX "idx_document_chunks_search" ON "lore"."document_chunks" USING GIN ("search_vector");
CREATE INDEX "idx_document_chunks_content_trgm" ON "lore"."document_chunks" USING GIN ("content" public.gin_trgm_ops);

CREATE TABLE "lore"."embeddings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "collection_id" UUID NOT NULL,
    "entity_type" VARCHAR(100) NOT NULL,
    "entity_id" UUID NOT NULL,
    "content" TEXT NOT NULL,
    "embedding" REAL[],
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "model" VARCHAR(100) NOT NULL,
    "model_id" UUID NOT NULL,
    "dimensions" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "embeddings_pkey" PRIMARY KEY ("id"),
    -- The vector has exactly the model's dimensions, one axis, no NULL element.
    CONSTRAINT "embeddings_dimensions_check" CHECK ("embedding" IS NOT NULL AND array_ndims("embedding") = 1 AND array_length("embedding", 1) = "dimensions" AND array_position("embedding", NULL) IS NULL),
    CONSTRAINT "embeddings_entity_type_check" CHECK ("entity_type" IN ('document', 'chunk'))
);
CREATE INDEX "idx_embeddings_entity" ON "lore"."embeddings"("entity_type", "entity_id");
CREATE INDEX "idx_embeddings_scan" ON "lore"."embeddings"("collection_id", "entity_type", "organization_id");

-- The exact path: cosine similarity of two L2-normalised vectors is their dot product.
CREATE FUNCTION "lore"."dot"(a REAL[], b REAL[]) RETURNS DOUBLE PRECISION
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT sum(x::double precision * y) FROM unnest(a, b) AS t(x, y) $$;

-- The pgvector path, only where the extension exists (docker-compose's pgvector image): the
-- same real[] column, with an HNSW cosine index on its cast per model dimension. The embedded
-- PostgreSQL has no pgvector, so there this block does nothing and searches scan exactly.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
    EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_embeddings_hnsw_256" ON "lore"."embeddings" USING hnsw ((("embedding")::public.vector(256)) public.vector_cosine_ops) WHERE "dimensions" = 256';
    EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_embeddings_hnsw_1536" ON "lore"."embeddings" USING hnsw ((("embedding")::public.vector(1536)) public.vector_cosine_ops) WHERE "dimensions" = 1536';
  END IF;
END
$$;

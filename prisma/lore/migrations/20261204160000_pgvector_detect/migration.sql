-- One migration path for both vector paths (issue 14 §2), decided by whether `CREATE EXTENSION
-- vector` succeeds, not only by whether the extension is listed: a managed database can list it
-- and still refuse to create it (no privilege). Where it succeeds (docker-compose's pgvector
-- image, pglite with its vector extension), the HNSW cosine indexes on the column's cast per model
-- dimension exist and search uses them; where it fails (the embedded PostgreSQL), nothing changes:
-- embeddings stay `real[]` with the dimension CHECK and search scans exactly. Idempotent: the init
-- migration already did this where the extension was listed.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pgvector is not available (%): lore searches by exact scan', SQLERRM;
    RETURN;
  END;
  EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_embeddings_hnsw_256" ON "lore"."embeddings" USING hnsw ((("embedding")::public.vector(256)) public.vector_cosine_ops) WHERE "dimensions" = 256';
  EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_embeddings_hnsw_1536" ON "lore"."embeddings" USING hnsw ((("embedding")::public.vector(1536)) public.vector_cosine_ops) WHERE "dimensions" = 1536';
END
$$;

-- Re-ingesting a document supersedes its chunks instead of deleting them: an answer's sources
-- (conversations' messages.knowledge_sources) keep resolving to the chunk they used, marked
-- stale, under lore's own authorization. Superseded chunks lose their embeddings (no search finds
-- them) and are pruned once they are more than ATRIUM_LORE_CHUNK_VERSIONS_KEPT versions behind.
ALTER TABLE "lore"."document_chunks"
    ADD COLUMN "document_version" INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN "superseded_at" TIMESTAMPTZ(6);

UPDATE "lore"."document_chunks" c SET "document_version" = d."version" FROM "lore"."documents" d WHERE d."id" = c."document_id";

-- One current chunk per position; superseded ones may repeat it.
DROP INDEX "lore"."document_chunks_document_id_chunk_index_key";
CREATE UNIQUE INDEX "document_chunks_current_key" ON "lore"."document_chunks"("document_id", "chunk_index") WHERE "superseded_at" IS NULL;
CREATE INDEX "idx_document_chunks_superseded" ON "lore"."document_chunks"("document_id", "document_version") WHERE "superseded_at" IS NOT NULL;

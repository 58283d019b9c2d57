-- Knowledge graph (000 §6 lore.entities, lore.relationships) and the collection's one model.
-- Deviations from the seed are listed in schema.prisma.

-- A collection groups embeddings under one model (000 §3): an embedding whose model is not its
-- collection's is refused here, whatever wrote it (the ingestion job, an entity's embedding, SQL).
CREATE FUNCTION "lore"."check_embedding_model"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  expected UUID;
BEGIN
  SELECT model_id INTO expected FROM lore.collections WHERE id = NEW.collection_id;
  IF expected IS NULL THEN
    RAISE EXCEPTION 'collection % does not exist', NEW.collection_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW.model_id <> expected THEN
    RAISE EXCEPTION 'embedding model % is not the model of collection %', NEW.model_id, NEW.collection_id USING ERRCODE = 'check_violation', CONSTRAINT = 'embeddings_collection_model_check';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "embeddings_collection_model" BEFORE INSERT OR UPDATE OF "model_id", "collection_id" ON "lore"."embeddings"
  FOR EACH ROW EXECUTE FUNCTION "lore"."check_embedding_model"();

-- Entities have embeddings too (similar entities).
ALTER TABLE "lore"."embeddings" DROP CONSTRAINT "embeddings_entity_type_check";
ALTER TABLE "lore"."embeddings" ADD CONSTRAINT "embeddings_entity_type_check" CHECK ("entity_type" IN ('document', 'chunk', 'entity'));

CREATE TABLE "lore"."entities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "collection_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "entity_type" VARCHAR(100) NOT NULL,
    "description" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_by" UUID,
    "content_hash" VARCHAR(64) NOT NULL,
    "embedded_hash" VARCHAR(64),
    "embedding_id" UUID,
    "embedded_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "entities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "entities_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "lore"."collections"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "entities_collection_id_entity_type_name_key" ON "lore"."entities"("collection_id", "entity_type", "name");
CREATE INDEX "idx_entities_organization_id" ON "lore"."entities"("organization_id");
CREATE INDEX "idx_entities_entity_type" ON "lore"."entities"("entity_type");

CREATE TABLE "lore"."relationships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "relationship_type" VARCHAR(100) NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "relationships_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "relationships_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "lore"."entities"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "relationships_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "lore"."entities"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "relationships_confidence_check" CHECK ("confidence" >= 0 AND "confidence" <= 1),
    CONSTRAINT "relationships_no_self_loop" CHECK ("source_id" <> "target_id")
);
CREATE UNIQUE INDEX "relationships_source_id_target_id_relationship_type_key" ON "lore"."relationships"("source_id", "target_id", "relationship_type");
CREATE INDEX "idx_relationships_target_id" ON "lore"."relationships"("target_id", "relationship_type");
CREATE INDEX "idx_relationships_relationship_type" ON "lore"."relationships"("relationship_type");
CREATE INDEX "idx_relationships_organization_id" ON "lore"."relationships"("organization_id");

-- A relationship joins two entities of its own organization (the traversal's tenant filter relies on it).
CREATE FUNCTION "lore"."check_relationship_tenant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM lore.entities WHERE id IN (NEW.source_id, NEW.target_id) AND organization_id = NEW.organization_id) <> 2 THEN
    RAISE EXCEPTION 'relationship % joins entities outside organization %', NEW.id, NEW.organization_id USING ERRCODE = 'check_violation', CONSTRAINT = 'relationships_tenant_check';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "relationships_tenant" BEFORE INSERT OR UPDATE OF "organization_id", "source_id", "target_id" ON "lore"."relationships"
  FOR EACH ROW EXECUTE FUNCTION "lore"."check_relationship_tenant"();

-- The exact scan's copy holds chunk vectors only: entity (and document) embeddings no longer bump
-- the collection's vectors_version, so editing the graph does not make the next search reload.
CREATE OR REPLACE FUNCTION "lore"."bump_vectors_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE lore.collections SET vectors_version = (vectors_version + 1) % 2147483647 WHERE id IN (SELECT DISTINCT collection_id FROM new_rows WHERE entity_type = 'chunk');
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE lore.collections SET vectors_version = (vectors_version + 1) % 2147483647 WHERE id IN (SELECT DISTINCT collection_id FROM old_rows WHERE entity_type = 'chunk');
  END IF;
  RETURN NULL;
END
$$;

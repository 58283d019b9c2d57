-- A collection's JSON Schemas for its entities' metadata, one per entity type (validated with
-- ajv at the boundary, like metadata_schema for its documents; a type without one takes anything).
ALTER TABLE "lore"."collections" ADD COLUMN "entity_metadata_schemas" JSONB NOT NULL DEFAULT '{}';

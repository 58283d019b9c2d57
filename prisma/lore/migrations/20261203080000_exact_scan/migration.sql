-- The exact path's scan moves out of SQL. `lore.dot` (a SQL function over unnest) cost ~60 µs a
-- row, and the planner called it twice per row (in the threshold filter and again as the sort
-- key): 1.3-1.8 s at 10,000 chunks of 256 dimensions. Plain PostgreSQL has no vector arithmetic
-- faster than that, so the subgraph keeps each searched collection's vectors in memory
-- (modules/search/exact.ts) and scans them there. It knows its copy is current by this counter:
-- every statement that inserts, updates or deletes a collection's embeddings bumps it, in the
-- same transaction, so a search reads the counter (one primary-key row) and reloads only when it moved.
-- Only equality matters, so it wraps instead of overflowing (and stays a JSON-safe integer).
ALTER TABLE "lore"."collections" ADD COLUMN "vectors_version" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION "lore"."bump_vectors_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE lore.collections SET vectors_version = (vectors_version + 1) % 2147483647 WHERE id IN (SELECT DISTINCT collection_id FROM new_rows);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE lore.collections SET vectors_version = (vectors_version + 1) % 2147483647 WHERE id IN (SELECT DISTINCT collection_id FROM old_rows);
  END IF;
  RETURN NULL;
END
$$;

-- Statement-level with transition tables: one UPDATE per collection and statement, not per row.
CREATE TRIGGER "embeddings_vectors_version_insert" AFTER INSERT ON "lore"."embeddings"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "lore"."bump_vectors_version"();
CREATE TRIGGER "embeddings_vectors_version_update" AFTER UPDATE ON "lore"."embeddings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "lore"."bump_vectors_version"();
CREATE TRIGGER "embeddings_vectors_version_delete" AFTER DELETE ON "lore"."embeddings"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "lore"."bump_vectors_version"();

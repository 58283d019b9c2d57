-- Fuzzy keyword matching through a per-collection vocabulary instead of the chunks' text. The
-- trigram half of keyword search was `query <% content` over every chunk: its GIN index is
-- always lossy, and on text whose words share trigrams it admitted ~45% of a collection, each
-- rechecked with word_similarity over the whole chunk (EXPLAIN ANALYZE at 10,000 chunks: 7 ms in
-- the two bitmap index scans, 400 ms rechecking 4,589 candidates). Now each query word is matched
-- by trigram similarity against the collection's distinct lexemes (pg_trgm's documented
-- spelling-suggestion pattern), and the corrections search the tsvector GIN index like the
-- words themselves.
CREATE TABLE "lore"."keyword_terms" (
    "collection_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "term" TEXT NOT NULL,

    CONSTRAINT "keyword_terms_pkey" PRIMARY KEY ("collection_id", "term"),
    CONSTRAINT "keyword_terms_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "lore"."collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION
);
CREATE INDEX "idx_keyword_terms_trgm" ON "lore"."keyword_terms" USING GIN ("term" public.gin_trgm_ops);

-- Every lexeme of every chunk written (title and body), once per collection. Terms are never
-- removed: one no chunk holds any more only takes a correction slot and matches nothing.
-- Inserted in key order, so concurrent ingestions take the same keys in the same order.
CREATE FUNCTION "lore"."keyword_terms_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO lore.keyword_terms (collection_id, organization_id, term)
  SELECT DISTINCT n.collection_id, n.organization_id, t.term
    FROM new_chunks n, unnest(tsvector_to_array(n.search_vector)) AS t(term)
   ORDER BY 1, 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "document_chunks_keyword_terms" AFTER INSERT ON "lore"."document_chunks"
  REFERENCING NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION "lore"."keyword_terms_add"();

INSERT INTO lore.keyword_terms (collection_id, organization_id, term)
SELECT DISTINCT c.collection_id, c.organization_id, t.term
  FROM lore.document_chunks c, unnest(tsvector_to_array(c.search_vector)) AS t(term)
ON CONFLICT DO NOTHING;

-- Nothing reads the chunks' text by trigram any more.
DROP INDEX "lore"."idx_document_chunks_content_trgm";

-- A lexeme as a tsquery operand: quoted, with quotes and backslashes escaped.
CREATE FUNCTION "lore"."tsquery_term"(term TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT '''' || replace(replace(term, '\', '\\'), '''', '''''') || ''''
$$;

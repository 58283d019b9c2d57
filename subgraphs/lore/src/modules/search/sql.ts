/**
 * The SQL of the semantic half of search, on both vector paths (002 §6 `search_embeddings`).
 * Both take the same parameters and return the same rows: `chunk_id`, `score` (cosine
 * similarity, stored vectors and the query being L2-normalised), best first, ties by id.
 *
 *   $1 collection id, $2 organization id (the tenant: the collection's, already checked against
 *   the caller's scope), $3 query vector (real[] text), $4 threshold, $5 top k,
 *   $6 metadata containment filter on the document (jsonb or NULL), $7 most rows scanned,
 *   $8 only chunks of these documents (uuid[] or NULL).
 *
 * Exact, in SQL: a bounded, tenant-filtered scan of the collection's chunk embeddings computing
 * `lore.dot` for each. Search does not run it (1.3-1.8 s at 10,000 chunks: the in-process scan of
 * exact.ts returns the same rows in milliseconds); it stays as the reference the parity test
 * and the benchmark compare with. pgvector: the HNSW cosine index on the column's cast to
 * `vector(D)` (created by the migration where the extension exists), `<=>` being cosine distance.
 * Its inner ORDER BY is the distance alone: an HNSW index serves only that (a second sort key
 * made the planner sort a sequential scan instead); the outer one breaks ties by id.
 */
const FILTERS = `JOIN lore.document_chunks c ON c.id = e.entity_id
      JOIN lore.documents d ON d.id = c.document_id
     WHERE ($6::jsonb IS NULL OR d.metadata @> $6::jsonb)
       AND ($8::uuid[] IS NULL OR d.id = ANY($8::uuid[]))`;

export function exactSemanticSql(): string {
  return `SELECT s.chunk_id, s.score FROM (
      SELECT e.entity_id AS chunk_id, lore.dot(e.embedding, $3::real[]) AS score
        FROM (SELECT entity_id, embedding FROM lore.embeddings
               WHERE collection_id = $1::uuid AND organization_id = $2::uuid AND entity_type = 'chunk'
               LIMIT $7::int) e
      ${FILTERS}
    ) s
    WHERE s.score >= $4::float8
    ORDER BY s.score DESC, s.chunk_id
    LIMIT $5::int`;
}

/** The pgvector form for a model of `dimensions` (an integer from embedding_models, never input). */
export function pgvectorSemanticSql(dimensions: number): string {
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new Error('dimensions must be a positive integer');
  const cast = `(e.embedding::vector(${dimensions}))`;
  return `SELECT s.chunk_id, s.score FROM (
      SELECT e.entity_id AS chunk_id, (1 - (${cast} <=> $3::real[]::vector(${dimensions})))::float8 AS score
        FROM lore.embeddings e
      ${FILTERS}
         AND e.collection_id = $1::uuid AND e.organization_id = $2::uuid AND e.entity_type = 'chunk' AND e.dimensions = ${dimensions}
         AND $7::int > 0
       ORDER BY ${cast} <=> $3::real[]::vector(${dimensions})
       LIMIT $5::int
    ) s
    WHERE s.score >= $4::float8
    ORDER BY s.score DESC, s.chunk_id`;
}

/**
 * The exact scan's load (exact.ts): the collection's counter and its newest `$4` chunk vectors of
 * `$3` dimensions, binary (`array_send`), in one statement, so the counter and the rows are of
 * one snapshot. An empty collection is one row with NULL vector columns; another tenant's or a
 * missing collection, no row.
 *
 *   $1 collection id, $2 organization id, $3 dimensions, $4 most rows.
 */
export function loadVectorsSql(): string {
  return `SELECT c.vectors_version AS version, e.chunk_id, e.document_id, e.vec
      FROM lore.collections c
      LEFT JOIN LATERAL (
        SELECT e.entity_id AS chunk_id, ch.document_id, array_send(e.embedding) AS vec
          FROM lore.embeddings e
          JOIN lore.document_chunks ch ON ch.id = e.entity_id
         WHERE e.collection_id = c.id AND e.organization_id = c.organization_id AND e.entity_type = 'chunk' AND e.dimensions = $3::int
         ORDER BY e.created_at DESC, e.id DESC
         LIMIT $4::int
      ) e ON true
     WHERE c.id = $1::uuid AND c.organization_id = $2::uuid`;
}

/**
 * The keyword half (002 §6 `hybrid_search`): Postgres full text with the title weighted above
 * the body (`ts_rank` over `setweight(title, 'A') || setweight(body, 'B')`), plus fuzzy matches
 * for misspelt words through pg_trgm: each query lexeme, with up to three of the collection's
 * lexemes (`lore.keyword_terms`) trigram-similar to it (`%`, pg_trgm.similarity_threshold, GIN
 * trigram index), is one alternative group, and the groups are ANDed into a second tsquery.
 * A chunk matches when its text search vector matches either query, both served by the
 * tsvector GIN index; its keyword score is `ts_rank + 0.1 × word_similarity` (the second
 * computed for matched chunks only).
 *
 *   $1 collection, $2 organization, $3 query text, $4 top k, $5 metadata filter (jsonb or NULL),
 *   $6 only chunks of these documents (uuid[] or NULL).
 */
export function keywordSql(): string {
  return `WITH words AS (
      SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('english', $3::text))) AS w
    ), q AS (
      SELECT websearch_to_tsquery('english', $3::text) AS tsq,
             (SELECT string_agg('(' || alts || ')', ' & ')::tsquery FROM (
                SELECT (SELECT string_agg(lore.tsquery_term(t), ' | ') FROM (
                          SELECT words.w AS t
                          UNION
                          (SELECT k.term FROM lore.keyword_terms k
                            WHERE k.collection_id = $1::uuid AND k.organization_id = $2::uuid AND k.term OPERATOR(public.%) words.w
                            ORDER BY public.similarity(k.term, words.w) DESC, k.term
                            LIMIT 3)
                        ) x) AS alts
                  FROM words
             ) g) AS fuzzy
    )
    SELECT c.id AS chunk_id,
           (ts_rank(c.search_vector, q.tsq) + 0.1 * public.word_similarity($3::text, c.content))::float8 AS score
      FROM lore.document_chunks c CROSS JOIN q
      JOIN lore.documents d ON d.id = c.document_id
     WHERE c.collection_id = $1::uuid AND c.organization_id = $2::uuid AND c.superseded_at IS NULL
       AND (c.search_vector @@ q.tsq OR c.search_vector @@ q.fuzzy)
       AND ($5::jsonb IS NULL OR d.metadata @> $5::jsonb)
       AND ($6::uuid[] IS NULL OR c.document_id = ANY($6::uuid[]))
     ORDER BY score DESC, c.id
     LIMIT $4::int`;
}

/** A vector as the text of a `real[]` literal. */
export const vectorText = (v: readonly number[]) => `{${v.map((x) => Number(x.toPrecision(7))).join(',')}}`;

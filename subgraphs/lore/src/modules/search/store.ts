import type { DbClient } from '../../db.js';
import type { VectorSource } from './exact.js';
import type { Scored } from './fusion.js';
import { keywordSql, loadVectorsSql, pgvectorSemanticSql, vectorText } from './sql.js';

export interface SemanticQuery {
  collectionId: string;
  organizationId: string;
  vector: readonly number[];
  threshold: number;
  topK: number;
  metadata: object | null;
  /** Only chunks of these documents (null: all of the collection's). */
  documentIds: string[] | null;
  scanMaxRows: number;
}

/** Every SQL statement of search. Each is filtered by collection and by its tenant. */
export class SearchStore implements VectorSource {
  constructor(private readonly db: DbClient) {}

  /** Whether this database has pgvector (the migration then built the HNSW indexes). */
  async hasPgvector(): Promise<boolean> {
    const rows = await this.db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pg_extension WHERE extname = 'vector'`);
    return rows.length > 0;
  }

  /** The pgvector path: the HNSW index does the top k. */
  async semantic(q: SemanticQuery): Promise<Scored[]> {
    const rows = await this.db.$queryRawUnsafe<{ chunk_id: string; score: number }[]>(
      pgvectorSemanticSql(q.vector.length),
      q.collectionId,
      q.organizationId,
      vectorText(q.vector),
      q.threshold,
      q.topK,
      q.metadata ? JSON.stringify(q.metadata) : null,
      q.scanMaxRows,
      q.documentIds,
    );
    return rows.map((r) => ({ chunkId: r.chunk_id, score: Number(r.score) }));
  }

  /** The collection's vectors counter (bumped by every change of its embeddings); null when it is not the tenant's. */
  async vectorsVersion(collectionId: string, organizationId: string): Promise<number | null> {
    const rows = await this.db.$queryRawUnsafe<{ v: number }[]>('SELECT vectors_version AS v FROM lore.collections WHERE id = $1::uuid AND organization_id = $2::uuid', collectionId, organizationId);
    return rows.length ? Number(rows[0]!.v) : null;
  }

  /** The exact path's copy: the collection's newest chunk vectors, binary, with the counter, in one snapshot. */
  async loadVectors(collectionId: string, organizationId: string, dimensions: number, maxRows: number) {
    const rows = await this.db.$queryRawUnsafe<{ version: number; chunk_id: string | null; document_id: string | null; vec: Uint8Array | null }[]>(loadVectorsSql(), collectionId, organizationId, dimensions, maxRows);
    if (rows.length === 0) return null;
    return {
      version: Number(rows[0]!.version),
      rows: rows.filter((r) => r.chunk_id !== null).map((r) => ({ chunkId: r.chunk_id!, documentId: r.document_id!, vector: r.vec! })),
    };
  }

  /** The collection's documents whose metadata contains the filter (the exact scan's metadata filter). */
  async documentsMatching(collectionId: string, organizationId: string, metadata: object): Promise<Set<string>> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      'SELECT id FROM lore.documents WHERE collection_id = $1::uuid AND organization_id = $2::uuid AND metadata @> $3::jsonb',
      collectionId,
      organizationId,
      JSON.stringify(metadata),
    );
    return new Set(rows.map((r) => r.id));
  }

  async keyword(q: { collectionId: string; organizationId: string; text: string; topK: number; metadata: object | null; documentIds: string[] | null }): Promise<Scored[]> {
    const rows = await this.db.$queryRawUnsafe<{ chunk_id: string; score: number }[]>(
      keywordSql(),
      q.collectionId,
      q.organizationId,
      q.text,
      q.topK,
      q.metadata ? JSON.stringify(q.metadata) : null,
      q.documentIds,
    );
    return rows.map((r) => ({ chunkId: r.chunk_id, score: Number(r.score) }));
  }
}

import type { DbClient } from '../../db.js';
import type { Scored } from './fusion.js';
import { exactSemanticSql, keywordSql, pgvectorSemanticSql, vectorText } from './sql.js';

export interface SemanticQuery {
  collectionId: string;
  organizationId: string;
  vector: readonly number[];
  threshold: number;
  topK: number;
  metadata: object | null;
  scanMaxRows: number;
}

/** Every SQL statement of search. Each is filtered by collection and by its tenant. */
export class SearchStore {
  constructor(private readonly db: DbClient) {}

  /** Whether this database has pgvector (the migration then built the HNSW indexes). */
  async hasPgvector(): Promise<boolean> {
    const rows = await this.db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pg_extension WHERE extname = 'vector'`);
    return rows.length > 0;
  }

  async semantic(q: SemanticQuery, pgvector: boolean): Promise<Scored[]> {
    const sql = pgvector ? pgvectorSemanticSql(q.vector.length) : exactSemanticSql();
    const rows = await this.db.$queryRawUnsafe<{ chunk_id: string; score: number }[]>(
      sql,
      q.collectionId,
      q.organizationId,
      vectorText(q.vector),
      q.threshold,
      q.topK,
      q.metadata ? JSON.stringify(q.metadata) : null,
      q.scanMaxRows,
    );
    return rows.map((r) => ({ chunkId: r.chunk_id, score: Number(r.score) }));
  }

  async keyword(q: { collectionId: string; organizationId: string; text: string; topK: number; metadata: object | null }): Promise<Scored[]> {
    const rows = await this.db.$queryRawUnsafe<{ chunk_id: string; score: number }[]>(
      keywordSql(),
      q.collectionId,
      q.organizationId,
      q.text,
      q.topK,
      q.metadata ? JSON.stringify(q.metadata) : null,
    );
    return rows.map((r) => ({ chunkId: r.chunk_id, score: Number(r.score) }));
  }
}

import { paginate, tenantWhere, unique, type Page, type TenantScope } from '@atrium/kernel';
import type { ChunkRow, DbClient, Prisma } from '../../db.js';

const BY_NAME = [{ name: 'asc' }, { id: 'asc' }] as const;
const BY_INDEX = [{ chunkIndex: 'asc' }, { id: 'asc' }] as const;
const CHUNK_FIELDS = {
  id: true,
  documentId: true,
  organizationId: true,
  collectionId: true,
  chunkIndex: true,
  content: true,
  startOffset: true,
  endOffset: true,
  metadata: true,
  embeddingId: true,
  createdAt: true,
  documentVersion: true,
  supersededAt: true,
  document: { select: { createdById: true } },
} as const;

const chunkRow = ({ document, ...chunk }: { document: { createdById: string | null } } & Omit<ChunkRow, 'createdById'>): ChunkRow => ({ ...chunk, createdById: document.createdById });

/** Every Prisma call touching embedding models, collections, knowledge documents and chunks. */
export class KnowledgeStore {
  constructor(private readonly db: DbClient) {}

  modelsByIds(ids: readonly string[]) {
    return this.db.embeddingModel.findMany({ where: { id: { in: [...ids] } } });
  }

  defaultModel() {
    return this.db.embeddingModel.findFirst({ where: { isDefault: true } });
  }

  listModels(p: Page) {
    return paginate(p, {}, (q) => this.db.embeddingModel.findMany(q), (where) => this.db.embeddingModel.count({ where }), BY_NAME);
  }

  createModel(data: Prisma.EmbeddingModelUncheckedCreateInput) {
    return unique(this.db.embeddingModel.create({ data }), 'An embedding model with this name exists', ['name']);
  }

  collectionsByIds(ids: readonly string[]) {
    return this.db.collection.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Collections inside the tenant scope (optionally of one organization). */
  listCollections(scope: TenantScope, p: Page, organizationId: string | null) {
    // Both conditions: the tenant filter is never replaced by the caller's organization argument,
    // and the cursor check counts inside them (another tenant's id reads as absent, not as an empty page).
    const where = { AND: [tenantWhere(scope), organizationId ? { organizationId } : {}] };
    return paginate(p, where, (q) => this.db.collection.findMany(q), (w) => this.db.collection.count({ where: w }));
  }

  createCollection(data: Prisma.CollectionUncheckedCreateInput) {
    return unique(this.db.collection.create({ data }), 'The organization already has a collection with this name', ['name']);
  }

  documentsByIds(ids: readonly string[]) {
    return this.db.document.findMany({ where: { id: { in: [...ids] } } });
  }

  documentsOfCollection(collectionId: string, p: Page) {
    // The cursor check counts inside the same collection: another tenant's row reads as absent.
    return paginate(p, { collectionId }, (q) => this.db.document.findMany(q), (w) => this.db.document.count({ where: w }));
  }

  createDocument(data: Prisma.DocumentUncheckedCreateInput) {
    return this.db.document.create({ data });
  }

  /** Lock one document row for the rest of the transaction (writes of one document are serialised). */
  async lockDocument(id: string) {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>('SELECT id FROM lore.documents WHERE id = $1::uuid FOR UPDATE', id);
    if (rows.length === 0) return null;
    return this.db.document.findUnique({ where: { id } });
  }

  updateDocument(id: string, data: Prisma.DocumentUncheckedUpdateInput) {
    return this.db.document.update({ where: { id }, data });
  }

  /** The document, its chunks and every embedding of either. */
  async deleteDocument(id: string) {
    await this.db.$executeRawUnsafe(
      `DELETE FROM lore.embeddings WHERE (entity_type = 'document' AND entity_id = $1::uuid)
          OR (entity_type = 'chunk' AND entity_id IN (SELECT id FROM lore.document_chunks WHERE document_id = $1::uuid))`,
      id,
    );
    await this.db.document.delete({ where: { id } });
  }

  async chunksOfDocument(documentId: string, p: Page): Promise<ChunkRow[]> {
    const rows = await paginate(p, { documentId, supersededAt: null }, (q) => this.db.chunk.findMany({ select: CHUNK_FIELDS, ...q }), (w) => this.db.chunk.count({ where: w }), BY_INDEX);
    return rows.map(chunkRow);
  }

  async chunksByIds(ids: readonly string[]): Promise<ChunkRow[]> {
    const rows = await this.db.chunk.findMany({ where: { id: { in: [...ids] } }, select: CHUNK_FIELDS });
    return rows.map(chunkRow);
  }
}

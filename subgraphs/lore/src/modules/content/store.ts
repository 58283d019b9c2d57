import { paginate, type Page, type TenantScope } from '@atrium/kernel';
import type { ContentItem, DbClient, Prisma } from '../../db.js';

/** Who is asking, as the access rule of 001 §3.1.2 needs it. */
export interface Reach {
  userId: string;
  /** Where the caller holds content:read (same organization). */
  read: TenantScope;
  /** The caller's organizations (organization assignments reach their members). */
  member: TenantScope;
  now: Date;
}

const NEWEST = [{ updatedAt: 'desc' }, { id: 'desc' }] as const;
const NEWEST_CREATED = [{ createdAt: 'desc' }, { id: 'desc' }] as const;
const BY_VERSION = [{ versionNumber: 'desc' }, { id: 'desc' }] as const;

/** An assignment that reaches the caller now: active, inside its window, to it or one of its organizations. */
export function reachingWhere(r: Reach): Prisma.ContentAssignmentWhereInput {
  return {
    isActive: true,
    AND: [
      { OR: [{ startsAt: null }, { startsAt: { lte: r.now } }] },
      { OR: [{ expiresAt: null }, { expiresAt: { gt: r.now } }] },
      { OR: [{ userId: r.userId }, r.member.all ? { organizationId: { not: null } } : { organizationId: { in: [...r.member.organizationIds] } }] },
    ],
  };
}

/** 001 §3.1.2: same organization (content:read there), or the creator, or an assignment reaching the caller. */
export function readableWhere(r: Reach): Prisma.ContentItemWhereInput {
  if (r.read.all) return {};
  return { OR: [{ organizationId: { in: [...r.read.organizationIds] } }, { createdById: r.userId }, { assignments: { some: reachingWhere(r) } }] };
}

const SEARCH_SQL = `
SELECT ci.id, ts_rank(ci.search_vector, q) AS rank
  FROM lore.content_items ci, websearch_to_tsquery('english', $1) q
 WHERE ci.search_vector @@ q
   AND ($2::boolean OR ci.organization_id = ANY($3::uuid[]) OR ci.created_by = $4::uuid OR EXISTS (
         SELECT 1 FROM lore.content_assignments ca
          WHERE ca.content_item_id = ci.id AND ca.is_active
            AND (ca.starts_at IS NULL OR ca.starts_at <= $5::timestamptz)
            AND (ca.expires_at IS NULL OR ca.expires_at > $5::timestamptz)
            AND (ca.user_id = $4::uuid OR ($6::boolean AND ca.organization_id IS NOT NULL) OR ca.organization_id = ANY($7::uuid[]))))
 ORDER BY rank DESC, ci.updated_at DESC, ci.id
 LIMIT $8`;

/** Every statement on content repositories, items, versions and assignments. */
export class ContentStore {
  constructor(private readonly db: DbClient) {}

  repositories() {
    return this.db.contentRepository.findMany({ orderBy: { name: 'asc' } });
  }

  repositoriesByIds(ids: readonly string[]) {
    return this.db.contentRepository.findMany({ where: { id: { in: [...ids] } } });
  }

  itemsByIds(ids: readonly string[]) {
    return this.db.contentItem.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Active assignments of these items inside their window now (the single-item access check). */
  reachingAssignmentsOf(itemIds: readonly string[], r: Reach) {
    return this.db.contentAssignment.findMany({ where: { contentItemId: { in: [...itemIds] }, ...reachingWhere(r) } });
  }

  listItems(r: Reach, p: Page, repositoryId: string, status: ContentItem['status'] | null) {
    const where = { AND: [readableWhere(r), { repositoryId }, status ? { status } : {}] };
    return paginate(p, where, (q) => this.db.contentItem.findMany(q), (w) => this.db.contentItem.count({ where: w }), NEWEST);
  }

  /** 001 §4.2.1: items assigned to the caller (or its organizations), reaching it now, most recently updated first. */
  assignedTo(r: Reach, p: Page) {
    const where = { assignments: { some: reachingWhere(r) } };
    return paginate(p, where, (q) => this.db.contentItem.findMany(q), (w) => this.db.contentItem.count({ where: w }), NEWEST);
  }

  async search(r: Reach, query: string, limit: number): Promise<{ id: string; rank: number }[]> {
    const rows = await this.db.$queryRawUnsafe<{ id: string; rank: number }[]>(
      SEARCH_SQL,
      query,
      r.read.all,
      r.read.all ? [] : [...r.read.organizationIds],
      r.userId,
      r.now,
      r.member.all,
      r.member.all ? [] : [...r.member.organizationIds],
      limit,
    );
    return rows.map((row) => ({ id: row.id, rank: Number(row.rank) }));
  }

  createItem(data: Prisma.ContentItemUncheckedCreateInput) {
    return this.db.contentItem.create({ data });
  }

  /** Lock one item row for the rest of the transaction: its versions are numbered one at a time. */
  async lockItem(id: string) {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>('SELECT id FROM lore.content_items WHERE id = $1::uuid FOR UPDATE', id);
    return rows.length ? this.db.contentItem.findUnique({ where: { id } }) : null;
  }

  updateItem(id: string, data: Prisma.ContentItemUncheckedUpdateInput) {
    return this.db.contentItem.update({ where: { id }, data });
  }

  createVersion(data: Prisma.ContentVersionUncheckedCreateInput) {
    return this.db.contentVersion.create({ data });
  }

  version(contentItemId: string, versionNumber: number) {
    return this.db.contentVersion.findUnique({ where: { contentItemId_versionNumber: { contentItemId, versionNumber } } });
  }

  versionsOf(contentItemId: string, p: Page) {
    return paginate(p, { contentItemId }, (q) => this.db.contentVersion.findMany(q), (w) => this.db.contentVersion.count({ where: w }), BY_VERSION);
  }

  /** An item's assignments, newest first; only those reaching the caller unless `all`. */
  assignmentsOf(contentItemId: string, p: Page, reaching: Reach | null) {
    const where = { AND: [{ contentItemId }, reaching ? reachingWhere(reaching) : {}] };
    return paginate(p, where, (q) => this.db.contentAssignment.findMany(q), (w) => this.db.contentAssignment.count({ where: w }), NEWEST_CREATED);
  }

  createAssignment(data: Prisma.ContentAssignmentUncheckedCreateInput) {
    return this.db.contentAssignment.create({ data });
  }

  async lockAssignment(id: string) {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>('SELECT id FROM lore.content_assignments WHERE id = $1::uuid FOR UPDATE', id);
    return rows.length ? this.db.contentAssignment.findUnique({ where: { id } }) : null;
  }

  deactivateAssignment(id: string) {
    return this.db.contentAssignment.update({ where: { id }, data: { isActive: false } });
  }
}

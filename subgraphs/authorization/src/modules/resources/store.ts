import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Authorization lists page in primary-key order. */
const BY_ID = [{ id: 'asc' }] as const;
const BY_CHANGE = [{ changedAt: 'asc' }, { id: 'asc' }] as const;

export interface ResourceFilter {
  resourceTypeId?: string | null;
  ownerId?: string | null;
  parentResourceId?: string | null;
}

/** Every Prisma call touching resources. */
export class ResourceStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.resource.findMany({ where: { id: { in: [...ids] } } });
  }

  list(filter: ResourceFilter, p: Page) {
    const where: Prisma.ResourceWhereInput = {};
    if (filter.resourceTypeId) where.resourceTypeId = filter.resourceTypeId;
    if (filter.ownerId) where.ownerId = filter.ownerId;
    if (filter.parentResourceId) where.parentResourceId = filter.parentResourceId;
    return paginate(p, where, (q) => this.db.resource.findMany(q), (w) => this.db.resource.count({ where: w }), BY_ID);
  }

  create(data: Prisma.ResourceUncheckedCreateInput) {
    return unique(this.db.resource.create({ data }));
  }

  update(id: string, data: Prisma.ResourceUncheckedUpdateInput) {
    return unique(this.db.resource.update({ where: { id }, data }));
  }

  delete(id: string) {
    return this.db.resource.delete({ where: { id } });
  }

  recordOwnerChange(data: { resourceId: string; fromOwnerId: string | null; toOwnerId: string | null; changedBy: string }) {
    return this.db.resourceOwnerChange.create({ data });
  }

  /** Owner changes of a resource, oldest first. */
  ownerChanges(resourceId: string, p: Page) {
    const where = { resourceId };
    return paginate(p, where, (q) => this.db.resourceOwnerChange.findMany(q), (w) => this.db.resourceOwnerChange.count({ where: w }), BY_CHANGE);
  }

  /** Ids of the resource and all its ancestors, nearest first (cycle-safe). */
  async ancestorIds(id: string): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE up(id, parent, depth) AS (
        SELECT r.id, r.parent_resource_id, 0 FROM "authorization"."resources" r WHERE r.id = ${id}::uuid
        UNION
        SELECT p.id, p.parent_resource_id, up.depth + 1
          FROM "authorization"."resources" p JOIN up ON p.id = up.parent
         WHERE up.depth < 1000
      )
      SELECT id::text AS id FROM up ORDER BY depth`;
    return rows.map((r) => r.id);
  }

  /** Rows that point at the resource and keep it from being deleted. */
  async referencedBy(id: string): Promise<{ children: number; userRoles: number; userPermissions: number }> {
    const [children, userRoles, userPermissions] = await Promise.all([
      this.db.resource.count({ where: { parentResourceId: id } }),
      this.db.userRole.count({ where: { resourceScope: id } }),
      this.db.userPermission.count({ where: { resourceId: id } }),
    ]);
    return { children, userRoles, userPermissions };
  }
}

import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Authorization lists page in primary-key order. */
const BY_ID = [{ id: 'asc' }] as const;

/** Every Prisma call touching resource_types. */
export class ResourceTypeStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.resourceType.findMany({ where: { id: { in: [...ids] } } });
  }

  byName(name: string) {
    return this.db.resourceType.findUnique({ where: { name } });
  }

  list(p: Page) {
    return paginate(p, {}, (q) => this.db.resourceType.findMany(q), (where) => this.db.resourceType.count({ where }), BY_ID);
  }

  create(data: Prisma.ResourceTypeUncheckedCreateInput) {
    return unique(this.db.resourceType.create({ data }));
  }

  update(id: string, data: Prisma.ResourceTypeUncheckedUpdateInput) {
    return unique(this.db.resourceType.update({ where: { id }, data }));
  }

  delete(id: string) {
    return this.db.resourceType.delete({ where: { id } });
  }

  /** Actions some permission of the type uses (they cannot be removed from the type). */
  async actionsInUse(id: string): Promise<string[]> {
    const rows = await this.db.permission.findMany({ where: { resourceTypeId: id }, select: { action: true }, distinct: ['action'] });
    return rows.map((r) => r.action);
  }

  async isReferenced(id: string): Promise<boolean> {
    const [permissions, resources, children] = await Promise.all([
      this.db.permission.count({ where: { resourceTypeId: id } }),
      this.db.resource.count({ where: { resourceTypeId: id } }),
      this.db.resourceType.count({ where: { parentTypeId: id } }),
    ]);
    return permissions + resources + children > 0;
  }
}

export interface PermissionFilter {
  resourceTypeId?: string | null;
  action?: string | null;
}

/** Every Prisma call touching permissions. */
export class PermissionStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.permission.findMany({ where: { id: { in: [...ids] } } });
  }

  byName(name: string) {
    return this.db.permission.findUnique({ where: { name } });
  }

  list(filter: PermissionFilter, p: Page) {
    const where: Prisma.PermissionWhereInput = {};
    if (filter.resourceTypeId) where.resourceTypeId = filter.resourceTypeId;
    if (filter.action) where.action = filter.action;
    return paginate(p, where, (q) => this.db.permission.findMany(q), (w) => this.db.permission.count({ where: w }), BY_ID);
  }

  create(data: Prisma.PermissionUncheckedCreateInput) {
    return unique(this.db.permission.create({ data }));
  }

  update(id: string, data: Prisma.PermissionUncheckedUpdateInput) {
    return this.db.permission.update({ where: { id }, data });
  }

  delete(id: string) {
    return this.db.permission.delete({ where: { id } });
  }

  /** Live direct grants of a permission (not revoked), with the shape coverage compares. */
  directGrants(permissionId: string) {
    return this.db.userPermission.findMany({
      where: { permissionId, isActive: true, revokedAt: null },
      select: { resourceId: true, additionalConditions: true, validFrom: true, validUntil: true },
    });
  }
}

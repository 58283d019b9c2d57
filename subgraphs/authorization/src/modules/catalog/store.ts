import type { DbClient, Prisma } from '../../db.js';
import { afterId, type IdPage } from '../shared/pagination.js';

/** Every Prisma call touching resource_types. */
export class ResourceTypeStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.resourceType.findMany({ where: { id: { in: [...ids] } } });
  }

  byName(name: string) {
    return this.db.resourceType.findUnique({ where: { name } });
  }

  list(page: IdPage) {
    return this.db.resourceType.findMany({ where: afterId(page), orderBy: { id: 'asc' }, take: page.take });
  }

  create(data: Prisma.ResourceTypeUncheckedCreateInput) {
    return this.db.resourceType.create({ data });
  }

  update(id: string, data: Prisma.ResourceTypeUncheckedUpdateInput) {
    return this.db.resourceType.update({ where: { id }, data });
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

  list(filter: PermissionFilter, page: IdPage) {
    const where: Prisma.PermissionWhereInput = { ...afterId(page) };
    if (filter.resourceTypeId) where.resourceTypeId = filter.resourceTypeId;
    if (filter.action) where.action = filter.action;
    return this.db.permission.findMany({ where, orderBy: { id: 'asc' }, take: page.take });
  }

  create(data: Prisma.PermissionUncheckedCreateInput) {
    return this.db.permission.create({ data });
  }

  update(id: string, data: Prisma.PermissionUncheckedUpdateInput) {
    return this.db.permission.update({ where: { id }, data });
  }

  delete(id: string) {
    return this.db.permission.delete({ where: { id } });
  }
}

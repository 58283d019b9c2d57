import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Authorization lists page in primary-key order. */
const BY_ID = [{ id: 'asc' }] as const;

/** Every Prisma call touching roles and role_permissions. */
export class RoleStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.role.findMany({ where: { id: { in: [...ids] } } });
  }

  byName(name: string) {
    return this.db.role.findUnique({ where: { name } });
  }

  /** Roles are a small table; hierarchy checks read it whole. */
  all() {
    return this.db.role.findMany({ select: { id: true, name: true, parentRoleId: true, roleLevel: true, validFrom: true, validUntil: true } });
  }

  list(p: Page) {
    return paginate(p, {}, (q) => this.db.role.findMany(q), (where) => this.db.role.count({ where }), BY_ID);
  }

  create(data: Prisma.RoleUncheckedCreateInput) {
    return unique(this.db.role.create({ data }));
  }

  update(id: string, data: Prisma.RoleUncheckedUpdateInput) {
    return unique(this.db.role.update({ where: { id }, data }));
  }

  setLevels(levels: { id: string; roleLevel: number }[]) {
    return Promise.all(levels.map((l) => this.db.role.update({ where: { id: l.id }, data: { roleLevel: l.roleLevel } })));
  }

  delete(id: string) {
    return this.db.role.delete({ where: { id } });
  }

  countChildren(id: string) {
    return this.db.role.count({ where: { parentRoleId: id } });
  }

  /**
   * Serialise hierarchy changes: two concurrent re-parentings could each pass the cycle
   * check and together form a cycle. Held until the transaction ends.
   */
  async lockHierarchy(): Promise<void> {
    await this.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atrium:authorization:role-hierarchy'))`;
  }

  /** Lock one role row until the transaction ends (assignment limits). */
  async lockRole(id: string): Promise<void> {
    await this.db.$queryRaw`SELECT id FROM "authorization"."roles" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /** Active assignments: not revoked, active, and not past their end. */
  countActiveAssignments(roleIds: readonly string[], now: Date) {
    return this.db.userRole.groupBy({
      by: ['roleId'],
      where: { roleId: { in: [...roleIds] }, isActive: true, revokedAt: null, OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
      _count: { _all: true },
    });
  }

  rolePermissionsByIds(ids: readonly string[]) {
    return this.db.rolePermission.findMany({ where: { id: { in: [...ids] } } });
  }

  rolePermissionsOfRoles(roleIds: readonly string[]) {
    return this.db.rolePermission.findMany({ where: { roleId: { in: [...roleIds] } }, orderBy: { id: 'asc' } });
  }

  listRolePermissions(filter: { roleId?: string | null; permissionId?: string | null }, p: Page) {
    const where: Prisma.RolePermissionWhereInput = {};
    if (filter.roleId) where.roleId = filter.roleId;
    if (filter.permissionId) where.permissionId = filter.permissionId;
    return paginate(p, where, (q) => this.db.rolePermission.findMany(q), (w) => this.db.rolePermission.count({ where: w }), BY_ID);
  }

  createRolePermission(data: Prisma.RolePermissionUncheckedCreateInput) {
    return unique(this.db.rolePermission.create({ data }));
  }

  updateRolePermission(id: string, data: Prisma.RolePermissionUncheckedUpdateInput) {
    return this.db.rolePermission.update({ where: { id }, data });
  }

  deleteRolePermission(id: string) {
    return this.db.rolePermission.delete({ where: { id } });
  }
}

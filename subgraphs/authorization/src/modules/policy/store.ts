import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../db.js';
import { MAX_CHAIN, type Check, type PermissionFact, type PolicyFacts, type ResourceFact, type RoleFact, type RolePermissionFact, type UserPermissionFact, type UserRoleFact } from '@atrium/kernel/policy';

interface ResourceRow {
  id: string;
  resource_type: string;
  resource_id: string;
  parent_resource_id: string | null;
  owner_id: string | null;
  attributes: unknown;
  is_active: boolean;
}

const toResourceFact = (r: ResourceRow): ResourceFact => ({
  id: r.id,
  resourceType: r.resource_type,
  resourceId: r.resource_id,
  parentResourceId: r.parent_resource_id,
  ownerId: r.owner_id,
  attributes: r.attributes,
  isActive: r.is_active,
});

interface SnapshotRow {
  user_roles: unknown;
  user_permissions: unknown;
  roles: unknown;
  role_permissions: unknown;
  permissions: unknown;
  resources: unknown;
  reached: unknown;
}
type Wired = Record<string, unknown>;

/** Timestamps come from json_build_object as ISO strings (microseconds; Date keeps milliseconds, as Prisma's do). */
function dated(row: Wired, ...keys: string[]): Wired {
  const out = { ...row };
  for (const k of keys) out[k] = typeof row[k] === 'string' ? new Date(row[k] as string) : row[k] == null ? null : row[k];
  return out;
}

/** CTE `found`: the resources named by (type, external id), then every ancestor (cycle-safe). */
const namedWithAncestors = (types: string[], ids: string[]) => Prisma.sql`
      found(id, resource_type_id, resource_id, parent_resource_id, owner_id, attributes, is_active, depth) AS (
        SELECT r.id, r.resource_type_id, r.resource_id, r.parent_resource_id, r.owner_id, r.attributes, r.is_active, 0
          FROM "authorization"."resources" r
          JOIN "authorization"."resource_types" t ON t.id = r.resource_type_id
          JOIN unnest(${types}::text[], ${ids}::text[]) AS wanted(type_name, external_id)
            ON wanted.type_name = t.name AND wanted.external_id = r.resource_id
        UNION
        SELECT p.id, p.resource_type_id, p.resource_id, p.parent_resource_id, p.owner_id, p.attributes, p.is_active, f.depth + 1
          FROM "authorization"."resources" p
          JOIN found f ON p.id = f.parent_resource_id
         WHERE f.depth < 1000
      )`;

const ROLE = { id: true, name: true, parentRoleId: true, validFrom: true, validUntil: true } as const;
const USER_ROLE = { id: true, roleId: true, resourceScope: true, contextConditions: true, isActive: true, revokedAt: true, validFrom: true, validUntil: true, assignedAt: true, isDelegated: true } as const;
const PERMISSION = { id: true, name: true, action: true, conditions: true, requiresApproval: true, validFrom: true, validUntil: true, resourceType: { select: { name: true } } } as const;
const ROLE_PERMISSION = { id: true, roleId: true, permissionId: true, additionalConditions: true, validFrom: true, validUntil: true } as const;
const USER_PERMISSION = { id: true, permissionId: true, resourceId: true, additionalConditions: true, isActive: true, revokedAt: true, approvedAt: true, validFrom: true, validUntil: true } as const;

/**
 * Loads everything one user's decisions need in at most six statements, whatever the number of
 * checks: all roles (a small table; chains are walked in memory), the user's role
 * assignments and direct grants, the permissions for the requested (type, action) pairs,
 * the role_permissions linking them, and the requested resources with every ancestor.
 * Revoked and expired rows are loaded too: they explain denials.
 */
export class PolicyStore {
  constructor(private readonly db: DbClient) {}

  /**
   * Every user's grants in the same six statements (effective permissions of many users,
   * e.g. `User.effectivePermissions` over a list): shared rows are read once.
   */
  async factsForUsers(userIds: readonly string[]): Promise<Map<string, PolicyFacts>> {
    const ids = [...new Set(userIds)];
    const [roles, userRoles, permissions, rolePermissions, userPermissions] = await Promise.all([
      this.db.role.findMany({ select: ROLE }),
      this.db.userRole.findMany({ where: { userId: { in: ids } }, select: { ...USER_ROLE, userId: true }, orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }] }),
      this.db.permission.findMany({ select: PERMISSION }),
      this.db.rolePermission.findMany({ select: ROLE_PERMISSION, orderBy: { id: 'asc' } }),
      this.db.userPermission.findMany({ where: { userId: { in: ids } }, select: { ...USER_PERMISSION, userId: true }, orderBy: [{ grantedAt: 'asc' }, { id: 'asc' }] }),
    ]);
    const shared = {
      roles: new Map(roles.map((r): [string, RoleFact] => [r.id, r])),
      permissions: permissions.map((p): PermissionFact => ({ ...p, resourceType: p.resourceType.name })),
      rolePermissions: rolePermissions as RolePermissionFact[],
      resources: new Map<string, ResourceFact>(),
    };
    return new Map(
      ids.map((userId) => [
        userId,
        {
          ...shared,
          userId,
          userRoles: userRoles.filter((r) => r.userId === userId) as UserRoleFact[],
          userPermissions: userPermissions.filter((p) => p.userId === userId) as UserPermissionFact[],
        },
      ]),
    );
  }

  /** One user's facts for a batch of checks. */
  async facts(userId: string, checks: readonly Check[]): Promise<PolicyFacts> {
    const pairs = [...new Map(checks.map((c) => [`${c.resourceType}:${c.action}`, c])).values()];
    const permissionWhere = { OR: pairs.map((c) => ({ action: c.action, resourceType: { name: c.resourceType } })) };
    const wanted = checks.filter((c) => c.resourceId !== null) as (Check & { resourceId: string })[];
    const resources = wanted.length ? this.resourcesWithAncestors(wanted.map((c) => c.resourceType), wanted.map((c) => c.resourceId)) : Promise.resolve([]);
    return this.load(userId, permissionWhere, resources);
  }

  /**
   * Everything the coverage rule needs (coverage.ts): the whole catalog (every role, permission
   * and role_permission), the actor's own grants, and the resources named by `resourceRowIds`
   * (resources.id) with all their ancestors.
   */
  coverageFacts(actorId: string, resourceRowIds: readonly string[]): Promise<PolicyFacts> {
    const ids = [...new Set(resourceRowIds)];
    return this.load(actorId, undefined, ids.length ? this.resourceRowsWithAncestors(ids) : Promise.resolve([]));
  }

  /** The six statements, in parallel; `permissionWhere` narrows the catalog to some (type, action) pairs. */
  private async load(userId: string, permissionWhere: Prisma.PermissionWhereInput | undefined, resourceRows: Promise<ResourceRow[]>): Promise<PolicyFacts> {
    const [roles, userRoles, permissions, rolePermissions, userPermissions, resources] = await Promise.all([
      this.db.role.findMany({ select: ROLE }),
      this.db.userRole.findMany({ where: { userId }, select: USER_ROLE, orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }] }),
      this.db.permission.findMany({ where: permissionWhere, select: PERMISSION }),
      this.db.rolePermission.findMany({ where: permissionWhere ? { permission: permissionWhere } : undefined, select: ROLE_PERMISSION, orderBy: { id: 'asc' } }),
      this.db.userPermission.findMany({ where: { userId, ...(permissionWhere ? { permission: permissionWhere } : {}) }, select: USER_PERMISSION, orderBy: [{ grantedAt: 'asc' }, { id: 'asc' }] }),
      resourceRows,
    ]);
    return {
      userId,
      roles: new Map(roles.map((r): [string, RoleFact] => [r.id, r])),
      userRoles: userRoles as UserRoleFact[],
      permissions: permissions.map((p): PermissionFact => ({ ...p, resourceType: p.resourceType.name })),
      rolePermissions: rolePermissions as RolePermissionFact[],
      userPermissions: userPermissions as UserPermissionFact[],
      resources: new Map(resources.map((r): [string, ResourceFact] => [r.id, toResourceFact(r)])),
    };
  }

  /** Resources by resources.id and all their ancestors, in one recursive query. */
  private resourceRowsWithAncestors(ids: string[]) {
    return this.db.$queryRaw<ResourceRow[]>`
      WITH RECURSIVE found(id, depth) AS (
        SELECT r.id, 0 FROM "authorization"."resources" r WHERE r.id = ANY(${ids}::uuid[])
        UNION
        SELECT p.id, f.depth + 1
          FROM "authorization"."resources" c
          JOIN found f ON c.id = f.id
          JOIN "authorization"."resources" p ON p.id = c.parent_resource_id
         WHERE f.depth < 1000
      )
      SELECT DISTINCT ON (r.id) r.id::text AS id, t.name AS resource_type, r.resource_id, r.parent_resource_id::text AS parent_resource_id,
             r.owner_id::text AS owner_id, r.attributes, r.is_active
        FROM found f JOIN "authorization"."resources" r ON r.id = f.id JOIN "authorization"."resource_types" t ON t.id = r.resource_type_id`;
  }

  /**
   * Everything one user's policy snapshot holds, in ONE statement (one round trip, one MVCC
   * snapshot of the tables): the user's role assignments and direct grants (every state: revoked
   * and expired rows explain denials), the roles on their chains (walked as far as roleChain
   * walks), those roles' role_permissions, the permissions they and the direct grants name, the
   * resources named by (type, external id) with all their ancestors, and for every scope root
   * the grants name, the organizations it reaches (as organizationsUnder). The rows are the
   * trimmed subset snapshotWire would keep from the whole-catalog facts; the order of
   * assignments, grants and role_permissions is the one `load` reads them in.
   */
  async snapshotFacts(userId: string, types: string[], ids: string[]): Promise<{ facts: PolicyFacts; resources: ResourceFact[]; reached: Map<string, string[]> }> {
    const [row] = await this.db.$queryRaw<SnapshotRow[]>`
      WITH RECURSIVE
      ur AS (SELECT * FROM "authorization"."user_roles" WHERE user_id = ${userId}::uuid),
      up AS (SELECT * FROM "authorization"."user_permissions" WHERE user_id = ${userId}::uuid),
      chain(id, depth) AS (
        SELECT role_id, 1 FROM ur
        UNION
        SELECT r.parent_role_id, c.depth + 1 FROM chain c JOIN "authorization"."roles" r ON r.id = c.id
         WHERE r.parent_role_id IS NOT NULL AND c.depth < ${MAX_CHAIN}
      ),
      rl AS (SELECT r.* FROM "authorization"."roles" r WHERE r.id IN (SELECT id FROM chain)),
      rp AS (SELECT x.* FROM "authorization"."role_permissions" x WHERE x.role_id IN (SELECT id FROM rl)),
      pm AS (
        SELECT p.*, t.name AS type_name FROM "authorization"."permissions" p JOIN "authorization"."resource_types" t ON t.id = p.resource_type_id
         WHERE p.id IN (SELECT permission_id FROM rp UNION SELECT permission_id FROM up)
      ),
      ${namedWithAncestors(types, ids)},
      found_one AS (SELECT DISTINCT ON (f.id) f.* FROM found f ORDER BY f.id),
      down(root, id) AS (
        SELECT r.id, r.id FROM "authorization"."resources" r
         WHERE r.is_active AND r.id IN (SELECT resource_scope FROM ur WHERE resource_scope IS NOT NULL UNION SELECT resource_id FROM up WHERE resource_id IS NOT NULL)
        UNION
        SELECT d.root, c.id FROM "authorization"."resources" c JOIN down d ON c.parent_resource_id = d.id WHERE c.is_active
      )
      SELECT
        (SELECT coalesce(json_agg(json_build_object('id', id, 'roleId', role_id, 'resourceScope', resource_scope, 'contextConditions', context_conditions,
                'isActive', is_active, 'revokedAt', revoked_at, 'validFrom', valid_from, 'validUntil', valid_until, 'assignedAt', assigned_at, 'isDelegated', is_delegated)
                ORDER BY assigned_at, id), '[]'::json) FROM ur) AS user_roles,
        (SELECT coalesce(json_agg(json_build_object('id', id, 'permissionId', permission_id, 'resourceId', resource_id, 'additionalConditions', additional_conditions,
                'isActive', is_active, 'revokedAt', revoked_at, 'approvedAt', approved_at, 'validFrom', valid_from, 'validUntil', valid_until)
                ORDER BY granted_at, id), '[]'::json) FROM up) AS user_permissions,
        (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'parentRoleId', parent_role_id, 'validFrom', valid_from, 'validUntil', valid_until)), '[]'::json) FROM rl) AS roles,
        (SELECT coalesce(json_agg(json_build_object('id', id, 'roleId', role_id, 'permissionId', permission_id, 'additionalConditions', additional_conditions,
                'validFrom', valid_from, 'validUntil', valid_until) ORDER BY id), '[]'::json) FROM rp) AS role_permissions,
        (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'action', action, 'conditions', conditions, 'requiresApproval', requires_approval,
                'validFrom', valid_from, 'validUntil', valid_until, 'resourceType', type_name)), '[]'::json) FROM pm) AS permissions,
        (SELECT coalesce(json_agg(json_build_object('id', f.id, 'resourceType', t.name, 'resourceId', f.resource_id, 'parentResourceId', f.parent_resource_id,
                'ownerId', f.owner_id, 'attributes', f.attributes, 'isActive', f.is_active)), '[]'::json)
           FROM found_one f JOIN "authorization"."resource_types" t ON t.id = f.resource_type_id) AS resources,
        (SELECT coalesce(json_agg(json_build_array(d.root, r.resource_id)), '[]'::json)
           FROM down d JOIN "authorization"."resources" r ON r.id = d.id JOIN "authorization"."resource_types" t ON t.id = r.resource_type_id
          WHERE t.name = 'organization') AS reached`;
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as never;
    const userRoles: UserRoleFact[] = (json(row!.user_roles) as Wired[]).map((ur) => ({ ...dated(ur, 'validFrom', 'validUntil', 'revokedAt', 'assignedAt') }) as unknown as UserRoleFact);
    const userPermissions: UserPermissionFact[] = (json(row!.user_permissions) as Wired[]).map((up) => dated(up, 'validFrom', 'validUntil', 'revokedAt', 'approvedAt') as unknown as UserPermissionFact);
    const roles = (json(row!.roles) as Wired[]).map((r) => dated(r, 'validFrom', 'validUntil') as unknown as RoleFact);
    const reached = new Map<string, string[]>();
    for (const [root, organizationId] of json(row!.reached) as [string, string][]) reached.set(root, [...(reached.get(root) ?? []), organizationId]);
    return {
      facts: {
        userId,
        roles: new Map(roles.map((r) => [r.id, r])),
        userRoles,
        permissions: (json(row!.permissions) as Wired[]).map((p) => dated(p, 'validFrom', 'validUntil') as unknown as PermissionFact),
        rolePermissions: (json(row!.role_permissions) as Wired[]).map((rp) => dated(rp, 'validFrom', 'validUntil') as unknown as RolePermissionFact),
        userPermissions,
        resources: new Map(),
      },
      resources: json(row!.resources) as ResourceFact[],
      reached,
    };
  }

  /** The resources named by (type, external id) and all their ancestors, in one recursive query. */
  private resourcesWithAncestors(types: string[], ids: string[]) {
    return this.db.$queryRaw<ResourceRow[]>`
      WITH RECURSIVE ${namedWithAncestors(types, ids)}
      SELECT DISTINCT ON (f.id) f.id::text AS id, t.name AS resource_type, f.resource_id, f.parent_resource_id::text AS parent_resource_id,
             f.owner_id::text AS owner_id, f.attributes, f.is_active
        FROM found f JOIN "authorization"."resource_types" t ON t.id = f.resource_type_id`;
  }

  /**
   * For each scope root (resources.id), the organizations it reaches: itself if an organization,
   * and every organization below it, through active resources only (an inactive resource, or a
   * placeholder not announced yet, is reached by no scope). Cycle-safe.
   */
  async organizationsUnder(roots: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (roots.length === 0) return out;
    const rows = await this.db.$queryRaw<{ root: string; organization_id: string }[]>`
      WITH RECURSIVE down(root, id) AS (
        SELECT r.id, r.id FROM "authorization"."resources" r WHERE r.id = ANY(${[...roots]}::uuid[]) AND r.is_active
        UNION
        SELECT d.root, c.id FROM "authorization"."resources" c JOIN down d ON c.parent_resource_id = d.id WHERE c.is_active
      )
      SELECT d.root::text AS root, r.resource_id AS organization_id
        FROM down d JOIN "authorization"."resources" r ON r.id = d.id JOIN "authorization"."resource_types" t ON t.id = r.resource_type_id
       WHERE t.name = 'organization'`;
    for (const row of rows) out.set(row.root, [...(out.get(row.root) ?? []), row.organization_id]);
    return out;
  }
}

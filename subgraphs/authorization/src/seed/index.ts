import { ALL_PERMISSIONS, RESOURCE_TYPES, splitPermission, type ResourceType } from '@atrium/kernel';
import type { AuthorizationDb, Prisma } from '../db.js';
import { REQUIRES_APPROVAL, SYSTEM_ROLES, WITHDRAWN } from './roles.js';

const title = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * Idempotent system rows, in one transaction: the catalog's resource types (the seven of
 * 004 §2.1 first, exactly as it inserts them), one permission per type × action, the system
 * roles and their permissions (seed/roles.ts). Existing rows are completed, never reset.
 */
export async function seedAuthorization(db: AuthorizationDb): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atrium:authorization:seed'))`;

      const typeIds = new Map<string, string>();
      for (const [name, def] of Object.entries(RESOURCE_TYPES) as [ResourceType, (typeof RESOURCE_TYPES)[ResourceType]][]) {
        const existing = await tx.resourceType.findUnique({ where: { name } });
        if (!existing) {
          const created = await tx.resourceType.create({ data: { name, description: def.description, availableActions: [...def.actions] } });
          typeIds.set(name, created.id);
          continue;
        }
        typeIds.set(name, existing.id);
        const missing = def.actions.filter((a) => !existing.availableActions.includes(a));
        if (missing.length) await tx.resourceType.update({ where: { id: existing.id }, data: { availableActions: [...existing.availableActions, ...missing] } });
      }

      await tx.permission.createMany({
        skipDuplicates: true,
        data: ALL_PERMISSIONS.map((name) => {
          const { resourceType, action } = splitPermission(name);
          return {
            name,
            displayName: `${title(resourceType)}: ${action.replace(/_/g, ' ')}`,
            description: `${title(action)} on ${RESOURCE_TYPES[resourceType].description.toLowerCase()}`,
            resourceTypeId: typeIds.get(resourceType)!,
            action,
            isSystemPermission: true,
            requiresApproval: REQUIRES_APPROVAL.includes(name),
          };
        }),
      });
      const permissionIds = new Map((await tx.permission.findMany({ where: { name: { in: ALL_PERMISSIONS } }, select: { id: true, name: true } })).map((p) => [p.name, p.id]));

      const roleIds = new Map<string, { id: string; level: number }>();
      for (const role of SYSTEM_ROLES) {
        const parent = role.parent ? roleIds.get(role.parent)! : null;
        const existing = await tx.role.findUnique({ where: { name: role.name } });
        const row =
          existing ??
          (await tx.role.create({
            data: {
              ...(role.id ? { id: role.id } : {}),
              name: role.name,
              displayName: role.displayName,
              description: role.description,
              parentRoleId: parent?.id ?? null,
              roleLevel: parent ? parent.level + 1 : 0,
              isSystemRole: true,
              autoAssignConditions: (role.autoAssignConditions ?? {}) as Prisma.InputJsonObject,
            },
          }));
        if (existing && !existing.isSystemRole) await tx.role.update({ where: { id: existing.id }, data: { isSystemRole: true } });
        roleIds.set(role.name, { id: row.id, level: row.roleLevel });
        const grants = role.grants === '*' ? ALL_PERMISSIONS.map((permission) => ({ permission, conditions: undefined })) : role.grants;
        await tx.rolePermission.createMany({
          skipDuplicates: true,
          data: grants.map((g) => ({ roleId: row.id, permissionId: permissionIds.get(g.permission)!, additionalConditions: (g.conditions ?? {}) as Prisma.InputJsonObject })),
        });
      }
      for (const w of WITHDRAWN) {
        await tx.rolePermission.deleteMany({ where: { role: { name: w.role }, permission: { name: w.permission } } });
      }
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

import { ORGANIZATION_ROLES, organizationRole } from '@atrium/kernel';
import type { AuthorizationDb, DbClient } from '../../db.js';
import { lockPolicy } from '../policy/guard.js';

/**
 * The authorization domain's side of "every object is a resource" and "membership drives
 * access": the catalog's resource and member events, applied idempotently and in order.
 *
 * - Each event names a subject (an object, or a user's membership of an organization) and `at`,
 *   the producer's database time. `event_versions` keeps the newest `at` per subject: a replay or
 *   a late delivery of an older state changes nothing; a deletion leaves a tombstone there.
 * - A parent that has not been announced yet gets an inactive placeholder row, completed when
 *   its own event arrives. Inactive resources are reached by no scope, so a placeholder opens
 *   nothing.
 * - Every handler runs in one transaction under the policy lock every RBAC write takes.
 */

interface ObjectRef {
  resourceType: string;
  resourceId: string;
}

/** Record `at` for `subject` unless a newer (or the same) state is recorded. False: stale, do nothing. */
async function claim(tx: DbClient, subject: string, at: string, deleted: boolean): Promise<boolean> {
  const rows = await tx.$queryRaw<{ subject: string }[]>`
    INSERT INTO "authorization"."event_versions" (subject, at, deleted) VALUES (${subject}, ${at}::timestamptz, ${deleted})
    ON CONFLICT (subject) DO UPDATE SET at = EXCLUDED.at, deleted = EXCLUDED.deleted, updated_at = now()
     WHERE "event_versions".at < EXCLUDED.at
    RETURNING subject`;
  return rows.length === 1;
}

async function typeId(tx: DbClient, name: string): Promise<string> {
  const type = await tx.resourceType.findUnique({ where: { name }, select: { id: true } });
  if (!type) throw new Error(`resource type ${name} is not in the catalog`);
  return type.id;
}

/** The resources row of an object, or an inactive placeholder for it. */
async function rowOrPlaceholder(tx: DbClient, ref: ObjectRef): Promise<string> {
  const resourceTypeId = await typeId(tx, ref.resourceType);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "authorization"."resources" (resource_type_id, resource_id, is_active, attributes)
    VALUES (${resourceTypeId}::uuid, ${ref.resourceId}, false, '{"placeholder": true}'::jsonb)
    ON CONFLICT (resource_type_id, resource_id) DO UPDATE SET resource_id = EXCLUDED.resource_id
    RETURNING id::text AS id`;
  return rows[0]!.id;
}

export interface ResourceUpsert extends ObjectRef {
  name: string | null;
  ownerId: string | null;
  organizationId: string | null;
  parent: ObjectRef | null;
  attributes: Record<string, unknown>;
  at: string;
}

/** resource.upserted: register or update the object, under its parent; record an owner change. */
export async function applyResourceUpsert(db: AuthorizationDb, event: ResourceUpsert): Promise<'applied' | 'stale'> {
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    if (!(await claim(tx, `resource:${event.resourceType}:${event.resourceId}`, event.at, false))) return 'stale';
    const resourceTypeId = await typeId(tx, event.resourceType);
    const self = event.parent && event.parent.resourceType === event.resourceType && event.parent.resourceId === event.resourceId;
    const parentId = event.parent && !self ? await rowOrPlaceholder(tx, event.parent) : null;
    const attributes = JSON.stringify({ ...event.attributes, organizationId: event.organizationId });
    const previous = await tx.$queryRaw<{ id: string; owner_id: string | null }[]>`
      SELECT id::text AS id, owner_id::text AS owner_id FROM "authorization"."resources"
       WHERE resource_type_id = ${resourceTypeId}::uuid AND resource_id = ${event.resourceId} FOR UPDATE`;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "authorization"."resources" (resource_type_id, resource_id, name, parent_resource_id, owner_id, attributes, is_active)
      VALUES (${resourceTypeId}::uuid, ${event.resourceId}, ${event.name}, ${parentId}::uuid, ${event.ownerId}::uuid, ${attributes}::jsonb, true)
      ON CONFLICT (resource_type_id, resource_id) DO UPDATE
        SET name = EXCLUDED.name, parent_resource_id = EXCLUDED.parent_resource_id, owner_id = EXCLUDED.owner_id,
            attributes = EXCLUDED.attributes, is_active = true, updated_at = now()
      RETURNING id::text AS id`;
    const before = previous[0]?.owner_id ?? null;
    if (before !== event.ownerId) {
      await tx.resourceOwnerChange.create({ data: { resourceId: rows[0]!.id, fromOwnerId: before, toOwnerId: event.ownerId, changedBy: null } });
    }
    return 'applied';
  });
}

/** resource.deleted: deactivate the resource (grants scoped to it stop reaching anything) and leave a tombstone. */
export async function applyResourceDelete(db: AuthorizationDb, event: ObjectRef & { at: string }): Promise<'applied' | 'stale'> {
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    if (!(await claim(tx, `resource:${event.resourceType}:${event.resourceId}`, event.at, true))) return 'stale';
    const resourceTypeId = await typeId(tx, event.resourceType);
    await tx.resource.updateMany({ where: { resourceTypeId, resourceId: event.resourceId }, data: { isActive: false } });
    return 'applied';
  });
}

const ORG_ROLE_IDS = Object.values(ORGANIZATION_ROLES).map((r) => r.id);

/**
 * member.added / member.changed: the member holds exactly `roleId` (an organization role) scoped
 * to the organization's resource; another organization role it held there is revoked.
 */
export async function applyMembership(db: AuthorizationDb, event: { organizationId: string; userId: string; roleId: string; at: string }): Promise<'applied' | 'stale'> {
  if (!organizationRole(event.roleId)) throw new Error(`member event names role ${event.roleId}, which is not an organization role`);
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    if (!(await claim(tx, `member:${event.organizationId}:${event.userId}`, event.at, false))) return 'stale';
    const scope = await rowOrPlaceholder(tx, { resourceType: 'organization', resourceId: event.organizationId });
    await revokeOrganizationRoles(tx, event.userId, scope, event.roleId);
    const account = await tx.userAccount.findUnique({ where: { userId: event.userId }, select: { isActive: true } });
    // A deactivated account is granted nothing; its membership stays recorded.
    if (account && !account.isActive) return 'applied';
    await tx.$executeRaw`
      INSERT INTO "authorization"."user_roles" (user_id, role_id, resource_scope, assignment_reason)
      VALUES (${event.userId}::uuid, ${event.roleId}::uuid, ${scope}::uuid, 'organization membership')
      ON CONFLICT (user_id, role_id, resource_scope) DO UPDATE
        SET is_active = true, revoked_at = NULL, revoked_by = NULL, revocation_reason = NULL, assigned_at = now(),
            valid_from = now(), valid_until = NULL, assignment_reason = 'organization membership'`;
    return 'applied';
  });
}

/** member.removed: every organization role the user held at the organization's scope ends. */
export async function applyMembershipEnd(db: AuthorizationDb, event: { organizationId: string; userId: string; at: string }): Promise<'applied' | 'stale'> {
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    if (!(await claim(tx, `member:${event.organizationId}:${event.userId}`, event.at, true))) return 'stale';
    const scope = await rowOrPlaceholder(tx, { resourceType: 'organization', resourceId: event.organizationId });
    await revokeOrganizationRoles(tx, event.userId, scope, null);
    return 'applied';
  });
}

async function revokeOrganizationRoles(tx: DbClient, userId: string, scope: string, keep: string | null): Promise<void> {
  await tx.userRole.updateMany({
    where: { userId, resourceScope: scope, roleId: { in: ORG_ROLE_IDS.filter((id) => id !== keep) }, isActive: true },
    data: { isActive: false, revokedAt: new Date(), revocationReason: keep ? 'organization role changed' : 'left the organization' },
  });
}

import { badInput, inTenant, notFound, tenantFor, unauthenticated, type BaseContext, type Permission, type TenantScope } from '@atrium/kernel';

/** The caller's id. Shield already refuses anonymous callers where needed; this is the second lock. */
export function callerId(ctx: BaseContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

/** Whether the caller holds a permission (about one object, when given). */
export async function holds(ctx: BaseContext, permission: Permission, resourceId: string | null = null): Promise<boolean> {
  if (!ctx.principal) return false;
  return (await ctx.authz.decide({ permission, resourceId })).allowed;
}

/**
 * The organizations the caller belongs to (with their children): where its organization role
 * grants organization:read. Platform administrators, who read every organization, get every tenant.
 */
export const memberScope = (ctx: BaseContext): Promise<TenantScope> => tenantFor(ctx, 'organization:read');

/**
 * The tenant a new object goes into: none (a personal object), or one of the caller's
 * organizations. Another tenant's organization and one that does not exist get the same answer.
 */
export async function chosenTenant(ctx: BaseContext, organizationId: string | null | undefined, path: (string | number)[]): Promise<string | null> {
  if (!organizationId) return null;
  if (!inTenant(await memberScope(ctx), organizationId)) throw badInput([{ path, message: 'is not an organization of yours' }]);
  return organizationId;
}

/** A tenant-owned row as the access rule sees it. */
export interface OwnedRow {
  id: string;
  ownerId: string | null;
  organizationId: string | null;
}

/**
 * The owner rule of services, for operations shield cannot decide from arguments alone (the
 * owner is known only once the row is loaded): the owner may, while the row is personal or the
 * owner still belongs to its organization; anyone else needs the permission about that object
 * (an administrator scoped to the organization reaches it through the resource hierarchy).
 * An owner who left the organization has left its objects too: the owner-only grants of the
 * `user` role no longer reach them, only an unscoped grant (a platform administrator's) does.
 * Whether the caller may not or the row does not exist, the answer is the same (`false`).
 */
export async function mayAccess(ctx: BaseContext, row: OwnedRow, permission: Permission): Promise<boolean> {
  const me = callerId(ctx);
  if (row.ownerId !== null && row.ownerId === me) {
    if (row.organizationId === null || inTenant(await memberScope(ctx), row.organizationId)) return true;
    return holds(ctx, permission);
  }
  return holds(ctx, permission, row.id);
}

/** `mayAccess`, or NOT_FOUND naming `what`: exactly the answer for an object that does not exist. */
export async function requireAccess(ctx: BaseContext, row: OwnedRow, permission: Permission, what: string): Promise<void> {
  if (!(await mayAccess(ctx, row, permission))) throw notFound(what);
}

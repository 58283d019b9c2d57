import { forbidden, unauthenticated, type BaseContext, type Permission } from '@atrium/kernel';

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
 * The owner rule of services, for operations shield cannot decide from arguments alone
 * (the owner is known only once the row is loaded): the owner may, anyone else needs the
 * permission, about that object. The denial names the missing permission, as shield's does.
 */
export async function requireOwnerOr(ctx: BaseContext, ownerId: string | null, permission: Permission, resourceId: string | null): Promise<void> {
  const me = callerId(ctx);
  if (ownerId !== null && ownerId === me) return;
  const decision = await ctx.authz.decide({ permission, resourceId });
  if (!decision.allowed) throw forbidden(`Missing permission ${permission} (${decision.reason})`, { permission, reason: decision.reason });
}

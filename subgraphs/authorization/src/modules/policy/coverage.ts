/**
 * "No one can give what they do not hold", as a pure function over the facts the decision
 * engine uses (see evaluate.ts). The anchor is Kubernetes RBAC's escalation check: a role
 * cannot be created, changed or bound unless the actor already holds everything in it at the
 * same scope.
 *
 * A write is described by the offers it makes: each offer is one (resource type, action) at a
 * breadth (scope, conditions, window) that someone would hold after the write (hand out), or
 * would stop holding (take away). The actor covers an offer when one of its own grants, live
 * now, is
 *   - for the same resource type and action (what a permission allows, never its row id);
 *   - unscoped, or scoped to the offer's resource or an active ancestor of it;
 *   - limited by no condition the offer is not also limited by (conditions are ANDed, so an
 *     offer carrying every condition of the grant, and maybe more, is no broader);
 *   - open-ended, or ending no earlier than the offer.
 * What the actor holds only through a delegation does not count for handing out: passing it on
 * outright would escape the delegation's depth limit and revocation cascade (delegateRole is
 * the way to pass it on). `super_admin` passes because it holds every catalog permission
 * unconditionally, not because of any bypass.
 */
import { isEmptyCondition } from '@atrium/kernel/conditions';
import { effectiveGrants, roleChain, withinScope, type EffectiveGrant, type PermissionFact, type PolicyFacts, type RolePermissionFact, type Window } from '@atrium/kernel/policy';

export interface Offer {
  /** `<type>:<action>`: what the offer allows, whatever permission row carries it. */
  permission: string;
  resourceType: string;
  action: string;
  /** resources.id the offer is limited to (with its descendants); null for everywhere. */
  scope: string | null;
  /** Non-empty conditions (JsonLogic) that limit it. */
  conditions: unknown[];
  validFrom: Date | null;
  validUntil: Date | null;
}

export type ShortfallReason = 'NOT_HELD' | 'DELEGATED_ONLY' | 'NARROWER_SCOPE' | 'MORE_CONDITIONS' | 'SHORTER_WINDOW';

export interface Shortfall {
  offer: Offer;
  /** Why the actor's closest grant does not cover it. */
  reason: ShortfallReason;
}

type Catalog = Pick<PolicyFacts, 'roles' | 'permissions' | 'rolePermissions'>;

/** A grant's own limits: the assignment or direct grant being made, changed or revoked. */
export interface GrantShape extends Window {
  scope: string | null;
  conditions: unknown;
}

const OPEN: GrantShape = { scope: null, conditions: {}, validFrom: null, validUntil: null };

function intersect(windows: Window[]): Window {
  const froms = windows.map((w) => w.validFrom).filter((d): d is Date => d !== null);
  const untils = windows.map((w) => w.validUntil).filter((d): d is Date => d !== null);
  return {
    validFrom: froms.length ? new Date(Math.max(...froms.map((d) => d.getTime()))) : null,
    validUntil: untils.length ? new Date(Math.min(...untils.map((d) => d.getTime()))) : null,
  };
}

function offer(permission: PermissionFact, scope: string | null, conditions: unknown[], windows: Window[]): Offer {
  return {
    permission: `${permission.resourceType}:${permission.action}`,
    resourceType: permission.resourceType,
    action: permission.action,
    scope,
    conditions: conditions.filter((c) => !isEmptyCondition(c)),
    ...intersect(windows),
  };
}

/**
 * What an assignment of `roleId` gives: every permission of the role's chain, through every
 * window on the way, limited by the assignment's scope, window and context conditions.
 */
export function roleOffers(catalog: Catalog, roleId: string, assignment: GrantShape = OPEN): Offer[] {
  const permissions = new Map(catalog.permissions.map((p) => [p.id, p]));
  const chain = roleChain(catalog.roles, roleId);
  const out: Offer[] = [];
  chain.forEach((role, i) => {
    for (const rp of catalog.rolePermissions) {
      if (rp.roleId !== role.id) continue;
      const permission = permissions.get(rp.permissionId);
      if (!permission) continue;
      out.push(offer(permission, assignment.scope, [permission.conditions, rp.additionalConditions, assignment.conditions], [assignment, ...chain.slice(0, i + 1), rp, permission]));
    }
  });
  return out;
}

/**
 * What one role_permission link gives the holders of its role (and of every role inheriting
 * from it): the broadest path is an unscoped assignment of the role itself.
 */
export function linkOffer(catalog: Catalog, link: RolePermissionFact): Offer[] {
  const permission = catalog.permissions.find((p) => p.id === link.permissionId);
  const role = catalog.roles.get(link.roleId);
  if (!permission || !role) return [];
  return [offer(permission, null, [permission.conditions, link.additionalConditions], [role, link, permission])];
}

/** What a direct grant of `permission` gives, or what the permission row itself allows (no grant). */
export function permissionOffer(permission: PermissionFact, grant: GrantShape = OPEN): Offer[] {
  return [offer(permission, grant.scope, [permission.conditions, grant.conditions], [grant, permission])];
}

/**
 * Governing one object: every action of its type that some permission row allows, on that
 * object, without conditions and for good. Changing who owns an object, where it sits or what
 * conditions read from it hands its owner-conditioned and scoped grants to other people, so
 * only someone who already holds all of that on the object may do it.
 */
export function governOffers(catalog: Catalog, resourceType: string, resourceRowId: string): Offer[] {
  const actions = [...new Set(catalog.permissions.filter((p) => p.resourceType === resourceType).map((p) => p.action))].sort();
  return actions.map((action) => ({ permission: `${resourceType}:${action}`, resourceType, action, scope: resourceRowId, conditions: [], validFrom: null, validUntil: null }));
}

/** JSON with object keys sorted at every depth: two conditions are the same when this is. */
export function normalizeCondition(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(value));
}

const grantsNothing = (o: Offer, now: Date) =>
  (o.validUntil !== null && o.validUntil.getTime() <= now.getTime()) || (o.validFrom !== null && o.validUntil !== null && o.validFrom.getTime() >= o.validUntil.getTime());

const STAGES: ShortfallReason[] = ['DELEGATED_ONLY', 'NARROWER_SCOPE', 'MORE_CONDITIONS', 'SHORTER_WINDOW'];

/** How many of the four coverage checks `grant` passes for `o` (4: it covers it). */
function passed(actor: PolicyFacts, grant: EffectiveGrant, o: Offer, delegatedCounts: boolean): number {
  if (grant.delegated && !delegatedCounts) return 0;
  if (grant.scope !== null && (o.scope === null || !withinScope(actor, actor.resources.get(o.scope), grant.scope))) return 1;
  const limits = new Set(o.conditions.map(normalizeCondition));
  if (!grant.conditions.every((c) => limits.has(normalizeCondition(c)))) return 2;
  if (grant.validUntil !== null && (o.validUntil === null || o.validUntil.getTime() > grant.validUntil.getTime())) return 3;
  return 4;
}

/**
 * The offers the actor of `actor` does not cover, each with the reason of its closest grant.
 * `actor.resources` must hold every offer's scope with its ancestors. Offers whose window is
 * over or empty give nothing and are always covered.
 */
export function shortfalls(actor: PolicyFacts, offers: readonly Offer[], now: Date, options: { delegatedCounts: boolean }): Shortfall[] {
  const grants = effectiveGrants(actor, now);
  const out: Shortfall[] = [];
  for (const o of offers) {
    if (grantsNothing(o, now)) continue;
    const candidates = grants.filter((g) => g.permission.resourceType === o.resourceType && g.permission.action === o.action);
    if (candidates.length === 0) {
      out.push({ offer: o, reason: 'NOT_HELD' });
      continue;
    }
    const best = Math.max(...candidates.map((g) => passed(actor, g, o, options.delegatedCounts)));
    if (best < 4) out.push({ offer: o, reason: STAGES[best]! });
  }
  return out;
}

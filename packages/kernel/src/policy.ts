/**
 * The access decision, as a pure function of rows already loaded (see policy/store.ts).
 *
 * A candidate is one way the user could hold a permission for (type, action):
 *   - a role path: user_role → role R0 → parent(R0) → … → Ri, and a role_permission on Ri;
 *   - a direct grant: a user_permission.
 * Each candidate goes through the checks in this order, and stops at the first it fails:
 *   1. revocation (is_active, revoked_at)                         → REVOKED
 *   2. every time window on the path                              → EXPIRED / NOT_YET_VALID
 *   3. scope (resource_scope / resource_id, through active ancestors) → OUT_OF_SCOPE
 *   4. conditions (permission, role_permission / user_permission) → CONDITION_FALSE
 *      (a condition that reads `resource.*` is false for a resource that is not registered)
 *   5. approval (direct grants of a requires_approval permission) → PENDING_APPROVAL
 * Allowed iff one candidate passes everything; otherwise the reason of the candidate that
 * got furthest (the first such candidate on a tie), or NO_GRANT when there is none.
 */
import type { Decision, DecisionReason } from './authz.js';
import { conditionsHold, isEmptyCondition, type ConditionContext } from './conditions.js';

export interface Window {
  validFrom: Date | null;
  validUntil: Date | null;
}

export interface RoleFact extends Window {
  id: string;
  name: string;
  parentRoleId: string | null;
}

export interface PermissionFact extends Window {
  id: string;
  name: string;
  resourceType: string;
  action: string;
  conditions: unknown;
  requiresApproval: boolean;
}

export interface RolePermissionFact extends Window {
  id: string;
  roleId: string;
  permissionId: string;
  additionalConditions: unknown;
}

export interface UserRoleFact extends Window {
  id: string;
  roleId: string;
  resourceScope: string | null;
  contextConditions: unknown;
  isActive: boolean;
  revokedAt: Date | null;
  assignedAt?: Date;
  /** Whether the assignment was delegated (delegateRole); absent means no. */
  isDelegated?: boolean;
}

export interface UserPermissionFact extends Window {
  id: string;
  permissionId: string;
  resourceId: string | null;
  additionalConditions: unknown;
  isActive: boolean;
  revokedAt: Date | null;
  approvedAt: Date | null;
}

export interface ResourceFact {
  /** resources.id */
  id: string;
  resourceType: string;
  /** The object's id in its own domain. */
  resourceId: string;
  parentResourceId: string | null;
  ownerId: string | null;
  attributes: unknown;
  /** An inactive resource is not reached by any scope (its own or an ancestor's). */
  isActive: boolean;
}

/** Everything one user's decisions need, loaded in a fixed number of statements. */
export interface PolicyFacts {
  userId: string;
  /** Every role (a small table): chains are walked in memory. */
  roles: ReadonlyMap<string, RoleFact>;
  permissions: readonly PermissionFact[];
  rolePermissions: readonly RolePermissionFact[];
  userRoles: readonly UserRoleFact[];
  userPermissions: readonly UserPermissionFact[];
  /** Requested resources and all their ancestors, by resources.id. */
  resources: ReadonlyMap<string, ResourceFact>;
}

export interface Check {
  resourceType: string;
  action: string;
  /** The external id (resources.resource_id) of the object, if the check is about one. */
  resourceId: string | null;
}

export const STAGES = ['REVOKED', 'WINDOW', 'SCOPE', 'CONDITION', 'APPROVAL'] as const;

export interface CandidateOutcome {
  kind: 'role' | 'direct';
  /** `role:<r0>><r1>…` (the chain up to the granting role) or `direct:<user_permission id>`. */
  via: string;
  permission: string;
  /** user_roles.id or user_permissions.id */
  grantId: string;
  reason: DecisionReason;
  /** How many checks it passed (5 when granted). */
  passed: number;
}

/** What the checked resource id resolved to. */
export type ResourceStatus = 'NOT_GIVEN' | 'UNKNOWN' | 'ACTIVE' | 'INACTIVE';

export interface Evaluation {
  decision: Decision;
  candidates: CandidateOutcome[];
  resource: ResourceStatus;
}

interface Path {
  kind: 'role' | 'direct';
  via: string;
  grantId: string;
  permission: PermissionFact;
  revoked: boolean;
  windows: Window[];
  scope: string | null;
  conditions: unknown[];
  pending: boolean;
  /** Reached through a delegated assignment. */
  delegated: boolean;
}

/** The longest role chain walked (roleChain); the snapshot's statement walks as far (policy store). */
export const MAX_CHAIN = 64;

/** R0 → parent(R0) → …, stopping at a cycle (refused on write, tolerated on read). */
export function roleChain(roles: ReadonlyMap<string, RoleFact>, roleId: string): RoleFact[] {
  const chain: RoleFact[] = [];
  const seen = new Set<string>();
  let current = roles.get(roleId);
  while (current && !seen.has(current.id) && chain.length < MAX_CHAIN) {
    chain.push(current);
    seen.add(current.id);
    current = current.parentRoleId ? roles.get(current.parentRoleId) : undefined;
  }
  return chain;
}

/** Every grant path of the user, for permissions accepted by `wanted`. */
function paths(facts: PolicyFacts, wanted: (p: PermissionFact) => boolean): Path[] {
  const permissionsById = new Map(facts.permissions.filter(wanted).map((p) => [p.id, p]));
  const byRole = new Map<string, RolePermissionFact[]>();
  for (const rp of facts.rolePermissions) {
    if (!permissionsById.has(rp.permissionId)) continue;
    const list = byRole.get(rp.roleId);
    if (list) list.push(rp);
    else byRole.set(rp.roleId, [rp]);
  }
  const out: Path[] = [];
  for (const ur of facts.userRoles) {
    const chain = roleChain(facts.roles, ur.roleId);
    chain.forEach((role, i) => {
      for (const rp of byRole.get(role.id) ?? []) {
        const permission = permissionsById.get(rp.permissionId)!;
        const upTo = chain.slice(0, i + 1);
        out.push({
          kind: 'role',
          via: `role:${upTo.map((r) => r.name).join('>')}`,
          grantId: ur.id,
          permission,
          revoked: !ur.isActive || ur.revokedAt !== null,
          windows: [ur, ...upTo, rp, permission],
          scope: ur.resourceScope,
          conditions: [permission.conditions, rp.additionalConditions, ur.contextConditions],
          pending: false,
          delegated: ur.isDelegated === true,
        });
      }
    });
  }
  for (const up of facts.userPermissions) {
    const permission = permissionsById.get(up.permissionId);
    if (!permission) continue;
    out.push({
      kind: 'direct',
      via: `direct:${up.id}`,
      grantId: up.id,
      permission,
      revoked: !up.isActive || up.revokedAt !== null,
      windows: [up, permission],
      scope: up.resourceId,
      conditions: [permission.conditions, up.additionalConditions],
      pending: permission.requiresApproval && up.approvedAt === null,
      delegated: false,
    });
  }
  return out;
}

const ended = (w: Window, now: Date) => w.validUntil !== null && now.getTime() >= w.validUntil.getTime();
const notStarted = (w: Window, now: Date) => w.validFrom !== null && now.getTime() < w.validFrom.getTime();

const indexes = new WeakMap<ReadonlyMap<string, ResourceFact>, Map<string, ResourceFact>>();

/** Resolve an external id of a type to its resources row, if registered. */
export function findResource(facts: PolicyFacts, resourceType: string, resourceId: string): ResourceFact | undefined {
  let index = indexes.get(facts.resources);
  if (!index) {
    index = new Map([...facts.resources.values()].map((r) => [`${r.resourceType}\u0000${r.resourceId}`, r]));
    indexes.set(facts.resources, index);
  }
  return index.get(`${resourceType}\u0000${resourceId}`);
}

/**
 * Whether `resource` is `scopeId` or one of its descendants, at any depth. Every resource on
 * the way, both ends included, must be active: a deactivated object (or folder) is reached by
 * no scoped grant, while unscoped grants still apply to it.
 */
export function withinScope(facts: PolicyFacts, resource: ResourceFact | undefined, scopeId: string): boolean {
  const seen = new Set<string>();
  let current = resource;
  while (current && !seen.has(current.id)) {
    if (!current.isActive) return false;
    if (current.id === scopeId) return true;
    seen.add(current.id);
    current = current.parentResourceId ? facts.resources.get(current.parentResourceId) : undefined;
  }
  return false;
}

function conditionContext(facts: PolicyFacts, check: Check, resource: ResourceFact | undefined): ConditionContext {
  const attributes = resource?.attributes;
  return {
    user: { id: facts.userId },
    resource:
      check.resourceId === null
        ? null
        : {
            id: check.resourceId,
            type: check.resourceType,
            ownerId: resource?.ownerId ?? null,
            attributes: attributes && typeof attributes === 'object' && !Array.isArray(attributes) ? (attributes as Record<string, unknown>) : {},
          },
  };
}

function judge(path: Path, facts: PolicyFacts, check: Check, resource: ResourceFact | undefined, now: Date): { reason: DecisionReason; passed: number } {
  if (path.revoked) return { reason: 'REVOKED', passed: 0 };
  if (path.windows.some((w) => ended(w, now))) return { reason: 'EXPIRED', passed: 1 };
  if (path.windows.some((w) => notStarted(w, now))) return { reason: 'NOT_YET_VALID', passed: 1 };
  if (path.scope !== null && (check.resourceId === null || !withinScope(facts, resource, path.scope))) return { reason: 'OUT_OF_SCOPE', passed: 2 };
  const registered = check.resourceId === null || resource !== undefined;
  if (!conditionsHold(path.conditions, conditionContext(facts, check, resource), { resourceRegistered: registered })) return { reason: 'CONDITION_FALSE', passed: 3 };
  if (path.pending) return { reason: 'PENDING_APPROVAL', passed: 4 };
  return { reason: 'GRANTED', passed: 5 };
}

/** Decide one check for the user of `facts`, with every candidate's own outcome. */
export function evaluate(facts: PolicyFacts, check: Check, now: Date): Evaluation {
  const resource = check.resourceId === null ? undefined : findResource(facts, check.resourceType, check.resourceId);
  const status: ResourceStatus = check.resourceId === null ? 'NOT_GIVEN' : !resource ? 'UNKNOWN' : resource.isActive ? 'ACTIVE' : 'INACTIVE';
  const candidates = paths(facts, (p) => p.resourceType === check.resourceType && p.action === check.action).map((path) => ({
    kind: path.kind,
    via: path.via,
    permission: path.permission.name,
    grantId: path.grantId,
    ...judge(path, facts, check, resource, now),
  }));
  let best: CandidateOutcome | undefined;
  for (const c of candidates) {
    if (c.reason === 'GRANTED') return { decision: { allowed: true, reason: 'GRANTED', via: c.via }, candidates, resource: status };
    if (!best || c.passed > best.passed) best = c;
  }
  return { decision: best ? { allowed: false, reason: best.reason, via: best.via } : { allowed: false, reason: 'NO_GRANT', via: null }, candidates, resource: status };
}

export interface EffectiveGrant {
  permission: PermissionFact;
  via: string;
  kind: 'role' | 'direct';
  grantId: string;
  /** resources.id the grant is limited to (with its descendants), or null for everywhere. */
  scope: string | null;
  /** The intersection of every window on the path. */
  validFrom: Date | null;
  validUntil: Date | null;
  /** Non-empty conditions that must also hold for a given resource. */
  conditions: unknown[];
  /** Reached through a delegated assignment. */
  delegated: boolean;
}

/**
 * What the user holds right now: every path that is not revoked, inside all its windows and
 * not pending approval. Scopes and conditions are reported, not applied: they depend on the
 * resource a check is about.
 */
export function effectiveGrants(facts: PolicyFacts, now: Date): EffectiveGrant[] {
  return paths(facts, () => true)
    .filter((p) => !p.revoked && !p.pending && !p.windows.some((w) => ended(w, now) || notStarted(w, now)))
    .map((p) => ({
      permission: p.permission,
      via: p.via,
      kind: p.kind,
      grantId: p.grantId,
      scope: p.scope,
      validFrom: maxDate(p.windows.map((w) => w.validFrom)),
      validUntil: minDate(p.windows.map((w) => w.validUntil)),
      conditions: p.conditions.filter((c) => !isEmptyCondition(c)),
      delegated: p.delegated,
    }));
}

function maxDate(dates: (Date | null)[]): Date | null {
  const set = dates.filter((d): d is Date => d !== null);
  return set.length ? new Date(Math.max(...set.map((d) => d.getTime()))) : null;
}
function minDate(dates: (Date | null)[]): Date | null {
  const set = dates.filter((d): d is Date => d !== null);
  return set.length ? new Date(Math.min(...set.map((d) => d.getTime()))) : null;
}

/** A permission's tenant scope as the decision point computes it (kernel tenancy.ts). */
export interface TenantScopeFact {
  all: boolean;
  organizationIds: string[];
}

/**
 * For each check (without a resource), `null` when the permission is held everywhere (an
 * unscoped grant without conditions), otherwise the scope roots (resources.id) of its
 * condition-free scoped grants. Grants with conditions (owner-only...) give no tenant: they
 * are decided object by object.
 */
export function tenantScopeRoots(facts: PolicyFacts, checks: readonly Check[], now: Date): (string[] | null)[] {
  const grants = effectiveGrants(facts, now).filter((g) => g.scope !== null && g.conditions.length === 0);
  return checks.map((c) => {
    const check = { ...c, resourceId: null };
    return evaluate(facts, check, now).decision.allowed
      ? null
      : [...new Set(grants.filter((g) => g.permission.resourceType === check.resourceType && g.permission.action === check.action).map((g) => g.scope!))];
  });
}

/** Tenant scopes from the roots of {@link tenantScopeRoots} and the organizations each root reaches. */
export function tenantScopesOf(roots: readonly (string[] | null)[], reached: ReadonlyMap<string, readonly string[]>): TenantScopeFact[] {
  return roots.map((scopes) => (scopes === null ? { all: true, organizationIds: [] } : { all: false, organizationIds: [...new Set(scopes.flatMap((s) => reached.get(s) ?? []))].sort() }));
}

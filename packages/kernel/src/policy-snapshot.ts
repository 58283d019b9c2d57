import { callDecisionPoint, remoteDecider, type AccessRequest, type DecideMany, type DecideNow, type Decision, type DecisionPointCall } from './authz.js';
import { splitPermission, type Permission } from './catalog.js';
import { AppError } from './errors.js';
import { internalUrl } from './internal.js';
import {
  evaluate,
  roleChain,
  tenantScopeRoots,
  tenantScopesOf,
  type Check,
  type PermissionFact,
  type PolicyFacts,
  type ResourceFact,
  type RoleFact,
  type RolePermissionFact,
  type UserPermissionFact,
  type UserRoleFact,
  type Window,
} from './policy.js';
import type { SharedSnapshots } from './policy-share.js';
import { ALL_TENANTS, NO_TENANTS, remoteTenantScopes, tenantsOf, type TenantScope, type TenantScopesMany } from './tenancy.js';
import type { Principal } from './tokens.js';

/**
 * In-process decisions (issue 11 §1). Each process keeps, per signed-in user, a snapshot of the
 * caller's effective policy — role assignments and direct grants with every role, role_permission
 * and permission they go through (revoked and expired ones too, they explain denials), the
 * resources its checks named with all their ancestors, and the organizations its scoped grants
 * reach — and decides with the same pure engine the authorization subgraph uses (policy.ts).
 *
 * Why a snapshot is never stale:
 * - every write to a table a decision reads bumps `atrium_platform.policy_versions` in its own
 *   transaction (triggers in the authorization schema: no write path can forget);
 * - every request reads the caller's versions (`catalog`, `resources`, the user's row) in the
 *   session check's statement (sessions.ts), after the write's response if it started after it;
 * - a snapshot is used only under the exact versions it was fetched under. It is fetched after
 *   those versions were read, so it holds at least every write they count; a write committed
 *   meanwhile changes the versions the next request reads, which then fetches again;
 * - windows are evaluated against the clock at every decision, and a snapshot also expires at
 *   the earliest window boundary among its facts.
 * Without versions (a verifier without a session check) or without a snapshot, the decision is
 * the authorization subgraph's (`myAccess`), as before.
 */

/** A snapshot's facts as they travel (JSON: dates as ISO strings). */
export interface PolicySnapshotWire {
  userId: string;
  roles: Wire<RoleFact>[];
  permissions: Wire<PermissionFact>[];
  rolePermissions: Wire<RolePermissionFact>[];
  userRoles: Wire<UserRoleFact>[];
  userPermissions: Wire<UserPermissionFact>[];
  resources: ResourceFact[];
  /** The (resource type, external id) pairs asked about, registered or not. */
  checked: [string, string][];
  /** Scope root (resources.id) → the organizations it reaches (tenancy). */
  reached: [string, string[]][];
}
type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] extends Date | undefined ? string | undefined : T[K] };

const iso = (d: Date | null | undefined) => (d == null ? (d as null | undefined) : d.toISOString());
const date = (s: string | null | undefined) => (s == null ? (s as null | undefined) : new Date(s));
const windowOut = <T extends Window>(w: T) => ({ ...w, validFrom: iso(w.validFrom)!, validUntil: iso(w.validUntil)! }) as unknown as Wire<T>;
const windowIn = <T extends Window>(w: Wire<T>) => ({ ...w, validFrom: date(w.validFrom as string | null), validUntil: date(w.validUntil as string | null) }) as unknown as T;

/**
 * The snapshot of one user's facts, trimmed to what its decisions can reach: the roles on its
 * assignments' chains, their role_permissions, and the permissions those and its direct grants name.
 */
export function snapshotWire(facts: PolicyFacts, resources: readonly ResourceFact[], checked: readonly (readonly [string, string])[], reached: ReadonlyMap<string, readonly string[]>): PolicySnapshotWire {
  const roles = new Map<string, RoleFact>();
  for (const ur of facts.userRoles) for (const role of roleChain(facts.roles, ur.roleId)) roles.set(role.id, role);
  const rolePermissions = facts.rolePermissions.filter((rp) => roles.has(rp.roleId));
  const permissionIds = new Set([...rolePermissions.map((rp) => rp.permissionId), ...facts.userPermissions.map((up) => up.permissionId)]);
  return {
    userId: facts.userId,
    roles: [...roles.values()].map(windowOut),
    permissions: facts.permissions.filter((p) => permissionIds.has(p.id)).map(windowOut),
    rolePermissions: rolePermissions.map(windowOut),
    userRoles: facts.userRoles.map((ur) => ({ ...windowOut(ur), revokedAt: iso(ur.revokedAt)!, assignedAt: ur.assignedAt ? ur.assignedAt.toISOString() : undefined })),
    userPermissions: facts.userPermissions.map((up) => ({ ...windowOut(up), revokedAt: iso(up.revokedAt)!, approvedAt: iso(up.approvedAt)! })),
    resources: [...resources],
    checked: checked.map(([type, id]) => [type, id]),
    reached: [...reached].map(([root, orgs]) => [root, [...orgs]]),
  };
}

/** Every scope root (resources.id) a user's grants name, whatever their state: the snapshot's tenancy covers them all. */
export function scopeRootsOf(facts: PolicyFacts): string[] {
  return [...new Set([...facts.userRoles.map((ur) => ur.resourceScope), ...facts.userPermissions.map((up) => up.resourceId)].filter((s): s is string => s !== null))];
}

interface Snapshot {
  /** The policy version the snapshot is current under. */
  version: string;
  /** Its facts as fetched (merged with what was checked before under the same version), for the shared cache. */
  wire: PolicySnapshotWire;
  /** Epoch ms of the oldest fetch its facts come from. */
  fetchedAt: number;
  facts: PolicyFacts & { resources: Map<string, ResourceFact> };
  checked: Set<string>;
  reached: Map<string, string[]>;
  /** Epoch ms: the earliest window boundary among its facts, or its longest life. */
  expiresAt: number;
}

const resourceKey = (type: string, id: string) => `${type}\u0000${id}`;
const keyOf = (r: AccessRequest) => resourceKey(splitPermission(r.permission).resourceType, r.resourceId!);

/** The earliest validFrom or validUntil after `now` on any of the facts, if any. */
function nextBoundary(facts: PolicyFacts, now: number): number | undefined {
  let next: number | undefined;
  const see = (w: Window) => {
    for (const d of [w.validFrom, w.validUntil]) {
      const t = d?.getTime();
      if (t !== undefined && t > now && (next === undefined || t < next)) next = t;
    }
  };
  facts.roles.forEach(see);
  facts.permissions.forEach(see);
  facts.rolePermissions.forEach(see);
  facts.userRoles.forEach(see);
  facts.userPermissions.forEach(see);
  return next;
}

/** The caller's snapshot over HTTP from the decision point: its internal call `policySnapshot` (internal.ts), in no schema. */
export type FetchSnapshot = (call: { authorization: string; requestId: string }, checks: readonly AccessRequest[]) => Promise<PolicySnapshotWire>;

export function remoteSnapshot(options: Omit<DecisionPointCall, 'authorization' | 'requestId'>): FetchSnapshot {
  return (call, checks) =>
    callDecisionPoint({ ...options, ...call, url: internalUrl(options.url, 'policySnapshot') }, 'policySnapshot', { checks: checks.map((c) => ({ permission: c.permission, resourceId: c.resourceId ?? null })) }, (data) => {
      const wire = data.policySnapshot as PolicySnapshotWire | undefined;
      return wire && Array.isArray(wire.userRoles) ? wire : undefined;
    });
}

export interface PolicySnapshotOptions {
  fetch: FetchSnapshot;
  /** Users kept (least recently used go first); 0 keeps none. */
  maxUsers: number;
  /** Longest a snapshot lives without a window boundary (ms). */
  maxAgeMs?: number;
  clock?: () => number;
  /** Snapshots shared with the other replicas (policy-share.ts, Redis), looked in before fetching; none by default. */
  shared?: SharedSnapshots | null;
}

/** What one request needs to ask the decision point on its caller's behalf. */
export interface RequestCall {
  principal: Pick<Principal, 'userId' | 'policyVersion'> | null;
  authorization: string | undefined;
  requestId: string;
}

/** The remote decision point refuses these ids (myAccess): they go there, and fail the same way. */
const remoteOnly = (r: AccessRequest) => r.resourceId != null && (r.resourceId.length === 0 || r.resourceId.length > 255);

/** One process's snapshots (shared by the subgraphs it serves). */
export class PolicySnapshots {
  private readonly users = new Map<string, Snapshot>();
  private readonly clock: () => number;
  private readonly maxAgeMs: number;
  /** Fetches under way, by user: concurrent requests under the same version share one. */
  private readonly inflight = new Map<string, { version: string; covers: Set<string>; done: Promise<Snapshot> }>();
  /**
   * Snapshot fetches from the authorization subgraph, hits in process, requests that waited for
   * another's fetch, snapshots taken from the shared cache, and decisions (batches) sent to the
   * decision point for want of a snapshot (benchmarks and tests).
   */
  readonly stats = { fetches: 0, hits: 0, coalesced: 0, shared: 0, remote: 0 };

  constructor(private readonly options: PolicySnapshotOptions) {
    this.clock = options.clock ?? Date.now;
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
  }

  /** Drop every snapshot kept in process (tests, benchmarks measuring the cold path). */
  clear(): void {
    this.users.clear();
    this.inflight.clear();
  }

  /** Close the shared cache's connection, if any. */
  async close(): Promise<void> {
    await this.options.shared?.close();
  }

  /**
   * The caller's snapshot, current under the version this request read, covering the resources
   * of `requests`; fetched when there is none. `null`: no version to trust, ask the decision point.
   */
  async current(call: RequestCall, requests: readonly AccessRequest[]): Promise<Snapshot | null> {
    const { principal, authorization } = call;
    const version = principal?.policyVersion;
    if (!principal || !authorization || version === undefined || this.options.maxUsers === 0) return null;
    const userId = principal.userId;
    const now = this.clock();
    const stored = () => {
      const s = this.users.get(userId);
      return s && s.version === version && now < s.expiresAt ? s : undefined;
    };
    const missingFrom = (s: Snapshot | undefined) => requests.filter((r) => r.resourceId != null && !s?.checked.has(keyOf(r)));
    let snapshot = stored();
    let missing = missingFrom(snapshot);
    // A fetch of this user's snapshot under the same version already under way (a burst of
    // requests, or a request's decisions and tenant scopes): wait for it instead of fetching
    // again. Same version, same facts (the versions change with every write they count), so its
    // answer is as current for this request as one fetched now.
    const pending = snapshot && missing.length === 0 ? undefined : this.inflight.get(userId);
    if (pending && pending.version === version) {
      const covered = missing.every((r) => pending.covers.has(keyOf(r)));
      const shared = await pending.done.catch((error: unknown) => {
        if (covered) throw error;
        return undefined;
      });
      if (shared && missingFrom(shared).length === 0) {
        this.stats.coalesced += 1;
        this.touch(userId, shared);
        return shared;
      }
      snapshot = stored() ?? (shared && now < shared.expiresAt ? shared : undefined);
      missing = missingFrom(snapshot);
    }
    if (snapshot && missing.length === 0) {
      this.stats.hits += 1;
      this.touch(userId, snapshot);
      return snapshot;
    }
    const done = this.fetchSnapshot(call, version, missing, now);
    const entry = { version, covers: new Set(missing.map(keyOf)), done };
    this.inflight.set(userId, entry);
    try {
      return await done;
    } finally {
      if (this.inflight.get(userId) === entry) this.inflight.delete(userId);
    }
  }

  /**
   * The snapshot under `version` covering `missing`: from the shared cache when its entry covers
   * them, else fetched from the decision point (only what the shared entry lacks), merged with
   * what was already known under the same version, and offered to the shared cache.
   */
  private async fetchSnapshot(call: RequestCall, version: string, missing: readonly AccessRequest[], now: number): Promise<Snapshot> {
    const userId = call.principal!.userId;
    const { shared } = this.options;
    // Same user, same version: same facts, wherever they were fetched (rule 3 of the README).
    const cached = shared ? await shared.get(userId, version) : null;
    const cachedChecked = new Set(cached?.wire.checked.map(([type, id]) => resourceKey(type, id)));
    const lacking = missing.filter((r) => !cachedChecked.has(keyOf(r)));
    let wire: PolicySnapshotWire;
    let fetchedAt: number;
    if (cached && lacking.length === 0) {
      this.stats.shared += 1;
      ({ wire, fetchedAt } = cached);
    } else {
      this.stats.fetches += 1;
      wire = await this.options.fetch({ authorization: call.authorization!, requestId: call.requestId }, lacking);
      if (wire.userId !== userId) throw new AppError('INTERNAL_SERVER_ERROR', 'Authorization decisions are unavailable', { reason: 'AUTHORIZATION_UNAVAILABLE' });
      fetchedAt = now;
      if (cached) ({ wire, fetchedAt } = mergeWire(wire, fetchedAt, cached.wire, cached.fetchedAt));
    }
    // Resources checked under the same version stay valid: the version covers them. The copy
    // stored now (which may have been replaced while this fetch ran) is the one merged.
    const previous = this.users.get(userId);
    if (previous && previous.version === version) ({ wire, fetchedAt } = mergeWire(wire, fetchedAt, previous.wire, previous.fetchedAt));
    const fresh = this.fromWire(version, wire, fetchedAt, now);
    if (shared && (!cached || wire !== cached.wire)) shared.set(userId, version, { wire, fetchedAt }, fetchedAt + this.maxAgeMs - now);
    this.touch(userId, fresh);
    while (this.users.size > this.options.maxUsers) this.users.delete(this.users.keys().next().value!);
    return fresh;
  }

  /** Least recently used last out. */
  private touch(userId: string, snapshot: Snapshot): void {
    this.users.delete(userId);
    this.users.set(userId, snapshot);
  }

  private fromWire(version: string, wire: PolicySnapshotWire, fetchedAt: number, now: number): Snapshot {
    const facts = {
      userId: wire.userId,
      roles: new Map(wire.roles.map((r) => [r.id, windowIn<RoleFact>(r)])),
      permissions: wire.permissions.map((p) => windowIn<PermissionFact>(p)),
      rolePermissions: wire.rolePermissions.map((rp) => windowIn<RolePermissionFact>(rp)),
      userRoles: wire.userRoles.map((ur) => ({ ...windowIn<UserRoleFact>(ur), revokedAt: date(ur.revokedAt)!, assignedAt: date(ur.assignedAt) ?? undefined })),
      userPermissions: wire.userPermissions.map((up) => ({ ...windowIn<UserPermissionFact>(up), revokedAt: date(up.revokedAt)!, approvedAt: date(up.approvedAt)! })),
      resources: new Map(wire.resources.map((r) => [r.id, r])),
    };
    const boundary = nextBoundary(facts, now);
    return {
      version,
      wire,
      fetchedAt,
      facts,
      checked: new Set(wire.checked.map(([type, id]) => resourceKey(type, id))),
      reached: new Map(wire.reached),
      // The facts do not depend on when they were read (the statement filters nothing by time):
      // a copy from the shared cache expires as one fetched now would, within its own life.
      expiresAt: Math.min(boundary ?? Infinity, fetchedAt + this.maxAgeMs),
    };
  }

  /**
   * The decision for one request synchronously, from a snapshot that is current under the version
   * this request read and already covers the resource; `undefined` otherwise (then {@link decider}
   * fetches or asks). Same snapshot and same engine as {@link decider}, without the wait.
   */
  decideNow(call: RequestCall, request: AccessRequest): Decision | undefined {
    const version = call.principal?.policyVersion;
    if (!call.principal || !call.authorization || version === undefined || this.options.maxUsers === 0 || remoteOnly(request)) return undefined;
    const now = this.clock();
    const userId = call.principal.userId;
    const snapshot = this.users.get(userId);
    if (!snapshot || snapshot.version !== version || now >= snapshot.expiresAt) return undefined;
    if (request.resourceId != null && !snapshot.checked.has(keyOf(request))) return undefined;
    this.stats.hits += 1;
    this.touch(userId, snapshot);
    const { resourceType, action } = splitPermission(request.permission);
    return evaluate(snapshot.facts, { resourceType, action, resourceId: request.resourceId ?? null }, new Date(now)).decision;
  }

  /** Kernel `DecideMany` for one request: in process with a current snapshot, the decision point's otherwise. */
  decider(call: RequestCall, remote: DecideMany): DecideMany {
    return async (requests) => {
      if (!call.principal) return remote(requests);
      if (requests.some(remoteOnly)) return remote(requests);
      const snapshot = await this.current(call, requests).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED') throw error;
        return null;
      });
      if (!snapshot) {
        this.stats.remote += 1;
        return remote(requests);
      }
      const now = new Date(this.clock());
      return requests.map((r): Decision => {
        const { resourceType, action } = splitPermission(r.permission);
        return evaluate(snapshot.facts, { resourceType, action, resourceId: r.resourceId ?? null }, now).decision;
      });
    };
  }

  /** Kernel `TenantScopesMany` for one request, like {@link decider}. */
  tenantScopes(call: RequestCall, remote: TenantScopesMany): TenantScopesMany {
    return async (permissions) => {
      if (!call.principal) return permissions.map(() => NO_TENANTS);
      const snapshot = await this.current(call, []).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED') throw error;
        return null;
      });
      if (!snapshot) {
        this.stats.remote += 1;
        return remote(permissions);
      }
      const checks: Check[] = permissions.map((p: Permission) => ({ ...splitPermission(p), resourceId: null }));
      const scopes = tenantScopesOf(tenantScopeRoots(snapshot.facts, checks, new Date(this.clock())), snapshot.reached);
      return scopes.map((s): TenantScope => (s.all ? ALL_TENANTS : tenantsOf(s.organizationIds)));
    };
  }
}

/**
 * Two copies of one user's facts under the same version: the first's facts, with the resources
 * and checks of both (the version covers every one of them), living as long as the older.
 */
function mergeWire(wire: PolicySnapshotWire, fetchedAt: number, other: PolicySnapshotWire, otherFetchedAt: number): { wire: PolicySnapshotWire; fetchedAt: number } {
  const resources = new Map(wire.resources.map((r) => [r.id, r]));
  for (const r of other.resources) if (!resources.has(r.id)) resources.set(r.id, r);
  const checked = new Map(wire.checked.map(([type, id]) => [resourceKey(type, id), [type, id] as [string, string]]));
  for (const [type, id] of other.checked) if (!checked.has(resourceKey(type, id))) checked.set(resourceKey(type, id), [type, id]);
  return { wire: { ...wire, resources: [...resources.values()], checked: [...checked.values()] }, fetchedAt: Math.min(fetchedAt, otherFetchedAt) };
}

/** Decisions and tenant scopes for one request of a subgraph that asks the decision point at `url`. */
export function snapshotAccess(
  snapshots: PolicySnapshots | null,
  options: Omit<DecisionPointCall, 'authorization' | 'requestId'>,
  call: RequestCall,
): { decide: DecideMany; decideNow?: DecideNow; tenantScopes: TenantScopesMany } {
  const remote = { ...options, authorization: call.authorization, requestId: call.requestId };
  const decide = remoteDecider(remote);
  const scopes = remoteTenantScopes(remote);
  if (!snapshots) return { decide, tenantScopes: scopes };
  return { decide: snapshots.decider(call, decide), decideNow: (request) => snapshots.decideNow(call, request), tenantScopes: snapshots.tenantScopes(call, scopes) };
}

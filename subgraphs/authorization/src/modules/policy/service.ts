import { badInput, snapshotWire, type AccessRequest, type Decision, type PolicySnapshotWire } from '@atrium/kernel';
import { z } from 'zod';
import type { DbClient } from '../../db.js';
import { effectiveGrants, evaluate, tenantScopeRoots, tenantScopesOf, type Check, type EffectiveGrant, type Evaluation } from '@atrium/kernel/policy';
import { PolicyStore } from './store.js';

const NAME = /^[a-z][a-z0-9_]*$/;
export const permissionName = z.string().regex(/^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$/, 'must be "<resource type>:<action>"');
export const checkInput = z.object({
  resourceType: z.string().regex(NAME, 'must be a resource type name'),
  action: z.string().regex(NAME, 'must be an action name'),
  resourceId: z.string().min(1).max(255).nullish(),
});

export function toCheck(request: { permission: string; resourceId?: string | null }, path: (string | number)[] = []): Check {
  const parsed = permissionName.safeParse(request.permission);
  if (!parsed.success) throw badInput([{ path: [...path, 'permission'], message: parsed.error.issues[0]!.message }]);
  const [resourceType, action] = parsed.data.split(':') as [string, string];
  const resourceId = request.resourceId ?? null;
  if (resourceId !== null && (resourceId.length === 0 || resourceId.length > 255)) {
    throw badInput([{ path: [...path, 'resourceId'], message: 'must be 1 to 255 characters' }]);
  }
  return { resourceType, action, resourceId };
}

/**
 * The decision point. Every decision reads current rows (no cache beyond one request's
 * dataloader), so a revocation shows on the caller's next request.
 */
export class PolicyService {
  private readonly store: PolicyStore;

  constructor(db: DbClient, private readonly clock: () => Date = () => new Date()) {
    this.store = new PolicyStore(db);
  }

  /** Decide many checks for one user with a fixed number of statements. */
  async decideMany(userId: string, checks: readonly Check[]): Promise<Decision[]> {
    if (checks.length === 0) return [];
    const facts = await this.store.facts(userId, checks);
    const now = this.clock();
    return checks.map((check) => evaluate(facts, check, now).decision);
  }

  /** Kernel `DecideMany` for one user (shield rules, myAccess). */
  decideRequests(userId: string, requests: readonly AccessRequest[]): Promise<Decision[]> {
    return this.decideMany(userId, requests.map((r) => toCheck(r)));
  }

  /**
   * The caller's tenant scope per permission (kernel tenancy.ts): every tenant when the
   * permission is granted without a resource (an unscoped grant without conditions), otherwise
   * the organizations reached by the scopes of its condition-free scoped grants, with their
   * descendants. Grants with conditions (owner-only...) give no tenant: they are decided object
   * by object. Seven statements, whatever the number of permissions.
   */
  async tenantScopes(userId: string, checks: readonly Check[]): Promise<{ all: boolean; organizationIds: string[] }[]> {
    if (checks.length === 0) return [];
    const unscoped = checks.map((c) => ({ ...c, resourceId: null }));
    const facts = await this.store.facts(userId, unscoped);
    const roots = tenantScopeRoots(facts, unscoped, this.clock());
    const reached = await this.store.organizationsUnder([...new Set(roots.flatMap((s) => s ?? []))]);
    return tenantScopesOf(roots, reached);
  }

  /**
   * The user's policy snapshot (kernel policy-snapshot.ts) for other subgraphs' in-process
   * decisions: read after the caller's policy version was, so it holds every write that
   * version counts. One statement, whatever the number of checks (PolicyStore.snapshotFacts).
   */
  async snapshot(userId: string, checks: readonly Check[]): Promise<PolicySnapshotWire> {
    const named = [...new Map(checks.filter((c) => c.resourceId !== null).map((c) => [`${c.resourceType}\u0000${c.resourceId}`, [c.resourceType, c.resourceId!] as const])).values()];
    const { facts, resources, reached } = await this.store.snapshotFacts(userId, named.map(([type]) => type), named.map(([, id]) => id));
    return snapshotWire(facts, resources, named, reached);
  }

  async explain(userId: string, check: Check): Promise<Evaluation> {
    const facts = await this.store.facts(userId, [check]);
    return evaluate(facts, check, this.clock());
  }

  async effective(userId: string): Promise<EffectiveGrant[]> {
    return (await this.effectiveMany([userId]))[0]!;
  }

  /** Effective permissions of many users with one policy load (list fields, `_entities`). */
  async effectiveMany(userIds: readonly string[]): Promise<EffectiveGrant[][]> {
    const facts = await this.store.factsForUsers(userIds);
    const now = this.clock();
    return userIds.map((id) => effectiveGrants(facts.get(id)!, now));
  }
}

import { auditDetail, forbidden, splitPermission, type Permission } from '@atrium/kernel';
import type { DbClient } from '../../db.js';
import { shortfalls, type Offer, type Shortfall } from './coverage.js';
import { evaluate, type PolicyFacts, type ResourceFact } from '@atrium/kernel/policy';
import { PolicyStore } from './store.js';

/**
 * Take the lock every change of who holds what takes, until the transaction ends (RBAC writes,
 * and the user events that end or set up grants).
 */
export async function lockPolicy(db: DbClient): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atrium:authorization:policy'))`;
}

/**
 * The database side of the coverage rule (coverage.ts), used inside every RBAC write's
 * transaction. Opening it takes one advisory lock shared by every write that changes who holds
 * what, so two admins racing, or an actor losing a role while its own write is in flight, are
 * serialised: the facts are read after the lock, from committed rows, and the write commits
 * before the next one reads. Shield's check ran before the lock, so the permission the write
 * needs is decided again here.
 */
export class WriteGuard {
  private constructor(
    private readonly db: DbClient,
    /** The actor's grants and the whole catalog, as they were when the lock was taken. */
    readonly facts: PolicyFacts,
    readonly now: Date,
  ) {}

  static async open(db: DbClient, actorId: string, options: { requires: Permission | null; resources?: readonly (string | null | undefined)[] }): Promise<WriteGuard> {
    await lockPolicy(db);
    const ids = (options.resources ?? []).filter((id): id is string => typeof id === 'string');
    const facts = await new PolicyStore(db).coverageFacts(actorId, ids);
    const now = new Date();
    if (options.requires) {
      const { resourceType, action } = splitPermission(options.requires);
      const { decision } = evaluate(facts, { resourceType, action, resourceId: null }, now);
      if (!decision.allowed) throw forbidden(`Missing permission ${options.requires} (${decision.reason})`, { permission: options.requires, reason: decision.reason });
    }
    return new WriteGuard(db, facts, now);
  }

  /** Resources by resources.id with their ancestors, as they are now (for a state after a change). */
  async resources(ids: readonly string[]): Promise<Map<string, ResourceFact>> {
    return new Map((await new PolicyStore(this.db).coverageFacts(this.facts.userId, ids)).resources);
  }

  /**
   * Refuse unless the actor holds, outright, everything `offers` would give someone.
   * `resources` replaces the loaded resources (a hierarchy as it will be after the write).
   */
  handOut(offers: readonly Offer[], options: { delegatedCounts?: boolean; resources?: ReadonlyMap<string, ResourceFact> } = {}): void {
    const facts = options.resources ? { ...this.facts, resources: options.resources } : this.facts;
    // The audit row says when platform permissions change hands (compliance's privilege_escalation rule).
    const privileged = [...new Set(offers.map((o) => o.permission).filter((p) => p.startsWith('system:')))].sort();
    if (privileged.length) auditDetail({ privilegedHandedOut: privileged });
    refuse('You cannot hand out permissions you do not hold', shortfalls(facts, offers, this.now, { delegatedCounts: options.delegatedCounts ?? false }));
  }

  /** Refuse unless the actor holds everything `offers` gives today: nobody narrows or revokes more than they hold. */
  takeAway(offers: readonly Offer[]): void {
    refuse('You cannot change or revoke grants of permissions you do not hold', shortfalls(this.facts, offers, this.now, { delegatedCounts: true }));
  }
}

function refuse(message: string, missing: Shortfall[]): void {
  if (missing.length === 0) return;
  const names = [...new Set(missing.map((s) => s.offer.permission))];
  throw forbidden(`${message}: ${names.join(', ')}`, {
    missing: names,
    shortfalls: missing.map((s) => ({ permission: s.offer.permission, reason: s.reason, scope: s.offer.scope, validUntil: s.offer.validUntil?.toISOString() ?? null, conditions: s.offer.conditions })),
  });
}

import type { Logger } from '@atrium/kernel';
import type { AuthorizationDb } from '../../db.js';
import { autoAssignRoles, endGrantsOfUser } from '../assignments/service.js';
import { lockPolicy } from '../policy/guard.js';
import { UserAccountStore, type AccountState } from './store.js';

/**
 * The authorization domain's projection of identity's users, fed by the catalog's user events
 * (events.ts). Each event carries `at`, identity's time of the state: whatever order deliveries
 * arrive in, and however often, the projection ends at the newest state. Every handler runs in
 * one transaction under the policy lock every RBAC write takes, so a grant and a deactivation
 * never interleave: a write that saw the user active commits before the deactivation ends it.
 */

/** A registration: the user is active, and gets the default roles unless a later state says otherwise or it is a backfill. */
export async function recordRegistration(db: AuthorizationDb, event: { userId: string; at: string; backfill?: boolean }, logger: Logger): Promise<{ state: AccountState; roles: string[] }> {
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    const state = await new UserAccountStore(tx).applyState(event.userId, true, event.at);
    // Deactivated before this arrived: nothing is set up for an account that cannot use it.
    const roles = state.isActive && !event.backfill ? await autoAssignRoles(tx, event.userId, logger) : [];
    return { state, roles };
  });
}

/**
 * A deactivation: recorded, then what the user holds ends. Arriving after a newer reactivation
 * was recorded, it still ends everything given before that reactivation reached the projection
 * (given while the user was deactivated, or before), and spares what was given since.
 */
export async function recordDeactivation(db: AuthorizationDb, event: { userId: string; deactivatedBy: string | null; at: string }): Promise<{ state: AccountState; roles: number; permissions: number }> {
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    const state = await new UserAccountStore(tx).applyState(event.userId, false, event.at);
    const givenBefore = !state.recorded && state.isActive ? state.recordedAt : null;
    return { state, ...(await endGrantsOfUser(tx, event.userId, event.deactivatedBy, givenBefore)) };
  });
}

/** A reactivation: the user may be granted again. What its deactivation ended stays ended. */
export async function recordReactivation(db: AuthorizationDb, event: { userId: string; at: string }): Promise<AccountState> {
  return db.$transaction(async (tx) => {
    await lockPolicy(tx);
    return new UserAccountStore(tx).applyState(event.userId, true, event.at);
  });
}

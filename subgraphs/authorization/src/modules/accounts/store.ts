import type { DbClient } from '../../db.js';

/** A user as the projection holds it after recording an event. */
export interface AccountState {
  /** Whether this event's state was recorded (false: a newer one already was). */
  recorded: boolean;
  isActive: boolean;
  /** When the projection last recorded a state for the user, by this database's clock. */
  recordedAt: Date;
}

/** The projection of identity's users (authorization.user_accounts), kept by the consumers in events.ts. */
export class UserAccountStore {
  constructor(private readonly db: DbClient) {}

  /**
   * Whether the user exists and is active, holding the row (FOR SHARE) until the transaction
   * ends, so a deactivation arriving meanwhile waits for the write that checked it.
   */
  async lockActive(userId: string): Promise<boolean> {
    const rows = await this.db.$queryRaw<{ is_active: boolean }[]>`
      SELECT is_active FROM "authorization"."user_accounts" WHERE user_id = ${userId}::uuid FOR SHARE`;
    return rows[0]?.is_active === true;
  }

  /**
   * Record identity's state of a user as of `at` (ISO 8601, to the microsecond), and hold the
   * row until the transaction ends. Idempotent, and an event older than the state already
   * recorded (late, or retried after a newer one) changes nothing: the state stays the newest.
   */
  async applyState(userId: string, isActive: boolean, at: string | Date): Promise<AccountState> {
    const time = typeof at === 'string' ? at : at.toISOString();
    const [applied] = await this.db.$queryRaw<{ is_active: boolean; updated_at: Date }[]>`
      INSERT INTO "authorization"."user_accounts" AS a (user_id, is_active, deactivated_at, state_at)
      VALUES (${userId}::uuid, ${isActive}, ${isActive ? null : time}::timestamptz, ${time}::timestamptz)
      ON CONFLICT (user_id) DO UPDATE
         SET is_active = EXCLUDED.is_active, deactivated_at = EXCLUDED.deactivated_at, state_at = EXCLUDED.state_at, updated_at = now()
       WHERE a.state_at <= EXCLUDED.state_at
   RETURNING is_active, updated_at`;
    if (applied) return { recorded: true, isActive: applied.is_active, recordedAt: applied.updated_at };
    const [current] = await this.db.$queryRaw<{ is_active: boolean; updated_at: Date }[]>`
      SELECT is_active, updated_at FROM "authorization"."user_accounts" WHERE user_id = ${userId}::uuid FOR UPDATE`;
    return { recorded: false, isActive: current!.is_active, recordedAt: current!.updated_at };
  }
}

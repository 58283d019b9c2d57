import type { DbClient } from '../../db.js';

/** The purpose of the processing register analytics' activity tracking runs under (lawful basis: consent). */
export const TRACKING_PURPOSE = 'usage_analytics';

/** analytics.tracking_consents: the newest consent state per (user, purpose), from consent.changed. */
export class ConsentStore {
  constructor(private readonly db: DbClient) {}

  /** Keep the state unless a newer one is already here (late and repeated deliveries). */
  async apply(c: { userId: string; purpose: string; granted: boolean; expiresAt: string | null; at: string }): Promise<void> {
    await this.db.$executeRawUnsafe(
      `INSERT INTO analytics.tracking_consents (user_id, purpose, granted, expires_at, changed_at) VALUES ($1::uuid, $2, $3, $4::timestamptz, $5::timestamptz)
       ON CONFLICT (user_id, purpose) DO UPDATE SET granted = EXCLUDED.granted, expires_at = EXCLUDED.expires_at, changed_at = EXCLUDED.changed_at
       WHERE analytics.tracking_consents.changed_at <= EXCLUDED.changed_at`,
      c.userId,
      c.purpose,
      c.granted,
      c.expiresAt,
      c.at,
    );
  }

  /** Whether `userId` has valid consent to `purpose` at `at`: granted and not expired. No row: no consent. */
  async allows(userId: string, purpose: string, at: Date): Promise<boolean> {
    const [row] = await this.db.$queryRawUnsafe<{ ok: boolean }[]>(
      `SELECT granted AND (expires_at IS NULL OR expires_at > $3::timestamptz) AS ok FROM analytics.tracking_consents WHERE user_id = $1::uuid AND purpose = $2`,
      userId,
      purpose,
      at,
    );
    return row?.ok ?? false;
  }
}

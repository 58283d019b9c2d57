import type { DbClient } from '../../db.js';

/** Refresh-token sessions. Tokens are stored only as sha256 hashes. */
export class SessionStore {
  constructor(private readonly db: DbClient) {}

  create(data: { userId: string; familyId: string; tokenHash: string; expiresAt: Date; ip: string | null; userAgent: string | null }) {
    return this.db.refreshSession.create({ data });
  }

  byHash(tokenHash: string) {
    return this.db.refreshSession.findUnique({ where: { tokenHash } });
  }

  /** Mark a token used; false when someone else used it first (a concurrent reuse). */
  async markRotated(id: string): Promise<boolean> {
    const { count } = await this.db.refreshSession.updateMany({ where: { id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: new Date() } });
    return count === 1;
  }

  async revokeFamily(familyId: string, reason: string): Promise<number> {
    const { count } = await this.db.refreshSession.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
    return count;
  }

  /** Revoke every open token of the user; returns the session families that had one. */
  async revokeAllForUser(userId: string, reason: string): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ family_id: string }[]>`
      UPDATE "identity"."refresh_sessions" SET revoked_at = now(), revoked_reason = ${reason}
       WHERE user_id = ${userId}::uuid AND revoked_at IS NULL
   RETURNING family_id::text AS family_id`;
    return [...new Set(rows.map((r) => r.family_id))];
  }
}

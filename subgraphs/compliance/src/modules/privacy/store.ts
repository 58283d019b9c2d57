import { paginate, type Page } from '@atrium/kernel';
import type { DbClient, PrivacyConsent } from '../../db.js';

/** A consent row with its register entry. */
export type ConsentRow = PrivacyConsent & { activity: { purpose: string } & Record<string, unknown> };

/** Every statement touching the processing register, data subjects, consents and their history. */
export class PrivacyStore {
  constructor(private readonly db: DbClient) {}

  activities() {
    return this.db.dataProcessingActivity.findMany({ orderBy: { purpose: 'asc' } });
  }

  activity(purpose: string) {
    return this.db.dataProcessingActivity.findUnique({ where: { purpose } });
  }

  /** The subject of a user, created on first use (concurrent first uses meet on the unique user_id). */
  async subjectOf(userId: string): Promise<string> {
    const [row] = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO compliance.data_subjects (user_id) VALUES ($1::uuid)
       ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id RETURNING id`,
      userId,
    );
    return row!.id;
  }

  /** The consent of a subject to a purpose, locked for the change (inside a transaction). */
  async lockConsent(subjectId: string, purpose: string): Promise<PrivacyConsent | null> {
    await this.db.$executeRawUnsafe(`SELECT 1 FROM compliance.privacy_consents WHERE subject_id = $1::uuid AND purpose = $2 FOR UPDATE`, subjectId, purpose);
    return this.db.privacyConsent.findUnique({ where: { subjectId_purpose: { subjectId, purpose } } });
  }

  /** Grant (or renew) atomically: two first grants at once meet on (subject, purpose). */
  async grant(subjectId: string, purpose: string, noticeVersion: string, expiresAt: Date | null): Promise<PrivacyConsent> {
    const [row] = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO compliance.privacy_consents (subject_id, purpose, status, notice_version, granted_at, withdrawn_at, expires_at, updated_at)
       VALUES ($1::uuid, $2, 'granted', $3, clock_timestamp(), NULL, $4::timestamptz, clock_timestamp())
       ON CONFLICT (subject_id, purpose) DO UPDATE SET status = 'granted', notice_version = EXCLUDED.notice_version, granted_at = EXCLUDED.granted_at, withdrawn_at = NULL, expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at
       RETURNING id`,
      subjectId,
      purpose,
      noticeVersion,
      expiresAt,
    );
    return this.db.privacyConsent.findUniqueOrThrow({ where: { id: row!.id } });
  }

  async withdraw(id: string): Promise<PrivacyConsent> {
    await this.db.$executeRawUnsafe(`UPDATE compliance.privacy_consents SET status = 'withdrawn', withdrawn_at = clock_timestamp(), updated_at = clock_timestamp() WHERE id = $1::uuid`, id);
    return this.db.privacyConsent.findUniqueOrThrow({ where: { id } });
  }

  /**
   * Append a grant or withdrawal. Times are the clock at the write (not the transaction's start),
   * taken under the subject's lock, so history order is the order the changes were serialised in.
   */
  async record(r: { subjectId: string; purpose: string; action: 'granted' | 'withdrawn'; noticeVersion: string; expiresAt: Date | null; recordedBy: string; ipAddress: string | null; userAgent: string | null; requestId: string }): Promise<void> {
    await this.db.$executeRawUnsafe(
      `INSERT INTO compliance.consent_records (subject_id, purpose, action, notice_version, expires_at, source, recorded_by, ip_address, user_agent, request_id, recorded_at)
       VALUES ($1::uuid, $2, $3, $4, $5::timestamptz, 'user', $6::uuid, CASE WHEN $7::text ~ '^[0-9a-fA-F:.]+$' THEN $7::inet END, $8, $9, clock_timestamp())`,
      r.subjectId,
      r.purpose,
      r.action,
      r.noticeVersion,
      r.expiresAt,
      r.recordedBy,
      r.ipAddress,
      r.userAgent?.slice(0, 1000) ?? null,
      r.requestId,
    );
  }

  /** A user's consents (none when the user never consented to anything). */
  consentsOf(userId: string) {
    return this.db.privacyConsent.findMany({ where: { subject: { userId } }, include: { activity: true }, orderBy: { purpose: 'asc' } });
  }

  history(userId: string, purpose: string | null, p: Page) {
    const where = { subject: { userId }, ...(purpose ? { purpose } : {}) };
    return paginate(p, where, (q) => this.db.consentRecord.findMany(q), (w) => this.db.consentRecord.count({ where: w }), [{ recordedAt: 'desc' }, { id: 'desc' }]);
  }
}

import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma, User } from '../../db.js';

export interface UserFilter {
  text?: string | null;
  active?: boolean | null;
  organizationId?: string | null;
}

/** to_char format of an ISO 8601 UTC time to the microsecond (event times keep Postgres' precision). */
const ISO_MICROS = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

/** Every Prisma call touching users and profiles. */
export class UserStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.user.findMany({ where: { id: { in: [...ids] } } });
  }

  byEmail(email: string) {
    return this.db.user.findUnique({ where: { email } });
  }

  list(filter: UserFilter, p: Page) {
    const where: Prisma.UserWhereInput[] = [];
    if (filter.text) {
      const contains = { contains: filter.text, mode: 'insensitive' as const };
      where.push({ OR: [{ email: contains }, { username: contains }, { displayName: contains }, { firstName: contains }, { lastName: contains }] });
    }
    if (filter.active === true) where.push({ isActive: true, deletedAt: null });
    if (filter.active === false) where.push({ OR: [{ isActive: false }, { deletedAt: { not: null } }] });
    if (filter.organizationId) where.push({ memberships: { some: { organizationId: filter.organizationId } } });
    return paginate(p, { AND: where }, (q) => this.db.user.findMany(q), (w) => this.db.user.count({ where: w }));
  }

  create(data: Prisma.UserCreateInput) {
    return unique(this.db.user.create({ data }), { email: 'A user with this email already exists', username: 'A user with this username already exists' });
  }

  /**
   * Take up to `limit` users still to be announced to the other domains (user_announcements),
   * deleting their rows in the caller's transaction, with the state to announce and its time.
   */
  takeAnnouncements(limit: number) {
    return this.db.$queryRaw<{ id: string; active: boolean; at: string }[]>`
      DELETE FROM "identity"."user_announcements" a
       USING "identity"."users" u
       WHERE u.id = a.user_id
         AND a.user_id IN (SELECT user_id FROM "identity"."user_announcements" ORDER BY user_id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
   RETURNING u.id::text AS id, (u.is_active AND u.deleted_at IS NULL) AS active,
             to_char(CASE WHEN u.is_active AND u.deleted_at IS NULL THEN u.created_at ELSE coalesce(u.deleted_at, u.updated_at) END AT TIME ZONE 'UTC', ${ISO_MICROS}) AS at`;
  }

  /**
   * Lock the user row until the transaction ends and read the database clock once the lock is
   * held: state changes of one user are serialised, and their times are in commit order. The
   * time is ISO 8601 to the microsecond (a Date would round two changes in one millisecond
   * together). Null when there is no such user.
   */
  async lockForStateChange(id: string): Promise<string | null> {
    const rows = await this.db.$queryRaw<{ at: string }[]>`
      SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', ${ISO_MICROS}) AS at
        FROM "identity"."users" WHERE id = ${id}::uuid FOR UPDATE`;
    return rows[0]?.at ?? null;
  }

  update(id: string, data: Prisma.UserUpdateInput) {
    return this.db.user.update({ where: { id }, data });
  }

  profilesByUserIds(ids: readonly string[]) {
    return this.db.userProfile.findMany({ where: { userId: { in: [...ids] } } });
  }

  upsertProfile(userId: string, data: Omit<Prisma.UserProfileUncheckedCreateInput, 'userId'>) {
    return this.db.userProfile.upsert({ where: { userId }, create: { ...data, userId }, update: data });
  }

  /**
   * Admit one sign-in attempt before its password is checked, in one statement: refused (null)
   * while the account is locked; otherwise the attempt is counted as a failure up front, and
   * `maxFailures` attempts already counted (failed, or still being checked) lock the account
   * instead. So concurrent guesses cannot all be checked against a count that has not moved
   * yet, and an attempt that dies half-way is never lost: it stays counted.
   */
  async admitLogin(id: string, maxFailures: number, lockSeconds: number): Promise<{ admitted: boolean; lockedUntil: Date | null }> {
    const rows = await this.db.$queryRaw<{ locked_until: Date | null; admitted: boolean }[]>`
      UPDATE "identity"."users"
         SET failed_login_attempts = CASE WHEN failed_login_attempts >= ${maxFailures} THEN 0 ELSE failed_login_attempts + 1 END,
             locked_until = CASE WHEN failed_login_attempts >= ${maxFailures} THEN now() + make_interval(secs => ${lockSeconds}) ELSE locked_until END,
             updated_at = now()
       WHERE id = ${id}::uuid AND NOT is_locked AND (locked_until IS NULL OR locked_until <= now())
   RETURNING locked_until, (locked_until IS NULL OR locked_until <= now()) AS admitted`;
    if (rows[0]) return { admitted: rows[0].admitted, lockedUntil: rows[0].locked_until };
    const [user] = await this.byIds([id]);
    return { admitted: false, lockedUntil: user?.lockedUntil ?? null };
  }

  /**
   * The admitted attempt failed (it is already counted). Reaching `maxFailures` locks the
   * account until `now + lockSeconds` and restarts the count, so the next lock needs as many
   * failures again; an account locked meanwhile keeps its lock as it is.
   */
  async recordFailedLogin(id: string, maxFailures: number, lockSeconds: number): Promise<{ lockedUntil: Date | null }> {
    const rows = await this.db.$queryRaw<{ locked_until: Date | null }[]>`
      UPDATE "identity"."users"
         SET failed_login_attempts = CASE WHEN failed_login_attempts >= ${maxFailures} THEN 0 ELSE failed_login_attempts END,
             locked_until = CASE WHEN failed_login_attempts >= ${maxFailures} AND (locked_until IS NULL OR locked_until <= now())
                                 THEN now() + make_interval(secs => ${lockSeconds}) ELSE locked_until END,
             updated_at = now()
       WHERE id = ${id}::uuid
   RETURNING locked_until`;
    return { lockedUntil: rows[0]?.locked_until ?? null };
  }

  /** The admitted attempt had the right password but still needs its second factor: not a failure. */
  async refundLoginAttempt(id: string): Promise<void> {
    await this.db.$executeRaw`
      UPDATE "identity"."users" SET failed_login_attempts = GREATEST(failed_login_attempts - 1, 0), updated_at = now()
       WHERE id = ${id}::uuid AND NOT is_locked AND (locked_until IS NULL OR locked_until <= now())`;
  }

  /**
   * A successful sign-in resets the count, only if the account is not locked by then: a lock
   * set while the password was being checked wins, and a success never clears a lock.
   * Null when it was locked.
   */
  async recordSuccessfulLogin(id: string, ip: string | null): Promise<User | null> {
    const count = await this.db.$executeRaw`
      UPDATE "identity"."users"
         SET failed_login_attempts = 0, locked_until = NULL, last_login_at = now(), last_login_ip = ${ip}::inet, updated_at = now()
       WHERE id = ${id}::uuid AND NOT is_locked AND (locked_until IS NULL OR locked_until <= now())`;
    if (count === 0) return null;
    const [user] = await this.byIds([id]);
    return user ?? null;
  }

  /** An administrator ends a lock: the temporary one, the permanent flag, and the count. */
  unlock(id: string) {
    return this.db.user.update({ where: { id }, data: { isLocked: false, lockedUntil: null, failedLoginAttempts: 0 } });
  }

  /** Accept a TOTP step only if it is newer than every step used before (single use, atomic). */
  async consumeTotpStep(id: string, step: number): Promise<boolean> {
    const count = await this.db.$executeRaw`
      UPDATE "identity"."users" SET mfa_last_used_step = ${step}, updated_at = now()
       WHERE id = ${id}::uuid AND (mfa_last_used_step IS NULL OR mfa_last_used_step < ${step})`;
    return count === 1;
  }

  /** Remove one backup-code hash if present; true only for the single caller that removed it. */
  async consumeBackupCode(id: string, hash: string): Promise<boolean> {
    const count = await this.db.$executeRaw`
      UPDATE "identity"."users" SET backup_codes = array_remove(backup_codes, ${hash}), updated_at = now()
       WHERE id = ${id}::uuid AND ${hash} = ANY(backup_codes)`;
    return count === 1;
  }
}

export type UserRow = User;

import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma, User } from '../../db.js';

export interface UserFilter {
  text?: string | null;
  active?: boolean | null;
  organizationId?: string | null;
}

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
    return paginate(p, (q) => this.db.user.findMany({ where: { AND: where }, ...q }), (w) => this.db.user.count({ where: w }));
  }

  create(data: Prisma.UserCreateInput) {
    return unique(this.db.user.create({ data }), { email: 'A user with this email already exists', username: 'A user with this username already exists' });
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
   * Count a failed sign-in atomically. Reaching `maxFailures` locks the account until
   * `now + lockSeconds` and restarts the count, so the next lock needs as many failures again.
   */
  async recordFailedLogin(id: string, maxFailures: number, lockSeconds: number): Promise<{ lockedUntil: Date | null }> {
    const rows = await this.db.$queryRaw<{ locked_until: Date | null }[]>`
      UPDATE "identity"."users"
         SET failed_login_attempts = CASE WHEN failed_login_attempts + 1 >= ${maxFailures} THEN 0 ELSE failed_login_attempts + 1 END,
             locked_until = CASE WHEN failed_login_attempts + 1 >= ${maxFailures}
                                 THEN now() + make_interval(secs => ${lockSeconds}) ELSE locked_until END,
             updated_at = now()
       WHERE id = ${id}::uuid
   RETURNING locked_until`;
    return { lockedUntil: rows[0]?.locked_until ?? null };
  }

  recordSuccessfulLogin(id: string, ip: string | null) {
    return this.db.user.update({
      where: { id },
      data: { failedLoginAttempts: 0, lockedUntil: null, lastLoginAt: new Date(), lastLoginIp: ip },
    });
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

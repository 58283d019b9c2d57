import { randomToken, type Config, type Logger } from '@atrium/kernel';
import { createIdentityDb } from './db.js';
import { hashPassword } from './modules/auth/passwords.js';
import { UserStore } from './modules/users/store.js';

export interface BootstrapResult {
  userId: string;
  email: string;
  /** Set only when the password was generated now; print it once and never again. */
  generatedPassword?: string;
  created: boolean;
}

const DEFAULT_EMAIL = 'admin@atrium.local';

/**
 * Ensure the first administrator exists. With ATRIUM_ADMIN_EMAIL/PASSWORD that account is
 * created if missing; without them an `admin@atrium.local` account with a generated password
 * is created only when the directory is empty. Returns null when nothing needs an admin.
 */
export async function bootstrapAdmin(input: { databaseUrl: string; config: Config; logger: Logger }): Promise<BootstrapResult | null> {
  const db = createIdentityDb(input.databaseUrl, input.logger);
  try {
    const store = new UserStore(db);
    const email = (input.config.admin.email ?? DEFAULT_EMAIL).toLowerCase();
    const existing = await store.byEmail(email);
    if (existing) return { userId: existing.id, email, created: false };
    if (!input.config.admin.email && (await db.user.count()) > 0) return null;
    const generatedPassword = input.config.admin.password ? undefined : randomToken(18);
    const user = await store.create({
      email,
      username: email.split('@')[0]!.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 90) || 'admin',
      displayName: 'Administrator',
      passwordHash: await hashPassword(input.config.admin.password ?? generatedPassword!),
      passwordChangedAt: new Date(),
      isVerified: true,
      emailVerifiedAt: new Date(),
      metadata: { bootstrapAdmin: true },
      profile: { create: {} },
    });
    return { userId: user.id, email, generatedPassword, created: true };
  } finally {
    await db.$disconnect();
  }
}

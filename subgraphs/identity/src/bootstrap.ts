import { randomToken, type FirstAdmin, type SubgraphSetup } from '@atrium/kernel';
import type { IdentitySettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { hashPassword } from './modules/auth/passwords.js';
import { UserStore } from './modules/users/store.js';

const DEFAULT_EMAIL = 'admin@atrium.local';

/**
 * Ensure the first administrator exists. With ATRIUM_ADMIN_EMAIL/PASSWORD that account is
 * created if missing; without them an `admin@atrium.local` account with a generated password
 * is created only when the directory is empty. Returns null when nothing needs an admin.
 */
export async function bootstrapAdmin(input: SubgraphSetup<PrismaClient, IdentitySettings> & { email?: string; password?: string }): Promise<FirstAdmin | null> {
  const store = new UserStore(input.db);
  const email = (input.email ?? DEFAULT_EMAIL).toLowerCase();
  const existing = await store.byEmail(email);
  if (existing) return { userId: existing.id, email, created: false };
  if (!input.email && (await input.db.user.count()) > 0) return null;
  const generatedPassword = input.password ? undefined : randomToken(18);
  const user = await store.create({
    email,
    username: email.split('@')[0]!.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 90) || 'admin',
    displayName: 'Administrator',
    passwordHash: await hashPassword(input.password ?? generatedPassword!),
    passwordChangedAt: new Date(),
    isVerified: true,
    emailVerifiedAt: new Date(),
    metadata: { bootstrapAdmin: true },
    profile: { create: {} },
  });
  return { userId: user.id, email, generatedPassword, created: true };
}

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, EVENTS, decrypt, encrypt, badInput, conflict, parseInput, randomToken, rateLimited, sha256, unauthenticated } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { DbClient, User } from '../../db.js';
import { UserStore } from '../users/store.js';
import { hashBackupCode, looksLikeBackupCode, newBackupCodes, newTotpSecret, otpauthUri, totpStep } from './mfa.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { SessionStore } from './store.js';

export const email = z.email('must be a valid email address').max(255).transform((v) => v.toLowerCase());
export const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');
const name = (max: number) => z.string().trim().min(1).max(max);

const registerInput = z.object({
  email,
  username: z.string().regex(/^[A-Za-z0-9._-]{3,100}$/, 'must be 3-100 letters, digits, dots, dashes or underscores'),
  password,
  firstName: name(100).nullish(),
  lastName: name(100).nullish(),
  displayName: name(200).nullish(),
});

const loginInput = z.object({
  email: z.string().max(255).transform((v) => v.trim().toLowerCase()),
  password: z.string().max(256),
  mfaCode: z.string().max(32).nullish(),
});

const INVALID_CREDENTIALS = 'Invalid email or password';

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** Issue an access token and a new refresh token, in a new or an existing session family. */
async function issue(ctx: IdentityContext, db: DbClient, user: User, familyId: string = randomUUID()): Promise<AuthPayload> {
  const refreshToken = randomToken(32);
  const refreshTokenExpiresAt = new Date(Date.now() + ctx.settings.refreshTtlSeconds * 1000);
  await new SessionStore(db).create({
    userId: user.id,
    familyId,
    tokenHash: sha256(refreshToken),
    expiresAt: refreshTokenExpiresAt,
    ip: ctx.clientIp,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
  });
  const access = await ctx.sign({ sub: user.id, sid: familyId });
  // This request has now authenticated: the payload's `user` is the caller's own.
  ctx.principal = { userId: user.id, sessionId: familyId };
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, user };
}

export async function register(ctx: IdentityContext, rawInput: unknown): Promise<AuthPayload> {
  const input = parseInput(registerInput, rawInput, ['input']);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.$transaction(async (tx) => {
    const user = await new UserStore(tx).create({
      email: input.email,
      username: input.username,
      passwordHash,
      passwordChangedAt: new Date(),
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      displayName: input.displayName ?? ([input.firstName, input.lastName].filter(Boolean).join(' ') || input.username),
      profile: { create: {} },
    });
    // Same transaction: the other domains hear of the user only if it exists.
    await ctx.events.publish(tx, EVENTS.userRegistered, { userId: user.id }, { key: user.id });
    return issue(ctx, tx, user);
  });
}

export async function login(ctx: IdentityContext, rawInput: unknown): Promise<AuthPayload> {
  const input = parseInput(loginInput, rawInput, ['input']);
  const users = new UserStore(ctx.db);
  const user = await users.byEmail(input.email);
  const usable = user && !user.deletedAt && user.isActive && user.passwordHash;
  if (!usable) {
    await burnPasswordCheck(input.password);
    throw unauthenticated(INVALID_CREDENTIALS);
  }
  if (user.isLocked || (user.lockedUntil && user.lockedUntil > new Date())) {
    await burnPasswordCheck(input.password);
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash!, input.password))) {
    const { lockedUntil } = await users.recordFailedLogin(user.id, ctx.settings.login.maxFailures, ctx.settings.login.lockSeconds);
    if (lockedUntil && lockedUntil > new Date()) throw lockedError(lockedUntil);
    throw unauthenticated(INVALID_CREDENTIALS);
  }
  if (user.mfaEnabled) {
    if (!input.mfaCode) throw new AppError('UNAUTHENTICATED', 'A second factor is required', { mfaRequired: true });
    if (!(await secondFactorOk(ctx, users, user, input.mfaCode))) {
      const { lockedUntil } = await users.recordFailedLogin(user.id, ctx.settings.login.maxFailures, ctx.settings.login.lockSeconds);
      if (lockedUntil && lockedUntil > new Date()) throw lockedError(lockedUntil);
      throw new AppError('UNAUTHENTICATED', 'Invalid second factor', { mfaRequired: true });
    }
  }
  return ctx.db.$transaction(async (tx) => {
    const updated = await new UserStore(tx).recordSuccessfulLogin(user.id, ctx.clientIp);
    return issue(ctx, tx, updated);
  });
}

function lockedError(until: Date | null) {
  const seconds = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)) : undefined;
  return rateLimited('Too many failed sign-in attempts; the account is temporarily locked', seconds);
}

async function secondFactorOk(ctx: IdentityContext, users: UserStore, user: User, code: string): Promise<boolean> {
  if (looksLikeBackupCode(code)) return users.consumeBackupCode(user.id, hashBackupCode(code));
  if (!user.mfaSecret) return false;
  const step = totpStep(decrypt(user.mfaSecret, ctx.config.secrets.encryptionKey), code.trim());
  return step !== null && users.consumeTotpStep(user.id, step);
}

export async function refresh(ctx: IdentityContext, rawToken: unknown): Promise<AuthPayload> {
  const token = parseInput(z.string().min(16).max(200), rawToken, ['refreshToken']);
  const sessions = new SessionStore(ctx.db);
  const session = await sessions.byHash(sha256(token));
  if (!session || session.revokedAt) throw unauthenticated('Invalid refresh token');
  if (session.rotatedAt) {
    // A used token came back: someone holds a copy. End the whole family.
    await sessions.revokeFamily(session.familyId, 'reuse_detected');
    throw unauthenticated('Refresh token reuse detected; the session was ended');
  }
  if (session.expiresAt <= new Date()) throw unauthenticated('Refresh token expired');
  const [user] = await new UserStore(ctx.db).byIds([session.userId]);
  if (!user || user.deletedAt || !user.isActive) throw unauthenticated('Invalid refresh token');
  const rotated = await ctx.db.$transaction(async (tx) => {
    if (!(await new SessionStore(tx).markRotated(session.id))) return null;
    return issue(ctx, tx, user, session.familyId);
  });
  if (!rotated) {
    await sessions.revokeFamily(session.familyId, 'reuse_detected');
    throw unauthenticated('Refresh token reuse detected; the session was ended');
  }
  return rotated;
}

export async function logout(ctx: IdentityContext, rawToken: unknown): Promise<{ revokedSessions: number }> {
  const token = parseInput(z.string().max(200).nullish(), rawToken, ['refreshToken']);
  const sessions = new SessionStore(ctx.db);
  let revoked = 0;
  if (token) {
    const session = await sessions.byHash(sha256(token));
    if (session) revoked += await sessions.revokeFamily(session.familyId, 'logout');
  }
  if (ctx.principal) revoked += await sessions.revokeFamily(ctx.principal.sessionId, 'logout');
  if (!token && !ctx.principal) throw unauthenticated('Nothing to log out: pass a refresh token or an access token');
  return { revokedSessions: revoked };
}

export async function enrollMfa(ctx: IdentityContext): Promise<{ otpauthUri: string; secret: string }> {
  const userId = ctx.principal!.userId;
  const users = new UserStore(ctx.db);
  const [user] = await users.byIds([userId]);
  if (!user) throw unauthenticated();
  if (user.mfaEnabled) throw conflict('MFA is already enabled', ['mfa']);
  const secret = newTotpSecret();
  await users.update(userId, { mfaSecret: encrypt(secret, ctx.config.secrets.encryptionKey) });
  return { otpauthUri: otpauthUri(secret, user.email), secret };
}

export async function confirmMfa(ctx: IdentityContext, rawCode: unknown): Promise<{ user: User; backupCodes: string[] }> {
  const code = parseInput(z.string().regex(/^\d{6}$/, 'must be a 6-digit code'), rawCode, ['code']);
  const userId = ctx.principal!.userId;
  const users = new UserStore(ctx.db);
  const [user] = await users.byIds([userId]);
  if (!user) throw unauthenticated();
  if (user.mfaEnabled) throw conflict('MFA is already enabled', ['mfa']);
  if (!user.mfaSecret) throw badInput([{ path: ['code'], message: 'start with enrollMfa first' }]);
  const step = totpStep(decrypt(user.mfaSecret, ctx.config.secrets.encryptionKey), code);
  if (step === null) throw badInput([{ path: ['code'], message: 'does not match the authenticator' }]);
  const { codes, hashes } = newBackupCodes();
  // The confirming code is spent too: it cannot be replayed to sign in.
  const updated = await users.update(userId, { mfaEnabled: true, backupCodes: hashes, mfaLastUsedStep: step });
  return { user: updated, backupCodes: codes };
}

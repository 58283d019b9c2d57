import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError, EVENTS, publishRegistry, recordAudit, registryEntry, badInput, conflict, parseInput, randomToken, rateLimited, revokeSessions, sha256, unauthenticated, type RawExecutor } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { DbClient, User } from '../../db.js';
import { UserStore } from '../users/store.js';
import { hashBackupCode, looksLikeBackupCode, newBackupCodes, newTotpSecret, otpauthUri, totpStep } from './mfa.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { SessionStore } from './store.js';
import { MFA_SECRET } from './secrets.js';

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

/**
 * End session families inside the caller's transaction: their refresh tokens stop working and
 * every access token already issued for them is refused by the next verifier that sees it.
 */
export async function endSessions(ctx: IdentityContext, tx: RawExecutor, userId: string, familyIds: readonly string[], reason: string): Promise<void> {
  await revokeSessions(tx, { userId, sessionIds: familyIds, reason, accessTtlSeconds: ctx.config.jwt.accessTtlSeconds });
  const sessionIds = [...new Set(familyIds)];
  if (sessionIds.length) await ctx.events.publish(tx, EVENTS.sessionEnded, { userId, sessionIds, reason: reason.slice(0, 50), at: new Date().toISOString() });
}

export async function register(ctx: IdentityContext, rawInput: unknown): Promise<AuthPayload> {
  const input = parseInput(registerInput, rawInput, ['input']);
  await ctx.throttle.hit('register', { ip: ctx.clientIp, account: input.email });
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
    // Same transaction: the other domains hear of the user only if it exists. `at` orders it
    // against the user's later state changes (authorization's projection of users).
    await ctx.events.publish(tx, EVENTS.userRegistered, { userId: user.id, at: user.createdAt.toISOString() }, { key: user.id });
    return issue(ctx, tx, user);
  });
}

/**
 * Throttled per IP and per email, then the attempt is admitted (and counted) before the
 * password is checked, so a burst of concurrent guesses cannot outrun the lockout; a right
 * password is accepted only if the account is still unlocked when the success is recorded.
 */
export async function login(ctx: IdentityContext, rawInput: unknown): Promise<AuthPayload> {
  const input = parseInput(loginInput, rawInput, ['input']);
  await ctx.throttle.hit('login', { ip: ctx.clientIp, account: input.email });
  const users = new UserStore(ctx.db);
  const user = await users.byEmail(input.email);
  const usable = user && !user.deletedAt && user.isActive && user.passwordHash;
  // Refused sign-ins commit nothing but counters: their audit events go out right away (audit.ts).
  const refused = (userId: string | null, eventType: 'login_failed' | 'account_locked', reason: string) =>
    recordAudit(ctx.db, { eventType, actorId: userId, resourceType: 'User', resourceId: userId, additionalData: { email: input.email, reason } });
  if (!usable) {
    await burnPasswordCheck(input.password);
    await refused(user?.id ?? null, 'login_failed', user ? 'inactive' : 'unknown_account');
    throw unauthenticated(INVALID_CREDENTIALS);
  }
  const { maxFailures, lockSeconds } = ctx.settings.login;
  const admission = await users.admitLogin(user.id, maxFailures, lockSeconds);
  if (!admission.admitted) {
    await burnPasswordCheck(input.password);
    await refused(user.id, 'login_failed', 'locked');
    throw lockedError(admission.lockedUntil);
  }
  const failed = async (error: AppError): Promise<never> => {
    const { lockedUntil } = await users.recordFailedLogin(user.id, maxFailures, lockSeconds);
    const locked = !!lockedUntil && lockedUntil > new Date();
    await refused(user.id, locked ? 'account_locked' : 'login_failed', error.message === INVALID_CREDENTIALS ? 'bad_password' : 'bad_second_factor');
    if (locked) throw lockedError(lockedUntil);
    throw error;
  };
  if (!(await verifyPassword(user.passwordHash!, input.password))) return failed(unauthenticated(INVALID_CREDENTIALS));
  if (user.mfaEnabled) {
    if (!input.mfaCode) {
      await users.refundLoginAttempt(user.id);
      throw new AppError('UNAUTHENTICATED', 'A second factor is required', { mfaRequired: true });
    }
    await ctx.throttle.hit('mfa', { ip: ctx.clientIp, account: user.id });
    if (!(await secondFactorOk(ctx, users, user, input.mfaCode))) return failed(new AppError('UNAUTHENTICATED', 'Invalid second factor', { mfaRequired: true }));
  }
  return ctx.db.$transaction(async (tx) => {
    const signedIn = await new UserStore(tx).recordSuccessfulLogin(user.id, ctx.clientIp);
    // Locked while the password was being checked (a concurrent burst reached the limit): refused.
    if (!signedIn) throw lockedError((await new UserStore(tx).byIds([user.id]))[0]?.lockedUntil ?? null);
    return issue(ctx, tx, signedIn);
  });
}

function lockedError(until: Date | null) {
  const seconds = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)) : undefined;
  return rateLimited('Too many failed sign-in attempts; the account is temporarily locked', seconds);
}

async function secondFactorOk(ctx: IdentityContext, users: UserStore, user: User, code: string): Promise<boolean> {
  if (looksLikeBackupCode(code)) return users.consumeBackupCode(user.id, hashBackupCode(code));
  if (!user.mfaSecret) return false;
  const step = totpStep(await ctx.envelope.decrypt(user.mfaSecret), code.trim());
  return step !== null && users.consumeTotpStep(user.id, step);
}

/** A used refresh token came back: someone holds a copy. End the whole family, access tokens included. */
async function endReusedFamily(ctx: IdentityContext, session: { userId: string; familyId: string }): Promise<never> {
  await ctx.db.$transaction(async (tx) => {
    await new SessionStore(tx).revokeFamily(session.familyId, 'reuse_detected');
    await endSessions(ctx, tx, session.userId, [session.familyId], 'reuse_detected');
    await recordAudit(tx, { eventType: 'refresh_token_reuse', actorId: null, resourceType: 'User', resourceId: session.userId, additionalData: { familyId: session.familyId } });
  });
  throw unauthenticated('Refresh token reuse detected; the session was ended');
}

export async function refresh(ctx: IdentityContext, rawToken: unknown): Promise<AuthPayload> {
  const token = parseInput(z.string().min(16).max(200), rawToken, ['refreshToken']);
  await ctx.throttle.hit('refresh', { ip: ctx.clientIp });
  const sessions = new SessionStore(ctx.db);
  const session = await sessions.byHash(sha256(token));
  if (!session || session.revokedAt) throw unauthenticated('Invalid refresh token');
  await ctx.throttle.hit('refresh', { account: session.userId });
  if (session.rotatedAt) return endReusedFamily(ctx, session);
  if (session.expiresAt <= new Date()) throw unauthenticated('Refresh token expired');
  const [user] = await new UserStore(ctx.db).byIds([session.userId]);
  if (!user || user.deletedAt || !user.isActive) throw unauthenticated('Invalid refresh token');
  const rotated = await ctx.db.$transaction(async (tx) => {
    if (!(await new SessionStore(tx).markRotated(session.id))) return null;
    return issue(ctx, tx, user, session.familyId);
  });
  if (!rotated) return endReusedFamily(ctx, session);
  return rotated;
}

/**
 * End the session of the refresh token and of the access token: their refresh tokens stop
 * working at once, and so does every access token issued for them, everywhere.
 */
export async function logout(ctx: IdentityContext, rawToken: unknown): Promise<{ revokedSessions: number }> {
  const token = parseInput(z.string().max(200).nullish(), rawToken, ['refreshToken']);
  if (!token && !ctx.principal) throw unauthenticated('Nothing to log out: pass a refresh token or an access token');
  return ctx.db.$transaction(async (tx) => {
    const sessions = new SessionStore(tx);
    const ended: { userId: string; familyId: string }[] = [];
    if (token) {
      const session = await sessions.byHash(sha256(token));
      if (session) ended.push(session);
    }
    if (ctx.principal) ended.push({ userId: ctx.principal.userId, familyId: ctx.principal.sessionId });
    let revoked = 0;
    for (const family of new Set(ended.map((e) => e.familyId))) revoked += await sessions.revokeFamily(family, 'logout');
    for (const userId of new Set(ended.map((e) => e.userId))) {
      await endSessions(ctx, tx, userId, ended.filter((e) => e.userId === userId).map((e) => e.familyId), 'logout');
    }
    return { revokedSessions: revoked };
  });
}

export async function enrollMfa(ctx: IdentityContext): Promise<{ otpauthUri: string; secret: string }> {
  const userId = ctx.principal!.userId;
  const users = new UserStore(ctx.db);
  const [user] = await users.byIds([userId]);
  if (!user) throw unauthenticated();
  if (user.mfaEnabled) throw conflict('MFA is already enabled', ['mfa']);
  const secret = newTotpSecret();
  // Under identity's managed data key; the registry hears of it in the same transaction.
  const sealed = await ctx.envelope.encrypt(secret);
  await ctx.db.$transaction(async (tx) => {
    await new UserStore(tx).update(userId, { mfaSecret: sealed.ciphertext });
    await publishRegistry(ctx.events, tx, 'identity', [registryEntry('identity', MFA_SECRET, userId, sealed, userId)]);
  });
  return { otpauthUri: otpauthUri(secret, user.email), secret };
}

export async function confirmMfa(ctx: IdentityContext, rawCode: unknown): Promise<{ user: User; backupCodes: string[] }> {
  const code = parseInput(z.string().regex(/^\d{6}$/, 'must be a 6-digit code'), rawCode, ['code']);
  const userId = ctx.principal!.userId;
  await ctx.throttle.hit('mfa', { ip: ctx.clientIp, account: userId });
  const users = new UserStore(ctx.db);
  const [user] = await users.byIds([userId]);
  if (!user) throw unauthenticated();
  if (user.mfaEnabled) throw conflict('MFA is already enabled', ['mfa']);
  if (!user.mfaSecret) throw badInput([{ path: ['code'], message: 'start with enrollMfa first' }]);
  const step = totpStep(await ctx.envelope.decrypt(user.mfaSecret), code);
  if (step === null) throw badInput([{ path: ['code'], message: 'does not match the authenticator' }]);
  const { codes, hashes } = newBackupCodes();
  // The confirming code is spent too: it cannot be replayed to sign in.
  const updated = await users.update(userId, { mfaEnabled: true, backupCodes: hashes, mfaLastUsedStep: step });
  return { user: updated, backupCodes: codes };
}

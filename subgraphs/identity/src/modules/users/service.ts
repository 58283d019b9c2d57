import { z } from 'zod';
import { EVENTS, auditBefore, badInput, type EventBus, type Logger, connection, httpUrl as url, idArg, jsonObject as json, notFound, optionalText, page, parseInput, revokeTokensIssuedBefore, text, uuid } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { IdentityDb } from '../../db.js';
import { endSessions } from '../auth/service.js';
import { SessionStore } from '../auth/store.js';
import { UserStore } from './store.js';

const httpUrl = url.nullish();
const jsonObject = json(16_384).nullish();
const TIMEZONES = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));

const listFilter = z.object({ text: text(200).nullish(), active: z.boolean().nullish(), organizationId: uuid.nullish() }).nullish();

const profileInput = z.object({
  firstName: optionalText(100),
  lastName: optionalText(100),
  displayName: optionalText(200),
  avatarUrl: httpUrl,
  phoneNumber: z.string().regex(/^\+?[0-9 ()-]{3,20}$/, 'must be a phone number').max(20).nullish(),
  timezone: z.string().refine((v) => TIMEZONES.has(v), 'must be an IANA time zone').nullish(),
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 locale').max(10).nullish(),
  dateOfBirth: z.iso.date('must be YYYY-MM-DD').nullish(),
  gender: optionalText(20),
  bio: optionalText(5000),
  websiteUrl: httpUrl,
  linkedinUrl: httpUrl,
  githubUrl: httpUrl,
  jobTitle: optionalText(200),
  company: optionalText(200),
  department: optionalText(100),
  managerId: uuid.nullish(),
  notificationPreferences: jsonObject,
  privacySettings: jsonObject,
  uiPreferences: jsonObject,
  country: optionalText(100),
  stateProvince: optionalText(100),
  city: optionalText(100),
  postalCode: optionalText(20),
  addressLine1: optionalText(500),
  addressLine2: optionalText(500),
});

const USER_FIELDS = ['firstName', 'lastName', 'displayName', 'avatarUrl', 'phoneNumber', 'timezone', 'locale'] as const;
/** JSON columns are NOT NULL: an explicit null resets them to `{}`. */
const JSON_FIELDS = ['notificationPreferences', 'privacySettings', 'uiPreferences'] as const;

export async function listUsers(ctx: IdentityContext, rawArgs: { filter?: unknown }) {
  const p = page(rawArgs);
  const filter = parseInput(listFilter, rawArgs.filter, ['filter']) ?? {};
  const rows = await new UserStore(ctx.db).list(filter, p);
  rows.forEach((row) => ctx.loaders.user.prime(row.id, row));
  return connection(rows, p);
}

export async function updateMyProfile(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(profileInput, rawInput, ['input']);
  const userId = ctx.principal!.userId;
  if (input.managerId === userId) throw badInput([{ path: ['input', 'managerId'], message: 'cannot be yourself' }]);
  const userData: Record<string, unknown> = {};
  const profileData: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if ((USER_FIELDS as readonly string[]).includes(key)) userData[key] = value;
    else if ((JSON_FIELDS as readonly string[]).includes(key)) profileData[key] = value ?? {};
    else if (key === 'dateOfBirth') profileData[key] = value ? new Date(`${value as string}T00:00:00Z`) : null;
    else profileData[key] = value;
  }
  return ctx.db.$transaction(async (tx) => {
    const store = new UserStore(tx);
    if (input.managerId) {
      const [manager] = await store.byIds([input.managerId]);
      if (!manager || manager.deletedAt) throw badInput([{ path: ['input', 'managerId'], message: 'no such user' }]);
    }
    // The old state, for the audit event's old values and changed fields (kernel audit.ts).
    auditBefore((await store.byIds([userId]))[0], 'User');
    const user = await store.update(userId, userData);
    if (Object.keys(profileData).length) await store.upsertProfile(userId, profileData);
    return user;
  });
}

/**
 * Deactivate (soft-delete) a user, in one transaction: every refresh token is revoked, every
 * access token already issued is refused from the next request on (at the gateway and every
 * subgraph), and the authorization domain hears of it so nothing more is granted to them.
 */
export async function deactivateUser(ctx: IdentityContext, rawId: unknown) {
  const id = idArg(rawId);
  if (id === ctx.principal!.userId) throw badInput([{ path: ['id'], message: 'you cannot deactivate yourself' }]);
  return ctx.db.$transaction(async (tx) => {
    const store = new UserStore(tx);
    // Locked first: concurrent state changes of one user run one after the other, and `at`
    // (the database clock once the lock is held) orders their events as they committed.
    const at = await store.lockForStateChange(id);
    const [user] = at ? await store.byIds([id]) : [];
    if (!at || !user) throw notFound('User');
    if (user.deletedAt) return user;
    auditBefore(user, 'User');
    const updated = await store.update(id, { isActive: false, deletedAt: new Date(at) });
    const families = await new SessionStore(tx).revokeAllForUser(id, 'deactivated');
    await revokeTokensIssuedBefore(tx, id);
    await endSessions(ctx, tx, id, families, 'deactivated');
    // Same transaction: the authorization domain records the state and ends the user's grants once this commits.
    await ctx.events.publish(tx, EVENTS.userDeactivated, { userId: id, deactivatedBy: ctx.principal!.userId, at }, { key: id });
    return updated;
  });
}

/** Undo a deactivation. Sessions and grants it ended stay ended: the user signs in again and is granted anew. */
export async function reactivateUser(ctx: IdentityContext, rawId: unknown) {
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const store = new UserStore(tx);
    const at = await store.lockForStateChange(id);
    const [user] = at ? await store.byIds([id]) : [];
    if (!at || !user) throw notFound('User');
    if (user.isActive && !user.deletedAt) return user;
    auditBefore(user, 'User');
    const updated = await store.update(id, { isActive: true, deletedAt: null });
    await ctx.events.publish(tx, EVENTS.userReactivated, { userId: id, reactivatedBy: ctx.principal!.userId, at }, { key: id });
    return updated;
  });
}

/**
 * End a sign-in lock: the temporary lock, the permanent flag and the failure count, and the
 * account's sign-in throttling counters. A stranger can keep an account locked by guessing
 * (README, lockout); this is what an administrator does about it.
 */
export async function unlockUser(ctx: IdentityContext, rawId: unknown) {
  const id = idArg(rawId);
  const store = new UserStore(ctx.db);
  const [user] = await store.byIds([id]);
  if (!user) throw notFound('User');
  await ctx.throttle.reset([{ op: 'login', account: user.email }, { op: 'mfa', account: user.id }]);
  return store.unlock(id);
}

/**
 * Identity's seed: announce, once, every user that existed before the user events carried its
 * state (the migration listed them in user_announcements), so the other domains' projections
 * of users start complete. Each batch publishes and deletes in one transaction.
 */
export async function announceExistingUsers(s: { db: IdentityDb; events: EventBus; logger: Logger }): Promise<number> {
  let total = 0;
  for (;;) {
    const announced = await s.db.$transaction(async (tx) => {
      const users = await new UserStore(tx).takeAnnouncements(500);
      for (const u of users) {
        if (u.active) await s.events.publish(tx, EVENTS.userRegistered, { userId: u.id, at: u.at, backfill: true }, { key: u.id });
        else await s.events.publish(tx, EVENTS.userDeactivated, { userId: u.id, deactivatedBy: null, at: u.at }, { key: u.id });
      }
      return users.length;
    });
    if (announced === 0) break;
    total += announced;
  }
  if (total > 0) s.logger.info({ users: total }, 'existing users announced to the other domains');
  return total;
}

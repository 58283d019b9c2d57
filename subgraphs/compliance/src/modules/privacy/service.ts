import { auditBefore, badInput, conflict, connection, EVENTS, forbidden, notFound, page, parseInput, tenantFor, uuid } from '@atrium/kernel';
import { z } from 'zod';
import type { ComplianceContext } from '../../context.js';
import type { DataProcessingActivity, PrivacyConsent } from '../../db.js';
import { PrivacyStore } from './store.js';

/**
 * Privacy (issue 12 §6, 002 §9): the processing register, and consent per user and purpose with
 * its append-only history. Consent belongs to a person, not to an organization: a user reads and
 * changes their own; reading another user's needs compliance:read for every tenant (an
 * organization-scoped grant is FORBIDDEN, because the person is not the organization's).
 */

const purposeKey = z.string().trim().min(1).max(100).regex(/^[a-z][a-z0-9_]*$/, 'must be a purpose key such as usage_analytics');

const grantInput = z.object({
  purpose: purposeKey,
  noticeVersion: z.string().trim().min(1, 'is required').max(50),
  expiresAt: z
    .date()
    .nullish()
    .refine((d) => !d || d.getTime() > Date.now(), 'must be in the future'),
});

/** Valid now: granted and not past its expiry. */
export const isValid = (c: Pick<PrivacyConsent, 'status' | 'expiresAt'>, now = new Date()) => c.status === 'granted' && (!c.expiresAt || c.expiresAt > now);

/** Whose consents a call is about: the caller's own, or any user's for unscoped compliance:read holders. */
async function subjectUser(ctx: ComplianceContext, rawUserId: unknown): Promise<string> {
  const self = ctx.principal!.userId;
  const userId = rawUserId == null ? self : parseInput(uuid, rawUserId, ['userId']);
  if (userId === self) return self;
  const scope = await tenantFor(ctx, 'compliance:read');
  if (!scope.all) throw forbidden("Another user's consents need compliance:read for every tenant", { permission: 'compliance:read', reason: scope.organizationIds.length ? 'tenant_scoped' : 'NO_GRANT' });
  return userId;
}

/** A purpose of the register, or BAD_USER_INPUT naming `path`. */
async function activityOf(store: PrivacyStore, raw: unknown, path: (string | number)[]): Promise<DataProcessingActivity> {
  const purpose = parseInput(purposeKey, raw, path);
  const activity = await store.activity(purpose);
  if (!activity) throw badInput([{ path, message: 'is not a purpose of the processing register' }]);
  return activity;
}

export const listActivities = (ctx: ComplianceContext) => new PrivacyStore(ctx.db).activities();

export async function listConsents(ctx: ComplianceContext, rawUserId: unknown) {
  return new PrivacyStore(ctx.db).consentsOf(await subjectUser(ctx, rawUserId));
}

export async function consentHistory(ctx: ComplianceContext, args: { userId?: unknown; purpose?: unknown; first?: unknown; after?: unknown }) {
  const userId = await subjectUser(ctx, args.userId);
  const purpose = args.purpose == null ? null : parseInput(purposeKey, args.purpose, ['purpose']);
  const p = page(args);
  return connection(await new PrivacyStore(ctx.db).history(userId, purpose, p), p);
}

export async function hasValidConsent(ctx: ComplianceContext, args: { userId?: unknown; purpose?: unknown }) {
  const userId = await subjectUser(ctx, args.userId);
  const store = new PrivacyStore(ctx.db);
  const activity = await activityOf(store, args.purpose, ['purpose']);
  const consent = (await store.consentsOf(userId)).find((c) => c.purpose === activity.purpose);
  return !!consent && isValid(consent);
}

/** 002 §9 get_user_data_purposes: every purpose on another basis, and the consent purposes with valid consent. */
export async function userDataPurposes(ctx: ComplianceContext, rawUserId: unknown) {
  const userId = await subjectUser(ctx, rawUserId);
  const store = new PrivacyStore(ctx.db);
  const valid = new Set((await store.consentsOf(userId)).filter((c) => isValid(c)).map((c) => c.purpose));
  return (await store.activities()).filter((a) => a.lawfulBasis !== 'consent' || valid.has(a.purpose));
}

/** Tell the processing services in the change's transaction. */
const announce = (ctx: ComplianceContext, tx: Parameters<Parameters<ComplianceContext['db']['$transaction']>[0]>[0], userId: string, c: PrivacyConsent) =>
  ctx.events.publish(tx, EVENTS.consentChanged, { userId, purpose: c.purpose, granted: c.status === 'granted', expiresAt: c.expiresAt?.toISOString() ?? null, at: c.updatedAt.toISOString() });

export async function grantConsent(ctx: ComplianceContext, raw: unknown) {
  const input = parseInput(grantInput, raw, ['input']);
  const userId = ctx.principal!.userId;
  return ctx.db.$transaction(async (tx) => {
    const store = new PrivacyStore(tx);
    const activity = await activityOf(store, input.purpose, ['input', 'purpose']);
    if (activity.lawfulBasis !== 'consent') throw badInput([{ path: ['input', 'purpose'], message: `is processed on the ${activity.lawfulBasis} basis, not on consent: there is no consent to give` }]);
    const subjectId = await store.subjectOf(userId);
    auditBefore(await store.lockConsent(subjectId, activity.purpose), 'PrivacyConsent');
    const consent = await store.grant(subjectId, activity.purpose, input.noticeVersion, input.expiresAt ?? null);
    await store.record({ subjectId, purpose: activity.purpose, action: 'granted', noticeVersion: input.noticeVersion, expiresAt: input.expiresAt ?? null, recordedBy: userId, ipAddress: ctx.clientIp, userAgent: ctx.userAgent, requestId: ctx.requestId });
    await announce(ctx, tx, userId, consent);
    return { ...consent, activity };
  });
}

export async function withdrawConsent(ctx: ComplianceContext, rawPurpose: unknown) {
  const userId = ctx.principal!.userId;
  return ctx.db.$transaction(async (tx) => {
    const store = new PrivacyStore(tx);
    const activity = await activityOf(store, rawPurpose, ['purpose']);
    const subjectId = await store.subjectOf(userId);
    const current = await store.lockConsent(subjectId, activity.purpose);
    if (!current) throw notFound('Consent');
    if (current.status === 'withdrawn') throw conflict('The consent is already withdrawn', ['purpose']);
    auditBefore(current, 'PrivacyConsent');
    const consent = await store.withdraw(current.id);
    await store.record({ subjectId, purpose: activity.purpose, action: 'withdrawn', noticeVersion: current.noticeVersion, expiresAt: null, recordedBy: userId, ipAddress: ctx.clientIp, userAgent: ctx.userAgent, requestId: ctx.requestId });
    await announce(ctx, tx, userId, consent);
    return { ...consent, activity };
  });
}

import { auditBefore, badInput, conflict, forbidden, idArg, notFound, page, parseInput, connection, tenantFor, uuid, type SubgraphServices } from '@atrium/kernel';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { ComplianceDb, Prisma, SecurityEvent } from '../../db.js';
import { SECURITY_SEVERITY, SECURITY_STATUS, SECURITY_TYPE, values } from '../shared/enums.js';
import { RULES, type AuditFact } from './rules.js';
import { SecurityStore } from './store.js';

/** GDPR art. 33: a notifiable breach is reported to the authority within 72 hours of becoming aware of it. */
export const NOTIFICATION_HOURS = 72;

/**
 * Run every detection rule on one audit row just taken in. Idempotent (each raised event has a
 * dedupe key), so a redelivered audit event raises nothing new. Returns the rules that raised one.
 */
export async function detectSecurityEvents(deps: Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db' | 'logger' | 'settings'>, fact: AuditFact): Promise<string[]> {
  const store = new SecurityStore(deps.db);
  const raised: string[] = [];
  for (const rule of RULES) {
    const event = await rule.detect(fact, { settings: deps.settings.security, store });
    if (event && (await store.raise(rule.id, event, fact))) raised.push(rule.id);
  }
  if (raised.length) deps.logger.warn({ auditLogId: fact.id, rules: raised }, 'security events raised');
  return raised;
}

/** The caller's tenant scope of a permission; FORBIDDEN without any grant of it. */
async function scopeOf(ctx: ComplianceContext, permission: 'audit_log:read' | 'compliance:update') {
  const scope = await tenantFor(ctx, permission);
  if (!scope.all && scope.organizationIds.length === 0) throw forbidden(`Missing permission ${permission}`, { permission, reason: 'NO_GRANT' });
  return scope;
}

const filterInput = z
  .object({
    eventType: z.enum(values(SECURITY_TYPE)).nullish(),
    severity: z.enum(values(SECURITY_SEVERITY)).nullish(),
    status: z.enum(values(SECURITY_STATUS)).nullish(),
    detectionRuleId: z.string().max(100).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .nullish();

/** Security events newest first, inside the caller's audit_log:read tenant scope. */
export async function listSecurityEvents(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const f = parseInput(filterInput, args.filter, ['filter']) ?? {};
  const where: Prisma.SecurityEventWhereInput = {
    ...(f.eventType ? { eventType: f.eventType } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.detectionRuleId ? { detectionRuleId: f.detectionRuleId } : {}),
    ...(f.from || f.to ? { detectedAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
  const scope = await scopeOf(ctx, 'audit_log:read');
  return connection(await new SecurityStore(ctx.db).list(scope, where, p), p);
}

export async function getSecurityEvent(ctx: ComplianceContext, rawId: unknown) {
  const id = idArg(rawId);
  const scope = await scopeOf(ctx, 'audit_log:read');
  return new SecurityStore(ctx.db).find(scope, id);
}

const triageInput = z
  .object({
    status: z.enum(['investigating', 'resolved', 'false_positive']).nullish(),
    assignedTo: uuid.nullish(),
    notes: z.string().trim().min(1).max(10_000).nullish(),
    regulatoryNotificationRequired: z.boolean().nullish(),
  })
  .refine((i) => Object.values(i).some((v) => v !== undefined && v !== null), { message: 'give at least one of status, assignedTo, notes, regulatoryNotificationRequired' });

const TERMINAL = new Set(['resolved', 'false_positive']);

/** Load an event the caller may triage (compliance:update in its tenant) and lock it; NOT_FOUND outside the scope. */
async function forTriage(ctx: ComplianceContext, tx: Prisma.TransactionClient, id: string): Promise<SecurityEvent> {
  const scope = await scopeOf(ctx, 'compliance:update');
  const store = new SecurityStore(tx);
  await store.lock(id);
  const event = await store.find(scope, id);
  if (!event) throw notFound('Security event');
  auditBefore(event, 'SecurityEvent');
  return event;
}

/**
 * Triage: assign, investigate, resolve or mark a false positive (notes required to close), and
 * say whether a regulatory notification is required. open → investigating → resolved or
 * false_positive (open may close directly); a closed event only changes its notification flag.
 */
export async function triageSecurityEvent(ctx: ComplianceContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(triageInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const event = await forTriage(ctx, tx, id);
    const closed = TERMINAL.has(event.status);
    if (closed && (input.status || input.assignedTo || input.notes)) throw conflict(`The event is already ${event.status}; only regulatoryNotificationRequired may change`, ['id']);
    const closing = !!input.status && TERMINAL.has(input.status);
    if (closing && !input.notes && !event.resolutionNotes) throw badInput([{ path: ['input', 'notes'], message: 'closing an event needs resolution notes' }]);
    if (input.regulatoryNotificationRequired === false && event.notificationSentAt) throw conflict('The notification was already sent', ['input', 'regulatoryNotificationRequired']);
    return new SecurityStore(tx).update(id, {
      ...(input.status ? { status: input.status } : {}),
      ...(closing ? { resolvedAt: new Date() } : {}),
      ...(input.assignedTo ? { assignedTo: input.assignedTo } : {}),
      ...(input.notes ? { resolutionNotes: input.notes } : {}),
      ...(input.regulatoryNotificationRequired != null ? { regulatoryNotificationRequired: input.regulatoryNotificationRequired } : {}),
    });
  });
}

/** Record that the regulatory notification was sent (once; only where one is required). */
export async function recordSecurityNotification(ctx: ComplianceContext, rawId: unknown) {
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const event = await forTriage(ctx, tx, id);
    if (!event.regulatoryNotificationRequired) throw conflict('No regulatory notification is required for this event', ['id']);
    if (event.notificationSentAt) throw conflict('The notification was already recorded as sent', ['id']);
    return new SecurityStore(tx).update(id, { notificationSentAt: new Date() });
  });
}

/** When the notification is due: 72 hours after detection, where one is required. */
export const notificationDeadline = (e: SecurityEvent) => (e.regulatoryNotificationRequired ? new Date(e.detectedAt.getTime() + NOTIFICATION_HOURS * 3600 * 1000) : null);

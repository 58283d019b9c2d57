import { cursorOutsideList, EVENTS, connection, forbidden, page, parseInput, recordAudit, tenantFor, uuid, type SubgraphServices } from '@atrium/kernel';
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { AuditLog, ComplianceDb, Prisma } from '../../db.js';
import { AUDIT_CATEGORY, RISK_LEVEL, values } from '../shared/enums.js';
import { trackChanges } from '../changes/service.js';
import { detectSecurityEvents } from '../security/service.js';
import { AuditStore } from './store.js';

type AuditEvent = z.output<typeof EVENTS.auditRecorded.payload>;

/**
 * Intake of `audit.recorded`: one row per event id, appended to the chain. A redelivered job
 * (the queue retries, a consumer crashed after commit) inserts nothing: the append trigger finds
 * (id, timestamp) already there under the chain lock.
 */
export async function recordAuditEvent(deps: Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db' | 'logger' | 'settings'>, event: AuditEvent, meta: { eventId: string }): Promise<boolean> {
  const ip = event.ipAddress && isIP(event.ipAddress) ? event.ipAddress : null;
  const additionalData = { ...event.additionalData, inTransaction: event.inTransaction, ...(event.ipAddress && !ip ? { rawIpAddress: event.ipAddress } : {}) };
  const appended = await new AuditStore(deps.db).append({
    id: meta.eventId,
    timestamp: event.at,
    eventType: event.eventType,
    eventCategory: event.eventCategory,
    operation: event.operation,
    userId: event.actorId,
    sessionId: event.sessionId,
    ipAddress: ip,
    userAgent: event.userAgent,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    resourceName: event.resourceName,
    organizationId: event.organizationId,
    oldValues: event.oldValues,
    newValues: event.newValues,
    changedFields: event.changedFields,
    description: event.description,
    riskLevel: event.riskLevel,
    serviceName: event.serviceName,
    requestId: event.requestId,
    complianceRelevant: event.complianceRelevant,
    retentionPeriodDays: deps.settings.audit.retentionDays,
    additionalData,
  });
  if (!appended) deps.logger.debug({ eventId: meta.eventId }, 'audit event already recorded');
  // The detection rules, also on a redelivery (their dedupe keys make that a no-op): a crash
  // between the append and the rules must not lose a security event.
  await detectSecurityEvents(deps, {
    id: meta.eventId,
    timestamp: new Date(event.at),
    eventType: event.eventType,
    operation: event.operation,
    userId: event.actorId,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    ipAddress: ip,
    organizationId: event.organizationId,
    additionalData,
  });
  // Change tracking of the critical tables, also on a redelivery (idempotent on the event id).
  await trackChanges(deps, event, meta.eventId);
  return appended;
}

const filterInput = z
  .object({
    userId: uuid.nullish(),
    resourceType: z.string().max(100).nullish(),
    resourceId: z.string().max(255).nullish(),
    eventType: z.string().max(100).nullish(),
    eventCategory: z.enum(values(AUDIT_CATEGORY)).nullish(),
    riskLevel: z.enum(values(RISK_LEVEL)).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
    requestId: z.string().max(255).nullish(),
    organizationId: uuid.nullish(),
    complianceRelevant: z.boolean().nullish(),
  })
  .nullish();

const SEQ = /^[1-9][0-9]{0,18}$/;
const cursorOf = (row: { seq: bigint }) => Buffer.from(row.seq.toString()).toString('base64url');

/** The Prisma filter of an AuditLogFilter argument (validated). */
function whereOf(filter: unknown): Prisma.AuditLogWhereInput {
  const f = parseInput(filterInput, filter, ['filter']) ?? {};
  return {
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.resourceType ? { resourceType: f.resourceType } : {}),
    ...(f.resourceId ? { resourceId: f.resourceId } : {}),
    ...(f.eventType ? { eventType: f.eventType } : {}),
    ...(f.eventCategory ? { eventCategory: f.eventCategory } : {}),
    ...(f.riskLevel ? { riskLevel: f.riskLevel } : {}),
    ...(f.requestId ? { requestId: f.requestId } : {}),
    ...(f.organizationId ? { organizationId: f.organizationId } : {}),
    ...(f.complianceRelevant != null ? { complianceRelevant: f.complianceRelevant } : {}),
    ...(f.from || f.to ? { timestamp: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
}

/** The caller's tenant scope of an audit permission; FORBIDDEN without any grant of it. */
async function auditScope(ctx: ComplianceContext, permission: 'audit_log:read' | 'audit_log:export') {
  const scope = await tenantFor(ctx, permission);
  if (!scope.all && scope.organizationIds.length === 0) throw forbidden(`Missing permission ${permission}`, { permission, reason: 'NO_GRANT' });
  return scope;
}

/** Audit rows newest first, filtered, inside the caller's audit_log:read tenant scope. */
export async function listAuditLogs(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args, SEQ);
  const where = whereOf(args.filter);
  const scope = await auditScope(ctx, 'audit_log:read');
  const store = new AuditStore(ctx.db);
  const before = p.afterId === null ? null : BigInt(p.afterId);
  // Another tenant's row as a cursor must read exactly as a row that does not exist.
  if (before !== null && (await store.countSeq(scope, where, before)) === 0) throw cursorOutsideList();
  const rows = await store.list(scope, where, before, p.first + 1);
  return connection(rows, p, cursorOf);
}

/** Rows one export holds at most. */
export const MAX_EXPORT_ROWS = 10_000;
const FORMATS = { CSV: { contentType: 'text/csv; charset=utf-8', ext: 'csv' }, NDJSON: { contentType: 'application/x-ndjson', ext: 'ndjson' } } as const;

/**
 * Export the matching rows (chain order) inside the caller's audit_log:export tenant scope, as
 * CSV or NDJSON. The export is audited before it is returned: what was asked, how many rows and
 * the content's hash (not the content).
 */
export async function exportAuditLogs(ctx: ComplianceContext, args: { filter?: unknown; format?: unknown }) {
  const format = parseInput(z.enum(['CSV', 'NDJSON']), args.format, ['format']);
  const where = whereOf(args.filter);
  const scope = await auditScope(ctx, 'audit_log:export');
  const rows = await new AuditStore(ctx.db).exportRows(scope, where, MAX_EXPORT_ROWS + 1);
  const truncated = rows.length > MAX_EXPORT_ROWS;
  const records = rows.slice(0, MAX_EXPORT_ROWS).map(exportRecord);
  const content = format === 'CSV' ? toCsv(records) : records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
  await recordAudit(ctx.db, {
    eventType: 'export',
    eventCategory: 'data_access',
    resourceType: 'AuditLog',
    riskLevel: 'medium',
    complianceRelevant: true,
    organizationId: !scope.all && scope.organizationIds.length === 1 ? scope.organizationIds[0] : null,
    description: `Exported ${records.length} audit rows as ${format}`,
    additionalData: { format, filter: args.filter ?? null, rowCount: records.length, truncated, sha256, scope: scope.all ? 'all' : scope.organizationIds },
  });
  return { format, contentType: FORMATS[format].contentType, filename: `audit-logs-${stamp}.${FORMATS[format].ext}`, rowCount: records.length, truncated, content, sha256 };
}

/** One exported row: the fields of AuditLog, in schema order, JSON-safe. */
function exportRecord(row: AuditLog) {
  return {
    id: row.id,
    sequence: row.seq.toString(),
    timestamp: row.timestamp.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    eventType: row.eventType,
    eventCategory: row.eventCategory,
    operation: row.operation,
    userId: row.userId,
    sessionId: row.sessionId,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    resourceName: row.resourceName,
    organizationId: row.organizationId,
    oldValues: row.oldValues ?? null,
    newValues: row.newValues ?? null,
    changedFields: row.changedFields ?? [],
    riskLevel: row.riskLevel,
    serviceName: row.serviceName,
    requestId: row.requestId,
    complianceRelevant: row.complianceRelevant,
    retentionPeriodDays: row.retentionPeriodDays,
    additionalData: row.additionalData ?? {},
    prevHash: row.prevHash,
    rowHash: row.rowHash,
  };
}

/** RFC 4180: every cell quoted when it needs it; objects as JSON; formula-looking cells neutralised. */
function toCsv(records: ReturnType<typeof exportRecord>[]): string {
  const header = Object.keys(exportRecord({ seq: 0n, timestamp: new Date(0), recordedAt: new Date(0) } as AuditLog));
  const cell = (v: unknown) => {
    let text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header.join(','), ...records.map((r) => header.map((k) => cell(r[k as keyof typeof r])).join(','))].join('\r\n') + '\r\n';
}

const rangeInput = z.object({ from: z.date().nullish(), to: z.date().nullish() }).refine((r) => !r.from || !r.to || r.from < r.to, { message: 'from must be before to', path: ['to'] });

export type ChainBreakReason = 'ROW_ALTERED' | 'LINK_BROKEN' | 'ROW_MISSING';

/**
 * Recompute the chain over [from, to): every row's hash from its content and its predecessor's
 * hash, every link to the row before it. The first broken link, in chain order, is named.
 * The chain spans tenants, so only unscoped audit_log:read holders may run it.
 */
export async function verifyAuditChain(ctx: Pick<ComplianceContext, 'db' | 'tenancy'>, args: { from?: unknown; to?: unknown }) {
  const range = parseInput(rangeInput, { from: args.from ?? null, to: args.to ?? null });
  const scope = await tenantFor(ctx, 'audit_log:read');
  if (!scope.all) throw forbidden('Verifying the audit chain needs audit_log:read for every tenant', { permission: 'audit_log:read', reason: 'tenant_scoped' });
  return verifyChain(new AuditStore(ctx.db), range.from ?? null, range.to ?? null);
}

export async function verifyChain(store: AuditStore, from: Date | null, to: Date | null) {
  const { checked, firstSeq, suspects } = await store.chainSuspects(from, to);
  const base = { checkedRows: checked, firstSequence: firstSeq === null ? null : firstSeq.toString() };
  let anchoredLinks = 0;
  for (const s of suspects) {
    const reason: ChainBreakReason | null = s.altered ? 'ROW_ALTERED' : !s.predecessorExists ? 'ROW_MISSING' : s.predecessorHash !== s.prevHash ? 'LINK_BROKEN' : null;
    if (reason) return { ok: false, ...base, anchoredLinks, firstBrokenLink: { sequence: s.seq.toString(), auditLogId: s.id, timestamp: s.timestamp, reason } };
    if (s.anchored) anchoredLinks += 1;
  }
  return { ok: true, ...base, anchoredLinks, firstBrokenLink: null };
}

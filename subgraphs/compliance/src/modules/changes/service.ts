import { EVENTS, auditBefore, conflict, forbidden, idArg, notFound, page, parseInput, connection, tenantFor, text, uuid, type Permission, type SubgraphServices } from '@atrium/kernel';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { ChangeSet, ComplianceDb, Prisma } from '../../db.js';
import { APPROVAL_STATUS, values } from '../shared/enums.js';
import { ChangeStore } from './store.js';
import { TRACKED, asText, dataTypeOf, isSecretColumn, operationOf, type ChangeFacts } from './tracked.js';

type AuditEvent = z.output<typeof EVENTS.auditRecorded.payload>;
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Change tracking from the audit intake (004 §6.2): an audited create, update, delete or
 * permission change of a critical table becomes one change set (id = the audit event's id) with
 * one row per changed column, old and new values as text. Secret columns are named, never
 * valued (the audit event holds no secret values). Idempotent: a redelivered event adds nothing.
 * Returns whether a new change set was recorded.
 */
export async function trackChanges(deps: Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db'>, event: AuditEvent, auditLogId: string): Promise<boolean> {
  const tracked = event.resourceType ? TRACKED[event.resourceType] : undefined;
  const field = event.operation?.split('.').pop() ?? '';
  const operationType = operationOf(event.eventType, field);
  if (!tracked || !operationType || !event.resourceId) return false;
  const oldValues = record(event.oldValues);
  const newValues = record(event.newValues);
  const columns = [...new Set(event.changedFields)].filter((c) => c !== '__typename').sort();
  if (!columns.length) return false;
  const additionalData = record(event.additionalData);
  const facts: ChangeFacts = { operationType, field, columns, oldValues, newValues, additionalData };
  const reason = tracked.approval?.(facts) ?? null;
  const args = record(additionalData.arguments);
  const input = record(args.input);
  const changeReason = asText(args.reason ?? input.reason);
  const changedAt = new Date(event.at);
  const set: Prisma.ChangeSetCreateManyInput = {
    id: auditLogId,
    tableName: tracked.table,
    recordId: event.resourceId,
    operationType,
    operation: event.operation,
    changedBy: event.actorId,
    changedAt,
    organizationId: event.organizationId,
    auditLogId,
    requestId: event.requestId,
    requiresApproval: reason !== null,
    approvalReason: reason,
  };
  const rows = columns.map((column, i): Prisma.ChangeTrackingCreateManyInput => {
    const secret = isSecretColumn(column);
    return {
      changeSetId: auditLogId,
      sequenceNumber: i + 1,
      tableName: tracked.table,
      recordId: event.resourceId!,
      operationType,
      columnName: column,
      oldValue: secret ? null : asText(oldValues[column]),
      newValue: secret ? null : asText(newValues[column]),
      dataType: secret ? null : dataTypeOf(newValues[column] ?? oldValues[column]),
      changedBy: event.actorId,
      changeReason,
      requiresApproval: reason !== null,
      changeMetadata: { operation: event.operation, eventType: event.eventType, ...(secret ? { redacted: true } : {}), ...(oldValues[column] === undefined && operationType === 'UPDATE' && !secret ? { oldValueKnown: false } : {}) },
      changedAt,
    };
  });
  return deps.db.$transaction((tx) => new ChangeStore(tx).record(set, rows));
}

/** The caller's tenant scope of a permission; FORBIDDEN without any grant of it. */
async function scopeOf(ctx: ComplianceContext, permission: Permission) {
  const scope = await tenantFor(ctx, permission);
  if (!scope.all && scope.organizationIds.length === 0) throw forbidden(`Missing permission ${permission}`, { permission, reason: 'NO_GRANT' });
  return scope;
}

const setFilter = z
  .object({
    tableName: z.string().max(255).nullish(),
    recordId: z.string().max(255).nullish(),
    changedBy: uuid.nullish(),
    approvalStatus: z.enum(values(APPROVAL_STATUS)).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .nullish();

const APPROVAL_WHERE: Record<string, Prisma.ChangeSetWhereInput> = {
  not_required: { requiresApproval: false },
  pending: { requiresApproval: true, approvedAt: null },
  approved: { approvedAt: { not: null } },
};

/** Change sets newest first, inside the caller's audit_log:read tenant scope. */
export async function listChangeSets(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const f = parseInput(setFilter, args.filter, ['filter']) ?? {};
  const where: Prisma.ChangeSetWhereInput = {
    ...(f.tableName ? { tableName: f.tableName } : {}),
    ...(f.recordId ? { recordId: f.recordId } : {}),
    ...(f.changedBy ? { changedBy: f.changedBy } : {}),
    ...(f.approvalStatus ? APPROVAL_WHERE[f.approvalStatus] : {}),
    ...(f.from || f.to ? { changedAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
  const scope = await scopeOf(ctx, 'audit_log:read');
  return connection(await new ChangeStore(ctx.db).listSets(scope, where, p), p);
}

const rowFilter = z
  .object({ tableName: z.string().max(255).nullish(), recordId: z.string().max(255).nullish(), columnName: z.string().max(255).nullish(), changeSetId: uuid.nullish() })
  .nullish();

/** Changed columns newest first, inside the caller's audit_log:read tenant scope. */
export async function listChanges(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const f = parseInput(rowFilter, args.filter, ['filter']) ?? {};
  const where: Prisma.ChangeTrackingWhereInput = {
    ...(f.tableName ? { tableName: f.tableName } : {}),
    ...(f.recordId ? { recordId: f.recordId } : {}),
    ...(f.columnName ? { columnName: f.columnName } : {}),
    ...(f.changeSetId ? { changeSetId: f.changeSetId } : {}),
  };
  const scope = await scopeOf(ctx, 'audit_log:read');
  return connection(await new ChangeStore(ctx.db).listRows(scope, where, p), p);
}

/**
 * Four eyes: a second person (compliance:assess in the set's tenant; unscoped for platform
 * rows) approves a change set that requires it. The person who made the change may not.
 */
export async function approveChange(ctx: ComplianceContext, rawId: unknown, rawNote: unknown) {
  const id = idArg(rawId, ['changeSetId']);
  const note = parseInput(text(2000).nullish(), rawNote, ['note']) || null;
  const scope = await scopeOf(ctx, 'compliance:assess');
  return ctx.db.$transaction(async (tx) => {
    const store = new ChangeStore(tx);
    await store.lock(id);
    const set = await store.findSet(scope, id);
    if (!set) throw notFound('Change set');
    auditBefore(set, 'ChangeSet');
    if (!set.requiresApproval) throw conflict('This change needs no approval', ['changeSetId']);
    if (set.approvedBy) throw conflict('This change was already approved', ['changeSetId']);
    if (set.changedBy === ctx.principal!.userId)
      throw forbidden('The person who made a change may not approve it: a second person must', { reason: 'SELF_APPROVAL', changedBy: set.changedBy });
    return store.approve(id, ctx.principal!.userId, note);
  });
}

export const approvalStatusOf = (s: ChangeSet) => (!s.requiresApproval ? 'not_required' : s.approvedAt ? 'approved' : 'pending');

import { auditBefore, conflict, connection, EVENTS, forbidden, idArg, notFound, page, parseInput, tenantFor, uuid, type SubgraphServices } from '@atrium/kernel';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { ComplianceDb, Prisma } from '../../db.js';
import { checkOperation } from './safety.js';
import { AiLogStore } from './store.js';

type AiOperation = z.output<typeof EVENTS.aiOperationLogged.payload>;

/**
 * Intake of `ai.operation_logged`: run the safety checks on the raw text, keep masked excerpts
 * and the results, flag what needs a person's review. Idempotent on the event id.
 */
export async function recordAiOperation(deps: Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db' | 'logger' | 'settings'>, op: AiOperation, meta: { eventId: string }): Promise<boolean> {
  const { result, inputExcerpt, outputExcerpt } = checkOperation(op.input, op.output, deps.settings.ai.denyList);
  const inserted = await new AiLogStore(deps.db).insert({
    eventId: meta.eventId,
    userId: op.userId,
    organizationId: op.organizationId,
    operation: op.operation,
    provider: op.provider,
    model: op.model,
    requestId: op.requestId,
    resourceType: op.resourceType,
    resourceId: op.resourceId,
    inputText: inputExcerpt,
    outputText: outputExcerpt,
    safetyCheckResults: { ...result, success: op.success } as unknown as Prisma.InputJsonValue,
    flagged: result.flagged,
    flagReason: result.flagged ? result.reasons.join('; ') : null,
    reviewStatus: result.flagged ? 'pending' : 'none',
    createdAt: new Date(op.at),
  });
  if (inserted && result.flagged) deps.logger.warn({ eventId: meta.eventId, reasons: result.reasons }, 'AI operation flagged for review');
  return inserted;
}

const filterInput = z
  .object({
    flagged: z.boolean().nullish(),
    operation: z.enum(['chat', 'agent', 'document']).nullish(),
    userId: uuid.nullish(),
    reviewStatus: z.enum(['none', 'pending', 'cleared', 'confirmed']).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .nullish();

/**
 * Who sees what: records of the organizations the caller's compliance:read reaches; flagged
 * records (003: admins only) only where the caller also holds compliance:update, the reviewers.
 */
async function readScope(ctx: ComplianceContext) {
  const [read, review] = await Promise.all([tenantFor(ctx, 'compliance:read'), tenantFor(ctx, 'compliance:update')]);
  if (!read.all && read.organizationIds.length === 0) throw forbidden('Missing permission compliance:read', { permission: 'compliance:read', reason: 'NO_GRANT' });
  const flaggedVisible: Prisma.AiComplianceLogWhereInput = review.all ? {} : { OR: [{ flagged: false }, { organizationId: { in: [...review.organizationIds] } }] };
  return { read, flaggedVisible };
}

export async function listAiComplianceLogs(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const f = parseInput(filterInput, args.filter, ['filter']) ?? {};
  const { read, flaggedVisible } = await readScope(ctx);
  const where: Prisma.AiComplianceLogWhereInput = {
    AND: [
      flaggedVisible,
      {
        ...(f.flagged != null ? { flagged: f.flagged } : {}),
        ...(f.operation ? { operation: f.operation } : {}),
        ...(f.userId ? { userId: f.userId } : {}),
        ...(f.reviewStatus ? { reviewStatus: f.reviewStatus } : {}),
        ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
      },
    ],
  };
  return connection(await new AiLogStore(ctx.db).list(read, where, p), p);
}

const reviewInput = z.object({
  decision: z.enum(['cleared', 'confirmed']),
  notes: z.string().trim().min(1, 'is required').max(10_000),
});

/**
 * Review a flagged record: cleared (a false alarm) or confirmed, with notes. compliance:update in
 * its tenant; never by the user whose operation it is (FORBIDDEN); once only (CONFLICT).
 */
export async function reviewAiComplianceLog(ctx: ComplianceContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(reviewInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const scope = await tenantFor(ctx, 'compliance:update');
    const store = new AiLogStore(tx);
    await store.lock(id);
    const log = await store.find(scope, id, { flagged: true });
    if (!log) throw notFound('Flagged AI compliance record');
    if (log.userId === ctx.principal!.userId) throw forbidden('Nobody reviews their own AI operation', { reason: 'SAME_PERSON' });
    if (log.reviewStatus !== 'pending') throw conflict(`The record was already reviewed (${log.reviewStatus})`, ['id']);
    auditBefore(log, 'AiComplianceLog');
    return store.update(id, { reviewStatus: input.decision, reviewNotes: input.notes, reviewedBy: ctx.principal!.userId, reviewedAt: new Date() });
  });
}

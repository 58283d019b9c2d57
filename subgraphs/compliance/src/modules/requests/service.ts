import { auditBefore, badInput, conflict, connection, EVENTS, forbidden, idArg, inTenant, notFound, page, parseInput, tenantFor, tenantWhere, uuid, type SubgraphServices, type TenantScope } from '@atrium/kernel';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { ComplianceDb, DataSubjectContribution, Prisma } from '../../db.js';
import { RequestStore, type RequestRow } from './store.js';

/**
 * Data-subject requests (issue 12 §6, 002 §9): filed by the subject for themselves, or for
 * another user by an unscoped compliance:update holder (a person is not one organization's, and
 * an erasure reaches every tenant the person is in: an officer scoped to one organization could
 * otherwise erase what other tenants hold). Seen by the subject, who filed it, and compliance:read
 * holders in its tenant; processed by compliance:update holders in its tenant.
 *
 * Export (and access) and erasure fan out once verified: compliance publishes subject_data.requested,
 * which the kernel delivers to every subgraph declaring `subjectData` (the participants, read from
 * the event routes, so a new subgraph takes part by declaring it); each answers with
 * subject_data.contributed; the request completes when every participant answered.
 */

type Deps = Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db' | 'events' | 'logger'>;
type Contribution = z.output<typeof EVENTS.subjectDataContributed.payload>;

const DAY = 24 * 3600 * 1000;
/** The legal deadline per regulation: GDPR art. 12(3) one month (30 days), CCPA 45 days. */
export const DEADLINE_DAYS = { GDPR: 30, CCPA: 45 } as const;
const FAN_OUT: Record<string, 'export' | 'erase' | undefined> = { access: 'export', export: 'export', erasure: 'erase' };
const CLOSED = ['completed', 'rejected'];

const filing = z.object({
  userId: uuid.nullish(),
  organizationId: uuid.nullish(),
  regulation: z.enum(['GDPR', 'CCPA']).nullish(),
  details: z.string().trim().max(10_000).nullish(),
});
const actionFiling = filing.extend({ type: z.enum(['rectification', 'restriction', 'objection']), details: z.string().trim().min(1, 'is required').max(10_000) });
const updateInput = z.object({ status: z.enum(['in_progress', 'completed', 'rejected'], 'must be IN_PROGRESS, COMPLETED or REJECTED'), notes: z.string().trim().min(1, 'is required').max(10_000) });
const filterInput = z
  .object({
    userId: uuid.nullish(),
    organizationId: uuid.nullish(),
    requestType: z.enum(['access', 'export', 'rectification', 'erasure', 'restriction', 'objection']).nullish(),
    status: z.enum(['received', 'verified', 'in_progress', 'completed', 'failed', 'rejected']).nullish(),
    overdue: z.boolean().nullish(),
  })
  .nullish();

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether the deadline passed before the request was closed. */
export const isOverdue = (r: Pick<RequestRow, 'dueAt' | 'status' | 'completedAt'>, now = new Date()) => (r.completedAt ?? (CLOSED.includes(r.status) ? r.dueAt : now)) > r.dueAt;

/** What a caller may see: the requests about or filed by them, and those in their compliance:read tenants. */
function visibleTo(userId: string, scope: TenantScope): Prisma.DataSubjectRequestWhereInput {
  const own: Prisma.DataSubjectRequestWhereInput[] = [{ userId }, { requestedBy: userId }];
  if (scope.all) return {};
  return { OR: scope.organizationIds.length ? [...own, tenantWhere(scope, 'organizationId')] : own };
}

/** File a request: the subject and tenant checked, the deadline set, a verification token made (shown once). */
async function file(ctx: ComplianceContext, requestType: string, input: z.output<typeof filing>) {
  const self = ctx.principal!.userId;
  const userId = input.userId ?? self;
  if (userId !== self) {
    const scope = await tenantFor(ctx, 'compliance:update');
    if (!scope.all) throw forbidden("A request for another user needs compliance:update for every tenant", { permission: 'compliance:update', reason: scope.organizationIds.length ? 'tenant_scoped' : 'NO_GRANT' });
  } else if (input.organizationId && !inTenant(await tenantFor(ctx, 'organization:read'), input.organizationId) && !(await tenantFor(ctx, 'compliance:update')).all) {
    throw notFound('Organization');
  }
  const regulation = input.regulation ?? 'GDPR';
  const token = randomBytes(24).toString('base64url');
  const now = new Date();
  const request = await ctx.db.$transaction((tx) =>
    new RequestStore(tx).create({
      userId,
      organizationId: input.organizationId ?? null,
      requestType,
      regulation,
      details: input.details ?? null,
      requestedBy: self,
      verificationTokenHash: digest(token),
      dueAt: new Date(now.getTime() + DEADLINE_DAYS[regulation] * DAY),
      createdAt: now,
      updatedAt: now,
    }),
  );
  return { request, verificationToken: token };
}

export const requestDataExport = (ctx: ComplianceContext, raw: unknown) => file(ctx, 'export', parseInput(filing, raw ?? {}, ['input']));
export const requestErasure = (ctx: ComplianceContext, raw: unknown) => file(ctx, 'erasure', parseInput(filing, raw ?? {}, ['input']));
export function requestDataSubjectAction(ctx: ComplianceContext, raw: unknown) {
  const input = parseInput(actionFiling, raw, ['input']);
  return file(ctx, input.type, input);
}

export async function getRequest(ctx: ComplianceContext, rawId: unknown) {
  const id = idArg(rawId);
  const found = await new RequestStore(ctx.db).find(id, visibleTo(ctx.principal!.userId, await tenantFor(ctx, 'compliance:read')));
  if (!found) throw notFound('Data-subject request');
  return found;
}

export async function listRequests(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const f = parseInput(filterInput, args.filter, ['filter']) ?? {};
  const now = new Date();
  const overdue: Prisma.DataSubjectRequestWhereInput =
    f.overdue == null ? {} : f.overdue ? { dueAt: { lt: now }, OR: [{ completedAt: null }, { completedAt: { gt: now } }] } : { OR: [{ dueAt: { gte: now }, completedAt: null }, { completedAt: { not: null } }] };
  const where: Prisma.DataSubjectRequestWhereInput = {
    AND: [
      visibleTo(ctx.principal!.userId, await tenantFor(ctx, 'compliance:read')),
      {
        ...(f.userId ? { userId: f.userId } : {}),
        ...(f.organizationId ? { organizationId: f.organizationId } : {}),
        ...(f.requestType ? { requestType: f.requestType } : {}),
        ...(f.status ? { status: f.status } : {}),
      },
      overdue,
    ],
  };
  return connection(await new RequestStore(ctx.db).list(where, p), p);
}

/**
 * Verify a received request. With a token: its subject or who filed it; without: a
 * compliance:update holder in its tenant. Export and erasure fan out in the same transaction.
 */
export async function verifyRequest(ctx: ComplianceContext, rawId: unknown, rawToken: unknown) {
  const id = idArg(rawId);
  const token = rawToken == null ? null : parseInput(z.string().min(1).max(200), rawToken, ['token']);
  const self = ctx.principal!.userId;
  const [read, update] = await Promise.all([tenantFor(ctx, 'compliance:read'), tenantFor(ctx, 'compliance:update')]);
  return ctx.db.$transaction(async (tx) => {
    const store = new RequestStore(tx);
    await store.lock(id);
    const request = await store.find(id, { OR: [visibleTo(self, read), visibleTo(self, update)] });
    if (!request) throw notFound('Data-subject request');
    if (request.status !== 'received') throw conflict(`The request is already ${request.status}`, ['id']);
    if (token === null) {
      if (!inTenant(update, request.organizationId)) throw forbidden('Verifying without the token needs compliance:update in the request’s tenant', { permission: 'compliance:update', reason: 'NO_GRANT' });
    } else {
      if (request.userId !== self && request.requestedBy !== self) throw forbidden('Only the subject or who filed the request verifies it with its token', { reason: 'NOT_REQUESTER' });
      const expected = Buffer.from(request.verificationTokenHash ?? '', 'hex');
      const given = Buffer.from(digest(token), 'hex');
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw badInput([{ path: ['token'], message: 'does not verify this request' }]);
    }
    auditBefore(request, 'DataSubjectRequest');
    const action = FAN_OUT[request.requestType];
    const now = new Date();
    if (!action) return store.update(id, { status: 'verified', verifiedAt: now, verifiedBy: self, verificationTokenHash: null });
    const participants = ctx.events.consumersOf(EVENTS.subjectDataRequested);
    await store.expect(id, participants);
    await ctx.events.publish(tx, EVENTS.subjectDataRequested, { requestId: id, userId: request.userId, action, at: now.toISOString() }, { key: id });
    return store.update(id, { status: 'in_progress', verifiedAt: now, verifiedBy: self, verificationTokenHash: null, participants });
  });
}

/** An officer's processing step (see the schema for the moves allowed). */
export async function updateRequest(ctx: ComplianceContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateInput, raw, ['input']);
  const self = ctx.principal!.userId;
  const scope = await tenantFor(ctx, 'compliance:update');
  return ctx.db.$transaction(async (tx) => {
    const store = new RequestStore(tx);
    await store.lock(id);
    const request = await store.find(id, tenantWhere(scope, 'organizationId'));
    if (!request) throw notFound('Data-subject request');
    if (request.userId === self) throw forbidden('Nobody processes a request about themselves', { reason: 'SAME_PERSON' });
    const manual = !FAN_OUT[request.requestType];
    const allowed = manual ? (['received', 'verified', 'in_progress'].includes(request.status) && !(request.status === 'in_progress' && input.status === 'in_progress')) : request.status === 'received' && input.status === 'rejected';
    if (!allowed) throw conflict(manual ? `A ${request.status} request cannot move to ${input.status}` : 'An export or erasure is processed by the subgraphs: it can only be rejected before verification', ['input', 'status']);
    if (manual && input.status !== 'rejected' && request.status === 'received') throw conflict('Verify the request first', ['input', 'status']);
    auditBefore(request, 'DataSubjectRequest');
    const closing = input.status !== 'in_progress';
    return store.update(id, { status: input.status, notes: input.notes, handledBy: self, ...(closing ? { completedAt: new Date(), verificationTokenHash: null } : {}) });
  });
}

const zeros = (counts: Record<string, number> | null | undefined) => Object.values(counts ?? {}).every((n) => n === 0);
const total = (counts: unknown) => Object.values((counts ?? {}) as Record<string, number>).reduce((a, b) => a + b, 0);

/** The package or report from every participant's answer. */
function assemble(request: RequestRow, parts: DataSubjectContribution[], at: Date) {
  if (FAN_OUT[request.requestType] === 'export') {
    const subgraphs = Object.fromEntries(parts.map((c) => [c.subgraph, c.sections ?? {}]));
    return { status: 'completed', result: { requestId: request.id, userId: request.userId, regulation: request.regulation, generatedAt: at.toISOString(), subgraphs } };
  }
  const verified = parts.every((c) => c.status === 'done');
  const subgraphs = Object.fromEntries(parts.map((c) => [c.subgraph, { erased: c.counts ?? {}, remaining: c.remaining ?? {} }]));
  const report = { requestId: request.id, userId: request.userId, completedAt: at.toISOString(), verified, erasedTotal: parts.reduce((n, c) => n + total(c.counts), 0), remainingTotal: parts.reduce((n, c) => n + total(c.remaining), 0), subgraphs };
  return { status: verified ? 'completed' : 'failed', report };
}

/**
 * Intake of `subject_data.contributed`: the first answer of each participant is kept (a
 * redelivery changes nothing), and the answer that completes the set completes the request.
 */
export async function recordContribution(deps: Deps, c: Contribution, meta: { eventId: string }): Promise<boolean> {
  return deps.db.$transaction(async (tx) => {
    const store = new RequestStore(tx);
    await store.lock(c.requestId);
    const request = await store.find(c.requestId);
    if (!request || request.status !== 'in_progress') {
      deps.logger.warn({ requestId: c.requestId, subgraph: c.subgraph, status: request?.status ?? null }, 'subject data contribution for no request in progress: ignored');
      return false;
    }
    const ok = c.action === 'export' || zeros(c.remaining);
    const taken = await store.answer(c.requestId, c.subgraph, {
      status: ok ? 'done' : 'failed',
      sections: (c.sections ?? undefined) as Prisma.InputJsonValue | undefined,
      counts: (c.counts ?? undefined) as Prisma.InputJsonValue | undefined,
      remaining: (c.remaining ?? undefined) as Prisma.InputJsonValue | undefined,
      error: ok ? null : 'personal data remains after erasure',
      eventId: meta.eventId,
    });
    if (!taken) return false;
    const parts = await store.contributions(c.requestId);
    if (parts.some((p) => p.status === 'pending')) return true;
    const at = new Date();
    const done = assemble(request, parts, at);
    await store.update(c.requestId, { status: done.status, completedAt: at, ...('result' in done ? { result: done.result as Prisma.InputJsonValue } : { report: done.report as Prisma.InputJsonValue }) });
    deps.logger.info({ requestId: c.requestId, status: done.status }, 'data-subject request completed');
    return true;
  });
}

/** Rows per section of an export contribution (the sections themselves are in the package). */
export const sectionCounts = (c: DataSubjectContribution) => (c.sections ? Object.fromEntries(Object.entries(c.sections as Record<string, unknown[]>).map(([k, v]) => [k, v.length])) : null);

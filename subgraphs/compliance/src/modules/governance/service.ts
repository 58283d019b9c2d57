import { auditBefore, badInput, conflict, forbidden, idArg, notFound, page, parseInput, connection, requireTenant, tenantFor, text, uuid, type Permission } from '@atrium/kernel';
import { z } from 'zod';
import type { ComplianceContext } from '../../context.js';
import type { ComplianceAssessment, ComplianceFramework, Prisma } from '../../db.js';
import { ASSESSMENT_STATUS, ASSESSMENT_TYPE, FINDING_SEVERITY, OVERALL_STATUS, RECOMMENDATION_PRIORITY, values } from '../shared/enums.js';
import { GovernanceStore } from './store.js';

/** A framework requirement or control as stored in its JSON list. */
export interface Requirement {
  id: string;
  reference: string;
  title: string;
  description: string;
}
export interface Control {
  id: string;
  title: string;
  description: string;
  requirementIds: string[];
  atriumFeature: string | null;
}
export interface Finding {
  requirementId: string | null;
  title: string;
  severity: string;
  description: string | null;
}
export interface Recommendation {
  title: string;
  description: string | null;
  priority: string;
  dueDate: string | null;
}

/** Entries one findings or recommendations list holds at most (schema-changes.yaml says why the list stays small). */
export const MAX_ENTRIES = 200;

/** The caller's tenant scope of a compliance permission; FORBIDDEN without any grant of it. */
async function scopeOf(ctx: ComplianceContext, permission: Permission) {
  const scope = await tenantFor(ctx, permission);
  if (!scope.all && scope.organizationIds.length === 0) throw forbidden(`Missing permission ${permission}`, { permission, reason: 'NO_GRANT' });
  return scope;
}

/** The frameworks (reference data of every tenant), for any compliance:read holder. */
export async function listFrameworks(ctx: ComplianceContext) {
  await scopeOf(ctx, 'compliance:read');
  return new GovernanceStore(ctx.db).frameworks();
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { message: 'must be a real date' });
const names = z.array(text(255).min(1)).max(100);
const finding = z.object({
  requirementId: z.string().max(100).nullish(),
  title: text(500).min(1),
  severity: z.enum(values(FINDING_SEVERITY)),
  description: text(10_000).nullish(),
});
const recommendation = z.object({
  title: text(500).min(1),
  description: text(10_000).nullish(),
  priority: z.enum(values(RECOMMENDATION_PRIORITY)).nullish(),
  dueDate: day.nullish(),
});
const fields = {
  name: text(255).min(1),
  assessmentType: z.enum(values(ASSESSMENT_TYPE)).nullish(),
  scopeDescription: text(10_000).nullish(),
  systemsInScope: names.nullish(),
  dataTypesInScope: names.nullish(),
  overallStatus: z.enum(values(OVERALL_STATUS)).nullish(),
  complianceScore: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').nullish(),
  findings: z.array(finding).max(MAX_ENTRIES).nullish(),
  recommendations: z.array(recommendation).max(MAX_ENTRIES).nullish(),
  periodStart: day.nullish(),
  periodEnd: day.nullish(),
};
const period = (i: { periodStart?: string | null; periodEnd?: string | null }) => !i.periodStart || !i.periodEnd || i.periodStart <= i.periodEnd;
const createInput = z.object({ organizationId: uuid, frameworkId: uuid, ...fields }).refine(period, { message: 'must not be before periodStart', path: ['periodEnd'] });
const updateInput = z
  .object({ ...fields, name: fields.name.nullish() })
  .refine((i) => Object.values(i).some((v) => v !== undefined && v !== null), { message: 'give at least one field' });

const asDate = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : d === null ? null : undefined);
export const dayOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Findings name requirements of the assessment's framework. */
function findingsOf(framework: ComplianceFramework, list: z.output<typeof finding>[] | null | undefined, path: string): Finding[] | undefined {
  if (!list) return list === null ? [] : undefined;
  const known = new Set(requirementsOf(framework).map((r) => r.id));
  const unknown = list.flatMap((f, i) => (f.requirementId && !known.has(f.requirementId) ? [{ path: ['input', path, i, 'requirementId'], message: `is not a requirement of ${framework.name}` }] : []));
  if (unknown.length) throw badInput(unknown);
  return list.map((f) => ({ requirementId: f.requirementId ?? null, title: f.title, severity: f.severity, description: f.description ?? null }));
}
const recommendationsOf = (list: z.output<typeof recommendation>[] | null | undefined): Recommendation[] | undefined =>
  list === undefined ? undefined : (list ?? []).map((r) => ({ title: r.title, description: r.description ?? null, priority: r.priority ?? 'medium', dueDate: r.dueDate ?? null }));

export const requirementsOf = (f: ComplianceFramework) => (Array.isArray(f.requirements) ? (f.requirements as unknown as Requirement[]) : []);
export const controlsOf = (f: ComplianceFramework) => (Array.isArray(f.controls) ? (f.controls as unknown as Control[]) : []);

/** The columns an input sets (undefined: untouched; null: cleared where the column allows it). */
function columnsOf(framework: ComplianceFramework, i: z.output<typeof updateInput>): Prisma.ComplianceAssessmentUncheckedUpdateInput {
  const data: Prisma.ComplianceAssessmentUncheckedUpdateInput = {};
  if (i.name) data.assessmentName = i.name;
  if (i.assessmentType) data.assessmentType = i.assessmentType;
  if (i.scopeDescription !== undefined) data.scopeDescription = i.scopeDescription;
  if (i.systemsInScope !== undefined) data.systemsInScope = i.systemsInScope ?? [];
  if (i.dataTypesInScope !== undefined) data.dataTypesInScope = i.dataTypesInScope ?? [];
  if (i.overallStatus !== undefined) data.overallStatus = i.overallStatus;
  if (i.complianceScore !== undefined) data.complianceScore = i.complianceScore === null ? null : Math.round(i.complianceScore * 100) / 100;
  const f = findingsOf(framework, i.findings, 'findings');
  if (f) data.findings = f as unknown as Prisma.InputJsonValue;
  const r = recommendationsOf(i.recommendations);
  if (r) data.recommendations = r as unknown as Prisma.InputJsonValue;
  if (i.periodStart !== undefined) data.assessmentPeriodStart = asDate(i.periodStart);
  if (i.periodEnd !== undefined) data.assessmentPeriodEnd = asDate(i.periodEnd);
  return data;
}

const filterInput = z
  .object({ organizationId: uuid.nullish(), frameworkId: uuid.nullish(), status: z.enum(values(ASSESSMENT_STATUS)).nullish() })
  .nullish();

/** Assessments newest first, inside the caller's compliance:read tenant scope. */
export async function listAssessments(ctx: ComplianceContext, args: { filter?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const f = parseInput(filterInput, args.filter, ['filter']) ?? {};
  const where: Prisma.ComplianceAssessmentWhereInput = {
    ...(f.organizationId ? { organizationId: f.organizationId } : {}),
    ...(f.frameworkId ? { frameworkId: f.frameworkId } : {}),
    ...(f.status ? { status: f.status } : {}),
  };
  const scope = await scopeOf(ctx, 'compliance:read');
  return connection(await new GovernanceStore(ctx.db).list(scope, where, p), p);
}

export async function getAssessment(ctx: ComplianceContext, rawId: unknown) {
  const id = idArg(rawId);
  const scope = await scopeOf(ctx, 'compliance:read');
  return new GovernanceStore(ctx.db).find(scope, id);
}

/** A draft conducted by the caller, in an organization of the caller's compliance:create scope, against an active framework. */
export async function createAssessment(ctx: ComplianceContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  await scopeOf(ctx, 'compliance:create');
  await requireTenant(ctx, 'compliance:create', input.organizationId, 'Organization');
  return ctx.db.$transaction(async (tx) => {
    const store = new GovernanceStore(tx);
    const framework = await store.framework(input.frameworkId);
    if (!framework || !framework.isActive) throw badInput([{ path: ['input', 'frameworkId'], message: 'is not an active compliance framework' }]);
    const columns = columnsOf(framework, input);
    return store.create({
      ...(columns as Prisma.ComplianceAssessmentUncheckedCreateInput),
      frameworkId: framework.id,
      organizationId: input.organizationId,
      assessmentName: input.name,
      conductedBy: ctx.principal!.userId,
      status: 'draft',
    });
  });
}

type Step = (a: ComplianceAssessment, framework: () => Promise<ComplianceFramework>) => Prisma.ComplianceAssessmentUncheckedUpdateInput | Promise<Prisma.ComplianceAssessmentUncheckedUpdateInput>;

/**
 * One workflow step on an assessment the caller reaches with `permission` (NOT_FOUND outside
 * the scope), with its row locked; the old state goes to the audit event.
 */
async function step(ctx: ComplianceContext, rawId: unknown, permission: Permission, fn: Step) {
  const id = idArg(rawId);
  const scope = await scopeOf(ctx, permission);
  return ctx.db.$transaction(async (tx) => {
    const store = new GovernanceStore(tx);
    await store.lock(id);
    const a = await store.find(scope, id);
    if (!a) throw notFound('Compliance assessment');
    auditBefore(a, 'ComplianceAssessment');
    const data = await fn(a, async () => (await store.framework(a.frameworkId))!);
    return store.update(id, data);
  });
}

const inState = (a: ComplianceAssessment, state: string, action: string) => {
  if (a.status !== state) throw conflict(`Only an assessment in ${state} can be ${action}; this one is ${a.status}`, ['status']);
};

/** Separation of duties: conductor, reviewer and approver are three different people. */
function distinct(ctx: ComplianceContext, a: ComplianceAssessment, duty: 'review' | 'approve') {
  const me = ctx.principal!.userId;
  const clash = me === a.conductedBy ? 'conductor' : duty === 'approve' && me === a.reviewedBy ? 'reviewer' : null;
  if (clash)
    throw forbidden(`The ${clash} of an assessment may not ${duty} it: conductor, reviewer and approver must be three different people`, {
      reason: 'SEPARATION_OF_DUTIES',
      duty,
      conflictsWith: clash,
    });
}

export const updateAssessment = (ctx: ComplianceContext, rawId: unknown, raw: unknown) => {
  const input = parseInput(updateInput, raw, ['input']);
  return step(ctx, rawId, 'compliance:update', async (a, framework) => {
    inState(a, 'draft', 'edited');
    const data = columnsOf(await framework(), input);
    const start = input.periodStart !== undefined ? input.periodStart : dayOf(a.assessmentPeriodStart);
    const end = input.periodEnd !== undefined ? input.periodEnd : dayOf(a.assessmentPeriodEnd);
    if (!period({ periodStart: start, periodEnd: end })) throw badInput([{ path: ['input', 'periodEnd'], message: 'must not be before periodStart' }]);
    return data;
  });
};

/** draft → in_review; the verdict and the score must be there. */
export const submitAssessment = (ctx: ComplianceContext, rawId: unknown) =>
  step(ctx, rawId, 'compliance:update', (a) => {
    inState(a, 'draft', 'submitted');
    const missing = [...(a.overallStatus ? [] : ['overallStatus']), ...(a.complianceScore === null ? ['complianceScore'] : [])];
    if (missing.length) throw badInput(missing.map((m) => ({ path: ['id'], message: `the assessment needs ${m} before it is submitted` })));
    return { status: 'in_review', submittedAt: new Date(), reviewNotes: null };
  });

const reviewInput = z.object({ decision: z.enum(['accept', 'return']), notes: text(10_000).nullish() });

/** ACCEPT: the reviewer signs off (the assessment waits for its approver). RETURN: back to draft, with notes. */
export const reviewAssessment = (ctx: ComplianceContext, rawId: unknown, raw: unknown) => {
  const input = parseInput(reviewInput, raw, ['input']);
  if (input.decision === 'return' && !input.notes) throw badInput([{ path: ['input', 'notes'], message: 'returning an assessment needs notes' }]);
  return step(ctx, rawId, 'compliance:assess', (a) => {
    inState(a, 'in_review', 'reviewed');
    if (a.reviewedBy) throw conflict('The assessment was already reviewed; it waits for its approval', ['reviewedBy']);
    distinct(ctx, a, 'review');
    const notes = input.notes ?? null;
    return input.decision === 'accept'
      ? { reviewedBy: ctx.principal!.userId, reviewedAt: new Date(), reviewNotes: notes }
      : { status: 'draft', reviewNotes: notes, submittedAt: null };
  });
};

/** in_review (reviewed) → approved, by a third person. */
export const approveAssessment = (ctx: ComplianceContext, rawId: unknown) =>
  step(ctx, rawId, 'compliance:assess', (a) => {
    inState(a, 'in_review', 'approved');
    if (!a.reviewedBy) throw conflict('The assessment has not been reviewed yet', ['reviewedBy']);
    distinct(ctx, a, 'approve');
    const now = new Date();
    return { status: 'approved', approvedBy: ctx.principal!.userId, approvedAt: now, completedAt: now };
  });

/** approved → archived. */
export const archiveAssessment = (ctx: ComplianceContext, rawId: unknown) =>
  step(ctx, rawId, 'compliance:update', (a) => {
    inState(a, 'approved', 'archived');
    return { status: 'archived', archivedAt: new Date() };
  });

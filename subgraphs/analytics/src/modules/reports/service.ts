import { badInput, connection, forbidden, idArg, inTenant, notFound, page, parseInput, tenantFor, text, unauthenticated, uuid, type Logger } from '@atrium/kernel';
import { z } from 'zod';
import type { AnalyticsContext } from '../../context.js';
import type { AnalyticsDb } from '../../db.js';
import { compileReport, definitionSchema, SOURCES, type ReportDefinition } from './dsl.js';
import { nextRunAfter, scheduleConfigSchema, SCHEDULES, type ScheduleConfig, type ScheduleType } from './schedule.js';
import { ReportStore, type AnalyticsReport, type ReportExecution } from './store.js';

/** A run may take this long before the statement is cancelled and the execution fails. */
export const REPORT_TIMEOUT_MS = 10_000;
export const REPORT_TYPES = ['usage', 'performance', 'cost', 'user_behavior'] as const;

const shared = z.array(uuid).max(100);
const createInput = z.object({
  organizationId: uuid.nullish(),
  name: text(255).min(1, 'must not be empty'),
  description: text(2000).nullish(),
  reportType: z.enum(REPORT_TYPES),
  definition: z.unknown(),
  schedule: z.enum(SCHEDULES).default('manual'),
  scheduleConfig: z.unknown().nullish(),
  sharedWith: shared.nullish(),
  isPublic: z.boolean().nullish(),
});
const updateInput = z.object({
  name: text(255).min(1, 'must not be empty').optional(),
  description: text(2000).nullish(),
  reportType: z.enum(REPORT_TYPES).optional(),
  definition: z.unknown().optional(),
  schedule: z.enum(SCHEDULES).optional(),
  scheduleConfig: z.unknown().nullish(),
  sharedWith: shared.nullish(),
  isPublic: z.boolean().nullish(),
  isActive: z.boolean().nullish(),
});
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
const enumsLowered = (raw: unknown) => (raw && typeof raw === 'object' ? { ...raw, ...('reportType' in raw ? { reportType: lower(raw.reportType) } : {}), ...('schedule' in raw ? { schedule: lower(raw.schedule) } : {}) } : raw);

function callerId(ctx: AnalyticsContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

/** The definition, validated against the closed lists; a tenant report may not read a platform-wide source. */
function parseDefinition(raw: unknown, organizationId: string | null): ReportDefinition {
  const definition = parseInput(definitionSchema, raw, ['input', 'definition']);
  if (organizationId !== null && SOURCES[definition.source].tenant === null) {
    throw badInput([{ path: ['input', 'definition', 'source'], message: `${definition.source} is platform-wide: only a platform report (no organizationId) reads it` }]);
  }
  return definition;
}

const parseSchedule = (raw: unknown): ScheduleConfig => parseInput(scheduleConfigSchema, raw ?? {}, ['input', 'scheduleConfig']);

/**
 * Who reaches a report (004 §4.2 access, tenant-scoped): its creator, the users it is shared
 * with, members of its organization (organization:read there) when it is public, and holders of
 * report:read in its organization. Anyone else reads it as absent (NOT_FOUND).
 */
async function canRead(ctx: AnalyticsContext, report: AnalyticsReport): Promise<boolean> {
  const me = callerId(ctx);
  if (report.createdBy === me || report.sharedWith.includes(me)) return true;
  if (inTenant(await tenantFor(ctx, 'report:read'), report.organizationId)) return true;
  return report.isPublic && inTenant(await tenantFor(ctx, report.organizationId ? 'organization:read' : 'analytics:read'), report.organizationId);
}

async function readable(ctx: AnalyticsContext, rawId: unknown): Promise<AnalyticsReport> {
  const report = await ctx.loaders.report.load(idArg(rawId));
  if (!report || !(await canRead(ctx, report))) throw notFound('Report');
  return report;
}

/** The creator, or a holder of `permission` in the report's organization; FORBIDDEN otherwise (the report is readable). */
async function requireRight(ctx: AnalyticsContext, report: AnalyticsReport, permission: 'report:update' | 'report:delete' | 'report:execute' | 'analytics:export') {
  if (report.createdBy === callerId(ctx)) return;
  if (inTenant(await tenantFor(ctx, permission), report.organizationId)) return;
  throw forbidden(`Missing permission ${permission} in the report's organization`, { permission, reason: 'NO_GRANT' });
}

export async function getReport(ctx: AnalyticsContext, rawId: unknown) {
  const report = await ctx.loaders.report.load(idArg(rawId));
  return report && (await canRead(ctx, report)) ? report : null;
}

export async function listReports(ctx: AnalyticsContext, args: { organizationId?: string | null }) {
  const p = page(args);
  const organizationId = args.organizationId ? idArg(args.organizationId, ['organizationId']) : null;
  const [all, members] = await Promise.all([tenantFor(ctx, 'report:read'), tenantFor(ctx, 'organization:read')]);
  return connection(await new ReportStore(ctx.db).list({ userId: callerId(ctx), all, members }, organizationId, p), p);
}

/** Creating needs report:create and analytics:read in the organization (a report shows its analytics). */
async function requireAuthor(ctx: AnalyticsContext, organizationId: string | null) {
  for (const permission of ['report:create', 'analytics:read'] as const) {
    if (!inTenant(await tenantFor(ctx, permission), organizationId)) {
      if (organizationId === null) throw forbidden(`A platform report needs ${permission} for every organization`, { permission, reason: 'NO_GRANT' });
      throw notFound('Organization');
    }
  }
}

export async function createReport(ctx: AnalyticsContext, raw: unknown) {
  const input = parseInput(createInput, enumsLowered(raw), ['input']);
  const actor = callerId(ctx);
  const organizationId = input.organizationId ?? null;
  await requireAuthor(ctx, organizationId);
  const definition = parseDefinition(input.definition, organizationId);
  const config = parseSchedule(input.scheduleConfig);
  const report = await new ReportStore(ctx.db).create({
    organizationId,
    name: input.name,
    description: input.description ?? null,
    reportType: input.reportType,
    dataSources: definition,
    filters: definition.filters,
    aggregations: { groupBy: definition.groupBy, aggregations: definition.aggregations },
    scheduleType: input.schedule,
    scheduleConfig: config,
    nextRunAt: nextRunAfter(input.schedule, config, new Date()),
    createdBy: actor,
    sharedWith: [...new Set(input.sharedWith ?? [])],
    isPublic: input.isPublic ?? false,
  });
  ctx.loaders.report.prime(report.id, report);
  return report;
}

export async function updateReport(ctx: AnalyticsContext, rawId: unknown, raw: unknown) {
  const input = parseInput(updateInput, enumsLowered(raw), ['input']);
  const report = await readable(ctx, rawId);
  await requireRight(ctx, report, 'report:update');
  const definition = input.definition === undefined ? undefined : parseDefinition(input.definition, report.organizationId);
  const type = (input.schedule ?? report.scheduleType) as ScheduleType;
  const config = input.scheduleConfig !== undefined ? parseSchedule(input.scheduleConfig) : (report.scheduleConfig as ScheduleConfig);
  const rescheduled = input.schedule !== undefined || input.scheduleConfig !== undefined;
  const updated = await new ReportStore(ctx.db).update(report.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.reportType ? { reportType: input.reportType } : {}),
    ...(definition ? { dataSources: definition, filters: definition.filters, aggregations: { groupBy: definition.groupBy, aggregations: definition.aggregations } } : {}),
    ...(rescheduled ? { scheduleType: type, scheduleConfig: config, nextRunAt: nextRunAfter(type, config, new Date()) } : {}),
    ...(input.sharedWith != null ? { sharedWith: [...new Set(input.sharedWith)] } : {}),
    ...(input.isPublic != null ? { isPublic: input.isPublic } : {}),
    ...(input.isActive != null ? { isActive: input.isActive } : {}),
  });
  ctx.loaders.report.clear(report.id).prime(report.id, updated);
  return updated;
}

export async function deleteReport(ctx: AnalyticsContext, rawId: unknown) {
  const report = await readable(ctx, rawId);
  await requireRight(ctx, report, 'report:delete');
  await new ReportStore(ctx.db).delete(report.id);
  ctx.loaders.report.clear(report.id);
  return report;
}

/** A manual run: readable, and the creator's or report:execute in its organization. */
export async function runReport(ctx: AnalyticsContext, rawId: unknown) {
  const report = await readable(ctx, rawId);
  await requireRight(ctx, report, 'report:execute');
  return execute(ctx.db, ctx.logger, report, { executionType: 'manual', triggeredBy: callerId(ctx), now: new Date() });
}

/**
 * One run: a `report_executions` row (running), the compiled statement over analytics' own
 * schema, then completed with the rows (result_data), rows processed (the rows the groups were
 * computed from) and the time, or failed with the error. The report's last_generated_at moves on
 * success.
 */
export async function execute(db: AnalyticsDb, logger: Logger, report: AnalyticsReport, run: { executionType: 'manual' | 'scheduled'; triggeredBy: string | null; now: Date }): Promise<ReportExecution> {
  const store = new ReportStore(db);
  const started = performance.now();
  const execution = await store.startExecution({ reportId: report.id, executionType: run.executionType, triggeredBy: run.triggeredBy, startedAt: run.now });
  try {
    const definition = definitionSchema.parse(report.dataSources);
    const compiled = compileReport(definition, report.organizationId, run.now);
    const { rows, total } = await store.runCompiled(db, compiled, REPORT_TIMEOUT_MS);
    const done = await store.finishExecution(execution.id, {
      status: 'completed',
      resultData: { columns: compiled.columns, rows: rows as never },
      rowsProcessed: total,
      executionTimeMs: Math.round(performance.now() - started),
      completedAt: new Date(),
    });
    await store.update(report.id, { lastGeneratedAt: run.now });
    return done;
  } catch (error) {
    logger.warn({ err: error, reportId: report.id }, 'report run failed');
    const message = /statement timeout/.test(String((error as Error)?.message)) ? `The report ran longer than ${REPORT_TIMEOUT_MS} ms and was cancelled` : 'The report could not be computed';
    return store.finishExecution(execution.id, { status: 'failed', errorMessage: message, executionTimeMs: Math.round(performance.now() - started), completedAt: new Date() });
  }
}

/** The upkeep job's part: every scheduled report due at `now` runs once, then its next time is set. */
export async function runDueReports(db: AnalyticsDb, logger: Logger, now: Date): Promise<number> {
  let ran = 0;
  for (;;) {
    const report = await db.$transaction(async (tx) => {
      const [due] = await new ReportStore(tx).due(now, 1);
      if (!due) return null;
      const [row] = await new ReportStore(tx).byIds([due.id]);
      const next = nextRunAfter(row!.scheduleType as ScheduleType, row!.scheduleConfig as ScheduleConfig, now);
      // Claimed: the next run is set before this one starts, so a crash does not run it in a loop.
      await new ReportStore(tx).update(row!.id, { nextRunAt: next });
      return row!;
    });
    if (!report) return ran;
    await execute(db, logger, report, { executionType: 'scheduled', triggeredBy: null, now });
    ran++;
  }
}

export async function reportExecutions(ctx: AnalyticsContext, report: AnalyticsReport, first: unknown) {
  const n = parseInput(z.number().int().min(1).max(100).default(20), first ?? undefined, ['first']);
  return new ReportStore(ctx.db).executions(report.id, n);
}

export async function getExecution(ctx: AnalyticsContext, rawId: unknown) {
  const execution = await new ReportStore(ctx.db).execution(idArg(rawId));
  if (!execution) return null;
  const report = await ctx.loaders.report.load(execution.reportId);
  return report && (await canRead(ctx, report)) ? execution : null;
}

type Result = { columns: string[]; rows: Record<string, unknown>[] };
export const resultOf = (e: ReportExecution): Result | null => (e.resultData as Result | null) ?? null;

/** RFC 4180 CSV of a completed run (formula-looking cells neutralised): the creator's, or analytics:export in its organization. */
export async function executionCsv(ctx: AnalyticsContext, e: ReportExecution): Promise<string | null> {
  const report = await ctx.loaders.report.load(e.reportId);
  if (!report) return null;
  await requireRight(ctx, report, 'analytics:export');
  const result = resultOf(e);
  if (!result) return null;
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [result.columns.map(cell).join(','), ...result.rows.map((r) => result.columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

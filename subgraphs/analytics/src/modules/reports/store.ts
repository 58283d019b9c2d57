import { paginate, tenantWhere, type Page, type TenantScope } from '@atrium/kernel';
import type { AnalyticsDb, DbClient, Prisma } from '../../db.js';
import type { CompiledReport } from './dsl.js';

export type { AnalyticsReport, ReportExecution } from '../../generated/prisma/client.js';

/** Who is asking, for the listing: the reports one may read (see service.ts `canRead`). */
export interface Reader {
  userId: string;
  /** report:read — every report of these tenants. */
  all: TenantScope;
  /** organization:read (members) — the public reports of these tenants. */
  members: TenantScope;
}

export class ReportStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.analyticsReport.findMany({ where: { id: { in: [...ids] } } });
  }

  list(reader: Reader, organizationId: string | null, p: Page) {
    const readable: Prisma.AnalyticsReportWhereInput = {
      OR: [
        { createdBy: reader.userId },
        { sharedWith: { has: reader.userId } },
        reader.all.all ? {} : reader.all.organizationIds.length ? tenantWhere(reader.all, 'organizationId') : { id: { in: [] } },
        reader.members.all ? { isPublic: true } : reader.members.organizationIds.length ? { isPublic: true, ...tenantWhere(reader.members, 'organizationId') } : { id: { in: [] } },
      ],
    };
    const where: Prisma.AnalyticsReportWhereInput = { AND: [readable, organizationId ? { organizationId } : {}] };
    return paginate(p, where, (q) => this.db.analyticsReport.findMany(q), (w) => this.db.analyticsReport.count({ where: w }));
  }

  create(data: Prisma.AnalyticsReportUncheckedCreateInput) {
    return this.db.analyticsReport.create({ data });
  }

  update(id: string, data: Prisma.AnalyticsReportUncheckedUpdateInput) {
    return this.db.analyticsReport.update({ where: { id }, data });
  }

  delete(id: string) {
    return this.db.analyticsReport.delete({ where: { id } });
  }

  executions(reportId: string, first: number) {
    return this.db.reportExecution.findMany({ where: { reportId }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: first });
  }

  execution(id: string) {
    return this.db.reportExecution.findUnique({ where: { id } });
  }

  startExecution(data: { reportId: string; executionType: 'manual' | 'scheduled'; triggeredBy: string | null; startedAt: Date }) {
    return this.db.reportExecution.create({ data: { ...data, status: 'running' } });
  }

  finishExecution(id: string, data: Prisma.ReportExecutionUncheckedUpdateInput) {
    return this.db.reportExecution.update({ where: { id }, data });
  }

  /** Scheduled reports due at `now`, locked so two upkeep runs never run one twice. */
  due(now: Date, limit: number) {
    return this.db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text FROM "analytics"."analytics_reports" WHERE is_active AND schedule_type <> 'manual' AND next_run_at <= $1::timestamptz
        ORDER BY next_run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      now,
      limit,
    );
  }

  /**
   * The compiled statement (a single SELECT by construction), bounded in time, in its own
   * transaction (not READ ONLY: a mutation's audit event is written in the first transaction it
   * opens). JSON-safe rows: integers and doubles as numbers, exact decimals as text.
   */
  async runCompiled(db: AnalyticsDb, compiled: CompiledReport, timeoutMs: number): Promise<{ rows: Record<string, unknown>[]; total: number }> {
    return db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.max(100, Math.floor(timeoutMs))}`);
      const raw = await tx.$queryRawUnsafe<Record<string, unknown>[]>(compiled.sql, ...compiled.params);
      const total = raw.length ? Number(raw[0]!.__total) : 0;
      const rows = raw.map((r) => Object.fromEntries(compiled.columns.map((c) => [c, typeof r[c] === 'bigint' ? Number(r[c]) : (r[c] ?? null)])));
      return { rows, total };
    }, { timeout: timeoutMs + 5_000 });
  }
}

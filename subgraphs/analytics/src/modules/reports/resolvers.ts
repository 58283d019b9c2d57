import type { Resolvers } from '../../schema.generated.js';
import * as reports from './service.js';

export const reportResolvers: Resolvers = {
  ReportType: { USAGE: 'usage', PERFORMANCE: 'performance', COST: 'cost', USER_BEHAVIOR: 'user_behavior' },
  ReportSchedule: { MANUAL: 'manual', DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly' },
  ReportExecutionType: { MANUAL: 'manual', SCHEDULED: 'scheduled' },
  ReportExecutionStatus: { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  Query: {
    reports: (_, args, ctx) => reports.listReports(ctx, args),
    report: (_, args, ctx) => reports.getReport(ctx, args.id),
    reportExecution: (_, args, ctx) => reports.getExecution(ctx, args.id),
  },
  Mutation: {
    createReport: (_, args, ctx) => reports.createReport(ctx, args.input),
    updateReport: (_, args, ctx) => reports.updateReport(ctx, args.id, args.input),
    deleteReport: (_, args, ctx) => reports.deleteReport(ctx, args.id),
    runReport: (_, args, ctx) => reports.runReport(ctx, args.id),
  },
  Report: {
    __resolveReference: (ref, ctx) => reports.getReport(ctx, ref.id),
    definition: (r) => r.dataSources,
    schedule: (r) => r.scheduleType as never,
    executions: (r, args, ctx) => reports.reportExecutions(ctx, r, args.first),
  },
  ReportExecution: {
    columns: (e) => reports.resultOf(e)?.columns ?? null,
    rows: (e) => reports.resultOf(e)?.rows ?? null,
    csv: (e, _, ctx) => reports.executionCsv(ctx, e),
  },
};

import type { Resolvers } from '../../schema.generated.js';
import * as governance from './service.js';

/** Thin: the service parses and decides. */
export const governanceResolvers: Resolvers = {
  Query: {
    complianceFrameworks: (_, __, ctx) => governance.listFrameworks(ctx),
    complianceAssessments: (_, args, ctx) => governance.listAssessments(ctx, args),
    complianceAssessment: (_, args, ctx) => governance.getAssessment(ctx, args.id),
  },
  Mutation: {
    createComplianceAssessment: (_, args, ctx) => governance.createAssessment(ctx, args.input),
    updateComplianceAssessment: (_, args, ctx) => governance.updateAssessment(ctx, args.id, args.input),
    submitComplianceAssessment: (_, args, ctx) => governance.submitAssessment(ctx, args.id),
    reviewComplianceAssessment: (_, args, ctx) => governance.reviewAssessment(ctx, args.id, args.input),
    approveComplianceAssessment: (_, args, ctx) => governance.approveAssessment(ctx, args.id),
    archiveComplianceAssessment: (_, args, ctx) => governance.archiveAssessment(ctx, args.id),
  },
  ComplianceFramework: {
    requirements: (f) => governance.requirementsOf(f),
    controls: (f) => governance.controlsOf(f),
    effectiveDate: (f) => governance.dayOf(f.effectiveDate),
  },
  ComplianceAssessment: {
    name: (a) => a.assessmentName,
    framework: async (a, _, ctx) => (await ctx.loaders.framework.load(a.frameworkId))!,
    complianceScore: (a) => (a.complianceScore === null ? null : Number(a.complianceScore)),
    findings: (a) => (Array.isArray(a.findings) ? (a.findings as never) : []),
    recommendations: (a) => (Array.isArray(a.recommendations) ? (a.recommendations as never) : []),
    periodStart: (a) => governance.dayOf(a.assessmentPeriodStart),
    periodEnd: (a) => governance.dayOf(a.assessmentPeriodEnd),
  },
};

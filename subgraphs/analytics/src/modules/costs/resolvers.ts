import type { Resolvers } from '../../schema.generated.js';
import * as costs from './service.js';

const money = (v: { toFixed(dp: number): string } | null) => (v === null ? null : v.toFixed(2));

export const costResolvers: Resolvers = {
  CostSubjectType: { USER: 'user', TEAM: 'team', ORGANIZATION: 'organization' },
  Query: {
    llmUsage: (_, args, ctx) => costs.llmUsage(ctx, args),
    costCenters: (_, args, ctx) => costs.listCostCenters(ctx, args),
    costCenter: (_, args, ctx) => costs.getCostCenter(ctx, args.id),
  },
  Mutation: {
    createCostCenter: (_, args, ctx) => costs.createCostCenter(ctx, args.input),
    updateCostCenter: (_, args, ctx) => costs.updateCostCenter(ctx, args.id, args.input),
    mapToCostCenter: (_, args, ctx) => costs.mapToCostCenter(ctx, args.input),
  },
  CostCenter: {
    __resolveReference: (ref, ctx) => costs.getCostCenter(ctx, ref.id),
    parent: (c, _, ctx) => (c.parentCostCenterId ? costs.getCostCenter(ctx, c.parentCostCenterId) : null),
    monthlyBudget: (c) => money(c.monthlyBudget),
    annualBudget: (c) => money(c.annualBudget),
    alertThresholds: (c) => c.alertThresholds ?? [80, 100],
    spend: (c, args, ctx) => costs.spendOf(ctx, c, args.at),
  },
};

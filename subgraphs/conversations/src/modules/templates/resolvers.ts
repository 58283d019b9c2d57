import type { PromptTemplate } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as templates from './service.js';
import type { Resolvers } from '../../schema.generated.js';

const stringList = (json: unknown) => (Array.isArray(json) ? json.filter((v): v is string => typeof v === 'string') : []);

export const templateResolvers: Resolvers = {
  Query: {
    promptTemplates: (_, args, ctx) => templates.listTemplates(ctx, args),
    promptTemplate: (_, args, ctx) => templates.getTemplate(ctx, args.id),
    renderPrompt: (_, args, ctx) => templates.renderForUse(ctx, args.templateId, args.variables, ['templateId'], ['variables']),
  },
  Mutation: {
    createPromptTemplate: (_, args, ctx) => templates.createTemplate(ctx, args.input),
    updatePromptTemplate: (_, args, ctx) => templates.updateTemplate(ctx, args.id, args.input),
    approvePromptTemplate: (_, args, ctx) => templates.approveTemplate(ctx, args.id),
    deactivatePromptTemplate: (_, args, ctx) => templates.deactivateTemplate(ctx, args.id),
  },
  User: {
    promptTemplates: (u, args, ctx) => templates.listTemplates(ctx, args, u.id),
  },
  PromptTemplate: {
    tags: (t) => t.tags ?? [],
    requiredVariables: (t) => stringList(t.requiredVariables),
    optionalVariables: (t) => stringList(t.optionalVariables),
    recommendedModelIds: (t) => t.recommendedModels ?? [],
    averageRating: (t) => (t.averageRating === null ? null : formatDecimal(t.averageRating, 2)),
    createdBy: (t) => (t.createdBy ? { __typename: 'User', id: t.createdBy } : null),
    organization: (t) => (t.organizationId ? { __typename: 'Organization', id: t.organizationId } : null),
    approvedBy: (t) => (t.approvedBy ? { __typename: 'User', id: t.approvedBy } : null),
    isLatest: async (t, _, ctx) => (await ctx.loaders.latestVersionByName.load(t.name))?.version === t.templateVersion,
    versions: (t, args, ctx) => templates.versions(ctx, t, args),
  },
};

import type { ConversationsContext } from '../../context.js';
import type { PromptTemplate } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as templates from './service.js';

type Ctx = ConversationsContext;
const stringList = (json: unknown) => (Array.isArray(json) ? json.filter((v): v is string => typeof v === 'string') : []);

export const templateResolvers = {
  Query: {
    promptTemplates: (_: unknown, args: Record<string, unknown>, ctx: Ctx) => templates.listTemplates(ctx, args),
    promptTemplate: (_: unknown, args: { id: unknown }, ctx: Ctx) => templates.getTemplate(ctx, args.id),
    renderPrompt: (_: unknown, args: { templateId: unknown; variables: unknown }, ctx: Ctx) => templates.renderForUse(ctx, args.templateId, args.variables, ['templateId'], ['variables']),
  },
  Mutation: {
    createPromptTemplate: (_: unknown, args: { input: unknown }, ctx: Ctx) => templates.createTemplate(ctx, args.input),
    updatePromptTemplate: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => templates.updateTemplate(ctx, args.id, args.input),
    approvePromptTemplate: (_: unknown, args: { id: unknown }, ctx: Ctx) => templates.approveTemplate(ctx, args.id),
    deactivatePromptTemplate: (_: unknown, args: { id: unknown }, ctx: Ctx) => templates.deactivateTemplate(ctx, args.id),
  },
  User: {
    promptTemplates: (u: { id: string }, args: Record<string, unknown>, ctx: Ctx) => templates.listTemplates(ctx, args, u.id),
  },
  PromptTemplate: {
    tags: (t: PromptTemplate) => t.tags ?? [],
    requiredVariables: (t: PromptTemplate) => stringList(t.requiredVariables),
    optionalVariables: (t: PromptTemplate) => stringList(t.optionalVariables),
    recommendedModelIds: (t: PromptTemplate) => t.recommendedModels ?? [],
    averageRating: (t: PromptTemplate) => (t.averageRating === null ? null : formatDecimal(t.averageRating, 2)),
    createdBy: (t: PromptTemplate) => ({ __typename: 'User', id: t.createdBy }),
    approvedBy: (t: PromptTemplate) => (t.approvedBy ? { __typename: 'User', id: t.approvedBy } : null),
    isLatest: async (t: PromptTemplate, _: unknown, ctx: Ctx) => (await ctx.loaders.latestVersionByName.load(t.name))?.version === t.templateVersion,
    versions: (t: PromptTemplate, args: unknown, ctx: Ctx) => templates.versions(ctx, t, args),
  },
};

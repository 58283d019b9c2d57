import { idArg } from '@atrium/kernel';
import type { ConversationsContext } from '../../context.js';
import type { LlmModel, LlmProvider } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as llm from './service.js';

type Ctx = ConversationsContext;
const dec = (scale: number) => (v: { toString(): string } | null) => (v === null ? null : formatDecimal(v, scale));

export const llmResolvers = {
  Query: {
    llmProviders: (_: unknown, args: unknown, ctx: Ctx) => llm.listProviders(ctx, args),
    llmProvider: (_: unknown, args: { id: unknown }, ctx: Ctx) => ctx.loaders.provider.load(idArg(args.id)),
    llmModels: (_: unknown, args: { includeInactive?: boolean | null }, ctx: Ctx) => llm.listModels(ctx, args),
    llmModel: (_: unknown, args: { id: unknown }, ctx: Ctx) => ctx.loaders.model.load(idArg(args.id)),
  },
  Mutation: {
    createLlmProvider: (_: unknown, args: { input: unknown }, ctx: Ctx) => llm.createProvider(ctx, args.input),
    updateLlmProvider: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => llm.updateProvider(ctx, args.id, args.input),
    deleteLlmProvider: (_: unknown, args: { id: unknown }, ctx: Ctx) => llm.deleteProvider(ctx, args.id),
    checkProviderHealth: (_: unknown, args: { id: unknown }, ctx: Ctx) => llm.checkHealth(ctx, args.id),
    createLlmModel: (_: unknown, args: { input: unknown }, ctx: Ctx) => llm.createModel(ctx, args.input),
    updateLlmModel: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => llm.updateModel(ctx, args.id, args.input),
  },
  LlmProvider: {
    // Only the presence of a key ever leaves the service.
    hasApiKey: (p: LlmProvider) => p.apiKeyEncrypted !== null,
    models: (p: LlmProvider, args: unknown, ctx: Ctx) => llm.modelsOfProvider(ctx, p.id, args),
  },
  LlmModel: {
    provider: (m: LlmModel, _: unknown, ctx: Ctx) => ctx.loaders.provider.load(m.providerId),
    inputTokenCost: (m: LlmModel) => dec(8)(m.inputTokenCost),
    outputTokenCost: (m: LlmModel) => dec(8)(m.outputTokenCost),
    qualityScore: (m: LlmModel) => dec(2)(m.qualityScore),
  },
};

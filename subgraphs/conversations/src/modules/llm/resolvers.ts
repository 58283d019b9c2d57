import { idArg, present } from '@atrium/kernel';
import type { LlmModel, LlmProvider } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as llm from './service.js';
import type { Resolvers } from '../../schema.generated.js';

const dec = (scale: number) => (v: { toString(): string } | null) => (v === null ? null : formatDecimal(v, scale));

export const llmResolvers: Resolvers = {
  Query: {
    llmProviders: (_, args, ctx) => llm.listProviders(ctx, args),
    llmProvider: (_, args, ctx) => ctx.loaders.provider.load(idArg(args.id)),
    llmModels: (_, args, ctx) => llm.listModels(ctx, args),
    llmModel: (_, args, ctx) => ctx.loaders.model.load(idArg(args.id)),
  },
  Mutation: {
    createLlmProvider: (_, args, ctx) => llm.createProvider(ctx, args.input),
    updateLlmProvider: (_, args, ctx) => llm.updateProvider(ctx, args.id, args.input),
    deleteLlmProvider: (_, args, ctx) => llm.deleteProvider(ctx, args.id),
    checkProviderHealth: (_, args, ctx) => llm.checkHealth(ctx, args.id),
    createLlmModel: (_, args, ctx) => llm.createModel(ctx, args.input),
    updateLlmModel: (_, args, ctx) => llm.updateModel(ctx, args.id, args.input),
  },
  LlmProvider: {
    // Only the presence of a key ever leaves the service.
    hasApiKey: (p) => p.apiKeyEncrypted !== null,
    models: (p, args, ctx) => llm.modelsOfProvider(ctx, p.id, args),
  },
  LlmModel: {
    provider: (m, _, ctx) => present(ctx.loaders.provider.load(m.providerId), 'LLM provider'),
    inputTokenCost: (m) => dec(8)(m.inputTokenCost),
    outputTokenCost: (m) => dec(8)(m.outputTokenCost),
    qualityScore: (m) => dec(2)(m.qualityScore),
  },
};

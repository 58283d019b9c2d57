import type { Resolvers } from '../../schema.generated.js';
import * as ai from './service.js';

/** Thin: the service parses and decides. */
export const aiResolvers: Resolvers = {
  Query: {
    aiComplianceLogs: (_, args, ctx) => ai.listAiComplianceLogs(ctx, args),
  },
  Mutation: {
    reviewAiComplianceLog: (_, args, ctx) => ai.reviewAiComplianceLog(ctx, args.id, args.input),
  },
  AiComplianceLog: {
    inputExcerpt: (l) => l.inputText,
    outputExcerpt: (l) => l.outputText,
  },
};

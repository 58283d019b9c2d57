import type { Resolvers } from '../../schema.generated.js';
import * as search from './service.js';

/** Thin: parse nothing here, call the service, shape nothing. */
export const searchResolvers: Resolvers = {
  KnowledgeSearchMode: search.SEARCH_MODE,
  Query: {
    searchKnowledge: (_, args, ctx) => search.searchKnowledge(ctx, args.input),
  },
  KnowledgeSearchHit: {
    document: async (h, _, ctx) => (await ctx.loaders.document.load(h.documentId))!,
  },
};

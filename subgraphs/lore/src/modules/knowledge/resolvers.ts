import type { Resolvers } from '../../schema.generated.js';
import * as knowledge from './service.js';

/** Thin: parse nothing here, call the service, shape nothing. */
export const knowledgeResolvers: Resolvers = {
  EmbeddingProvider: knowledge.EMBEDDING_PROVIDER,
  KnowledgeDocumentStatus: knowledge.DOCUMENT_STATUS,
  Query: {
    embeddingModels: (_, args, ctx) => knowledge.listModels(ctx, args),
    knowledgeCollections: (_, args, ctx) => knowledge.listCollections(ctx, args),
    knowledgeCollection: (_, args, ctx) => knowledge.getCollection(ctx, args.id),
    knowledgeDocument: (_, args, ctx) => knowledge.getDocument(ctx, args.id),
  },
  Mutation: {
    createEmbeddingModel: (_, args, ctx) => knowledge.createModel(ctx, args.input),
    createKnowledgeCollection: (_, args, ctx) => knowledge.createCollection(ctx, args.input),
    createKnowledgeDocument: (_, args, ctx) => knowledge.createDocument(ctx, args.input),
    updateKnowledgeDocument: (_, args, ctx) => knowledge.updateDocument(ctx, args.id, args.input),
    reembedKnowledgeDocument: (_, args, ctx) => knowledge.reembedDocument(ctx, args.id),
    deleteKnowledgeDocument: (_, args, ctx) => knowledge.deleteDocument(ctx, args.id),
  },
  EmbeddingModel: {
    __resolveReference: (ref, ctx) => ctx.loaders.model.load(ref.id),
    configured: (m) => knowledge.isConfigured(m),
  },
  KnowledgeCollection: {
    __resolveReference: (ref, ctx) => knowledge.readableCollection(ctx, ref.id),
    model: async (c, _, ctx) => (await ctx.loaders.model.load(c.modelId))!,
    documents: (c, args, ctx) => knowledge.documentsOf(ctx, c, args),
  },
  KnowledgeDocument: {
    __resolveReference: (ref, ctx) => knowledge.getDocument(ctx, ref.id),
    collection: async (d, _, ctx) => (await ctx.loaders.collection.load(d.collectionId))!,
    chunks: (d, args, ctx) => knowledge.chunksOf(ctx, d, args),
  },
  KnowledgeChunk: {
    __resolveReference: (ref, ctx) => knowledge.getChunk(ctx, ref.id),
    document: async (c, _, ctx) => (await ctx.loaders.document.load(c.documentId))!,
    stale: (c) => c.supersededAt !== null,
  },
};

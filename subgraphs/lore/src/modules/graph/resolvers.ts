import type { Resolvers } from '../../schema.generated.js';
import * as graph from './service.js';

/** Thin: parse nothing here, call the service, shape nothing. */
export const graphResolvers: Resolvers = {
  KnowledgeEdgeDirection: graph.EDGE_DIRECTION,
  Query: {
    knowledgeEntity: (_, args, ctx) => graph.getEntity(ctx, args.id),
    knowledgeEntities: (_, args, ctx) => graph.listEntities(ctx, args),
    knowledgeRelationship: (_, args, ctx) => graph.getRelationship(ctx, args.id),
    knowledgeEntityNeighbourhood: (_, args, ctx) => graph.neighbourhood(ctx, args.input),
    knowledgeEntityPath: (_, args, ctx) => graph.shortestPath(ctx, args.input),
    similarKnowledgeEntities: (_, args, ctx) => graph.similarEntities(ctx, args),
  },
  Mutation: {
    createKnowledgeEntity: (_, args, ctx) => graph.createEntity(ctx, args.input),
    updateKnowledgeEntity: (_, args, ctx) => graph.updateEntity(ctx, args.id, args.input),
    deleteKnowledgeEntity: (_, args, ctx) => graph.deleteEntity(ctx, args.id),
    createKnowledgeRelationship: (_, args, ctx) => graph.createRelationship(ctx, args.input),
    updateKnowledgeRelationship: (_, args, ctx) => graph.updateRelationship(ctx, args.id, args.input),
    deleteKnowledgeRelationship: (_, args, ctx) => graph.deleteRelationship(ctx, args.id),
  },
  KnowledgeEntity: {
    __resolveReference: (ref, ctx) => graph.readableEntity(ctx, ref.id),
    collection: async (e, _, ctx) => (await ctx.loaders.collection.load(e.collectionId))!,
    embedded: (e) => e.embeddedHash === e.contentHash,
    neighbours: (e, args, ctx) => graph.neighboursOf(ctx, e, args),
  },
  KnowledgeRelationship: {
    __resolveReference: (ref, ctx) => graph.getRelationship(ctx, ref.id),
    source: async (r, _, ctx) => (await ctx.loaders.entity.load(r.sourceId))!,
    target: async (r, _, ctx) => (await ctx.loaders.entity.load(r.targetId))!,
  },
};

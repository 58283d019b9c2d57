import type { Resolvers } from '../../schema.generated.js';
import * as usage from './service.js';

export const usageResolvers: Resolvers = {
  // Stored as graphql-js names them (OperationTypeNode).
  OperationKind: { QUERY: 'query', MUTATION: 'mutation', SUBSCRIPTION: 'subscription' },
  TimeBucket: { MINUTE: 'minute', HOUR: 'hour', DAY: 'day' },
  Query: {
    operationStats: (_, args, ctx) => usage.operationStats(ctx, args),
    fieldUsage: (_, args, ctx) => usage.fieldUsage(ctx, args),
    requestSeries: (_, args, ctx) => usage.requestSeries(ctx, args),
  },
};

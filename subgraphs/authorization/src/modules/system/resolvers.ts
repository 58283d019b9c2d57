import * as system from './service.js';
import type { Resolvers } from '../../schema.generated.js';


export const systemResolvers: Resolvers = {
  Query: {
    failedJobs: (_, args, ctx) => system.listFailedJobs(ctx, args),
  },
  Mutation: {
    retryFailedJob: (_, args, ctx) => system.retryFailedJob(ctx, args.id),
  },
};

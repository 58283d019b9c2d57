import type { AuthorizationContext } from '../../context.js';
import * as system from './service.js';

type Ctx = AuthorizationContext;

export const systemResolvers = {
  Query: {
    failedJobs: (_: unknown, args: unknown, ctx: Ctx) => system.listFailedJobs(ctx, args),
  },
  Mutation: {
    retryFailedJob: (_: unknown, args: { id: unknown }, ctx: Ctx) => system.retryFailedJob(ctx, args.id),
  },
};

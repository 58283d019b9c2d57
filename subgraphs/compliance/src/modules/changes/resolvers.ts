import type { Resolvers } from '../../schema.generated.js';
import * as changes from './service.js';

/** Thin: the service parses and decides. */
export const changeResolvers: Resolvers = {
  Query: {
    changeSets: (_, args, ctx) => changes.listChangeSets(ctx, args),
    changes: (_, args, ctx) => changes.listChanges(ctx, args),
  },
  Mutation: {
    approveChange: (_, args, ctx) => changes.approveChange(ctx, args.changeSetId, args.note),
  },
  ChangeSet: {
    approvalStatus: (s) => changes.approvalStatusOf(s) as never,
    changes: (s, _, ctx) => ctx.loaders.changesBySet.load(s.id),
  },
};

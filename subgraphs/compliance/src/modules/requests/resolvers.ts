import type { Resolvers } from '../../schema.generated.js';
import * as requests from './service.js';

/** Thin: the service parses and decides. */
export const requestResolvers: Resolvers = {
  Query: {
    dataSubjectRequest: (_, args, ctx) => requests.getRequest(ctx, args.id),
    dataSubjectRequests: (_, args, ctx) => requests.listRequests(ctx, args),
  },
  Mutation: {
    requestDataExport: (_, args, ctx) => requests.requestDataExport(ctx, args.input),
    requestErasure: (_, args, ctx) => requests.requestErasure(ctx, args.input),
    requestDataSubjectAction: (_, args, ctx) => requests.requestDataSubjectAction(ctx, args.input),
    verifyDataSubjectRequest: (_, args, ctx) => requests.verifyRequest(ctx, args.id, args.token),
    updateDataSubjectRequest: (_, args, ctx) => requests.updateRequest(ctx, args.id, args.input),
  },
  DataSubjectRequest: {
    overdue: (r) => requests.isOverdue(r),
    exportPackage: (r) => r.result ?? null,
  },
  DataSubjectContribution: {
    sections: (c) => requests.sectionCounts(c),
  },
};

import type { Resolvers } from '../../schema.generated.js';
import * as audit from './service.js';

/** Thin: the service parses and decides. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLogs: (_, args, ctx) => audit.listAuditLogs(ctx, args),
    verifyAuditChain: (_, args, ctx) => audit.verifyAuditChain(ctx, args),
  },
  Mutation: {
    exportAuditLogs: (_, args, ctx) => audit.exportAuditLogs(ctx, args),
  },
  AuditLog: {
    sequence: (row) => row.seq.toString(),
    changedFields: (row) => row.changedFields ?? [],
  },
};

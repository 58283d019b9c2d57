import type { Resolvers } from '../../schema.generated.js';
import * as security from './service.js';

/** Thin: the service parses and decides. */
export const securityResolvers: Resolvers = {
  Query: {
    securityEvents: (_, args, ctx) => security.listSecurityEvents(ctx, args),
    securityEvent: (_, args, ctx) => security.getSecurityEvent(ctx, args.id),
  },
  Mutation: {
    triageSecurityEvent: (_, args, ctx) => security.triageSecurityEvent(ctx, args.id, args.input),
    recordSecurityNotification: (_, args, ctx) => security.recordSecurityNotification(ctx, args.id),
  },
  SecurityEvent: {
    notificationDeadline: (e) => security.notificationDeadline(e),
    notificationOverdue: (e) => {
      const due = security.notificationDeadline(e);
      return !!due && !e.notificationSentAt && Date.now() > due.getTime();
    },
  },
};

import type { Resolvers } from '../../schema.generated.js';
import * as privacy from './service.js';

/** Thin: the service parses and decides. */
export const privacyResolvers: Resolvers = {
  Query: {
    processingActivities: (_, __, ctx) => privacy.listActivities(ctx),
    consents: (_, args, ctx) => privacy.listConsents(ctx, args.userId),
    consentHistory: (_, args, ctx) => privacy.consentHistory(ctx, args),
    hasValidConsent: (_, args, ctx) => privacy.hasValidConsent(ctx, args),
    userDataPurposes: (_, args, ctx) => privacy.userDataPurposes(ctx, args.userId),
  },
  Mutation: {
    grantConsent: (_, args, ctx) => privacy.grantConsent(ctx, args.input),
    withdrawConsent: (_, args, ctx) => privacy.withdrawConsent(ctx, args.purpose),
  },
  ProcessingActivity: {
    requiresConsent: (a) => a.lawfulBasis === 'consent',
  },
  PrivacyConsent: {
    valid: (c) => privacy.isValid(c),
  },
};

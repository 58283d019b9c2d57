import type { Resolvers } from '../../schema.generated.js';
import * as keys from './service.js';

/** Thin: the service parses and decides. */
export const keyResolvers: Resolvers = {
  Query: {
    encryptionKeys: (_, args, ctx) => keys.listKeys(ctx, args),
    encryptedDataRegistry: (_, args, ctx) => keys.listRegistry(ctx, args),
  },
  Mutation: {
    rotateKey: (_, args, ctx) => keys.rotateKey(ctx, args.id),
    requestKeyRevocation: (_, args, ctx) => keys.requestKeyRevocation(ctx, args.id, args.reason),
    approveKeyRevocation: (_, args, ctx) => keys.approveKeyRevocation(ctx, args.id),
  },
  EncryptionKey: {
    usageCount: (k) => Number(k.usageCount),
    registeredValues: async (k, _, ctx) => (await ctx.loaders.registeredValues.load(k.id))?.n ?? 0,
  },
};

import type { SsoProvider } from '../../db.js';
import * as sso from './service.js';
import type { Resolvers } from '../../schema.generated.js';


export const ssoResolvers: Resolvers = {
  SsoProviderType: sso.PROVIDER_TYPE,
  Query: {
    ssoProvider: (_, args, ctx) => sso.getProvider(ctx, args.id),
    ssoProviders: (_, args, ctx) => sso.listProviders(ctx, args),
  },
  Mutation: {
    createSsoProvider: (_, args, ctx) => sso.createProvider(ctx, args.input),
    updateSsoProvider: (_, args, ctx) => sso.updateProvider(ctx, args.id, args.input),
    deleteSsoProvider: (_, args, ctx) => sso.deleteProvider(ctx, args.id),
  },
  SsoProvider: {
    // The ciphertext never leaves the service; only its presence does.
    hasClientSecret: (p) => p.clientSecret !== null,
    scopes: (p) => p.scopes ?? [],
    autoAssignRoles: (p) => p.autoAssignRoles ?? [],
  },
};

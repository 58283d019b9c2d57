import type { IdentityContext } from '../../context.js';
import type { SsoProvider } from '../../db.js';
import * as sso from './service.js';

type Ctx = IdentityContext;

export const ssoResolvers = {
  SsoProviderType: sso.PROVIDER_TYPE,
  Query: {
    ssoProvider: (_: unknown, args: { id: unknown }, ctx: Ctx) => sso.getProvider(ctx, args.id),
    ssoProviders: (_: unknown, args: unknown, ctx: Ctx) => sso.listProviders(ctx, args),
  },
  Mutation: {
    createSsoProvider: (_: unknown, args: { input: unknown }, ctx: Ctx) => sso.createProvider(ctx, args.input),
    updateSsoProvider: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => sso.updateProvider(ctx, args.id, args.input),
    deleteSsoProvider: (_: unknown, args: { id: unknown }, ctx: Ctx) => sso.deleteProvider(ctx, args.id),
  },
  SsoProvider: {
    // The ciphertext never leaves the service; only its presence does.
    hasClientSecret: (p: SsoProvider) => p.clientSecret !== null,
    scopes: (p: SsoProvider) => p.scopes ?? [],
    autoAssignRoles: (p: SsoProvider) => p.autoAssignRoles ?? [],
  },
};

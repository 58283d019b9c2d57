import type { IdentityContext } from '../../context.js';
import * as auth from './service.js';

type Ctx = IdentityContext;

export const authResolvers = {
  Mutation: {
    register: (_: unknown, args: { input: unknown }, ctx: Ctx) => auth.register(ctx, args.input),
    login: (_: unknown, args: { input: unknown }, ctx: Ctx) => auth.login(ctx, args.input),
    refreshToken: (_: unknown, args: { refreshToken: unknown }, ctx: Ctx) => auth.refresh(ctx, args.refreshToken),
    logout: (_: unknown, args: { refreshToken?: unknown }, ctx: Ctx) => auth.logout(ctx, args.refreshToken),
    enrollMfa: (_: unknown, __: unknown, ctx: Ctx) => auth.enrollMfa(ctx),
    confirmMfa: (_: unknown, args: { code: unknown }, ctx: Ctx) => auth.confirmMfa(ctx, args.code),
  },
};

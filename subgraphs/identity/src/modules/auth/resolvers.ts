import * as auth from './service.js';
import type { Resolvers } from '../../schema.generated.js';


export const authResolvers: Resolvers = {
  Mutation: {
    register: (_, args, ctx) => auth.register(ctx, args.input),
    login: (_, args, ctx) => auth.login(ctx, args.input),
    refreshToken: (_, args, ctx) => auth.refresh(ctx, args.refreshToken),
    logout: (_, args, ctx) => auth.logout(ctx, args.refreshToken),
    enrollMfa: (_, __, ctx) => auth.enrollMfa(ctx),
    confirmMfa: (_, args, ctx) => auth.confirmMfa(ctx, args.code),
  },
};

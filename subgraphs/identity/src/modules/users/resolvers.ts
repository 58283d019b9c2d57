import { idArg, present } from '@atrium/kernel';
import type { Organization } from '../../db.js';
import * as users from './service.js';
import type { Resolvers } from '../../schema.generated.js';


export const userResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.loaders.user.load(ctx.principal!.userId),
    user: (_, args, ctx) => ctx.loaders.user.load(idArg(args.id)),
    users: (_, args, ctx) => users.listUsers(ctx, args),
  },
  Mutation: {
    updateMyProfile: (_, args, ctx) => users.updateMyProfile(ctx, args.input),
    deactivateUser: (_, args, ctx) => users.deactivateUser(ctx, args.id),
    reactivateUser: (_, args, ctx) => users.reactivateUser(ctx, args.id),
    unlockUser: (_, args, ctx) => users.unlockUser(ctx, args.id),
  },
  User: {
    __resolveReference: (ref, ctx) => ctx.loaders.user.load(ref.id),
    isLocked: (u) => u.isLocked || (u.lockedUntil !== null && u.lockedUntil > new Date()),
    profile: (u, _, ctx) => ctx.loaders.profile.load(u.id),
    organizations: async (u, _, ctx) => {
      const memberships = await ctx.loaders.membershipsByUser.load(u.id);
      const orgs = await ctx.loaders.organization.loadMany(memberships.map((m) => m.organizationId));
      return orgs.filter((o): o is Organization => o !== null && !(o instanceof Error));
    },
  },
  UserProfile: {
    user: (p, _, ctx) => present(ctx.loaders.user.load(p.userId), 'User'),
    manager: (p, _, ctx) => (p.managerId ? ctx.loaders.user.load(p.managerId) : null),
    dateOfBirth: (p) => p.dateOfBirth?.toISOString().slice(0, 10) ?? null,
  },
};


import { idArg } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { User } from '../../db.js';
import * as users from './service.js';

type Ctx = IdentityContext;

export const userResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Ctx) => ctx.loaders.user.load(ctx.principal!.userId),
    user: (_: unknown, args: { id: unknown }, ctx: Ctx) => ctx.loaders.user.load(idArg(args.id)),
    users: (_: unknown, args: { filter?: unknown }, ctx: Ctx) => users.listUsers(ctx, args),
  },
  Mutation: {
    updateMyProfile: (_: unknown, args: { input: unknown }, ctx: Ctx) => users.updateMyProfile(ctx, args.input),
    deactivateUser: (_: unknown, args: { id: unknown }, ctx: Ctx) => users.deactivateUser(ctx, args.id),
  },
  User: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.user.load(ref.id),
    isLocked: (u: User) => u.isLocked || (u.lockedUntil !== null && u.lockedUntil > new Date()),
    profile: (u: User, _: unknown, ctx: Ctx) => ctx.loaders.profile.load(u.id),
    organizations: async (u: User, _: unknown, ctx: Ctx) => {
      const memberships = await ctx.loaders.membershipsByUser.load(u.id);
      const orgs = await ctx.loaders.organization.loadMany(memberships.map((m) => m.organizationId));
      return orgs.filter((o): o is NonNullable<typeof o> & object => o !== null && !(o instanceof Error));
    },
  },
  UserProfile: {
    user: (p: { userId: string }, _: unknown, ctx: Ctx) => ctx.loaders.user.load(p.userId),
    manager: (p: { managerId: string | null }, _: unknown, ctx: Ctx) => (p.managerId ? ctx.loaders.user.load(p.managerId) : null),
    dateOfBirth: (p: { dateOfBirth: Date | null }) => p.dateOfBirth?.toISOString().slice(0, 10) ?? null,
  },
};


import type { AuthorizationContext } from '../../context.js';
import type { UserPermission, UserRole } from '../../db.js';
import * as assignments from './service.js';

type Ctx = AuthorizationContext;
type IdArgs = { id: unknown; input?: unknown };
const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const assignmentResolvers = {
  Query: {
    userRoles: (_: unknown, args: { first?: unknown; after?: unknown; filter?: unknown }, ctx: Ctx) => assignments.listUserRoles(ctx, args),
    userPermissions: (_: unknown, args: { first?: unknown; after?: unknown; filter?: unknown }, ctx: Ctx) => assignments.listUserPermissions(ctx, args),
  },
  Mutation: {
    assignRole: (_: unknown, args: { input: unknown }, ctx: Ctx) => assignments.assignRole(ctx, args.input),
    updateUserRole: (_: unknown, args: IdArgs, ctx: Ctx) => assignments.updateUserRole(ctx, args.id, args.input),
    revokeRole: (_: unknown, args: unknown, ctx: Ctx) => assignments.revokeRole(ctx, args),
    delegateRole: (_: unknown, args: { input: unknown }, ctx: Ctx) => assignments.delegateRole(ctx, args.input),
    grantPermission: (_: unknown, args: { input: unknown }, ctx: Ctx) => assignments.grantPermission(ctx, args.input),
    updateUserPermission: (_: unknown, args: IdArgs, ctx: Ctx) => assignments.updateUserPermission(ctx, args.id, args.input),
    revokePermission: (_: unknown, args: unknown, ctx: Ctx) => assignments.revokePermission(ctx, args),
    approveGrant: (_: unknown, args: IdArgs, ctx: Ctx) => assignments.approveGrant(ctx, args.id),
  },
  User: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    roles: (u: { id: string }, args: { includeInactive?: boolean | null }, ctx: Ctx) => assignments.rolesOfUser(ctx, u.id, args.includeInactive === true),
  },
  UserRole: {
    user: (ur: UserRole) => user(ur.userId),
    role: (ur: UserRole, _: unknown, ctx: Ctx) => ctx.loaders.role.load(ur.roleId),
    assignedBy: (ur: UserRole) => user(ur.assignedBy),
    resourceScope: (ur: UserRole, _: unknown, ctx: Ctx) => (ur.resourceScope ? ctx.loaders.resource.load(ur.resourceScope) : null),
    delegatedBy: (ur: UserRole) => user(ur.delegatedBy),
    revokedBy: (ur: UserRole) => user(ur.revokedBy),
  },
  UserPermission: {
    user: (up: UserPermission) => user(up.userId),
    permission: (up: UserPermission, _: unknown, ctx: Ctx) => ctx.loaders.permission.load(up.permissionId),
    resource: (up: UserPermission, _: unknown, ctx: Ctx) => (up.resourceId ? ctx.loaders.resource.load(up.resourceId) : null),
    grantedBy: (up: UserPermission) => user(up.grantedBy),
    revokedBy: (up: UserPermission) => user(up.revokedBy),
    approvedBy: (up: UserPermission) => user(up.approvedBy),
    pending: async (up: UserPermission, _: unknown, ctx: Ctx) => up.approvedAt === null && !!(await ctx.loaders.permission.load(up.permissionId))?.requiresApproval,
  },
};

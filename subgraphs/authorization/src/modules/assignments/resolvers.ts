import { present } from '@atrium/kernel';
import type { UserPermission, UserRole } from '../../db.js';
import * as assignments from './service.js';
import type { Resolvers } from '../../schema.generated.js';

type IdArgs = { id: unknown; input?: unknown };
const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const assignmentResolvers: Resolvers = {
  Query: {
    userRoles: (_, args, ctx) => assignments.listUserRoles(ctx, args),
    userPermissions: (_, args, ctx) => assignments.listUserPermissions(ctx, args),
  },
  Mutation: {
    assignRole: (_, args, ctx) => assignments.assignRole(ctx, args.input),
    updateUserRole: (_, args, ctx) => assignments.updateUserRole(ctx, args.id, args.input),
    revokeRole: (_, args, ctx) => assignments.revokeRole(ctx, args),
    delegateRole: (_, args, ctx) => assignments.delegateRole(ctx, args.input),
    grantPermission: (_, args, ctx) => assignments.grantPermission(ctx, args.input),
    updateUserPermission: (_, args, ctx) => assignments.updateUserPermission(ctx, args.id, args.input),
    revokePermission: (_, args, ctx) => assignments.revokePermission(ctx, args),
    approveGrant: (_, args, ctx) => assignments.approveGrant(ctx, args.id),
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    roles: (u, args, ctx) => assignments.rolesOfUser(ctx, u.id, args.includeInactive === true),
  },
  UserRole: {
    user: (ur) => ({ id: ur.userId }),
    role: (ur, _, ctx) => present(ctx.loaders.role.load(ur.roleId), 'Role'),
    assignedBy: (ur) => user(ur.assignedBy),
    resourceScope: (ur, _, ctx) => (ur.resourceScope ? ctx.loaders.resource.load(ur.resourceScope) : null),
    delegatedBy: (ur) => user(ur.delegatedBy),
    revokedBy: (ur) => user(ur.revokedBy),
  },
  UserPermission: {
    user: (up) => ({ id: up.userId }),
    permission: (up, _, ctx) => present(ctx.loaders.permission.load(up.permissionId), 'Permission'),
    resource: (up, _, ctx) => (up.resourceId ? ctx.loaders.resource.load(up.resourceId) : null),
    grantedBy: (up) => user(up.grantedBy),
    revokedBy: (up) => user(up.revokedBy),
    approvedBy: (up) => user(up.approvedBy),
    pending: async (up, _, ctx) => up.approvedAt === null && !!(await present(ctx.loaders.permission.load(up.permissionId), 'Permission'))?.requiresApproval,
  },
};

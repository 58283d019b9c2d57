import { present } from '@atrium/kernel';
import type { Role, RolePermission } from '../../db.js';
import * as roles from './service.js';
import type { Resolvers } from '../../schema.generated.js';

type IdArgs = { id: unknown; input?: unknown };
const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const roleResolvers: Resolvers = {
  Query: {
    roles: (_, args, ctx) => roles.listRoles(ctx, args),
    role: (_, args, ctx) => roles.role(ctx, args),
    rolePermissions: (_, args, ctx) => roles.listRolePermissions(ctx, args),
    hasRole: (_, args, ctx) => roles.hasRole(ctx, args),
  },
  Mutation: {
    createRole: (_, args, ctx) => roles.createRole(ctx, args.input),
    updateRole: (_, args, ctx) => roles.updateRole(ctx, args.id, args.input),
    deleteRole: (_, args, ctx) => roles.deleteRole(ctx, args.id),
    addRolePermission: (_, args, ctx) => roles.addRolePermission(ctx, args.input),
    updateRolePermission: (_, args, ctx) => roles.updateRolePermission(ctx, args.id, args.input),
    removeRolePermission: (_, args, ctx) => roles.removeRolePermission(ctx, args.id),
  },
  Role: {
    __resolveReference: (ref, ctx) => ctx.loaders.role.load(ref.id),
    parentRole: (r, _, ctx) => (r.parentRoleId ? ctx.loaders.role.load(r.parentRoleId) : null),
    createdBy: (r) => user(r.createdBy),
    chain: (r, _, ctx) => roles.chainOf(ctx, r),
    permissions: (r, _, ctx) => ctx.loaders.rolePermissionsByRole.load(r.id),
    activeAssignments: (r, _, ctx) => roles.activeAssignments(ctx, r),
  },
  RolePermission: {
    role: (rp, _, ctx) => present(ctx.loaders.role.load(rp.roleId), 'Role'),
    permission: (rp, _, ctx) => present(ctx.loaders.permission.load(rp.permissionId), 'Permission'),
    grantedBy: (rp) => user(rp.grantedBy),
  },
};

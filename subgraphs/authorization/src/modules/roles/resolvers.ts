import type { AuthorizationContext } from '../../context.js';
import type { Role, RolePermission } from '../../db.js';
import * as roles from './service.js';

type Ctx = AuthorizationContext;
type IdArgs = { id: unknown; input?: unknown };
const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const roleResolvers = {
  Query: {
    roles: (_: unknown, args: unknown, ctx: Ctx) => roles.listRoles(ctx, args),
    role: (_: unknown, args: { id?: unknown; name?: unknown }, ctx: Ctx) => roles.role(ctx, args),
    rolePermissions: (_: unknown, args: { first?: unknown; after?: unknown; filter?: unknown }, ctx: Ctx) => roles.listRolePermissions(ctx, args),
    hasRole: (_: unknown, args: { userId: unknown; role: unknown }, ctx: Ctx) => roles.hasRole(ctx, args),
  },
  Mutation: {
    createRole: (_: unknown, args: { input: unknown }, ctx: Ctx) => roles.createRole(ctx, args.input),
    updateRole: (_: unknown, args: IdArgs, ctx: Ctx) => roles.updateRole(ctx, args.id, args.input),
    deleteRole: (_: unknown, args: IdArgs, ctx: Ctx) => roles.deleteRole(ctx, args.id),
    addRolePermission: (_: unknown, args: { input: unknown }, ctx: Ctx) => roles.addRolePermission(ctx, args.input),
    updateRolePermission: (_: unknown, args: IdArgs, ctx: Ctx) => roles.updateRolePermission(ctx, args.id, args.input),
    removeRolePermission: (_: unknown, args: IdArgs, ctx: Ctx) => roles.removeRolePermission(ctx, args.id),
  },
  Role: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.role.load(ref.id),
    parentRole: (r: Role, _: unknown, ctx: Ctx) => (r.parentRoleId ? ctx.loaders.role.load(r.parentRoleId) : null),
    createdBy: (r: Role) => user(r.createdBy),
    chain: (r: Role, _: unknown, ctx: Ctx) => roles.chainOf(ctx, r),
    permissions: (r: Role, _: unknown, ctx: Ctx) => ctx.loaders.rolePermissionsByRole.load(r.id),
    activeAssignments: (r: Role, _: unknown, ctx: Ctx) => roles.activeAssignments(ctx, r),
  },
  RolePermission: {
    role: (rp: RolePermission, _: unknown, ctx: Ctx) => ctx.loaders.role.load(rp.roleId),
    permission: (rp: RolePermission, _: unknown, ctx: Ctx) => ctx.loaders.permission.load(rp.permissionId),
    grantedBy: (rp: RolePermission) => user(rp.grantedBy),
  },
};

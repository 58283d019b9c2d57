import { RESOURCE_TYPES } from '@atrium/kernel';
import type { AuthorizationContext } from '../../context.js';
import type { Permission, ResourceType } from '../../db.js';
import * as catalog from './service.js';

type Ctx = AuthorizationContext;
type IdArgs = { id: unknown; input?: unknown };
const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const catalogResolvers = {
  Query: {
    resourceTypes: (_: unknown, args: unknown, ctx: Ctx) => catalog.listResourceTypes(ctx, args),
    resourceType: (_: unknown, args: { id?: unknown; name?: unknown }, ctx: Ctx) => catalog.resourceType(ctx, args),
    permissions: (_: unknown, args: { first?: unknown; after?: unknown; filter?: unknown }, ctx: Ctx) => catalog.listPermissions(ctx, args),
    permission: (_: unknown, args: { id?: unknown; name?: unknown }, ctx: Ctx) => catalog.permission(ctx, args),
  },
  Mutation: {
    createResourceType: (_: unknown, args: { input: unknown }, ctx: Ctx) => catalog.createResourceType(ctx, args.input),
    updateResourceType: (_: unknown, args: IdArgs, ctx: Ctx) => catalog.updateResourceType(ctx, args.id, args.input),
    deleteResourceType: (_: unknown, args: IdArgs, ctx: Ctx) => catalog.deleteResourceType(ctx, args.id),
    createPermission: (_: unknown, args: { input: unknown }, ctx: Ctx) => catalog.createPermission(ctx, args.input),
    updatePermission: (_: unknown, args: IdArgs, ctx: Ctx) => catalog.updatePermission(ctx, args.id, args.input),
    deletePermission: (_: unknown, args: IdArgs, ctx: Ctx) => catalog.deletePermission(ctx, args.id),
  },
  ResourceType: {
    parentType: (t: ResourceType, _: unknown, ctx: Ctx) => (t.parentTypeId ? ctx.loaders.resourceType.load(t.parentTypeId) : null),
    isBuiltIn: (t: ResourceType) => Object.hasOwn(RESOURCE_TYPES, t.name),
  },
  Permission: {
    resourceType: (p: Permission, _: unknown, ctx: Ctx) => ctx.loaders.resourceType.load(p.resourceTypeId),
    createdBy: (p: Permission) => user(p.createdBy),
  },
};

import { RESOURCE_TYPES, present } from '@atrium/kernel';
import type { Permission, ResourceType } from '../../db.js';
import * as catalog from './service.js';
import type { Resolvers } from '../../schema.generated.js';

type IdArgs = { id: unknown; input?: unknown };
const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const catalogResolvers: Resolvers = {
  Query: {
    resourceTypes: (_, args, ctx) => catalog.listResourceTypes(ctx, args),
    resourceType: (_, args, ctx) => catalog.resourceType(ctx, args),
    permissions: (_, args, ctx) => catalog.listPermissions(ctx, args),
    permission: (_, args, ctx) => catalog.permission(ctx, args),
  },
  Mutation: {
    createResourceType: (_, args, ctx) => catalog.createResourceType(ctx, args.input),
    updateResourceType: (_, args, ctx) => catalog.updateResourceType(ctx, args.id, args.input),
    deleteResourceType: (_, args, ctx) => catalog.deleteResourceType(ctx, args.id),
    createPermission: (_, args, ctx) => catalog.createPermission(ctx, args.input),
    updatePermission: (_, args, ctx) => catalog.updatePermission(ctx, args.id, args.input),
    deletePermission: (_, args, ctx) => catalog.deletePermission(ctx, args.id),
  },
  ResourceType: {
    parentType: (t, _, ctx) => (t.parentTypeId ? ctx.loaders.resourceType.load(t.parentTypeId) : null),
    isBuiltIn: (t) => Object.hasOwn(RESOURCE_TYPES, t.name),
  },
  Permission: {
    resourceType: (p, _, ctx) => present(ctx.loaders.resourceType.load(p.resourceTypeId), 'Resource type'),
    createdBy: (p) => user(p.createdBy),
  },
};

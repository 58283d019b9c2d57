import { present } from '@atrium/kernel';
import * as resources from './service.js';
import type { Resolvers } from '../../schema.generated.js';

type IdArgs = { id: unknown; input?: unknown };

export const resourceResolvers: Resolvers = {
  Query: {
    resources: (_, args, ctx) => resources.listResources(ctx, args),
    resource: (_, args, ctx) => resources.resource(ctx, args.id),
    resourceOwnerChanges: (_, args, ctx) => resources.ownerChanges(ctx, args),
  },
  Mutation: {
    createResource: (_, args, ctx) => resources.createResource(ctx, args.input),
    updateResource: (_, args, ctx) => resources.updateResource(ctx, args.id, args.input),
    deleteResource: (_, args, ctx) => resources.deleteResource(ctx, args.id),
  },
  Resource: {
    resourceType: (r, _, ctx) => present(ctx.loaders.resourceType.load(r.resourceTypeId), 'Resource type'),
    parent: (r, _, ctx) => (r.parentResourceId ? ctx.loaders.resource.load(r.parentResourceId) : null),
    owner: (r) => (r.ownerId ? { __typename: 'User', id: r.ownerId } : null),
  },
  ResourceOwnerChange: {
    fromOwner: (c) => (c.fromOwnerId ? { __typename: 'User', id: c.fromOwnerId } : null),
    toOwner: (c) => (c.toOwnerId ? { __typename: 'User', id: c.toOwnerId } : null),
    changedBy: (c) => (c.changedBy ? { __typename: 'User', id: c.changedBy } : null),
  },
};

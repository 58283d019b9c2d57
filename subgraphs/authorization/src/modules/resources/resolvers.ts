import type { AuthorizationContext } from '../../context.js';
import type { Resource } from '../../db.js';
import * as resources from './service.js';

type Ctx = AuthorizationContext;
type IdArgs = { id: unknown; input?: unknown };

export const resourceResolvers = {
  Query: {
    resources: (_: unknown, args: { first?: unknown; after?: unknown; filter?: unknown }, ctx: Ctx) => resources.listResources(ctx, args),
    resource: (_: unknown, args: IdArgs, ctx: Ctx) => resources.resource(ctx, args.id),
  },
  Mutation: {
    createResource: (_: unknown, args: { input: unknown }, ctx: Ctx) => resources.createResource(ctx, args.input),
    updateResource: (_: unknown, args: IdArgs, ctx: Ctx) => resources.updateResource(ctx, args.id, args.input),
    deleteResource: (_: unknown, args: IdArgs, ctx: Ctx) => resources.deleteResource(ctx, args.id),
  },
  Resource: {
    resourceType: (r: Resource, _: unknown, ctx: Ctx) => ctx.loaders.resourceType.load(r.resourceTypeId),
    parent: (r: Resource, _: unknown, ctx: Ctx) => (r.parentResourceId ? ctx.loaders.resource.load(r.parentResourceId) : null),
    owner: (r: Resource) => (r.ownerId ? { __typename: 'User', id: r.ownerId } : null),
  },
};

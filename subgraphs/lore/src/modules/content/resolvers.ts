import type { Resolvers } from '../../schema.generated.js';
import * as content from './service.js';

/** Thin: parse nothing here, call the service, shape nothing. */
export const contentResolvers: Resolvers = {
  ContentType: content.CONTENT_TYPE,
  ContentStatus: content.CONTENT_STATUS,
  ContentAssignmentType: content.ASSIGNMENT_TYPE,
  ContentAccessLevel: content.ACCESS_LEVEL,
  Query: {
    contentRepositories: (_, __, ctx) => content.listRepositories(ctx),
    contentItem: (_, args, ctx) => content.getItem(ctx, args.id),
    contentItems: (_, args, ctx) => content.listItems(ctx, args),
    searchContent: (_, args, ctx) => content.search(ctx, args),
    contentVersions: (_, args, ctx) => content.listVersions(ctx, args),
    myAssignedContent: (_, args, ctx) => content.myAssigned(ctx, args),
  },
  Mutation: {
    createContentItem: (_, args, ctx) => content.createItem(ctx, args.input),
    updateContentItem: (_, args, ctx) => content.updateItem(ctx, args.id, args.input),
    transitionContentItem: (_, args, ctx) => content.transition(ctx, args.id, args.to),
    restoreContentVersion: (_, args, ctx) => content.restoreVersion(ctx, args.itemId, args.versionNumber),
    assignContent: (_, args, ctx) => content.assign(ctx, args.input),
    deactivateContentAssignment: (_, args, ctx) => content.deactivate(ctx, args.id),
  },
  ContentItem: {
    repository: (item, _, ctx) => content.repositoryOf(ctx, item),
    assignments: (item, args, ctx) => content.assignmentsOf(ctx, item, args),
  },
  ContentVersion: {
    itemId: (v) => v.contentItemId,
  },
  ContentAssignment: {
    itemId: (a) => a.contentItemId,
  },
};

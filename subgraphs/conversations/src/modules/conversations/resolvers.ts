import type { Conversation, Message } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import { callerId } from '../shared/access.js';
import { CONVERSATION_STATE, stored } from '../shared/enums.js';
import * as conversations from './service.js';
import type { Resolvers } from '../../schema.generated.js';
import { sourcesOf } from '../knowledge/service.js';


export const conversationResolvers: Resolvers = {
  Query: {
    conversations: (_, args, ctx) => conversations.listConversations(ctx, { userId: callerId(ctx) }, args),
    conversation: (_, args, ctx) => conversations.getConversation(ctx, args.id),
    sharedConversation: (_, args, ctx) => conversations.sharedConversation(ctx, args.token),
  },
  Mutation: {
    createConversation: (_, args, ctx) => conversations.createConversation(ctx, args.input),
    updateConversation: (_, args, ctx) => conversations.updateConversation(ctx, args.id, args.input),
    sendMessage: (_, args, ctx) => conversations.sendMessage(ctx, args),
    editMessage: (_, args, ctx) => conversations.editMessage(ctx, args),
    shareConversation: (_, args, ctx) => conversations.share(ctx, args),
    unshareConversation: (_, args, ctx) => conversations.unshare(ctx, args.id),
    archiveConversation: (_, args, ctx) => conversations.setState(ctx, args.id, 'archive'),
    unarchiveConversation: (_, args, ctx) => conversations.setState(ctx, args.id, 'unarchive'),
    deleteConversation: (_, args, ctx) => conversations.setState(ctx, args.id, 'delete'),
  },
  User: {
    conversations: (u, args, ctx) => conversations.listConversations(ctx, { userId: u.id }, args),
  },
  Organization: {
    conversations: (o, args, ctx) => conversations.listConversations(ctx, { organizationId: o.id }, args),
  },
  Conversation: {
    user: (c) => ({ __typename: 'User', id: c.userId }),
    organization: (c) => (c.organizationId ? { __typename: 'Organization', id: c.organizationId } : null),
    state: (c) => stored(CONVERSATION_STATE, c.conversationState),
    // A link past its expiry no longer opens anything, so it is not shown as shared.
    isShared: (c) => c.isShared && c.sharedUntil !== null && c.sharedUntil.getTime() > Date.now(),
    defaultModel: (c, _, ctx) => (c.defaultModelId ? ctx.loaders.model.load(c.defaultModelId) : null),
    totalCost: (c) => formatDecimal(c.totalCost, 4),
    messages: (c, args, ctx) => conversations.branchMessages(ctx, c, args),
    branches: (c, args, ctx) => conversations.branches(ctx, c.id, args),
  },
  SharedConversation: {
    sharedUntil: (c) => {
      // sharedConversation returns only conversations shared until a time.
      if (!c.sharedUntil) throw new Error('A shared conversation without sharedUntil');
      return c.sharedUntil;
    },
    // What the owner released through the link: read as they would (masking.ts `released`).
    messages: (c, args, ctx) => conversations.branchMessages(ctx, c, args, true),
  },
  Message: {
    model: (m, _, ctx) => (m.modelId ? ctx.loaders.model.load(m.modelId) : null),
    estimatedCost: (m) => formatDecimal(m.estimatedCost, 6),
    sentimentScore: (m) => (m.sentimentScore === null ? null : formatDecimal(m.sentimentScore, 2)),
    contentCategories: (m) => m.contentCategories ?? [],
    sources: (m) => sourcesOf(m),
  },
};

import type { ConversationsContext } from '../../context.js';
import type { Conversation, Message } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import { callerId } from '../shared/access.js';
import * as conversations from './service.js';

type Ctx = ConversationsContext;

export const conversationResolvers = {
  Query: {
    conversations: (_: unknown, args: Record<string, unknown>, ctx: Ctx) => conversations.listConversations(ctx, callerId(ctx), args),
    conversation: (_: unknown, args: { id: unknown }, ctx: Ctx) => conversations.getConversation(ctx, args.id),
    sharedConversation: (_: unknown, args: { token: unknown }, ctx: Ctx) => conversations.sharedConversation(ctx, args.token),
  },
  Mutation: {
    createConversation: (_: unknown, args: { input: unknown }, ctx: Ctx) => conversations.createConversation(ctx, args.input),
    updateConversation: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => conversations.updateConversation(ctx, args.id, args.input),
    sendMessage: (_: unknown, args: unknown, ctx: Ctx) => conversations.sendMessage(ctx, args),
    editMessage: (_: unknown, args: unknown, ctx: Ctx) => conversations.editMessage(ctx, args),
    shareConversation: (_: unknown, args: { id: unknown; until: unknown }, ctx: Ctx) => conversations.share(ctx, args),
    unshareConversation: (_: unknown, args: { id: unknown }, ctx: Ctx) => conversations.unshare(ctx, args.id),
    archiveConversation: (_: unknown, args: { id: unknown }, ctx: Ctx) => conversations.setState(ctx, args.id, 'archive'),
    unarchiveConversation: (_: unknown, args: { id: unknown }, ctx: Ctx) => conversations.setState(ctx, args.id, 'unarchive'),
    deleteConversation: (_: unknown, args: { id: unknown }, ctx: Ctx) => conversations.setState(ctx, args.id, 'delete'),
  },
  User: {
    conversations: (u: { id: string }, args: Record<string, unknown>, ctx: Ctx) => conversations.listConversations(ctx, u.id, args),
  },
  Conversation: {
    user: (c: Conversation) => ({ __typename: 'User', id: c.userId }),
    state: (c: Conversation) => c.conversationState,
    // A link past its expiry no longer opens anything, so it is not shown as shared.
    isShared: (c: Conversation) => c.isShared && c.sharedUntil !== null && c.sharedUntil.getTime() > Date.now(),
    defaultModel: (c: Conversation, _: unknown, ctx: Ctx) => (c.defaultModelId ? ctx.loaders.model.load(c.defaultModelId) : null),
    totalCost: (c: Conversation) => formatDecimal(c.totalCost, 4),
    messages: (c: Conversation, args: unknown, ctx: Ctx) => conversations.branchMessages(ctx, c.id, args),
    branches: (c: Conversation, args: unknown, ctx: Ctx) => conversations.branches(ctx, c.id, args),
  },
  SharedConversation: {
    sharedUntil: (c: Conversation) => c.sharedUntil,
    messages: (c: Conversation, args: unknown, ctx: Ctx) => conversations.branchMessages(ctx, c.id, args),
  },
  Message: {
    model: (m: Message, _: unknown, ctx: Ctx) => (m.modelId ? ctx.loaders.model.load(m.modelId) : null),
    estimatedCost: (m: Message) => formatDecimal(m.estimatedCost, 6),
    sentimentScore: (m: Message) => (m.sentimentScore === null ? null : formatDecimal(m.sentimentScore, 2)),
    contentCategories: (m: Message) => m.contentCategories ?? [],
  },
};

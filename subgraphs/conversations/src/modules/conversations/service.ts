import { idArg, connection, page, sliceConnection, badInput, conflict, notFound, parseInput, randomToken, sha256, tenantFor, inTenant, tenantsOf, type TenantScope } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { Conversation, Message } from '../../db.js';
import type { ChatMessage, ChatParameters } from '../../providers/types.js';
import { threadOf } from '../chat/branching.js';
import { buildContext, ContextTooLargeError, promptBudget } from '../chat/context.js';
import { callCost } from '../chat/cost.js';
import { assertWithinBudget } from '../chat/limits.js';
import { errorCodeOf, publishAiOperation, publishLlmUsage } from '../chat/usage.js';
import { llmClient, noteHealth, providerFailure, resolveModel } from '../llm/service.js';
import { callerId, chosenTenant, mayAccess, memberScope, requireAccess } from '../shared/access.js';
import { announceConversation, retireConversation } from './resources.js';
import { CONVERSATION_STATE, CONVERSATION_TYPE, values } from '../shared/enums.js';
import { jsonObject, text, uuid } from '../shared/inputs.js';
import { renderForUse, TemplateStore } from '../templates/service.js';
import { groundingInput, knowledgeContext, retrieveKnowledge, type GroundingInput, type StoredSource } from '../knowledge/service.js';
import { countChatTokens } from '../chat/tokens.js';
import { ConversationStore } from './store.js';

const MAX_CONTENT = 100_000;
const content = z.string().min(1, 'must not be empty').max(MAX_CONTENT, `must be at most ${MAX_CONTENT} characters`);
const modelParameters = z
  .object({
    temperature: z.number().min(0).max(2).optional(),
    topP: z.number().gt(0).max(1).optional(),
    maxTokens: z.number().int().positive().max(1_000_000).optional(),
  })
  .strict();

const filterInput = z
  .object({
    state: z.enum(values(CONVERSATION_STATE)).refine((s) => s !== 'deleted', 'deleted conversations are never listed').nullish(),
    conversationType: z.enum(values(CONVERSATION_TYPE)).nullish(),
    text: text(200).nullish(),
    organizationId: uuid.nullish(),
  })
  .nullish();

const createInput = z.object({
  title: text(255).nullish(),
  description: text(10_000).nullish(),
  conversationType: z.enum(values(CONVERSATION_TYPE)).nullish(),
  systemPrompt: z.string().max(MAX_CONTENT).nullish(),
  defaultModelId: uuid.nullish(),
  modelParameters: modelParameters.nullish(),
  context: jsonObject.nullish(),
  organizationId: uuid.nullish(),
});
const updateInput = createInput.omit({ conversationType: true, organizationId: true });

const sendArgs = z.object({
  conversationId: uuid,
  content: content.nullish(),
  parentMessageId: uuid.nullish(),
  modelId: uuid.nullish(),
  templateId: uuid.nullish(),
  variables: jsonObject.nullish(),
  knowledge: groundingInput.nullish(),
});
const editArgs = z.object({ messageId: uuid, content, modelId: uuid.nullish() });
const YEAR_MS = 366 * 24 * 3600 * 1000;
const shareArgs = z.object({ id: uuid, until: z.date() });

const messageArgs = z.object({
  branch: uuid.nullish(),
  first: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').nullish(),
  after: z.string().max(200).nullish(),
  last: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').nullish(),
});

// ── Reading ────────────────────────────────────────────────────────────────────────────────

/**
 * Which conversations a listing may return. The caller's own: personal ones and those in its
 * organizations. Another user's (User.conversations): inside the tenants where the caller holds
 * conversation:read. One organization's (Organization.conversations): all of them where the
 * caller holds conversation:read there, else the caller's own in it.
 */
async function listingScope(ctx: ConversationsContext, of: { userId: string } | { organizationId: string }): Promise<{ tenants: TenantScope; ownerId: string | null }> {
  const me = callerId(ctx);
  if ('userId' in of) return of.userId === me ? { tenants: await memberScope(ctx), ownerId: me } : { tenants: await tenantFor(ctx, 'conversation:read'), ownerId: of.userId };
  const readers = await tenantFor(ctx, 'conversation:read');
  if (inTenant(readers, of.organizationId)) return { tenants: tenantsOf([of.organizationId]), ownerId: null };
  return { tenants: inTenant(await memberScope(ctx), of.organizationId) ? tenantsOf([of.organizationId]) : tenantsOf([]), ownerId: me };
}

export async function listConversations(ctx: ConversationsContext, of: { userId: string } | { organizationId: string }, rawArgs: Record<string, unknown>) {
  const p = page(rawArgs);
  const filter = parseInput(filterInput, rawArgs.filter, ['filter']) ?? {};
  if ('organizationId' in of) filter.organizationId = of.organizationId;
  const { tenants, ownerId } = await listingScope(ctx, filter.organizationId ? { organizationId: filter.organizationId } : of);
  const rows = await new ConversationStore(ctx.db).list(tenants, ownerId, filter, p);
  rows.forEach((row) => ctx.loaders.conversation.prime(row.id, row));
  return connection(rows, p);
}

const ownedRow = (c: Conversation) => ({ id: c.id, ownerId: c.userId, organizationId: c.organizationId });

/**
 * A conversation the caller may read: the owner (while it belongs to the conversation's
 * organization), or conversation:read about it. Deleted ones are gone; so are those the caller
 * may not read, with the same answer.
 */
export async function getConversation(ctx: ConversationsContext, rawId: unknown): Promise<Conversation | null> {
  const conversation = await ctx.loaders.conversation.load(idArg(rawId));
  if (!conversation || conversation.conversationState === 'deleted') return null;
  return (await mayAccess(ctx, ownedRow(conversation), 'conversation:read')) ? conversation : null;
}

type WriteAction = 'conversation:update' | 'conversation:delete' | 'conversation:share';

async function loadForWrite(ctx: ConversationsContext, id: string, permission: WriteAction): Promise<Conversation> {
  const conversation = await ctx.loaders.conversation.load(id);
  if (!conversation || conversation.conversationState === 'deleted') throw notFound('Conversation');
  await requireAccess(ctx, ownedRow(conversation), permission, 'Conversation');
  return conversation;
}

/** One branch as a connection; cursors are sequence numbers, unique in a conversation. */
/**
 * Whose messages these are, for masking (kernel masking.ts): the conversation's owner is the
 * data subject of its messages; a share link's reader reads what the owner released.
 */
export const messageViews = new WeakMap<Message, { ownerId: string; shared: boolean }>();
const viewAs = <T extends Message>(m: T, ownerId: string, shared = false): T => (messageViews.set(m, { ownerId, shared }), m);

export async function branchMessages(ctx: ConversationsContext, conversation: Pick<Conversation, 'id' | 'userId'>, rawArgs: unknown, shared = false) {
  const conversationId = conversation.id;
  const args = parseInput(messageArgs, rawArgs);
  if (args.last && (args.first || args.after)) throw badInput([{ path: ['last'], message: 'cannot be combined with first or after' }]);
  const path = (await ctx.loaders.branchPath.load({ conversationId, leafId: args.branch ?? null, limit: args.last ?? null })).map((m) => viewAs(m, conversation.userId, shared));
  const cursorOf = (m: Message) => Buffer.from(String(m.sequenceNumber)).toString('base64url');
  return sliceConnection(path, args.last ?? args.first ?? 100, args.after ?? null, cursorOf);
}

export async function branches(ctx: ConversationsContext, conversationId: string, rawArgs: unknown) {
  const p = page(rawArgs);
  const leaves = await ctx.loaders.leavesByConversation.load(conversationId);
  const nodes = leaves.map((leaf) => ({ id: leaf.message.id, leaf: leaf.message, threadId: leaf.message.threadId, length: leaf.length }));
  return sliceConnection(nodes, p.first, p.afterId ? Buffer.from(p.afterId).toString('base64url') : null, (n) => Buffer.from(n.id).toString('base64url'));
}

// ── Writing ────────────────────────────────────────────────────────────────────────────────

function parametersOf(json: unknown): ChatParameters {
  const parsed = modelParameters.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}

export async function createConversation(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  const { model } = await resolveModel(ctx, input.defaultModelId, null, ['input', 'defaultModelId']);
  const organizationId = await chosenTenant(ctx, input.organizationId, ['input', 'organizationId']);
  return writeConversation(ctx, (store) => store.create({
    userId: callerId(ctx),
    organizationId,
    title: input.title ?? null,
    description: input.description ?? null,
    conversationType: input.conversationType ?? 'chat',
    systemPrompt: input.systemPrompt ?? null,
    defaultModelId: model.id,
    modelParameters: input.modelParameters ?? {},
    context: input.context ?? {},
  }));
}

/** A change of a conversation's row and its resource, in one transaction. */
async function writeConversation(ctx: ConversationsContext, write: (store: ConversationStore) => Promise<Conversation>): Promise<Conversation> {
  const saved = await ctx.db.$transaction(async (tx) => {
    const row = await write(new ConversationStore(tx));
    if (row.conversationState === 'deleted') await retireConversation(ctx.events, tx, row);
    else await announceConversation(ctx.events, tx, row);
    return row;
  });
  ctx.loaders.conversation.clear(saved.id).prime(saved.id, saved);
  return saved;
}

export async function updateConversation(ctx: ConversationsContext, rawId: unknown, raw: unknown) {
  const conversation = await loadForWrite(ctx, idArg(rawId), 'conversation:update');
  const input = parseInput(updateInput, raw, ['input']);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'modelParameters' || key === 'context') data[key] = value ?? {};
    else data[key] = value;
  }
  if (input.defaultModelId) await resolveModel(ctx, input.defaultModelId, null, ['input', 'defaultModelId']);
  return writeConversation(ctx, (store) => store.update(conversation.id, data));
}

export async function setState(ctx: ConversationsContext, rawId: unknown, action: 'archive' | 'unarchive' | 'delete') {
  const conversation = await loadForWrite(ctx, idArg(rawId), action === 'delete' ? 'conversation:delete' : 'conversation:update');
  switch (action) {
    case 'archive':
      if (conversation.conversationState === 'archived') return conversation;
      return writeConversation(ctx, (store) => store.update(conversation.id, { conversationState: 'archived', archivedAt: new Date() }));
    case 'unarchive':
      if (conversation.conversationState === 'active') return conversation;
      return writeConversation(ctx, (store) => store.update(conversation.id, { conversationState: 'active', archivedAt: null }));
    case 'delete':
      // Soft delete; a share link must not outlive it, and neither do grants about it.
      return writeConversation(ctx, (store) => store.update(conversation.id, { conversationState: 'deleted', isShared: false, shareToken: null, sharedUntil: null }));
  }
}

export async function share(ctx: ConversationsContext, raw: { id: unknown; until: unknown }) {
  const args = parseInput(shareArgs, raw);
  const now = Date.now();
  if (args.until.getTime() <= now) throw badInput([{ path: ['until'], message: 'must be in the future' }]);
  if (args.until.getTime() > now + YEAR_MS) throw badInput([{ path: ['until'], message: 'must be at most a year away' }]);
  const conversation = await loadForWrite(ctx, args.id, 'conversation:share');
  const token = randomToken(32);
  const updated = await new ConversationStore(ctx.db).update(conversation.id, { isShared: true, shareToken: sha256(token), sharedUntil: args.until });
  return { conversation: updated, token, sharedUntil: args.until };
}

export async function unshare(ctx: ConversationsContext, rawId: unknown) {
  const conversation = await loadForWrite(ctx, idArg(rawId), 'conversation:share');
  return new ConversationStore(ctx.db).update(conversation.id, { isShared: false, shareToken: null, sharedUntil: null });
}

/** A conversation opened by a share token: only while shared, not expired and not deleted. */
export async function sharedConversation(ctx: ConversationsContext, rawToken: unknown) {
  const token = parseInput(z.string().min(1).max(200), rawToken, ['token']);
  const conversation = await new ConversationStore(ctx.db).byShareHash(sha256(token));
  if (!conversation || !conversation.isShared || !conversation.sharedUntil || conversation.sharedUntil.getTime() <= Date.now()) return null;
  if (conversation.conversationState === 'deleted') return null;
  return conversation;
}

const chatMessageOf = (m: Pick<Message, 'role' | 'content'>): ChatMessage | null =>
  m.role === 'user' || m.role === 'assistant' || m.role === 'system' ? { role: m.role, content: m.content } : null;

interface SendInput {
  content: string;
  /** `undefined`: continue after the newest message; `null`: a new root. */
  parentId: string | null | undefined;
  modelId: string | null | undefined;
  template: { id: string; version: number } | null;
  modelPath: (string | number)[];
  /** Ground the answer in knowledge retrieved from lore. */
  knowledge?: GroundingInput | null;
}

/**
 * The whole of sendMessage: (1) store the user message, (2) build the context along the
 * branch, trimmed to the model's budget, (3) call the provider, (4) store the answer with its
 * tokens, cost and timings, (5) update the conversation's totals atomically. Validation and the
 * context come first, so a refused request stores nothing; a provider failure keeps the user
 * message and stores no answer.
 */
async function send(ctx: ConversationsContext, conversation: Conversation, input: SendInput) {
  if (conversation.conversationState !== 'active') throw conflict(`The conversation is ${conversation.conversationState}; unarchive it to send messages`, ['conversationId']);
  const store = new ConversationStore(ctx.db);
  const { model, provider } = await resolveModel(ctx, input.modelId, conversation.defaultModelId, input.modelPath);
  await assertWithinBudget(ctx, conversation.organizationId);
  const parameters = parametersOf(conversation.modelParameters);

  // The branch the message follows: to the given parent, to the newest message, or none (a new root).
  const history = input.parentId === null ? [] : await store.contextPath(conversation.id, input.parentId ?? null);
  const last = history.at(-1);
  const parent = last ? { id: last.id, threadId: last.thread_id } : null;
  const budget = promptBudget(model.maxTokens, parameters.maxTokens);
  // Knowledge (when asked for): retrieved as the caller, then as many of the best chunks as fit
  // beside the system prompt and the new message; older history is trimmed before them.
  let systemPrompt = conversation.systemPrompt;
  let sources: StoredSource[] = [];
  let retrieved = 0;
  if (input.knowledge) {
    const chunks = await retrieveKnowledge(ctx, input.knowledge, input.content);
    retrieved = chunks.length;
    const fixed = countChatTokens([{ content: conversation.systemPrompt }, { content: input.content }]);
    const grounded = knowledgeContext(chunks, budget === null ? null : Math.max(0, budget - fixed));
    sources = grounded.used;
    if (grounded.text) systemPrompt = conversation.systemPrompt ? `${conversation.systemPrompt}\n\n${grounded.text}` : grounded.text;
  }
  let built;
  try {
    built = buildContext({
      systemPrompt,
      history: [...history.map(chatMessageOf).filter((m): m is ChatMessage => m !== null), { role: 'user', content: input.content }],
      budget,
    });
  } catch (error) {
    if (error instanceof ContextTooLargeError) throw badInput([{ path: ['content'], message: error.message }]);
    throw error;
  }

  // (1) The user message, in its own transaction: it stays whatever the provider does.
  const userMessage = await ctx.db.$transaction(async (tx) => {
    const s = new ConversationStore(tx);
    const { totalMessages: sequenceNumber } = await s.claimSequence(conversation.id, 0);
    const id = randomUUID();
    const threadId = threadOf({
      conversationId: conversation.id,
      newMessageId: id,
      parent,
      parentHasChildren: parent ? await s.hasChildren(parent.id) : false,
      conversationHasMessages: sequenceNumber > 1,
    });
    if (input.template) await new TemplateStore(tx).incrementUsage(input.template.id);
    return s.insertMessage({
      id,
      conversationId: conversation.id,
      role: 'user',
      content: input.content,
      sequenceNumber,
      parentMessageId: parent?.id ?? null,
      threadId,
      metadata: input.template ? { promptTemplate: input.template } : {},
    });
  });

  // (3) The provider call, outside any transaction.
  const startedAt = new Date();
  const began = performance.now();
  let result;
  try {
    result = await (await llmClient(ctx, provider)).chat({ model: model.modelName, messages: built.messages, parameters });
  } catch (error) {
    const failure = providerFailure(error);
    if (failure !== error) await noteHealth(ctx, provider, (error as { health: 'degraded' | 'down' | 'unknown' }).health);
    // A failed call is usage too (no tokens, no cost); it must not hide the failure itself.
    const usage = { provider: provider.name, model: model.modelName, operation: 'chat' as const, inputTokens: 0, outputTokens: 0, cost: '0', latencyMs: Math.round(performance.now() - began), success: false, errorCode: errorCodeOf(failure), organizationId: conversation.organizationId };
    await publishLlmUsage(ctx, ctx.db, usage).catch((e: unknown) => ctx.logger.warn({ err: e }, 'llm usage of a failed call not published'));
    throw failure;
  }
  const completedAt = new Date();
  const responseTimeMs = Math.round(performance.now() - began);
  await noteHealth(ctx, provider, 'healthy');
  const estimatedCost = callCost(result.promptTokens, result.completionTokens, model);
  const totalTokens = result.promptTokens + result.completionTokens;

  // (4) + (5) The answer and the totals, atomically.
  const { assistantMessage, updated } = await ctx.db.$transaction(async (tx) => {
    const s = new ConversationStore(tx);
    const { totalMessages: sequenceNumber } = await s.claimSequence(conversation.id, totalTokens);
    const assistantMessage = await s.insertMessage({
      conversationId: conversation.id,
      role: 'assistant',
      content: result.content ?? '',
      sequenceNumber,
      parentMessageId: userMessage.id,
      threadId: userMessage.threadId,
      modelId: model.id,
      modelParameters: { ...parameters },
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
      totalTokens,
      estimatedCost: estimatedCost.toFixed(6),
      responseTimeMs,
      processingStartedAt: startedAt,
      processingCompletedAt: completedAt,
      metadata: {
        provider: provider.name,
        finishReason: result.finishReason,
        usageReported: result.usageReported,
        contextMessages: built.messages.length,
        trimmedMessages: built.trimmed,
        ...(input.knowledge ? { knowledge: { retrieved, used: sources.length } } : {}),
      },
      knowledgeSources: sources as unknown as object[],
    });
    const usage = { provider: provider.name, model: model.modelName, operation: 'chat' as const, inputTokens: result.promptTokens, outputTokens: result.completionTokens, cost: estimatedCost, latencyMs: responseTimeMs, success: true, errorCode: null, organizationId: conversation.organizationId };
    await publishLlmUsage(ctx, tx, usage);
    await publishAiOperation(ctx, tx, { operation: 'chat', provider: provider.name, model: model.modelName, organizationId: conversation.organizationId, resourceType: 'Message', resourceId: assistantMessage.id, input: input.content, output: result.content ?? '', success: true });
    return { assistantMessage, updated: await s.recomputeCost(conversation.id) };
  });
  ctx.loaders.conversation.clear(conversation.id).prime(conversation.id, updated);
  return { userMessage: viewAs(userMessage, conversation.userId), assistantMessage: viewAs(assistantMessage, conversation.userId), conversation: updated };
}

export async function sendMessage(ctx: ConversationsContext, raw: unknown) {
  const args = parseInput(sendArgs, raw);
  if ((args.content ? 1 : 0) + (args.templateId ? 1 : 0) !== 1) throw badInput([{ path: ['content'], message: 'give either content or templateId' }]);
  if (args.variables && !args.templateId) throw badInput([{ path: ['variables'], message: 'only with templateId' }]);
  const conversation = await loadForWrite(ctx, args.conversationId, 'conversation:update');
  let content = args.content ?? '';
  let template: SendInput['template'] = null;
  if (args.templateId) {
    const rendered = await renderForUse(ctx, args.templateId, args.variables ?? {}, ['templateId'], ['variables']);
    content = rendered.text;
    template = { id: rendered.template.id, version: rendered.template.templateVersion };
  }
  let parentId: string | null | undefined;
  if (args.parentMessageId) {
    const parent = await ctx.loaders.message.load(args.parentMessageId);
    if (!parent || parent.conversationId !== conversation.id) throw badInput([{ path: ['parentMessageId'], message: 'is not a message of this conversation' }]);
    parentId = parent.id;
  }
  return send(ctx, conversation, { content, parentId, modelId: args.modelId, template, modelPath: ['modelId'], knowledge: args.knowledge ?? null });
}

/** Re-send in place of an earlier user message: a new branch from the same parent. */
export async function editMessage(ctx: ConversationsContext, raw: unknown) {
  const args = parseInput(editArgs, raw);
  const message = await ctx.loaders.message.load(args.messageId);
  if (!message) throw notFound('Message');
  const conversation = await loadForWrite(ctx, message.conversationId, 'conversation:update');
  if (message.role !== 'user') throw badInput([{ path: ['messageId'], message: 'only user messages can be edited' }]);
  return send(ctx, conversation, { content: args.content, parentId: message.parentMessageId, modelId: args.modelId, template: null, modelPath: ['modelId'] });
}

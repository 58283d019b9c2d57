import { defineSubgraph } from '@atrium/kernel';
import { conversationsConfig } from './config.js';
import type { ConversationsDeps } from './context.js';
import type { Message } from './db.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { agentResolvers } from './modules/agents/resolvers.js';
import { conversationResolvers } from './modules/conversations/resolvers.js';
import { messageViews } from './modules/conversations/service.js';
import { documentResolvers } from './modules/documents/resolvers.js';
import { llmResolvers } from './modules/llm/resolvers.js';
import { enumResolvers } from './modules/shared/enums.js';
import { TemplateValidator } from './modules/templates/render.js';
import { templateResolvers } from './modules/templates/resolvers.js';
import { accessMap } from './permissions.js';
import { RateLimiterRegistry } from './providers/limiter.js';
import { DecimalScalar } from './scalars.js';
import { seedConversations } from './seed.js';
import { announceExistingObjects } from './backfill.js';
import { createTasks } from './tasks.js';
import { spendLimitEvents } from './modules/chat/limits.js';

/** Conversations: LLM providers and models, conversations, prompt templates, documents, agents. */
export default defineSubgraph({
  name: 'conversations',
  port: 4103,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  config: conversationsConfig,
  scalars: { Decimal: DecimalScalar },
  modules: [enumResolvers, llmResolvers, conversationResolvers, templateResolvers, documentResolvers, agentResolvers],
  types: {
    context: './context.js#ConversationsContext',
    scalars: { Decimal: 'string' },
    mappers: {
      User: './modules/shared/refs.js#UserRef',
      Organization: './modules/shared/refs.js#OrganizationRef',
      LlmProvider: './db.js#LlmProvider',
      LlmModel: './db.js#LlmModel',
      Conversation: './db.js#Conversation',
      SharedConversation: './db.js#Conversation',
      Message: './db.js#Message',
      PromptTemplate: './db.js#PromptTemplate',
      Document: './db.js#Document',
      DocumentProcessingJob: './db.js#DocumentProcessingJob',
      Agent: './db.js#Agent',
      AgentTool: './db.js#AgentTool',
      AgentToolAssignment: './db.js#AgentToolAssignment',
      AgentExecution: './db.js#AgentExecution',
    },
  },
  accessMap,
  // Message text is classified (compliance data element conversations.messages.content). Its data
  // subject is the conversation's owner (clear to them); a share link's reader sees what the owner
  // released. Elsewhere the caller's masking policies decide.
  classified: { Message: { content: { column: 'conversations.messages.content', owner: (m: Message) => messageViews.get(m)?.ownerId, released: (m: Message) => messageViews.get(m)?.shared === true } } },
  loaders: createLoaders,
  services: ({ config, settings }): ConversationsDeps => ({
    llm: { settings: settings.llm, limiter: new RateLimiterRegistry(), encryptionKey: config.secrets.encryptionKey },
    templates: new TemplateValidator(),
  }),
  tasks: (deps) => createTasks(deps),
  events: spendLimitEvents,
  seed: async ({ db, events }) => {
    await seedConversations(db);
    await announceExistingObjects(db, events);
  },
});

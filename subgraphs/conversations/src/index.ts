import { EnvelopeCipher, defineSubgraph, subgraphUrl } from '@atrium/kernel';
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
import { conversationsSecrets } from './modules/llm/secrets.js';
import { conversationsSubjectData } from './modules/privacy/subject-data.js';

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
  services: ({ config, settings }): ConversationsDeps => {
    // Provider API keys under conversations' compliance-managed data key; `v1` ones (the single configured key) still read.
    const envelope = new EnvelopeCipher({ service: 'conversations', keyServiceUrl: () => subgraphUrl(config, 'compliance'), signatureSecret: config.secrets.subgraphHmacSecret, legacyKey: config.secrets.encryptionKey });
    return { llm: { settings: settings.llm, limiter: new RateLimiterRegistry(), envelope }, envelope, templates: new TemplateValidator() };
  },
  tasks: (deps) => ({ ...createTasks(deps), ...conversationsSecrets.tasks(deps) }),
  // A rotation of its key re-encrypts the provider keys (one job at a time).
  events: [...spendLimitEvents, ...conversationsSecrets.events],
  subjectData: conversationsSubjectData,
  seed: async ({ db, events }) => {
    // Provider keys still under the single configured key move to managed data keys once the job runner is up.
    await conversationsSecrets.queueLegacyPass(db);
    await seedConversations(db);
    await announceExistingObjects(db, events);
  },
});

import { createPrisma, type Logger } from '@atrium/kernel';
import { Prisma, PrismaClient } from './generated/prisma/client.js';

export type ConversationsDb = ReturnType<typeof createConversationsDb>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = ConversationsDb | Prisma.TransactionClient;

/** The conversations subgraph's own client; it sees only the `conversations` schema. */
export function createConversationsDb(url: string, logger: Logger, max?: number) {
  return createPrisma(PrismaClient, { url, schema: 'conversations', logger, max });
}

export { Prisma };
export type {
  LlmProvider,
  LlmModel,
  Conversation,
  Message,
  Document,
  DocumentProcessingJob,
  PromptTemplate,
  Agent,
  AgentExecution,
  AgentTool,
  AgentToolAssignment,
} from './generated/prisma/client.js';

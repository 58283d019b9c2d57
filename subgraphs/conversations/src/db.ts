import type { Client } from '@atrium/kernel';
import type { PrismaClient } from './generated/prisma/client.js';
import { Prisma } from './generated/prisma/client.js';

/** The conversations subgraph's own client; it sees only the `conversations` schema. */
export type ConversationsDb = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = ConversationsDb | Prisma.TransactionClient;

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

import type { Client } from '@atrium/kernel';
import type { PrismaClient, Prisma } from './generated/prisma/client.js';

/** The lore subgraph's own client; it sees only the `lore` schema. */
export type LoreDb = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = LoreDb | Prisma.TransactionClient;

export type { Prisma };
export type { EmbeddingModel, Collection, Document, Chunk, Entity, Relationship } from './generated/prisma/client.js';
import type { Chunk } from './generated/prisma/client.js';
/** A chunk as GraphQL sees it: with its document's creator, for the owner rule. */
export type ChunkRow = Omit<Chunk, 'search_vector'> & { createdById: string | null };
export type { ContentRepository, ContentItem, ContentVersion, ContentAssignment, ContentStatus, AccessLevel } from './generated/prisma/client.js';

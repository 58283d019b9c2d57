import { createPrisma, type Logger } from '@atrium/kernel';
import { PrismaClient, type Prisma } from './generated/prisma/client.js';

export type AuthorizationDb = ReturnType<typeof createAuthorizationDb>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = AuthorizationDb | Prisma.TransactionClient;

/** The authorization subgraph's own client; it sees only the `authorization` schema. */
export function createAuthorizationDb(url: string, logger: Logger, max?: number) {
  return createPrisma(PrismaClient, { url, schema: 'authorization', logger, max });
}

export type { Prisma };
export type { ResourceType, Resource, Role, Permission, RolePermission, UserRole, UserPermission } from './generated/prisma/client.js';

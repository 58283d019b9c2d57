import { createPrisma, type Logger } from '@atrium/kernel';
import { PrismaClient, type Prisma } from './generated/prisma/client.js';

export type IdentityDb = ReturnType<typeof createIdentityDb>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = IdentityDb | Prisma.TransactionClient;

/** The identity subgraph's own client; it sees only the `identity` schema. */
export function createIdentityDb(url: string, logger: Logger) {
  return createPrisma(PrismaClient, { url, schema: 'identity', logger });
}

export type { Prisma };
export type { User, UserProfile, Organization, OrganizationMember, Team, TeamMember, SsoProvider, RefreshSession } from './generated/prisma/client.js';

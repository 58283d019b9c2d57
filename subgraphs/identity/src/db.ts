import type { Client } from '@atrium/kernel';
import type { PrismaClient, Prisma } from './generated/prisma/client.js';

/** The identity subgraph's own client; it sees only the `identity` schema. */
export type IdentityDb = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = IdentityDb | Prisma.TransactionClient;

export type { Prisma };
export type { User, UserProfile, Organization, OrganizationMember, Team, TeamMember, SsoProvider, RefreshSession } from './generated/prisma/client.js';

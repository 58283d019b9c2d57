import type { Client } from '@atrium/kernel';
import type { PrismaClient, Prisma } from './generated/prisma/client.js';

/** The authorization subgraph's own client; it sees only the `authorization` schema. */
export type AuthorizationDb = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = AuthorizationDb | Prisma.TransactionClient;

export type { Prisma };
export type { ResourceType, Resource, ResourceOwnerChange, Role, Permission, RolePermission, UserRole, UserPermission } from './generated/prisma/client.js';

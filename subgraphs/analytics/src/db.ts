import type { Client } from '@atrium/kernel';
import type { PrismaClient, Prisma } from './generated/prisma/client.js';

/** The analytics subgraph's own client; it sees only the `analytics` schema. */
export type AnalyticsDb = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = AnalyticsDb | Prisma.TransactionClient;

export type { Prisma };

export type { BusinessMetric, CostCenter } from './generated/prisma/client.js';

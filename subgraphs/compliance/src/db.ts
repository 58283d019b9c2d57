import type { Client } from '@atrium/kernel';
import type { PrismaClient, Prisma } from './generated/prisma/client.js';

/** The compliance subgraph's own client; it sees only the `compliance` schema. */
export type ComplianceDb = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = ComplianceDb | Prisma.TransactionClient;

export type { Prisma };
export type { AuditLog, ChangeSet, ChangeTracking, ComplianceAssessment, ComplianceFramework, SecurityEvent } from './generated/prisma/client.js';
export type { AiComplianceLog, ConsentRecord, DataProcessingActivity, PrivacyConsent } from './generated/prisma/client.js';
export type { DataClassification, DataElement, MaskingPolicy } from './generated/prisma/client.js';
export type { DataSubjectContribution, DataSubjectRequest } from './generated/prisma/client.js';
export type { EncryptionKey, EncryptedDataRegistry } from './generated/prisma/client.js';

import { ConfigError, EVENTS, defineSubgraph, on, serviceCall, type SubgraphServices } from '@atrium/kernel';
import { complianceConfig, type ComplianceSettings } from './config.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { PARTITION_TASK, maintainPartitions } from './modules/audit/partitions.js';
import { auditResolvers } from './modules/audit/resolvers.js';
import { recordAuditEvent } from './modules/audit/service.js';
import { aiResolvers } from './modules/ai/resolvers.js';
import { recordAiOperation } from './modules/ai/service.js';
import { privacyResolvers } from './modules/privacy/resolvers.js';
import { requestResolvers } from './modules/requests/resolvers.js';
import { recordContribution } from './modules/requests/service.js';
import { complianceSubjectData } from './modules/requests/subject-data.js';
import { maskingResolvers } from './modules/masking/resolvers.js';
import { maskingPlanHandler } from './modules/masking/service.js';
import { securityResolvers } from './modules/security/resolvers.js';
import { changeResolvers } from './modules/changes/resolvers.js';
import { governanceResolvers } from './modules/governance/resolvers.js';
import { dataKeyCall, recordRegistrations } from './modules/keys/service.js';
import { keyResolvers } from './modules/keys/resolvers.js';
import { enumResolvers } from './modules/shared/enums.js';
import { accessMap } from './permissions.js';

type Deps = SubgraphServices<PrismaClient, ComplianceSettings>;

/**
 * Compliance (issue 12): the audit trail of every mutation of every subgraph, hash-chained and
 * append-only in monthly partitions of `compliance.audit_logs`; security events; managed data
 * keys wrapped with the master key, served to owning subgraphs by the `dataKey` service call.
 */
export default defineSubgraph({
  name: 'compliance',
  port: 4106,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  config: complianceConfig,
  modules: [enumResolvers, auditResolvers, securityResolvers, governanceResolvers, changeResolvers, privacyResolvers, requestResolvers, maskingResolvers, aiResolvers, keyResolvers],
  types: { context: './context.js#ComplianceContext', mappers: { EncryptionKey: './db.js#EncryptionKey', EncryptedDataEntry: './db.js#EncryptedDataRegistry', AuditLog: './db.js#AuditLog', SecurityEvent: './db.js#SecurityEvent', ComplianceFramework: './db.js#ComplianceFramework', ComplianceAssessment: './db.js#ComplianceAssessment', ChangeSet: './db.js#ChangeSet', Change: './db.js#ChangeTracking', ProcessingActivity: './db.js#DataProcessingActivity', PrivacyConsent: './modules/privacy/store.js#ConsentRow', ConsentRecord: './db.js#ConsentRecord', DataClassification: './db.js#DataClassification', DataElement: './db.js#DataElement', MaskingPolicy: './db.js#MaskingPolicy', AiComplianceLog: './db.js#AiComplianceLog', DataSubjectRequest: './modules/requests/store.js#RequestRow', DataSubjectContribution: './db.js#DataSubjectContribution' } },
  accessMap,
  // Filing a data-subject request creates one (the receipt carries it and its token).
  audit: Object.fromEntries(['requestDataExport', 'requestErasure', 'requestDataSubjectAction'].map((f) => [f, { eventType: 'create', resourceType: 'DataSubjectRequest' }])),
  // The session IP of every audit row is classified (data element compliance.audit_logs.ip_address).
  classified: { AuditLog: { ipAddress: { column: 'compliance.audit_logs.ip_address', owner: (a: { userId: string | null }) => a.userId } } },
  // Every subgraph's kernel asks for the caller's masking plan once per request (masking.ts).
  // (deps.db is the instance's counted client, which the definition's type does not say.)
  // Owning subgraphs get their data keys here too (kernel keys.ts): a signed service call, no user token.
  // Built once when the subgraph starts: production refuses to start without the master key that wraps every data key.
  internal: (deps) => {
    if (!deps.settings.keys.masterKey && deps.config.isProduction) throw new ConfigError(['ATRIUM_MASTER_KEY: required when NODE_ENV=production']);
    return { maskingPlan: maskingPlanHandler(deps as unknown as Parameters<typeof maskingPlanHandler>[0]), dataKey: serviceCall((input) => dataKeyCall(deps, input)) };
  },
  loaders: createLoaders,
  events: [
    on(EVENTS.auditRecorded, async (payload, deps: Deps, meta) => void (await recordAuditEvent(deps, payload, meta))),
    on(EVENTS.aiOperationLogged, async (payload, deps: Deps, meta) => void (await recordAiOperation(deps, payload, meta))),
    on(EVENTS.encryptionRegistered, async (payload, deps: Deps) => recordRegistrations(deps, payload)),
    on(EVENTS.subjectDataContributed, async (payload, deps: Deps, meta) => void (await recordContribution(deps, payload, meta))),
  ],
  // Its own part of data-subject requests: consents, AI and security records, the audit trail (pseudonymized on erasure).
  subjectData: complianceSubjectData,
  tasks: (deps) => ({ [PARTITION_TASK]: async (payload) => void (await maintainPartitions(deps, payload)) }),
  // Partitions for the coming months now, and the daily job that keeps them ahead.
  seed: async (s) => void (await maintainPartitions(s)),
});

/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EncryptionKey as EncryptionKeyModel, EncryptedDataRegistry as EncryptedDataRegistryModel, AuditLog as AuditLogModel, SecurityEvent as SecurityEventModel, ComplianceFramework as ComplianceFrameworkModel, ComplianceAssessment as ComplianceAssessmentModel, ChangeSet as ChangeSetModel, ChangeTracking as ChangeTrackingModel, DataProcessingActivity as DataProcessingActivityModel, ConsentRecord as ConsentRecordModel, DataClassification as DataClassificationModel, DataElement as DataElementModel, MaskingPolicy as MaskingPolicyModel, AiComplianceLog as AiComplianceLogModel, DataSubjectContribution as DataSubjectContributionModel } from './db.js';
import type { ConsentRow as ConsentRowModel } from './modules/privacy/store.js';
import type { RequestRow as RequestRowModel } from './modules/requests/store.js';
import type { ComplianceContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time, serialised in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * One LLM operation as the AI compliance log keeps it (003 ai_compliance_logs): masked excerpts of
 * what went in and came out, the safety checks' results, and a review when flagged.
 */
export type AiComplianceLog = {
  __typename?: 'AiComplianceLog';
  /** When the operation happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it was flagged. */
  flagReason?: Maybe<Scalars['String']['output']>;
  /** Whether it needs a person's review. */
  flagged: Scalars['Boolean']['output'];
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** The input with personal data and deny-listed terms masked, at most 500 characters. */
  inputExcerpt?: Maybe<Scalars['String']['output']>;
  /** The model. */
  model: Scalars['String']['output'];
  /** The kind of operation. */
  operation: AiOperationKind;
  /** The organization it belongs to. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The output, masked the same way. */
  outputExcerpt?: Maybe<Scalars['String']['output']>;
  /** The provider that served it. */
  provider: Scalars['String']['output'];
  /** The request (the audit trail has the same id). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The id of that object. */
  resourceId: Scalars['String']['output'];
  /** What the operation produced: Message, AgentExecution. */
  resourceType: Scalars['String']['output'];
  /** The reviewer's notes. */
  reviewNotes?: Maybe<Scalars['String']['output']>;
  /** Where the review stands. */
  reviewStatus: AiReviewStatus;
  /** When it was reviewed. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reviewed it. */
  reviewedBy?: Maybe<Scalars['ID']['output']>;
  /** What the checks found per side: PII counts by kind (never the values), deny-listed terms, reasons. */
  safetyCheckResults: Scalars['JSON']['output'];
  /** The user who asked. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** A page of AI compliance records, newest first. */
export type AiComplianceLogConnection = {
  __typename?: 'AiComplianceLogConnection';
  /** Edges with cursors. */
  edges: Array<AiComplianceLogEdge>;
  /** The records of this page. */
  nodes: Array<AiComplianceLog>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** An AI compliance record with its cursor. */
export type AiComplianceLogEdge = {
  __typename?: 'AiComplianceLogEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: AiComplianceLog;
};

/** Which AI compliance records to list; every given criterion must hold. */
export type AiComplianceLogFilter = {
  /** Flagged (or not) only. */
  flagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** From this time (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** One kind of operation. */
  operation?: InputMaybe<AiOperationKind>;
  /** One review state. */
  reviewStatus?: InputMaybe<AiReviewStatus>;
  /** Before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** One user's operations. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The kind of LLM operation an AI compliance record is about. */
export type AiOperationKind =
  /** An agent run (runAgent). */
  | 'agent'
  /** A message answered in a conversation (sendMessage, editMessage). */
  | 'chat'
  /** A document job. */
  | 'document';

/** A reviewer's decision on a flagged record. */
export type AiReviewDecision =
  /** A false alarm. */
  | 'cleared'
  /** The finding stands. */
  | 'confirmed';

/** Where a record is in its review. */
export type AiReviewStatus =
  /** Reviewed: a false alarm. */
  | 'cleared'
  /** Reviewed: the finding stands. */
  | 'confirmed'
  /** Not flagged: nothing to review. */
  | 'none'
  /** Flagged and waiting for a reviewer. */
  | 'pending';

/** One finding of an assessment. */
export type AssessmentFinding = {
  __typename?: 'AssessmentFinding';
  /** What was found. */
  description?: Maybe<Scalars['String']['output']>;
  /** The framework requirement it is about, when one. */
  requirementId?: Maybe<Scalars['String']['output']>;
  /** How serious. */
  severity: FindingSeverity;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A finding to record. */
export type AssessmentFindingInput = {
  /** What was found. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A requirement id of the assessment's framework (BAD_USER_INPUT otherwise). */
  requirementId?: InputMaybe<Scalars['String']['input']>;
  /** How serious. */
  severity: FindingSeverity;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** One recommendation of an assessment. */
export type AssessmentRecommendation = {
  __typename?: 'AssessmentRecommendation';
  /** What to do. */
  description?: Maybe<Scalars['String']['output']>;
  /** By when (YYYY-MM-DD). */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** How soon. */
  priority: RecommendationPriority;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A recommendation to record. */
export type AssessmentRecommendationInput = {
  /** What to do. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** By when (YYYY-MM-DD). */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** How soon (default MEDIUM). */
  priority?: InputMaybe<RecommendationPriority>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** What the reviewer decides. */
export type AssessmentReviewDecision =
  /** Reviewed: the assessment waits for its approval. */
  | 'accept'
  /** Sent back to its conductor: the assessment is a draft again. */
  | 'return';

/** What an audited fact is about. */
export type AuditCategory =
  /** Sign-in, sign-out, tokens, second factors. */
  | 'authentication'
  /** Roles, permissions, grants and the resources they reach. */
  | 'authorization'
  /** A classified value was read. */
  | 'data_access'
  /** A domain object was created, changed or deleted. */
  | 'data_change'
  /** Platform operations (jobs, maintenance). */
  | 'system';

/** The first broken link found. */
export type AuditChainBreak = {
  __typename?: 'AuditChainBreak';
  /** That row's id. */
  auditLogId: Scalars['ID']['output'];
  /** What is wrong. */
  reason: AuditChainBreakReason;
  /** Chain position of the row at which the chain breaks. */
  sequence: Scalars['String']['output'];
  /** That row's timestamp. */
  timestamp: Scalars['DateTime']['output'];
};

/** Why a link of the audit chain is broken. */
export type AuditChainBreakReason =
  /** The row's previous hash is not the hash of the row before it: a row was replaced or re-hashed. */
  | 'LINK_BROKEN'
  /** The row's content no longer matches its own hash: it was altered. */
  | 'ROW_ALTERED'
  /** The row before it in the chain is gone. */
  | 'ROW_MISSING';

/** The result of checking the audit chain over a time range. */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** Links checked against a retention purge's anchor (the row before them left with its partition). */
  anchoredLinks: Scalars['Int']['output'];
  /** Rows checked. */
  checkedRows: Scalars['Int']['output'];
  /** The first broken link, in chain order; null when ok. */
  firstBrokenLink?: Maybe<AuditChainBreak>;
  /**
   * Chain position of the first row checked. After a retention purge the retained chain starts
   * past 1: its first row links to the anchor the purge kept.
   */
  firstSequence?: Maybe<Scalars['String']['output']>;
  /** True when every row in the range hashes right and links to its predecessor. */
  ok: Scalars['Boolean']['output'];
};

/** An export of audit rows, in chain order (oldest first). */
export type AuditExport = {
  __typename?: 'AuditExport';
  /** The exported rows. */
  content: Scalars['String']['output'];
  /** Media type of content (text/csv or application/x-ndjson). */
  contentType: Scalars['String']['output'];
  /** A file name for content. */
  filename: Scalars['String']['output'];
  /** The format of content. */
  format: AuditExportFormat;
  /** Rows exported. */
  rowCount: Scalars['Int']['output'];
  /** Hex SHA-256 of content, as recorded in the export's own audit row. */
  sha256: Scalars['String']['output'];
  /** Whether more rows matched than one export holds (10,000); narrow the time range and export again. */
  truncated: Scalars['Boolean']['output'];
};

/** How an audit export is serialised. */
export type AuditExportFormat =
  /**
   * RFC 4180 CSV with a header row; JSON columns as JSON text; a cell starting with =, +, -, @, tab
   * or carriage return is prefixed with a single quote (spreadsheet formula injection).
   */
  | 'CSV'
  /** One JSON object per line, the fields of AuditLog. */
  | 'NDJSON';

/**
 * One row of the audit trail: every mutation of every subgraph, and refused sign-ins. Rows are
 * append-only and hash-chained; old and new values never hold secrets.
 */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** Anything else the producer said (arguments, reasons). */
  additionalData: Scalars['JSON']['output'];
  /** The keys that changed, key by key. */
  changedFields: Array<Scalars['String']['output']>;
  /** Whether compliance reviews care about it. */
  complianceRelevant: Scalars['Boolean']['output'];
  /** What it is about. */
  eventCategory: AuditCategory;
  /** create, update, delete, login, login_failed, account_locked, logout, permission_change... */
  eventType: Scalars['String']['output'];
  /** The id of the audit event it was recorded from. */
  id: Scalars['ID']['output'];
  /** The client IP the gateway saw. */
  ipAddress?: Maybe<Scalars['String']['output']>;
  /** Values after the change; never secrets. */
  newValues?: Maybe<Scalars['JSON']['output']>;
  /** Values before the change, where known; never secrets. */
  oldValues?: Maybe<Scalars['JSON']['output']>;
  /** The operation that produced it: `<subgraph>.Mutation.<field>`. */
  operation?: Maybe<Scalars['String']['output']>;
  /** The tenant the object belongs to, when it has one. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The previous row's hash. */
  prevHash: Scalars['String']['output'];
  /** When compliance appended it. */
  recordedAt: Scalars['DateTime']['output'];
  /** The request it was produced by (x-request-id). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The id of the object acted on. */
  resourceId?: Maybe<Scalars['String']['output']>;
  /** The name of the object acted on, when it has one. */
  resourceName?: Maybe<Scalars['String']['output']>;
  /** The type of the object acted on (GraphQL type name). */
  resourceType?: Maybe<Scalars['String']['output']>;
  /** How long it is kept (7 years by default). */
  retentionPeriodDays: Scalars['Int']['output'];
  /** Risk level. */
  riskLevel: RiskLevel;
  /** This row's hash over its canonical form and the previous hash. */
  rowHash: Scalars['String']['output'];
  /** Position in the hash chain (intake order), as a decimal string. */
  sequence: Scalars['String']['output'];
  /** The subgraph that produced it. */
  serviceName?: Maybe<Scalars['String']['output']>;
  /** The actor's session (token family). */
  sessionId?: Maybe<Scalars['ID']['output']>;
  /** When it happened, by the producing subgraph's clock. */
  timestamp: Scalars['DateTime']['output'];
  /** The client's user agent. */
  userAgent?: Maybe<Scalars['String']['output']>;
  /** The acting user; null for an anonymous or unknown actor. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** A page of audit rows, newest first. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** Edges with cursors. */
  edges: Array<AuditLogEdge>;
  /** The rows of this page. */
  nodes: Array<AuditLog>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an audit log connection. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: AuditLog;
};

/** Which audit rows to list; every given criterion must hold. */
export type AuditLogFilter = {
  /** Only compliance-relevant rows, or only the others. */
  complianceRelevant?: InputMaybe<Scalars['Boolean']['input']>;
  /** Category. */
  eventCategory?: InputMaybe<AuditCategory>;
  /** Event type (create, login_failed...). */
  eventType?: InputMaybe<Scalars['String']['input']>;
  /** From this time on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The tenant. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The request that produced it. */
  requestId?: InputMaybe<Scalars['String']['input']>;
  /** Object id (with or without resourceType). */
  resourceId?: InputMaybe<Scalars['String']['input']>;
  /** Object type. */
  resourceType?: InputMaybe<Scalars['String']['input']>;
  /** Risk level. */
  riskLevel?: InputMaybe<RiskLevel>;
  /** Before this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Acting user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** One changed column (004 §6.2 change_tracking). */
export type Change = {
  __typename?: 'Change';
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it. */
  approvedBy?: Maybe<Scalars['ID']['output']>;
  /** The change set it belongs to. */
  changeSetId: Scalars['ID']['output'];
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who changed it. */
  changedBy?: Maybe<Scalars['ID']['output']>;
  /** The column (the GraphQL field name). */
  columnName?: Maybe<Scalars['String']['output']>;
  /** string, number, boolean, array, object or null. */
  dataType?: Maybe<Scalars['String']['output']>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The value after, as text (JSON for non-strings); null when removed. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The value before, as text (JSON for non-strings); null when unknown or absent. */
  oldValue?: Maybe<Scalars['String']['output']>;
  /** What happened to the row. */
  operationType: ChangeOperation;
  /** The row's id. */
  recordId: Scalars['String']['output'];
  /** Whether its set needs a second person's approval. */
  requiresApproval: Scalars['Boolean']['output'];
  /** Order within the set (1, 2...). */
  sequenceNumber: Scalars['Int']['output'];
  /** The table (schema.table). */
  tableName: Scalars['String']['output'];
};

/** Where a change set stands with its four-eyes approval. */
export type ChangeApprovalStatus =
  /** Approved by a second person. */
  | 'approved'
  /** No approval is needed. */
  | 'not_required'
  /** Waits for a second person's approveChange. */
  | 'pending';

/** A page of changes, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** Edges with cursors. */
  edges: Array<ChangeEdge>;
  /** The changes of this page. */
  nodes: Array<Change>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a change connection. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** Which changes to list; every given criterion must hold. */
export type ChangeFilter = {
  /** One change set. */
  changeSetId?: InputMaybe<Scalars['ID']['input']>;
  /** The column. */
  columnName?: InputMaybe<Scalars['String']['input']>;
  /** The row's id. */
  recordId?: InputMaybe<Scalars['String']['input']>;
  /** The table (schema.table). */
  tableName?: InputMaybe<Scalars['String']['input']>;
};

/** What a tracked change did to its row. */
export type ChangeOperation =
  /** The row was removed. */
  | 'DELETE'
  /** The row was created. */
  | 'INSERT'
  /** The row was changed. */
  | 'UPDATE';

/**
 * One audited change of a critical table (roles, permissions, grants, SSO providers,
 * classifications, masking policies, keys), taken from its audit event.
 */
export type ChangeSet = {
  __typename?: 'ChangeSet';
  /** The approver's note. */
  approvalNote?: Maybe<Scalars['String']['output']>;
  /** Why it needs approval. */
  approvalReason?: Maybe<Scalars['String']['output']>;
  /** Where its approval stands. */
  approvalStatus: ChangeApprovalStatus;
  /** When. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it (never who made it). */
  approvedBy?: Maybe<Scalars['ID']['output']>;
  /** The audit row it was taken from. */
  auditLogId: Scalars['ID']['output'];
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who made it. */
  changedBy?: Maybe<Scalars['ID']['output']>;
  /** Its changed columns, in order. */
  changes: Array<Change>;
  /** Its id (the audit event's id). */
  id: Scalars['ID']['output'];
  /** The mutation that made it (`<subgraph>.Mutation.<field>`). */
  operation?: Maybe<Scalars['String']['output']>;
  /** What happened to the row. */
  operationType: ChangeOperation;
  /** The tenant, when the row has one. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The row's id. */
  recordId: Scalars['String']['output'];
  /** The request that made it. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Whether a second person must approve it. */
  requiresApproval: Scalars['Boolean']['output'];
  /** The table (schema.table). */
  tableName: Scalars['String']['output'];
};

/** A page of change sets, newest first. */
export type ChangeSetConnection = {
  __typename?: 'ChangeSetConnection';
  /** Edges with cursors. */
  edges: Array<ChangeSetEdge>;
  /** The change sets of this page. */
  nodes: Array<ChangeSet>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a change set connection. */
export type ChangeSetEdge = {
  __typename?: 'ChangeSetEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The change set. */
  node: ChangeSet;
};

/** Which change sets to list; every given criterion must hold. */
export type ChangeSetFilter = {
  /** Where their approval stands. */
  approvalStatus?: InputMaybe<ChangeApprovalStatus>;
  /** Who made them. */
  changedBy?: InputMaybe<Scalars['ID']['input']>;
  /** From this time on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The row's id. */
  recordId?: InputMaybe<Scalars['String']['input']>;
  /** The table (schema.table, e.g. identity.sso_providers). */
  tableName?: InputMaybe<Scalars['String']['input']>;
  /** Before this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Sample values of one column, for detection. */
export type ColumnSamplesInput = {
  /** The column. */
  columnName: Scalars['String']['input'];
  /** Sample values (at most 1,000, each at most 1,000 characters); empty ones are ignored. */
  samples: Array<Scalars['String']['input']>;
};

/**
 * An assessment of one organization against one framework (004 §5.3). Conducted, reviewed and
 * approved by three different people.
 */
export type ComplianceAssessment = {
  __typename?: 'ComplianceAssessment';
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it: neither the conductor nor the reviewer. */
  approvedBy?: Maybe<Scalars['ID']['output']>;
  /** When it was archived. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How it is carried out. */
  assessmentType: ComplianceAssessmentType;
  /** When it was completed (approved). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Score from 0 to 100 (two decimals); required to submit. */
  complianceScore?: Maybe<Scalars['Float']['output']>;
  /** Who conducts it (its creator). */
  conductedBy: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Data types in scope. */
  dataTypesInScope: Array<Scalars['String']['output']>;
  /** Findings. */
  findings: Array<AssessmentFinding>;
  /** The framework assessed against. */
  framework: ComplianceFramework;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The tenant assessed. */
  organizationId: Scalars['ID']['output'];
  /** The verdict; required to submit. */
  overallStatus?: Maybe<ComplianceOverallStatus>;
  /** Last day assessed (YYYY-MM-DD). */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** First day assessed (YYYY-MM-DD). */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Recommendations. */
  recommendations: Array<AssessmentRecommendation>;
  /** The reviewer's notes. */
  reviewNotes?: Maybe<Scalars['String']['output']>;
  /** When it was reviewed. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reviewed it: not the conductor. */
  reviewedBy?: Maybe<Scalars['ID']['output']>;
  /** What is in scope, in words. */
  scopeDescription?: Maybe<Scalars['String']['output']>;
  /** Workflow state. */
  status: ComplianceAssessmentStatus;
  /** When it was submitted for review. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Systems in scope. */
  systemsInScope: Array<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of assessments, newest first. */
export type ComplianceAssessmentConnection = {
  __typename?: 'ComplianceAssessmentConnection';
  /** Edges with cursors. */
  edges: Array<ComplianceAssessmentEdge>;
  /** The assessments of this page. */
  nodes: Array<ComplianceAssessment>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an assessment connection. */
export type ComplianceAssessmentEdge = {
  __typename?: 'ComplianceAssessmentEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The assessment. */
  node: ComplianceAssessment;
};

/** Which assessments to list; every given criterion must hold. */
export type ComplianceAssessmentFilter = {
  /** The framework. */
  frameworkId?: InputMaybe<Scalars['ID']['input']>;
  /** The tenant. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Workflow state. */
  status?: InputMaybe<ComplianceAssessmentStatus>;
};

/** Where an assessment is in its workflow: draft → in_review → approved → archived. */
export type ComplianceAssessmentStatus =
  /** Approved by a third person; complete. */
  | 'approved'
  /** Kept for the record, superseded. */
  | 'archived'
  /** Being written by its conductor; the only editable state. */
  | 'draft'
  /** Submitted; waits for its review, then its approval. */
  | 'in_review';

/** How an assessment is carried out. */
export type ComplianceAssessmentType =
  /** Ongoing, from the platform's own evidence. */
  | 'continuous_monitoring'
  /** By an external auditor. */
  | 'external_audit'
  /** By the organization itself. */
  | 'self_assessment';

/** A control: a procedure or mechanism that serves some of a framework's requirements. */
export type ComplianceControl = {
  __typename?: 'ComplianceControl';
  /** The Atrium feature implementing it; null for an organizational control outside the platform. */
  atriumFeature?: Maybe<Scalars['String']['output']>;
  /** What it does. */
  description: Scalars['String']['output'];
  /** Stable id within the framework. */
  id: Scalars['String']['output'];
  /** The requirements it serves. */
  requirementIds: Array<Scalars['String']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A regulatory framework (004 §5.3); GDPR, CCPA, HIPAA, SOX and PCI-DSS are built in. */
export type ComplianceFramework = {
  __typename?: 'ComplianceFramework';
  /** The controls that serve them. */
  controls: Array<ComplianceControl>;
  /** Full name. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it took effect (YYYY-MM-DD). */
  effectiveDate?: Maybe<Scalars['String']['output']>;
  /** What it governs. */
  frameworkType: ComplianceFrameworkType;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Whether new assessments may use it. */
  isActive: Scalars['Boolean']['output'];
  /** EU, US, US-CA, Global... */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** GDPR, CCPA, HIPAA, SOX, PCI-DSS... */
  name: Scalars['String']['output'];
  /** Its requirements. */
  requirements: Array<ComplianceRequirement>;
  /** Version or year of the text. */
  version?: Maybe<Scalars['String']['output']>;
};

/** What a regulatory framework governs. */
export type ComplianceFrameworkType =
  /** Financial reporting (SOX). */
  | 'financial'
  /** An industry standard. */
  | 'industry'
  /** Personal data (GDPR, CCPA, HIPAA). */
  | 'privacy'
  /** Information security (PCI-DSS). */
  | 'security';

/** The assessment's verdict. */
export type ComplianceOverallStatus =
  /** Every requirement in scope is met. */
  | 'compliant'
  /** Not concluded yet. */
  | 'in_progress'
  /** Requirements in scope are not met. */
  | 'non_compliant'
  /** Some requirements in scope are met. */
  | 'partially_compliant';

/** One requirement of a framework (an article, section or numbered requirement). */
export type ComplianceRequirement = {
  __typename?: 'ComplianceRequirement';
  /** What it asks. */
  description: Scalars['String']['output'];
  /** Stable id within the framework (GDPR-33, PCI-10...), named by findings and controls. */
  id: Scalars['String']['output'];
  /** Where the text says it (Art. 33, §1798.105, Requirement 10...). */
  reference: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A grant or a withdrawal. */
export type ConsentAction =
  /** Consent was given (or renewed). */
  | 'granted'
  /** Consent was withdrawn. */
  | 'withdrawn';

/** One grant or withdrawal as it happened (append-only: the proof of consent). */
export type ConsentRecord = {
  __typename?: 'ConsentRecord';
  /** Given or withdrawn. */
  action: ConsentAction;
  /** The expiry a grant set. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** The IP address the request came from. */
  ipAddress?: Maybe<Scalars['String']['output']>;
  /** The version of the privacy notice in force. */
  noticeVersion: Scalars['String']['output'];
  /** The purpose. */
  purpose: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the subject for their own consent). */
  recordedBy?: Maybe<Scalars['ID']['output']>;
  /** The request that recorded it (the audit trail has the same id). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The user agent of the request. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A page of consent records, newest first. */
export type ConsentRecordConnection = {
  __typename?: 'ConsentRecordConnection';
  /** Edges with cursors. */
  edges: Array<ConsentRecordEdge>;
  /** The records of this page. */
  nodes: Array<ConsentRecord>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** A consent record with its cursor. */
export type ConsentRecordEdge = {
  __typename?: 'ConsentRecordEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: ConsentRecord;
};

/** Whether consent is currently given. */
export type ConsentStatus =
  /** Given (valid unless it expired). */
  | 'granted'
  /** Withdrawn: nothing is processed for the purpose from now on. */
  | 'withdrawn';

/** A new assessment (a draft, conducted by the caller). */
export type CreateComplianceAssessmentInput = {
  /** Default SELF_ASSESSMENT. */
  assessmentType?: InputMaybe<ComplianceAssessmentType>;
  /** Score from 0 to 100. */
  complianceScore?: InputMaybe<Scalars['Float']['input']>;
  /** Data types in scope. */
  dataTypesInScope?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Findings. */
  findings?: InputMaybe<Array<AssessmentFindingInput>>;
  /** An active framework. */
  frameworkId: Scalars['ID']['input'];
  /** Its name. */
  name: Scalars['String']['input'];
  /** The tenant assessed: inside the caller's compliance:create scope. */
  organizationId: Scalars['ID']['input'];
  /** The verdict so far. */
  overallStatus?: InputMaybe<ComplianceOverallStatus>;
  /** Last day assessed (YYYY-MM-DD), not before periodStart. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day assessed (YYYY-MM-DD). */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Recommendations. */
  recommendations?: InputMaybe<Array<AssessmentRecommendationInput>>;
  /** What is in scope, in words. */
  scopeDescription?: InputMaybe<Scalars['String']['input']>;
  /** Systems in scope. */
  systemsInScope?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A classified column to register. */
export type CreateDataElementInput = {
  /** The classification's name (public ... top_secret). */
  classification: Scalars['String']['input'];
  /** The column. */
  columnName: Scalars['String']['input'];
  /** Regular expressions that recognise its values. */
  detectionPatterns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** email, phone, name... */
  elementType?: InputMaybe<Scalars['String']['input']>;
  /** Default REDACT. */
  maskingMethod?: InputMaybe<MaskingMethod>;
  /** Parameters of the method. */
  maskingParameters?: InputMaybe<Scalars['JSON']['input']>;
  /** `schema.table`. */
  tableName: Scalars['String']['input'];
};

/** A masking policy to create. */
export type CreateMaskingPolicyInput = {
  /** Column patterns. */
  appliesToColumns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Roles (empty: every role). */
  appliesToRoles?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Table patterns. */
  appliesToTables?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Users (empty: everyone). */
  appliesToUsers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** JsonLogic; never SQL. */
  condition?: InputMaybe<Scalars['JSON']['input']>;
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Default true. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** `{ method, parameters }` or `{}`. */
  maskingRules?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique name. */
  name: Scalars['String']['input'];
  /** Default 100; higher first. */
  priority?: InputMaybe<Scalars['Int']['input']>;
};

/** A classification level of 004 §5.1 (public, internal, confidential, restricted, top_secret). */
export type DataClassification = {
  __typename?: 'DataClassification';
  /** Whether reads in clear emit `access` audit events. */
  accessLoggingRequired: Scalars['Boolean']['output'];
  /** Frameworks it answers to (GDPR, HIPAA...). */
  complianceFrameworks: Array<Scalars['String']['output']>;
  /** Default masking rules. */
  defaultMaskingRules: Scalars['JSON']['output'];
  /** What it covers. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether values must be encrypted at rest. */
  encryptionRequired: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether values must be masked for callers without an unmask permission. */
  maskingRequired: Scalars['Boolean']['output'];
  /** Unique name. */
  name: Scalars['String']['output'];
  /** How long data of this level is kept, when limited. */
  retentionPeriodDays?: Maybe<Scalars['Int']['output']>;
  /** 1 (public) to 5 (top secret). */
  sensitivityLevel: Scalars['Int']['output'];
};

/** One classified column of a subgraph and how it is masked. */
export type DataElement = {
  __typename?: 'DataElement';
  /** Whether it was found by its detection patterns rather than declared. */
  autoDetected: Scalars['Boolean']['output'];
  /** Its classification. */
  classification: DataClassification;
  /** The column. */
  columnName: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Regular expressions that recognise its values (auto-detection over samples). */
  detectionPatterns: Array<Scalars['String']['output']>;
  /** email, phone, name, ip_address, message_content... */
  elementType?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive elements are never masked nor access-logged. */
  isActive: Scalars['Boolean']['output'];
  /** How it is masked when a policy applies. */
  maskingMethod: MaskingMethod;
  /** Parameters of the method. */
  maskingParameters: Scalars['JSON']['output'];
  /** `schema.table` (the owning subgraph's Postgres schema and table). */
  tableName: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A rectification, restriction or objection, processed by an officer. */
export type DataSubjectActionInput = {
  /** What to rectify, restrict or object to (required). */
  details: Scalars['String']['input'];
  /** The tenant to file it in: one the subject belongs to (an officer: any). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** GDPR by default. */
  regulation?: InputMaybe<DataSubjectRegulation>;
  /** What is asked. */
  type: DataSubjectActionType;
  /** The subject: the caller by default; another user needs compliance:update for every tenant. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A request an officer processes by hand. */
export type DataSubjectActionType =
  /** Object to processing (art. 21). */
  | 'objection'
  /** Correct inaccurate data (art. 16). */
  | 'rectification'
  /** Restrict processing (art. 18). */
  | 'restriction';

/** One subgraph's part of an export or erasure. */
export type DataSubjectContribution = {
  __typename?: 'DataSubjectContribution';
  /** When it answered. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Erasure: rows deleted or anonymized per table. */
  counts?: Maybe<Scalars['JSON']['output']>;
  /** Erasure: the verification pass, rows per table still holding personal data (all 0 when verified). */
  remaining?: Maybe<Scalars['JSON']['output']>;
  /** Export: rows returned per table. */
  sections?: Maybe<Scalars['JSON']['output']>;
  /** Where it stands. */
  status: DataSubjectContributionStatus;
  /** The subgraph. */
  subgraph: Scalars['String']['output'];
};

/** Where one subgraph's part of an export or erasure stands. */
export type DataSubjectContributionStatus =
  /** Answered. */
  | 'done'
  /** Answered, but its erasure left personal data behind. */
  | 'failed'
  /** Asked, not answered yet. */
  | 'pending';

/** The regulation a request is made under; it sets the legal deadline. */
export type DataSubjectRegulation =
  /** CCPA: answered within 45 days. */
  | 'CCPA'
  /** GDPR: answered within 30 days. */
  | 'GDPR';

/**
 * A data-subject request (002 §9 data_subject_requests): who it is about, what it asks, its
 * verification and legal deadline, and for export and erasure the part each subgraph contributed.
 */
export type DataSubjectRequest = {
  __typename?: 'DataSubjectRequest';
  /** When it was completed or rejected. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Each participant's part, by subgraph name. */
  contributions: Array<DataSubjectContribution>;
  /** When it was filed. */
  createdAt: Scalars['DateTime']['output'];
  /** What the subject asks, in their words (rectification, restriction, objection). */
  details?: Maybe<Scalars['String']['output']>;
  /** The legal deadline: 30 days after filing under GDPR, 45 under CCPA. */
  dueAt: Scalars['DateTime']['output'];
  /** The export package once complete (EXPORT, ACCESS): every subgraph's sections, by subgraph and table. */
  exportPackage?: Maybe<Scalars['JSON']['output']>;
  /** The officer who last processed it. */
  handledBy?: Maybe<Scalars['ID']['output']>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** The officer's notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The tenant it was filed in (null: platform-wide). */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Whether the deadline passed before it was completed or rejected. */
  overdue: Scalars['Boolean']['output'];
  /** The subgraphs asked for their part (export and erasure), fixed at verification. */
  participants: Array<Scalars['String']['output']>;
  /** The regulation it is made under. */
  regulation: DataSubjectRegulation;
  /**
   * The erasure report once complete (ERASURE): counts per subgraph and table, the verification
   * pass, and whether it found nothing left.
   */
  report?: Maybe<Scalars['JSON']['output']>;
  /** What it asks for. */
  requestType: DataSubjectRequestType;
  /** Who filed it: the subject, or an officer on their behalf. */
  requestedBy: Scalars['ID']['output'];
  /** Where it stands. */
  status: DataSubjectRequestStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The subject (a user). */
  userId: Scalars['ID']['output'];
  /** When it was verified. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who verified it: the subject with the token, or an officer. */
  verifiedBy?: Maybe<Scalars['ID']['output']>;
};

/** A page of data-subject requests, newest first. */
export type DataSubjectRequestConnection = {
  __typename?: 'DataSubjectRequestConnection';
  /** Edges with cursors. */
  edges: Array<DataSubjectRequestEdge>;
  /** The requests of this page. */
  nodes: Array<DataSubjectRequest>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** A data-subject request with its cursor. */
export type DataSubjectRequestEdge = {
  __typename?: 'DataSubjectRequestEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: DataSubjectRequest;
};

/** Which data-subject requests to list; every given criterion must hold. */
export type DataSubjectRequestFilter = {
  /** One tenant's requests. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Past their deadline (or not) only. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** One kind of request. */
  requestType?: InputMaybe<DataSubjectRequestType>;
  /** One state. */
  status?: InputMaybe<DataSubjectRequestStatus>;
  /** One subject's requests. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A request for the subject's data (export) or its erasure. */
export type DataSubjectRequestInput = {
  /** Anything the subject wants the officer to know. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** The tenant to file it in: one the subject belongs to (an officer: any). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** GDPR by default. */
  regulation?: InputMaybe<DataSubjectRegulation>;
  /** The subject: the caller by default; another user needs compliance:update for every tenant. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A filed request and its verification token (shown once; the subject confirms with it). */
export type DataSubjectRequestReceipt = {
  __typename?: 'DataSubjectRequestReceipt';
  /** The request. */
  request: DataSubjectRequest;
  /** The token that verifies it (verifyDataSubjectRequest); never shown again. */
  verificationToken: Scalars['String']['output'];
};

/** Where a data-subject request stands. */
export type DataSubjectRequestStatus =
  /** Done: the package is ready, the erasure verified, or the officer completed it. */
  | 'completed'
  /** A part failed or the erasure's verification found personal data left: needs attention (see the report). */
  | 'failed'
  /** Being processed: the subgraphs' parts are on their way, or an officer works on it. */
  | 'in_progress'
  /** Filed, waiting for verification. */
  | 'received'
  /** Refused by an officer (with notes). */
  | 'rejected'
  /** Verified; an officer processes it (rectification, restriction, objection). */
  | 'verified';

/** What a data-subject request asks for (GDPR arts. 15–21 and the CCPA equivalents). */
export type DataSubjectRequestType =
  /** A copy of what Atrium holds about the subject (art. 15), answered like EXPORT. */
  | 'access'
  /** Delete or anonymize everything personal about the subject (art. 17), verified by a second pass. */
  | 'erasure'
  /** The subject's data as one JSON package (art. 20). */
  | 'export'
  /** Object to processing (art. 21): processed by an officer. */
  | 'objection'
  /** Correct inaccurate data (art. 16): processed by an officer. */
  | 'rectification'
  /** Restrict processing (art. 18): processed by an officer. */
  | 'restriction';

/** Columns of one table to scan with the registered detection patterns. */
export type DetectDataElementsInput = {
  /** The columns and their samples (at most 100). */
  columns: Array<ColumnSamplesInput>;
  /** Share of the non-empty samples a pattern must match for the column to be classified (default 0.8). */
  minMatchRatio?: InputMaybe<Scalars['Float']['input']>;
  /** `schema.table`. */
  tableName: Scalars['String']['input'];
};

/** What detection found for one column. */
export type DetectedColumn = {
  __typename?: 'DetectedColumn';
  /** The column. */
  columnName: Scalars['String']['output'];
  /** Whether this call registered the element (false: already declared, or nothing matched). */
  created: Scalars['Boolean']['output'];
  /** The element registered by this call (autoDetected), or the one already declared for the column; null: nothing matched. */
  element?: Maybe<DataElement>;
  /** The element type whose patterns matched best (email, phone, ip_address...); null: none matched enough. */
  elementType?: Maybe<Scalars['String']['output']>;
  /** Share of the non-empty samples that pattern matched. */
  matchRatio: Scalars['Float']['output'];
};

/** One managed ciphertext of an owning subgraph (encrypted_data_registry). */
export type EncryptedDataEntry = {
  __typename?: 'EncryptedDataEntry';
  /** Column holding the ciphertext. */
  columnName: Scalars['String']['output'];
  /** When it was written. */
  encryptedAt: Scalars['DateTime']['output'];
  /** Who wrote it (null: a re-encryption job). */
  encryptedBy?: Maybe<Scalars['ID']['output']>;
  /** AES-256-GCM. */
  encryptionAlgorithm: Scalars['String']['output'];
  /** Key it is encrypted under. */
  encryptionKeyId: Scalars['ID']['output'];
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** IV of the ciphertext (base64url). */
  initializationVector?: Maybe<Scalars['String']['output']>;
  /** Primary key of the row. */
  recordId: Scalars['String']['output'];
  /** The owning subgraph. */
  serviceName: Scalars['String']['output'];
  /** Schema-qualified table (`identity.users`). */
  tableName: Scalars['String']['output'];
};

/** A page of registry entries. */
export type EncryptedDataEntryConnection = {
  __typename?: 'EncryptedDataEntryConnection';
  /** Edges with cursors. */
  edges: Array<EncryptedDataEntryEdge>;
  /** The entries of this page. */
  nodes: Array<EncryptedDataEntry>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One registry entry in a page. */
export type EncryptedDataEntryEdge = {
  __typename?: 'EncryptedDataEntryEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: EncryptedDataEntry;
};

/**
 * A managed data key (004 §5.2). Its material is wrapped with the master key and never leaves
 * compliance in clear; owning subgraphs get it re-wrapped for transport through a service call.
 */
export type EncryptionKey = {
  __typename?: 'EncryptionKey';
  /** When it became the active key. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The only services it is handed to. */
  allowedServices: Array<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (the nil UUID: created on a service's first use). */
  createdBy: Scalars['ID']['output'];
  /** When it expires (none set today). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Key id (the ciphertext names it). */
  id: Scalars['ID']['output'];
  /** sha256 hex of the clear key, checked on every unwrap. */
  keyChecksum?: Maybe<Scalars['String']['output']>;
  /** Unique name: `<service>-data-key-<n>`. */
  keyName: Scalars['String']['output'];
  /** data_encryption. */
  keyPurpose: Scalars['String']['output'];
  /** aes256. */
  keyType: Scalars['String']['output'];
  /** When it was last handed to a service. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key it replaced. */
  parentKeyId?: Maybe<Scalars['ID']['output']>;
  /** Values registered under it in encrypted_data_registry. */
  registeredValues: Scalars['Int']['output'];
  /** Why it is to be revoked. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When its revocation was asked for. */
  revocationRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who asked for its revocation. */
  revocationRequestedBy?: Maybe<Scalars['ID']['output']>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved the revocation (another person than the requester). */
  revokedBy?: Maybe<Scalars['ID']['output']>;
  /** When a newer key replaced it. */
  rotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** active → rotating → deprecated → revoked. */
  status: EncryptionKeyStatus;
  /** Times it was handed to a service (every encryption or decryption batch asks once). */
  usageCount: Scalars['Int']['output'];
};

/** A page of encryption keys, newest first. */
export type EncryptionKeyConnection = {
  __typename?: 'EncryptionKeyConnection';
  /** Edges with cursors. */
  edges: Array<EncryptionKeyEdge>;
  /** The keys of this page. */
  nodes: Array<EncryptionKey>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One key in a page. */
export type EncryptionKeyEdge = {
  __typename?: 'EncryptionKeyEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: EncryptionKey;
};

/** Lifecycle of a data key. */
export type EncryptionKeyStatus =
  /** Encrypts new values of its services. */
  | 'active'
  /** Nothing is registered under it any more (still readable). */
  | 'deprecated'
  /** Refused to every service, after a second person approved. */
  | 'revoked'
  /** A newer key took over; its values are being re-encrypted (still readable). */
  | 'rotating';

/** How serious a finding is. */
export type FindingSeverity =
  /** Must be fixed now. */
  | 'critical'
  /** Must be fixed. */
  | 'high'
  /** Minor. */
  | 'low'
  /** Worth fixing. */
  | 'medium';

/** Consent to give: the purpose and the notice the user saw. */
export type GrantConsentInput = {
  /** When the consent lapses (in the future); none by default. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version of the privacy notice shown to the user, e.g. `2026-11`. */
  noticeVersion: Scalars['String']['input'];
  /** A purpose of the processing register whose lawful basis is CONSENT. */
  purpose: Scalars['String']['input'];
};

/** GDPR art. 6 lawful bases for processing personal data. */
export type LawfulBasis =
  /** The subject gave consent for the purpose (art. 6(1)(a)); processing waits for it. */
  | 'consent'
  /** Needed to perform the contract with the subject, e.g. running their account (art. 6(1)(b)). */
  | 'contract'
  /** Needed to meet a legal obligation, e.g. keeping the audit trail (art. 6(1)(c)). */
  | 'legal_obligation'
  /** Needed for a legitimate interest that the subject's rights do not override, e.g. metering (art. 6(1)(f)). */
  | 'legitimate_interests'
  /** Needed for a task in the public interest (art. 6(1)(e)). */
  | 'public_task'
  /** Needed to protect someone's vital interests (art. 6(1)(d)). */
  | 'vital_interests';

/** How a classified value is shown to a caller a masking policy applies to. */
export type MaskingMethod =
  /** AES-256-GCM under the platform's masking key, `enc:<ciphertext>` (fresh IV each time). */
  | 'encrypt'
  /** sha256 of the value, `hash:<hex>` (`length`: 8–64 hex digits, default 16). */
  | 'hash'
  /** Keeps `showFirst` (default 1) and `showLast` (default 0) characters, `maskChar` between; an email keeps its domain unless `keepDomain` is false. */
  | 'partial'
  /** Replaced by `replacement` (default `[REDACTED]`). */
  | 'redact'
  /** A stable HMAC token, `tok_<hex>`: equal values give equal tokens, nothing gives the value back. */
  | 'tokenize';

/**
 * Which callers see which classified columns masked. A policy applies to a column when the column
 * matches one of its table and column patterns (`*` matches anything; empty lists match every
 * column), the caller is one of its users and holds one of its roles (empty: everyone), and its
 * condition (JsonLogic, as authorization's conditions) holds. The highest priority applying policy
 * decides; its `maskingRules.method` and `maskingRules.parameters` override the element's.
 */
export type MaskingPolicy = {
  __typename?: 'MaskingPolicy';
  /** Column patterns (`*` wildcard). */
  appliesToColumns: Array<Scalars['String']['output']>;
  /** Roles it applies to (empty: every role). */
  appliesToRoles: Array<Scalars['ID']['output']>;
  /** Table patterns (`schema.table`, `*` wildcard). */
  appliesToTables: Array<Scalars['String']['output']>;
  /** Users it applies to (empty: everyone). */
  appliesToUsers: Array<Scalars['ID']['output']>;
  /** JsonLogic over `{ user: { id, roleIds }, column: { table, column, elementType, classification, sensitivityLevel } }`; `{}` is true. */
  condition: Scalars['JSON']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['ID']['output'];
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive policies apply to no one. */
  isActive: Scalars['Boolean']['output'];
  /** `{ method, parameters }` overriding the element's masking, or `{}`. */
  maskingRules: Scalars['JSON']['output'];
  /** Unique name. */
  name: Scalars['String']['output'];
  /** Higher first. */
  priority: Scalars['Int']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Approve a change set that requires it, for compliance:assess holders in its tenant (unscoped
   * holders for platform-wide rows). The person who made the change may not approve it (FORBIDDEN);
   * a set that needs no approval or is already approved is CONFLICT.
   */
  approveChange: ChangeSet;
  /**
   * Approve a reviewed assessment: in_review → approved (compliance:assess). The conductor and the
   * reviewer may not approve it (FORBIDDEN); unreviewed or another state is CONFLICT.
   */
  approveComplianceAssessment: ComplianceAssessment;
  /**
   * Approve a requested revocation (encryption_key:revoke, another person than the requester:
   * FORBIDDEN with reason SECOND_PERSON_REQUIRED otherwise). CONFLICT while values are still
   * registered under the key or no revocation was requested. A revoked key is refused to every service.
   */
  approveKeyRevocation: EncryptionKey;
  /** Archive an approved assessment: approved → archived (compliance:update); another state is CONFLICT. */
  archiveComplianceAssessment: ComplianceAssessment;
  /**
   * Start an assessment (a draft conducted by the caller) for compliance:create holders in its
   * organization; the framework must be active.
   */
  createComplianceAssessment: ComplianceAssessment;
  /** Register a classified column (compliance:create, unscoped: masking is platform-wide). */
  createDataElement: DataElement;
  /** Create a masking policy (compliance:create, unscoped). A condition that is not safe JsonLogic is BAD_USER_INPUT. */
  createMaskingPolicy: MaskingPolicy;
  /** Remove a data element (compliance:delete, unscoped). */
  deleteDataElement: DataElement;
  /** Delete a masking policy (compliance:delete, unscoped). */
  deleteMaskingPolicy: MaskingPolicy;
  /**
   * Run the detection patterns of the registered data elements over sample values of a table's
   * columns, and register each column a pattern recognises, not already declared, as a data element
   * with `autoDetected` true, the classification and masking of the element whose patterns matched
   * (compliance:create, unscoped).
   */
  detectDataElements: Array<DetectedColumn>;
  /**
   * Export audit rows matching the filter for holders of audit_log:export, inside the
   * organizations the grant reaches (every row for an unscoped grant; rows without an organization
   * only then). The export itself is audited (event type export, with the filter, format, row count
   * and content hash).
   */
  exportAuditLogs: AuditExport;
  /**
   * Give the caller's own consent to a purpose of the processing register whose lawful basis is
   * CONSENT (BAD_USER_INPUT for an unknown purpose or another basis). Recorded in the consent
   * history with the notice version, IP address and user agent; the processing services are told in
   * the same transaction.
   */
  grantConsent: PrivacyConsent;
  /**
   * Record that the regulatory notification of an event was sent (compliance:update). CONFLICT when
   * none is required or it was already recorded.
   */
  recordSecurityNotification: SecurityEvent;
  /**
   * Ask for the subject's data as one JSON package (GDPR art. 20): the caller's own, or another
   * user's for unscoped compliance:update holders (FORBIDDEN otherwise). Filed as RECEIVED with a
   * verification token shown once; once verified, every subgraph holding subject data contributes
   * its part and the request completes when all did.
   */
  requestDataExport: DataSubjectRequestReceipt;
  /**
   * File a rectification, restriction or objection (who may: as requestDataExport); an officer
   * processes it with updateDataSubjectRequest.
   */
  requestDataSubjectAction: DataSubjectRequestReceipt;
  /**
   * Ask for the subject's erasure (GDPR art. 17), filed like requestDataExport. Once verified every
   * subgraph deletes or anonymizes its part and counts it, then a second pass must find nothing left:
   * COMPLETED with the report, or FAILED with what remains.
   */
  requestErasure: DataSubjectRequestReceipt;
  /**
   * Ask for a key's revocation (encryption_key:revoke); a second person approves it. CONFLICT for
   * the active key (rotate first), a revoked one, or one already waiting.
   */
  requestKeyRevocation: EncryptionKey;
  /**
   * Review a flagged AI compliance record (compliance:update in its organization; every record for
   * an unscoped grant). Not your own operation (FORBIDDEN), once (CONFLICT); outside the scope or not
   * flagged: NOT_FOUND.
   */
  reviewAiComplianceLog: AiComplianceLog;
  /**
   * Review a submitted assessment (compliance:assess): ACCEPT records the reviewer, RETURN sends it
   * back to draft with notes. The conductor may not review it (FORBIDDEN); a state other than
   * in_review, or one already reviewed, is CONFLICT.
   */
  reviewComplianceAssessment: ComplianceAssessment;
  /**
   * Rotate a data key (encryption_key:rotate): a new active key for the same services replaces it,
   * which becomes rotating; the owning subgraphs' jobs re-encrypt its values in batches, and once
   * none is registered under it, it is deprecated. Its ciphertext stays readable meanwhile.
   * Returns the new key. CONFLICT unless the key is active.
   */
  rotateKey: EncryptionKey;
  /**
   * Submit a draft for review: draft → in_review (compliance:update). Needs an overall status and a
   * score (BAD_USER_INPUT); another state is CONFLICT.
   */
  submitComplianceAssessment: ComplianceAssessment;
  /**
   * Triage a security event, for holders of compliance:update in its tenant (every event for an
   * unscoped grant). Another tenant's event is NOT_FOUND; changing a closed event's status, assignee
   * or notes is CONFLICT; closing without notes is BAD_USER_INPUT.
   */
  triageSecurityEvent: SecurityEvent;
  /**
   * Change a draft (compliance:update in its organization). Another state is CONFLICT; another
   * tenant's assessment NOT_FOUND.
   */
  updateComplianceAssessment: ComplianceAssessment;
  /** Change a data element (compliance:update, unscoped). */
  updateDataElement: DataElement;
  /**
   * Process a request by hand (compliance:update in its tenant; NOT_FOUND outside, FORBIDDEN for
   * one's own): rectification, restriction and objection move to IN_PROGRESS, COMPLETED or
   * REJECTED; an export or erasure can only be REJECTED before it fans out. Notes are required;
   * any other move is CONFLICT.
   */
  updateDataSubjectRequest: DataSubjectRequest;
  /** Change a masking policy (compliance:update, unscoped); visible from the next request on. */
  updateMaskingPolicy: MaskingPolicy;
  /**
   * Verify a RECEIVED request: the subject (or who filed it) with its token (a wrong token is
   * BAD_USER_INPUT), or without a token a compliance:update holder in its tenant (an officer who
   * checked the subject's identity). Export and erasure then fan out (IN_PROGRESS); the others wait
   * for an officer (VERIFIED). Another state is CONFLICT; a request the caller cannot see NOT_FOUND.
   */
  verifyDataSubjectRequest: DataSubjectRequest;
  /**
   * Withdraw the caller's own consent to a purpose (as easy as giving it: GDPR art. 7(3)). NOT_FOUND
   * when none was ever given; withdrawing twice is CONFLICT.
   */
  withdrawConsent: PrivacyConsent;
};


export type MutationApproveChangeArgs = {
  changeSetId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveComplianceAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveKeyRevocationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveComplianceAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateComplianceAssessmentArgs = {
  input: CreateComplianceAssessmentInput;
};


export type MutationCreateDataElementArgs = {
  input: CreateDataElementInput;
};


export type MutationCreateMaskingPolicyArgs = {
  input: CreateMaskingPolicyInput;
};


export type MutationDeleteDataElementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMaskingPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetectDataElementsArgs = {
  input: DetectDataElementsInput;
};


export type MutationExportAuditLogsArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  format: AuditExportFormat;
};


export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


export type MutationRecordSecurityNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestDataExportArgs = {
  input?: InputMaybe<DataSubjectRequestInput>;
};


export type MutationRequestDataSubjectActionArgs = {
  input: DataSubjectActionInput;
};


export type MutationRequestErasureArgs = {
  input?: InputMaybe<DataSubjectRequestInput>;
};


export type MutationRequestKeyRevocationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReviewAiComplianceLogArgs = {
  id: Scalars['ID']['input'];
  input: ReviewAiComplianceLogInput;
};


export type MutationReviewComplianceAssessmentArgs = {
  id: Scalars['ID']['input'];
  input: ReviewComplianceAssessmentInput;
};


export type MutationRotateKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitComplianceAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTriageSecurityEventArgs = {
  id: Scalars['ID']['input'];
  input: TriageSecurityEventInput;
};


export type MutationUpdateComplianceAssessmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateComplianceAssessmentInput;
};


export type MutationUpdateDataElementArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDataElementInput;
};


export type MutationUpdateDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDataSubjectRequestInput;
};


export type MutationUpdateMaskingPolicyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMaskingPolicyInput;
};


export type MutationVerifyDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawConsentArgs = {
  purpose: Scalars['String']['input'];
};

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A user's consent to one purpose, as it stands now. */
export type PrivacyConsent = {
  __typename?: 'PrivacyConsent';
  /** The register entry of the purpose. */
  activity: ProcessingActivity;
  /** When a given consent lapses (null: it does not). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was last given. */
  grantedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The version of the privacy notice the user agreed to (or withdrew under). */
  noticeVersion: Scalars['String']['output'];
  /** The purpose (a key of the processing register). */
  purpose: Scalars['String']['output'];
  /** Given or withdrawn. */
  status: ConsentStatus;
  /** Granted and not expired: processing for the purpose may happen now. */
  valid: Scalars['Boolean']['output'];
  /** When it was withdrawn (null while given). */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * One entry of the processing register (GDPR art. 30): a purpose Atrium processes personal data
 * for, its lawful basis and the services that do it. Purposes on the CONSENT basis need a user's
 * valid consent before anything is processed for them.
 */
export type ProcessingActivity = {
  __typename?: 'ProcessingActivity';
  /** The categories of personal data processed (identity, contact, usage...). */
  dataCategories: Array<Scalars['String']['output']>;
  /** Whose data it is (users...). */
  dataSubjectCategories: Array<Scalars['String']['output']>;
  /** What is done, for what. */
  description: Scalars['String']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The lawful basis of the processing. */
  lawfulBasis: LawfulBasis;
  /** A short human name. */
  name: Scalars['String']['output'];
  /** The subgraphs that process data for this purpose. */
  processingServices: Array<Scalars['String']['output']>;
  /** The key consents and consent checks name, e.g. `usage_analytics`. */
  purpose: Scalars['String']['output'];
  /** Who receives the data (LLM providers, administrators...). */
  recipients: Array<Scalars['String']['output']>;
  /** Whether processing for this purpose needs the subject's consent (lawful basis CONSENT). */
  requiresConsent: Scalars['Boolean']['output'];
  /** How long the data is kept, in days; null while the account exists. */
  retentionDays?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The AI compliance log, newest first, for compliance:read holders in the organizations the grant
   * reaches. Flagged records (003: admins only) appear only where the caller also holds
   * compliance:update, the reviewers.
   */
  aiComplianceLogs: AiComplianceLogConnection;
  /**
   * Audit rows, newest first, for holders of audit_log:read: rows of the organizations the grant
   * reaches (every row for an unscoped grant; rows without an organization only then).
   */
  auditLogs: AuditLogConnection;
  /**
   * Change sets of the critical tables, newest first, for holders of audit_log:read: those of the
   * organizations the grant reaches (platform-wide rows only for an unscoped grant).
   */
  changeSets: ChangeSetConnection;
  /** Changed columns, newest first, in the same scope as changeSets. */
  changes: ChangeConnection;
  /** One assessment inside the caller's compliance:read scope; null otherwise. */
  complianceAssessment?: Maybe<ComplianceAssessment>;
  /**
   * Assessments, newest first, for holders of compliance:read: those of the organizations the grant
   * reaches.
   */
  complianceAssessments: ComplianceAssessmentConnection;
  /** The regulatory frameworks with their requirements and controls, for compliance:read holders (any scope). */
  complianceFrameworks: Array<ComplianceFramework>;
  /**
   * A user's grants and withdrawals, newest first (the caller's own by default; another user's as
   * for `consents`).
   */
  consentHistory: ConsentRecordConnection;
  /**
   * A user's consents as they stand (the caller's own by default). Another user's need compliance:read
   * for every tenant: a person is not owned by one organization.
   */
  consents: Array<PrivacyConsent>;
  /** The five classification levels, least sensitive first (compliance:read). */
  dataClassifications: Array<DataClassification>;
  /** Registered classified columns, by table and column (compliance:read). */
  dataElements: Array<DataElement>;
  /**
   * A data-subject request: for its subject, whoever filed it, and compliance:read holders in its
   * tenant (every request for an unscoped grant). NOT_FOUND for anyone else.
   */
  dataSubjectRequest: DataSubjectRequest;
  /**
   * Data-subject requests the caller may see (their own, and those in the tenants their
   * compliance:read reaches), newest first.
   */
  dataSubjectRequests: DataSubjectRequestConnection;
  /**
   * Where managed ciphertext lives (encrypted_data_registry), by table and record
   * (encryption_key:read, unscoped).
   */
  encryptedDataRegistry: EncryptedDataEntryConnection;
  /** Managed data keys, newest first (encryption_key:read, unscoped: keys are platform-wide). */
  encryptionKeys: EncryptionKeyConnection;
  /**
   * Whether a user has valid consent to a purpose: granted, not withdrawn, not expired (002 §9
   * has_valid_consent). The caller's own, or any user's for unscoped compliance:read holders.
   * BAD_USER_INPUT for a purpose not in the register.
   */
  hasValidConsent: Scalars['Boolean']['output'];
  /** Masking policies, highest priority first (compliance:read). */
  maskingPolicies: Array<MaskingPolicy>;
  /** The processing register: every purpose Atrium processes personal data for (any signed-in user). */
  processingActivities: Array<ProcessingActivity>;
  /** One security event inside the caller's audit_log:read scope; null otherwise. */
  securityEvent?: Maybe<SecurityEvent>;
  /**
   * Security events, newest first, for holders of audit_log:read: events of the organizations the
   * grant reaches (platform-wide events only for an unscoped grant).
   */
  securityEvents: SecurityEventConnection;
  /**
   * The purposes a user's data is processed for now (002 §9 get_user_data_purposes): every purpose
   * on another lawful basis, and the CONSENT purposes with valid consent.
   */
  userDataPurposes: Array<ProcessingActivity>;
  /**
   * Recompute the hash chain over rows whose timestamp is in [from, to) (default: everything) and
   * name the first broken link. Unscoped audit_log:read holders only: the chain spans tenants.
   */
  verifyAuditChain: AuditChainVerification;
};


export type QueryAiComplianceLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AiComplianceLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangeSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeSetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplianceAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplianceAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplianceAssessmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConsentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryConsentsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDataElementsArgs = {
  tableName?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDataSubjectRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDataSubjectRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DataSubjectRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEncryptedDataRegistryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['ID']['input']>;
  tableName?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEncryptionKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EncryptionKeyStatus>;
};


export type QueryHasValidConsentArgs = {
  purpose: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySecurityEventArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecurityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserDataPurposesArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVerifyAuditChainArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How soon a recommendation should be acted on. */
export type RecommendationPriority =
  /** First. */
  | 'high'
  /** When convenient. */
  | 'low'
  /** Soon. */
  | 'medium';

/** A review of a flagged record. */
export type ReviewAiComplianceLogInput = {
  /** Cleared or confirmed. */
  decision: AiReviewDecision;
  /** Why (required). */
  notes: Scalars['String']['input'];
};

/** A review of a submitted assessment. */
export type ReviewComplianceAssessmentInput = {
  /** Accept or return. */
  decision: AssessmentReviewDecision;
  /** Notes (required to return). */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** How much an audited fact matters for security review. */
export type RiskLevel =
  /** Needs attention now. */
  | 'critical'
  /** Needs attention (lockouts, token reuse). */
  | 'high'
  /** Routine. */
  | 'low'
  /** Worth a look in a review (permission changes, deletions, failed sign-ins). */
  | 'medium';

/** A security event raised by a detection rule over the audit trail, triaged by compliance officers. */
export type SecurityEvent = {
  __typename?: 'SecurityEvent';
  /** Kinds of data concerned. */
  affectedDataTypes: Array<Scalars['String']['output']>;
  /** Who handles it. */
  assignedTo?: Maybe<Scalars['ID']['output']>;
  /** The audit row that raised it. */
  auditLogId?: Maybe<Scalars['ID']['output']>;
  /** What was seen. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the rule raised it. */
  detectedAt: Scalars['DateTime']['output'];
  /** automated_rule, manual_review or external_alert. */
  detectionMethod: Scalars['String']['output'];
  /** The rule that raised it (failed_login.burst_ip...). */
  detectionRuleId?: Maybe<Scalars['String']['output']>;
  /** The signal's facts (counts, thresholds, the audit row). */
  eventData: Scalars['JSON']['output'];
  /** What it is. */
  eventType: SecurityEventType;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** 72 hours after detection when a notification is required (GDPR art. 33); null otherwise. */
  notificationDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** A required notification not sent by its deadline. */
  notificationOverdue: Scalars['Boolean']['output'];
  /** When the notification was recorded as sent. */
  notificationSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the signal happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The tenant of the signal; null for platform-wide events. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** What may be affected. */
  potentialImpact?: Maybe<Scalars['String']['output']>;
  /** Whether a regulator must be notified (decided in triage). */
  regulatoryNotificationRequired: Scalars['Boolean']['output'];
  /** Notes of the investigation and resolution. */
  resolutionNotes?: Maybe<Scalars['String']['output']>;
  /** When it was closed. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How severe. */
  severity: SecuritySeverity;
  /** The client IP of the signal. */
  sourceIp?: Maybe<Scalars['String']['output']>;
  /** The user who acted, when known. */
  sourceUserId?: Maybe<Scalars['ID']['output']>;
  /** Triage state. */
  status: SecurityEventStatus;
  /** The object concerned (Type:id or email:address). */
  targetResource?: Maybe<Scalars['String']['output']>;
  /** The user acted on, when known. */
  targetUserId?: Maybe<Scalars['ID']['output']>;
  /** A one-line title. */
  title: Scalars['String']['output'];
};

/** A page of security events, newest first. */
export type SecurityEventConnection = {
  __typename?: 'SecurityEventConnection';
  /** Edges with cursors. */
  edges: Array<SecurityEventEdge>;
  /** The events of this page. */
  nodes: Array<SecurityEvent>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a security event connection. */
export type SecurityEventEdge = {
  __typename?: 'SecurityEventEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: SecurityEvent;
};

/** Which security events to list; every given criterion must hold. */
export type SecurityEventFilter = {
  /** The rule that raised it. */
  detectionRuleId?: InputMaybe<Scalars['String']['input']>;
  /** Type. */
  eventType?: InputMaybe<SecurityEventType>;
  /** Detected from this time on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Severity. */
  severity?: InputMaybe<SecuritySeverity>;
  /** Triage state. */
  status?: InputMaybe<SecurityEventStatus>;
  /** Detected before this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Where a security event is in triage. */
export type SecurityEventStatus =
  /** Closed: not a security problem. */
  | 'false_positive'
  /** Someone is looking into it. */
  | 'investigating'
  /** Raised, not looked at yet. */
  | 'open'
  /** Closed: handled. */
  | 'resolved';

/** What a security event is (004 §6.3). */
export type SecurityEventType =
  /** A possible breach (a bulk export of personal data): a candidate until triaged. */
  | 'data_breach'
  /** Lockouts and bursts of refused sign-ins. */
  | 'failed_login'
  /** Platform permissions handed out, or an escalation refused. */
  | 'privilege_escalation'
  /** Refresh-token reuse and other signs of a stolen session. */
  | 'suspicious_activity';

/** How severe a security event is. */
export type SecuritySeverity =
  /** Needs attention now. */
  | 'critical'
  /** Needs attention. */
  | 'high'
  /** For the record. */
  | 'info'
  /** Minor. */
  | 'low'
  /** Worth a look. */
  | 'medium';

/** A triage step; give at least one field. */
export type TriageSecurityEventInput = {
  /** Who handles it (a user id). */
  assignedTo?: InputMaybe<Scalars['ID']['input']>;
  /** Investigation and resolution notes (replace the previous ones). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Whether a regulator must be notified; the 72-hour deadline runs from detection. */
  regulatoryNotificationRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** INVESTIGATING, RESOLVED or FALSE_POSITIVE (closing needs notes). */
  status?: InputMaybe<SecurityEventStatus>;
};

/** Changes to a draft; give at least one field. Lists replace the previous ones. */
export type UpdateComplianceAssessmentInput = {
  /** How it is carried out. */
  assessmentType?: InputMaybe<ComplianceAssessmentType>;
  /** Score from 0 to 100. */
  complianceScore?: InputMaybe<Scalars['Float']['input']>;
  /** Data types in scope. */
  dataTypesInScope?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Findings (replace). */
  findings?: InputMaybe<Array<AssessmentFindingInput>>;
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The verdict. */
  overallStatus?: InputMaybe<ComplianceOverallStatus>;
  /** Last day assessed (YYYY-MM-DD). */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** First day assessed (YYYY-MM-DD). */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Recommendations (replace). */
  recommendations?: InputMaybe<Array<AssessmentRecommendationInput>>;
  /** What is in scope, in words. */
  scopeDescription?: InputMaybe<Scalars['String']['input']>;
  /** Systems in scope. */
  systemsInScope?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a data element; absent fields stay. */
export type UpdateDataElementInput = {
  /** The classification's name. */
  classification?: InputMaybe<Scalars['String']['input']>;
  /** Regular expressions that recognise its values. */
  detectionPatterns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** email, phone, name... */
  elementType?: InputMaybe<Scalars['String']['input']>;
  /** Inactive elements are never masked. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** How it is masked. */
  maskingMethod?: InputMaybe<MaskingMethod>;
  /** Parameters of the method. */
  maskingParameters?: InputMaybe<Scalars['JSON']['input']>;
};

/** An officer's processing step. */
export type UpdateDataSubjectRequestInput = {
  /** What was done, or why it is refused (required). */
  notes: Scalars['String']['input'];
  /** The new state: IN_PROGRESS, COMPLETED or REJECTED. */
  status: DataSubjectRequestStatus;
};

/** Changes to a masking policy; absent fields stay. */
export type UpdateMaskingPolicyInput = {
  /** Column patterns. */
  appliesToColumns?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Roles. */
  appliesToRoles?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Table patterns. */
  appliesToTables?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Users. */
  appliesToUsers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** JsonLogic; never SQL. */
  condition?: InputMaybe<Scalars['JSON']['input']>;
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Active or not. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** `{ method, parameters }` or `{}`. */
  maskingRules?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Higher first. */
  priority?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  SecurityEvent: SecurityEvent;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  SecurityEvent:
    ( { __typename: 'SecurityEvent' }
    & GraphQLRecursivePick<FederationTypes['SecurityEvent'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AiComplianceLog: ResolverTypeWrapper<AiComplianceLogModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AiComplianceLogConnection: ResolverTypeWrapper<Omit<AiComplianceLogConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AiComplianceLogEdge']>, nodes: Array<ResolversTypes['AiComplianceLog']> }>;
  AiComplianceLogEdge: ResolverTypeWrapper<Omit<AiComplianceLogEdge, 'node'> & { node: ResolversTypes['AiComplianceLog'] }>;
  AiComplianceLogFilter: AiComplianceLogFilter;
  AiOperationKind: AiOperationKind;
  AiReviewDecision: AiReviewDecision;
  AiReviewStatus: AiReviewStatus;
  AssessmentFinding: ResolverTypeWrapper<AssessmentFinding>;
  AssessmentFindingInput: AssessmentFindingInput;
  AssessmentRecommendation: ResolverTypeWrapper<AssessmentRecommendation>;
  AssessmentRecommendationInput: AssessmentRecommendationInput;
  AssessmentReviewDecision: AssessmentReviewDecision;
  AuditCategory: AuditCategory;
  AuditChainBreak: ResolverTypeWrapper<AuditChainBreak>;
  AuditChainBreakReason: AuditChainBreakReason;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditExport: ResolverTypeWrapper<AuditExport>;
  AuditExportFormat: AuditExportFormat;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  AuditLogConnection: ResolverTypeWrapper<Omit<AuditLogConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditLogEdge']>, nodes: Array<ResolversTypes['AuditLog']> }>;
  AuditLogEdge: ResolverTypeWrapper<Omit<AuditLogEdge, 'node'> & { node: ResolversTypes['AuditLog'] }>;
  AuditLogFilter: AuditLogFilter;
  Change: ResolverTypeWrapper<ChangeTrackingModel>;
  ChangeApprovalStatus: ChangeApprovalStatus;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ChangeEdge']>, nodes: Array<ResolversTypes['Change']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeFilter: ChangeFilter;
  ChangeOperation: ChangeOperation;
  ChangeSet: ResolverTypeWrapper<ChangeSetModel>;
  ChangeSetConnection: ResolverTypeWrapper<Omit<ChangeSetConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ChangeSetEdge']>, nodes: Array<ResolversTypes['ChangeSet']> }>;
  ChangeSetEdge: ResolverTypeWrapper<Omit<ChangeSetEdge, 'node'> & { node: ResolversTypes['ChangeSet'] }>;
  ChangeSetFilter: ChangeSetFilter;
  ColumnSamplesInput: ColumnSamplesInput;
  ComplianceAssessment: ResolverTypeWrapper<ComplianceAssessmentModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ComplianceAssessmentConnection: ResolverTypeWrapper<Omit<ComplianceAssessmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ComplianceAssessmentEdge']>, nodes: Array<ResolversTypes['ComplianceAssessment']> }>;
  ComplianceAssessmentEdge: ResolverTypeWrapper<Omit<ComplianceAssessmentEdge, 'node'> & { node: ResolversTypes['ComplianceAssessment'] }>;
  ComplianceAssessmentFilter: ComplianceAssessmentFilter;
  ComplianceAssessmentStatus: ComplianceAssessmentStatus;
  ComplianceAssessmentType: ComplianceAssessmentType;
  ComplianceControl: ResolverTypeWrapper<ComplianceControl>;
  ComplianceFramework: ResolverTypeWrapper<ComplianceFrameworkModel>;
  ComplianceFrameworkType: ComplianceFrameworkType;
  ComplianceOverallStatus: ComplianceOverallStatus;
  ComplianceRequirement: ResolverTypeWrapper<ComplianceRequirement>;
  ConsentAction: ConsentAction;
  ConsentRecord: ResolverTypeWrapper<ConsentRecordModel>;
  ConsentRecordConnection: ResolverTypeWrapper<Omit<ConsentRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConsentRecordEdge']>, nodes: Array<ResolversTypes['ConsentRecord']> }>;
  ConsentRecordEdge: ResolverTypeWrapper<Omit<ConsentRecordEdge, 'node'> & { node: ResolversTypes['ConsentRecord'] }>;
  ConsentStatus: ConsentStatus;
  CreateComplianceAssessmentInput: CreateComplianceAssessmentInput;
  CreateDataElementInput: CreateDataElementInput;
  CreateMaskingPolicyInput: CreateMaskingPolicyInput;
  DataClassification: ResolverTypeWrapper<DataClassificationModel>;
  DataElement: ResolverTypeWrapper<DataElementModel>;
  DataSubjectActionInput: DataSubjectActionInput;
  DataSubjectActionType: DataSubjectActionType;
  DataSubjectContribution: ResolverTypeWrapper<DataSubjectContributionModel>;
  DataSubjectContributionStatus: DataSubjectContributionStatus;
  DataSubjectRegulation: DataSubjectRegulation;
  DataSubjectRequest: ResolverTypeWrapper<RequestRowModel>;
  DataSubjectRequestConnection: ResolverTypeWrapper<Omit<DataSubjectRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DataSubjectRequestEdge']>, nodes: Array<ResolversTypes['DataSubjectRequest']> }>;
  DataSubjectRequestEdge: ResolverTypeWrapper<Omit<DataSubjectRequestEdge, 'node'> & { node: ResolversTypes['DataSubjectRequest'] }>;
  DataSubjectRequestFilter: DataSubjectRequestFilter;
  DataSubjectRequestInput: DataSubjectRequestInput;
  DataSubjectRequestReceipt: ResolverTypeWrapper<Omit<DataSubjectRequestReceipt, 'request'> & { request: ResolversTypes['DataSubjectRequest'] }>;
  DataSubjectRequestStatus: DataSubjectRequestStatus;
  DataSubjectRequestType: DataSubjectRequestType;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DetectDataElementsInput: DetectDataElementsInput;
  DetectedColumn: ResolverTypeWrapper<Omit<DetectedColumn, 'element'> & { element?: Maybe<ResolversTypes['DataElement']> }>;
  EncryptedDataEntry: ResolverTypeWrapper<EncryptedDataRegistryModel>;
  EncryptedDataEntryConnection: ResolverTypeWrapper<Omit<EncryptedDataEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EncryptedDataEntryEdge']>, nodes: Array<ResolversTypes['EncryptedDataEntry']> }>;
  EncryptedDataEntryEdge: ResolverTypeWrapper<Omit<EncryptedDataEntryEdge, 'node'> & { node: ResolversTypes['EncryptedDataEntry'] }>;
  EncryptionKey: ResolverTypeWrapper<EncryptionKeyModel>;
  EncryptionKeyConnection: ResolverTypeWrapper<Omit<EncryptionKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EncryptionKeyEdge']>, nodes: Array<ResolversTypes['EncryptionKey']> }>;
  EncryptionKeyEdge: ResolverTypeWrapper<Omit<EncryptionKeyEdge, 'node'> & { node: ResolversTypes['EncryptionKey'] }>;
  EncryptionKeyStatus: EncryptionKeyStatus;
  FindingSeverity: FindingSeverity;
  GrantConsentInput: GrantConsentInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LawfulBasis: LawfulBasis;
  MaskingMethod: MaskingMethod;
  MaskingPolicy: ResolverTypeWrapper<MaskingPolicyModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrivacyConsent: ResolverTypeWrapper<ConsentRowModel>;
  ProcessingActivity: ResolverTypeWrapper<DataProcessingActivityModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationPriority: RecommendationPriority;
  ReviewAiComplianceLogInput: ReviewAiComplianceLogInput;
  ReviewComplianceAssessmentInput: ReviewComplianceAssessmentInput;
  RiskLevel: RiskLevel;
  SecurityEvent: ResolverTypeWrapper<SecurityEventModel>;
  SecurityEventConnection: ResolverTypeWrapper<Omit<SecurityEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecurityEventEdge']>, nodes: Array<ResolversTypes['SecurityEvent']> }>;
  SecurityEventEdge: ResolverTypeWrapper<Omit<SecurityEventEdge, 'node'> & { node: ResolversTypes['SecurityEvent'] }>;
  SecurityEventFilter: SecurityEventFilter;
  SecurityEventStatus: SecurityEventStatus;
  SecurityEventType: SecurityEventType;
  SecuritySeverity: SecuritySeverity;
  TriageSecurityEventInput: TriageSecurityEventInput;
  UpdateComplianceAssessmentInput: UpdateComplianceAssessmentInput;
  UpdateDataElementInput: UpdateDataElementInput;
  UpdateDataSubjectRequestInput: UpdateDataSubjectRequestInput;
  UpdateMaskingPolicyInput: UpdateMaskingPolicyInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AiComplianceLog: AiComplianceLogModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AiComplianceLogConnection: Omit<AiComplianceLogConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AiComplianceLogEdge']>, nodes: Array<ResolversParentTypes['AiComplianceLog']> };
  AiComplianceLogEdge: Omit<AiComplianceLogEdge, 'node'> & { node: ResolversParentTypes['AiComplianceLog'] };
  AiComplianceLogFilter: AiComplianceLogFilter;
  AssessmentFinding: AssessmentFinding;
  AssessmentFindingInput: AssessmentFindingInput;
  AssessmentRecommendation: AssessmentRecommendation;
  AssessmentRecommendationInput: AssessmentRecommendationInput;
  AuditChainBreak: AuditChainBreak;
  AuditChainVerification: AuditChainVerification;
  Int: Scalars['Int']['output'];
  AuditExport: AuditExport;
  AuditLog: AuditLogModel;
  AuditLogConnection: Omit<AuditLogConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditLogEdge']>, nodes: Array<ResolversParentTypes['AuditLog']> };
  AuditLogEdge: Omit<AuditLogEdge, 'node'> & { node: ResolversParentTypes['AuditLog'] };
  AuditLogFilter: AuditLogFilter;
  Change: ChangeTrackingModel;
  ChangeConnection: Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ChangeEdge']>, nodes: Array<ResolversParentTypes['Change']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeFilter: ChangeFilter;
  ChangeSet: ChangeSetModel;
  ChangeSetConnection: Omit<ChangeSetConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ChangeSetEdge']>, nodes: Array<ResolversParentTypes['ChangeSet']> };
  ChangeSetEdge: Omit<ChangeSetEdge, 'node'> & { node: ResolversParentTypes['ChangeSet'] };
  ChangeSetFilter: ChangeSetFilter;
  ColumnSamplesInput: ColumnSamplesInput;
  ComplianceAssessment: ComplianceAssessmentModel;
  Float: Scalars['Float']['output'];
  ComplianceAssessmentConnection: Omit<ComplianceAssessmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ComplianceAssessmentEdge']>, nodes: Array<ResolversParentTypes['ComplianceAssessment']> };
  ComplianceAssessmentEdge: Omit<ComplianceAssessmentEdge, 'node'> & { node: ResolversParentTypes['ComplianceAssessment'] };
  ComplianceAssessmentFilter: ComplianceAssessmentFilter;
  ComplianceControl: ComplianceControl;
  ComplianceFramework: ComplianceFrameworkModel;
  ComplianceRequirement: ComplianceRequirement;
  ConsentRecord: ConsentRecordModel;
  ConsentRecordConnection: Omit<ConsentRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConsentRecordEdge']>, nodes: Array<ResolversParentTypes['ConsentRecord']> };
  ConsentRecordEdge: Omit<ConsentRecordEdge, 'node'> & { node: ResolversParentTypes['ConsentRecord'] };
  CreateComplianceAssessmentInput: CreateComplianceAssessmentInput;
  CreateDataElementInput: CreateDataElementInput;
  CreateMaskingPolicyInput: CreateMaskingPolicyInput;
  DataClassification: DataClassificationModel;
  DataElement: DataElementModel;
  DataSubjectActionInput: DataSubjectActionInput;
  DataSubjectContribution: DataSubjectContributionModel;
  DataSubjectRequest: RequestRowModel;
  DataSubjectRequestConnection: Omit<DataSubjectRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DataSubjectRequestEdge']>, nodes: Array<ResolversParentTypes['DataSubjectRequest']> };
  DataSubjectRequestEdge: Omit<DataSubjectRequestEdge, 'node'> & { node: ResolversParentTypes['DataSubjectRequest'] };
  DataSubjectRequestFilter: DataSubjectRequestFilter;
  DataSubjectRequestInput: DataSubjectRequestInput;
  DataSubjectRequestReceipt: Omit<DataSubjectRequestReceipt, 'request'> & { request: ResolversParentTypes['DataSubjectRequest'] };
  DateTime: Scalars['DateTime']['output'];
  DetectDataElementsInput: DetectDataElementsInput;
  DetectedColumn: Omit<DetectedColumn, 'element'> & { element?: Maybe<ResolversParentTypes['DataElement']> };
  EncryptedDataEntry: EncryptedDataRegistryModel;
  EncryptedDataEntryConnection: Omit<EncryptedDataEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EncryptedDataEntryEdge']>, nodes: Array<ResolversParentTypes['EncryptedDataEntry']> };
  EncryptedDataEntryEdge: Omit<EncryptedDataEntryEdge, 'node'> & { node: ResolversParentTypes['EncryptedDataEntry'] };
  EncryptionKey: EncryptionKeyModel;
  EncryptionKeyConnection: Omit<EncryptionKeyConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EncryptionKeyEdge']>, nodes: Array<ResolversParentTypes['EncryptionKey']> };
  EncryptionKeyEdge: Omit<EncryptionKeyEdge, 'node'> & { node: ResolversParentTypes['EncryptionKey'] };
  GrantConsentInput: GrantConsentInput;
  JSON: Scalars['JSON']['output'];
  MaskingPolicy: MaskingPolicyModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PrivacyConsent: ConsentRowModel;
  ProcessingActivity: DataProcessingActivityModel;
  Query: Record<PropertyKey, never>;
  ReviewAiComplianceLogInput: ReviewAiComplianceLogInput;
  ReviewComplianceAssessmentInput: ReviewComplianceAssessmentInput;
  SecurityEvent: SecurityEventModel;
  SecurityEventConnection: Omit<SecurityEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecurityEventEdge']>, nodes: Array<ResolversParentTypes['SecurityEvent']> };
  SecurityEventEdge: Omit<SecurityEventEdge, 'node'> & { node: ResolversParentTypes['SecurityEvent'] };
  SecurityEventFilter: SecurityEventFilter;
  TriageSecurityEventInput: TriageSecurityEventInput;
  UpdateComplianceAssessmentInput: UpdateComplianceAssessmentInput;
  UpdateDataElementInput: UpdateDataElementInput;
  UpdateDataSubjectRequestInput: UpdateDataSubjectRequestInput;
  UpdateMaskingPolicyInput: UpdateMaskingPolicyInput;
};

export type AiComplianceLogResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AiComplianceLog'] = ResolversParentTypes['AiComplianceLog']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flagReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['AiOperationKind'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outputExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['AiReviewStatus'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  safetyCheckResults?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AiComplianceLogConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AiComplianceLogConnection'] = ResolversParentTypes['AiComplianceLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AiComplianceLogEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AiComplianceLog']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AiComplianceLogEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AiComplianceLogEdge'] = ResolversParentTypes['AiComplianceLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AiComplianceLog'], ParentType, ContextType>;
};

export type AiOperationKindResolvers = { AGENT: 'agent', CHAT: 'chat', DOCUMENT: 'document' };

export type AiReviewDecisionResolvers = { CLEARED: 'cleared', CONFIRMED: 'confirmed' };

export type AiReviewStatusResolvers = { CLEARED: 'cleared', CONFIRMED: 'confirmed', NONE: 'none', PENDING: 'pending' };

export type AssessmentFindingResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AssessmentFinding'] = ResolversParentTypes['AssessmentFinding']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssessmentRecommendationResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AssessmentRecommendation'] = ResolversParentTypes['AssessmentRecommendation']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['RecommendationPriority'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssessmentReviewDecisionResolvers = { ACCEPT: 'accept', RETURN: 'return' };

export type AuditCategoryResolvers = { AUTHENTICATION: 'authentication', AUTHORIZATION: 'authorization', DATA_ACCESS: 'data_access', DATA_CHANGE: 'data_change', SYSTEM: 'system' };

export type AuditChainBreakResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AuditChainBreak'] = ResolversParentTypes['AuditChainBreak']> = {
  auditLogId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AuditChainBreakReason'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditChainVerificationResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = {
  anchoredLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenLink?: Resolver<Maybe<ResolversTypes['AuditChainBreak']>, ParentType, ContextType>;
  firstSequence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditExportResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AuditExport'] = ResolversParentTypes['AuditExport']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['AuditExportFormat'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuditLogResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AuditLog'] = ResolversParentTypes['AuditLog']> = {
  additionalData?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  complianceRelevant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventCategory?: Resolver<ResolversTypes['AuditCategory'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ipAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  newValues?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldValues?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retentionPeriodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  rowHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type AuditLogConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AuditLogConnection'] = ResolversParentTypes['AuditLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditLogEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditLog']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditLogEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['AuditLogEdge'] = ResolversParentTypes['AuditLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditLog'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  changeSetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  columnName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationType?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sequenceNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tableName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeApprovalStatusResolvers = { APPROVED: 'approved', NOT_REQUIRED: 'not_required', PENDING: 'pending' };

export type ChangeConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeSetResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ChangeSet'] = ResolversParentTypes['ChangeSet']> = {
  approvalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvalStatus?: Resolver<ResolversTypes['ChangeApprovalStatus'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  auditLogId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationType?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiresApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tableName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeSetConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ChangeSetConnection'] = ResolversParentTypes['ChangeSetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeSetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeSetEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ChangeSetEdge'] = ResolversParentTypes['ChangeSetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType>;
};

export type ComplianceAssessmentResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ComplianceAssessment'] = ResolversParentTypes['ComplianceAssessment']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assessmentType?: Resolver<ResolversTypes['ComplianceAssessmentType'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complianceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conductedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dataTypesInScope?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['AssessmentFinding']>, ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['ComplianceFramework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overallStatus?: Resolver<Maybe<ResolversTypes['ComplianceOverallStatus']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['AssessmentRecommendation']>, ParentType, ContextType>;
  reviewNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scopeDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceAssessmentStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  systemsInScope?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ComplianceAssessmentConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ComplianceAssessmentConnection'] = ResolversParentTypes['ComplianceAssessmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ComplianceAssessmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ComplianceAssessment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ComplianceAssessmentEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ComplianceAssessmentEdge'] = ResolversParentTypes['ComplianceAssessmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType>;
};

export type ComplianceAssessmentStatusResolvers = { APPROVED: 'approved', ARCHIVED: 'archived', DRAFT: 'draft', IN_REVIEW: 'in_review' };

export type ComplianceAssessmentTypeResolvers = { CONTINUOUS_MONITORING: 'continuous_monitoring', EXTERNAL_AUDIT: 'external_audit', SELF_ASSESSMENT: 'self_assessment' };

export type ComplianceControlResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ComplianceControl'] = ResolversParentTypes['ComplianceControl']> = {
  atriumFeature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirementIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplianceFrameworkResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ComplianceFramework'] = ResolversParentTypes['ComplianceFramework']> = {
  controls?: Resolver<Array<ResolversTypes['ComplianceControl']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  frameworkType?: Resolver<ResolversTypes['ComplianceFrameworkType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['ComplianceRequirement']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComplianceFrameworkTypeResolvers = { FINANCIAL: 'financial', INDUSTRY: 'industry', PRIVACY: 'privacy', SECURITY: 'security' };

export type ComplianceOverallStatusResolvers = { COMPLIANT: 'compliant', IN_PROGRESS: 'in_progress', NON_COMPLIANT: 'non_compliant', PARTIALLY_COMPLIANT: 'partially_compliant' };

export type ComplianceRequirementResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ComplianceRequirement'] = ResolversParentTypes['ComplianceRequirement']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentActionResolvers = { GRANTED: 'granted', WITHDRAWN: 'withdrawn' };

export type ConsentRecordResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ConsentRecord'] = ResolversParentTypes['ConsentRecord']> = {
  action?: Resolver<ResolversTypes['ConsentAction'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ipAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noticeVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentRecordConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ConsentRecordConnection'] = ResolversParentTypes['ConsentRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsentRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConsentRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConsentRecordEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ConsentRecordEdge'] = ResolversParentTypes['ConsentRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentRecord'], ParentType, ContextType>;
};

export type ConsentStatusResolvers = { GRANTED: 'granted', WITHDRAWN: 'withdrawn' };

export type DataClassificationResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataClassification'] = ResolversParentTypes['DataClassification']> = {
  accessLoggingRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  complianceFrameworks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  defaultMaskingRules?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  encryptionRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maskingRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retentionPeriodDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sensitivityLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DataElementResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataElement'] = ResolversParentTypes['DataElement']> = {
  autoDetected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['DataClassification'], ParentType, ContextType>;
  columnName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detectionPatterns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  elementType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maskingMethod?: Resolver<ResolversTypes['MaskingMethod'], ParentType, ContextType>;
  maskingParameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  tableName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DataSubjectActionTypeResolvers = { OBJECTION: 'objection', RECTIFICATION: 'rectification', RESTRICTION: 'restriction' };

export type DataSubjectContributionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataSubjectContribution'] = ResolversParentTypes['DataSubjectContribution']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  counts?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  remaining?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  sections?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DataSubjectContributionStatus'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataSubjectContributionStatusResolvers = { DONE: 'done', FAILED: 'failed', PENDING: 'pending' };

export type DataSubjectRequestResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataSubjectRequest'] = ResolversParentTypes['DataSubjectRequest']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['DataSubjectContribution']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exportPackage?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  handledBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regulation?: Resolver<ResolversTypes['DataSubjectRegulation'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  requestType?: Resolver<ResolversTypes['DataSubjectRequestType'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DataSubjectRequestStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DataSubjectRequestConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataSubjectRequestConnection'] = ResolversParentTypes['DataSubjectRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DataSubjectRequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DataSubjectRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DataSubjectRequestEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataSubjectRequestEdge'] = ResolversParentTypes['DataSubjectRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType>;
};

export type DataSubjectRequestReceiptResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DataSubjectRequestReceipt'] = ResolversParentTypes['DataSubjectRequestReceipt']> = {
  request?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType>;
  verificationToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataSubjectRequestStatusResolvers = { COMPLETED: 'completed', FAILED: 'failed', IN_PROGRESS: 'in_progress', RECEIVED: 'received', REJECTED: 'rejected', VERIFIED: 'verified' };

export type DataSubjectRequestTypeResolvers = { ACCESS: 'access', ERASURE: 'erasure', EXPORT: 'export', OBJECTION: 'objection', RECTIFICATION: 'rectification', RESTRICTION: 'restriction' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DetectedColumnResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['DetectedColumn'] = ResolversParentTypes['DetectedColumn']> = {
  columnName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  element?: Resolver<Maybe<ResolversTypes['DataElement']>, ParentType, ContextType>;
  elementType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EncryptedDataEntryResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['EncryptedDataEntry'] = ResolversParentTypes['EncryptedDataEntry']> = {
  columnName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  encryptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  encryptedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  encryptionAlgorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  encryptionKeyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initializationVector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tableName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EncryptedDataEntryConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['EncryptedDataEntryConnection'] = ResolversParentTypes['EncryptedDataEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EncryptedDataEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EncryptedDataEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EncryptedDataEntryEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['EncryptedDataEntryEdge'] = ResolversParentTypes['EncryptedDataEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EncryptedDataEntry'], ParentType, ContextType>;
};

export type EncryptionKeyResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['EncryptionKey'] = ResolversParentTypes['EncryptionKey']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  allowedServices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyChecksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyPurpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  parentKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  registeredValues?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revocationRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revocationRequestedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EncryptionKeyStatus'], ParentType, ContextType>;
  usageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EncryptionKeyConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['EncryptionKeyConnection'] = ResolversParentTypes['EncryptionKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EncryptionKeyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EncryptionKey']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EncryptionKeyEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['EncryptionKeyEdge'] = ResolversParentTypes['EncryptionKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType>;
};

export type EncryptionKeyStatusResolvers = { ACTIVE: 'active', DEPRECATED: 'deprecated', REVOKED: 'revoked', ROTATING: 'rotating' };

export type FindingSeverityResolvers = { CRITICAL: 'critical', HIGH: 'high', LOW: 'low', MEDIUM: 'medium' };

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LawfulBasisResolvers = { CONSENT: 'consent', CONTRACT: 'contract', LEGAL_OBLIGATION: 'legal_obligation', LEGITIMATE_INTERESTS: 'legitimate_interests', PUBLIC_TASK: 'public_task', VITAL_INTERESTS: 'vital_interests' };

export type MaskingMethodResolvers = { ENCRYPT: 'encrypt', HASH: 'hash', PARTIAL: 'partial', REDACT: 'redact', TOKENIZE: 'tokenize' };

export type MaskingPolicyResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['MaskingPolicy'] = ResolversParentTypes['MaskingPolicy']> = {
  appliesToColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appliesToRoles?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  appliesToTables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appliesToUsers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maskingRules?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveChange?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType, RequireFields<MutationApproveChangeArgs, 'changeSetId'>>;
  approveComplianceAssessment?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType, RequireFields<MutationApproveComplianceAssessmentArgs, 'id'>>;
  approveKeyRevocation?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType, RequireFields<MutationApproveKeyRevocationArgs, 'id'>>;
  archiveComplianceAssessment?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType, RequireFields<MutationArchiveComplianceAssessmentArgs, 'id'>>;
  createComplianceAssessment?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType, RequireFields<MutationCreateComplianceAssessmentArgs, 'input'>>;
  createDataElement?: Resolver<ResolversTypes['DataElement'], ParentType, ContextType, RequireFields<MutationCreateDataElementArgs, 'input'>>;
  createMaskingPolicy?: Resolver<ResolversTypes['MaskingPolicy'], ParentType, ContextType, RequireFields<MutationCreateMaskingPolicyArgs, 'input'>>;
  deleteDataElement?: Resolver<ResolversTypes['DataElement'], ParentType, ContextType, RequireFields<MutationDeleteDataElementArgs, 'id'>>;
  deleteMaskingPolicy?: Resolver<ResolversTypes['MaskingPolicy'], ParentType, ContextType, RequireFields<MutationDeleteMaskingPolicyArgs, 'id'>>;
  detectDataElements?: Resolver<Array<ResolversTypes['DetectedColumn']>, ParentType, ContextType, RequireFields<MutationDetectDataElementsArgs, 'input'>>;
  exportAuditLogs?: Resolver<ResolversTypes['AuditExport'], ParentType, ContextType, RequireFields<MutationExportAuditLogsArgs, 'format'>>;
  grantConsent?: Resolver<ResolversTypes['PrivacyConsent'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  recordSecurityNotification?: Resolver<ResolversTypes['SecurityEvent'], ParentType, ContextType, RequireFields<MutationRecordSecurityNotificationArgs, 'id'>>;
  requestDataExport?: Resolver<ResolversTypes['DataSubjectRequestReceipt'], ParentType, ContextType, Partial<MutationRequestDataExportArgs>>;
  requestDataSubjectAction?: Resolver<ResolversTypes['DataSubjectRequestReceipt'], ParentType, ContextType, RequireFields<MutationRequestDataSubjectActionArgs, 'input'>>;
  requestErasure?: Resolver<ResolversTypes['DataSubjectRequestReceipt'], ParentType, ContextType, Partial<MutationRequestErasureArgs>>;
  requestKeyRevocation?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType, RequireFields<MutationRequestKeyRevocationArgs, 'id' | 'reason'>>;
  reviewAiComplianceLog?: Resolver<ResolversTypes['AiComplianceLog'], ParentType, ContextType, RequireFields<MutationReviewAiComplianceLogArgs, 'id' | 'input'>>;
  reviewComplianceAssessment?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType, RequireFields<MutationReviewComplianceAssessmentArgs, 'id' | 'input'>>;
  rotateKey?: Resolver<ResolversTypes['EncryptionKey'], ParentType, ContextType, RequireFields<MutationRotateKeyArgs, 'id'>>;
  submitComplianceAssessment?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType, RequireFields<MutationSubmitComplianceAssessmentArgs, 'id'>>;
  triageSecurityEvent?: Resolver<ResolversTypes['SecurityEvent'], ParentType, ContextType, RequireFields<MutationTriageSecurityEventArgs, 'id' | 'input'>>;
  updateComplianceAssessment?: Resolver<ResolversTypes['ComplianceAssessment'], ParentType, ContextType, RequireFields<MutationUpdateComplianceAssessmentArgs, 'id' | 'input'>>;
  updateDataElement?: Resolver<ResolversTypes['DataElement'], ParentType, ContextType, RequireFields<MutationUpdateDataElementArgs, 'id' | 'input'>>;
  updateDataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<MutationUpdateDataSubjectRequestArgs, 'id' | 'input'>>;
  updateMaskingPolicy?: Resolver<ResolversTypes['MaskingPolicy'], ParentType, ContextType, RequireFields<MutationUpdateMaskingPolicyArgs, 'id' | 'input'>>;
  verifyDataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<MutationVerifyDataSubjectRequestArgs, 'id'>>;
  withdrawConsent?: Resolver<ResolversTypes['PrivacyConsent'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'purpose'>>;
};

export type PageInfoResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PrivacyConsentResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['PrivacyConsent'] = ResolversParentTypes['PrivacyConsent']> = {
  activity?: Resolver<ResolversTypes['ProcessingActivity'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  grantedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  noticeVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ProcessingActivityResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['ProcessingActivity'] = ResolversParentTypes['ProcessingActivity']> = {
  dataCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dataSubjectCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lawfulBasis?: Resolver<ResolversTypes['LawfulBasis'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processingServices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  requiresConsent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retentionDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aiComplianceLogs?: Resolver<ResolversTypes['AiComplianceLogConnection'], ParentType, ContextType, RequireFields<QueryAiComplianceLogsArgs, 'first'>>;
  auditLogs?: Resolver<ResolversTypes['AuditLogConnection'], ParentType, ContextType, RequireFields<QueryAuditLogsArgs, 'first'>>;
  changeSets?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<QueryChangeSetsArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  complianceAssessment?: Resolver<Maybe<ResolversTypes['ComplianceAssessment']>, ParentType, ContextType, RequireFields<QueryComplianceAssessmentArgs, 'id'>>;
  complianceAssessments?: Resolver<ResolversTypes['ComplianceAssessmentConnection'], ParentType, ContextType, RequireFields<QueryComplianceAssessmentsArgs, 'first'>>;
  complianceFrameworks?: Resolver<Array<ResolversTypes['ComplianceFramework']>, ParentType, ContextType>;
  consentHistory?: Resolver<ResolversTypes['ConsentRecordConnection'], ParentType, ContextType, RequireFields<QueryConsentHistoryArgs, 'first'>>;
  consents?: Resolver<Array<ResolversTypes['PrivacyConsent']>, ParentType, ContextType, Partial<QueryConsentsArgs>>;
  dataClassifications?: Resolver<Array<ResolversTypes['DataClassification']>, ParentType, ContextType>;
  dataElements?: Resolver<Array<ResolversTypes['DataElement']>, ParentType, ContextType, Partial<QueryDataElementsArgs>>;
  dataSubjectRequest?: Resolver<ResolversTypes['DataSubjectRequest'], ParentType, ContextType, RequireFields<QueryDataSubjectRequestArgs, 'id'>>;
  dataSubjectRequests?: Resolver<ResolversTypes['DataSubjectRequestConnection'], ParentType, ContextType, Partial<QueryDataSubjectRequestsArgs>>;
  encryptedDataRegistry?: Resolver<ResolversTypes['EncryptedDataEntryConnection'], ParentType, ContextType, RequireFields<QueryEncryptedDataRegistryArgs, 'first'>>;
  encryptionKeys?: Resolver<ResolversTypes['EncryptionKeyConnection'], ParentType, ContextType, RequireFields<QueryEncryptionKeysArgs, 'first'>>;
  hasValidConsent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryHasValidConsentArgs, 'purpose'>>;
  maskingPolicies?: Resolver<Array<ResolversTypes['MaskingPolicy']>, ParentType, ContextType>;
  processingActivities?: Resolver<Array<ResolversTypes['ProcessingActivity']>, ParentType, ContextType>;
  securityEvent?: Resolver<Maybe<ResolversTypes['SecurityEvent']>, ParentType, ContextType, RequireFields<QuerySecurityEventArgs, 'id'>>;
  securityEvents?: Resolver<ResolversTypes['SecurityEventConnection'], ParentType, ContextType, RequireFields<QuerySecurityEventsArgs, 'first'>>;
  userDataPurposes?: Resolver<Array<ResolversTypes['ProcessingActivity']>, ParentType, ContextType, Partial<QueryUserDataPurposesArgs>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType, Partial<QueryVerifyAuditChainArgs>>;
};

export type RecommendationPriorityResolvers = { HIGH: 'high', LOW: 'low', MEDIUM: 'medium' };

export type RiskLevelResolvers = { CRITICAL: 'critical', HIGH: 'high', LOW: 'low', MEDIUM: 'medium' };

export type SecurityEventResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['SecurityEvent'] = ResolversParentTypes['SecurityEvent'], FederationReferenceType extends FederationReferenceTypes['SecurityEvent'] = FederationReferenceTypes['SecurityEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecurityEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  affectedDataTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  auditLogId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detectionMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detectionRuleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventData?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['SecurityEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notificationDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notificationOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notificationSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  potentialImpact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regulatoryNotificationRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['SecuritySeverity'], ParentType, ContextType>;
  sourceIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SecurityEventStatus'], ParentType, ContextType>;
  targetResource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SecurityEventConnectionResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['SecurityEventConnection'] = ResolversParentTypes['SecurityEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SecurityEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecurityEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SecurityEventEdgeResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['SecurityEventEdge'] = ResolversParentTypes['SecurityEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecurityEvent'], ParentType, ContextType>;
};

export type SecurityEventStatusResolvers = { FALSE_POSITIVE: 'false_positive', INVESTIGATING: 'investigating', OPEN: 'open', RESOLVED: 'resolved' };

export type SecurityEventTypeResolvers = { DATA_BREACH: 'data_breach', FAILED_LOGIN: 'failed_login', PRIVILEGE_ESCALATION: 'privilege_escalation', SUSPICIOUS_ACTIVITY: 'suspicious_activity' };

export type SecuritySeverityResolvers = { CRITICAL: 'critical', HIGH: 'high', INFO: 'info', LOW: 'low', MEDIUM: 'medium' };

export type Resolvers<ContextType = ComplianceContext> = {
  AiComplianceLog?: AiComplianceLogResolvers<ContextType>;
  AiComplianceLogConnection?: AiComplianceLogConnectionResolvers<ContextType>;
  AiComplianceLogEdge?: AiComplianceLogEdgeResolvers<ContextType>;
  AiOperationKind?: AiOperationKindResolvers;
  AiReviewDecision?: AiReviewDecisionResolvers;
  AiReviewStatus?: AiReviewStatusResolvers;
  AssessmentFinding?: AssessmentFindingResolvers<ContextType>;
  AssessmentRecommendation?: AssessmentRecommendationResolvers<ContextType>;
  AssessmentReviewDecision?: AssessmentReviewDecisionResolvers;
  AuditCategory?: AuditCategoryResolvers;
  AuditChainBreak?: AuditChainBreakResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditExport?: AuditExportResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  AuditLogConnection?: AuditLogConnectionResolvers<ContextType>;
  AuditLogEdge?: AuditLogEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeApprovalStatus?: ChangeApprovalStatusResolvers;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeSet?: ChangeSetResolvers<ContextType>;
  ChangeSetConnection?: ChangeSetConnectionResolvers<ContextType>;
  ChangeSetEdge?: ChangeSetEdgeResolvers<ContextType>;
  ComplianceAssessment?: ComplianceAssessmentResolvers<ContextType>;
  ComplianceAssessmentConnection?: ComplianceAssessmentConnectionResolvers<ContextType>;
  ComplianceAssessmentEdge?: ComplianceAssessmentEdgeResolvers<ContextType>;
  ComplianceAssessmentStatus?: ComplianceAssessmentStatusResolvers;
  ComplianceAssessmentType?: ComplianceAssessmentTypeResolvers;
  ComplianceControl?: ComplianceControlResolvers<ContextType>;
  ComplianceFramework?: ComplianceFrameworkResolvers<ContextType>;
  ComplianceFrameworkType?: ComplianceFrameworkTypeResolvers;
  ComplianceOverallStatus?: ComplianceOverallStatusResolvers;
  ComplianceRequirement?: ComplianceRequirementResolvers<ContextType>;
  ConsentAction?: ConsentActionResolvers;
  ConsentRecord?: ConsentRecordResolvers<ContextType>;
  ConsentRecordConnection?: ConsentRecordConnectionResolvers<ContextType>;
  ConsentRecordEdge?: ConsentRecordEdgeResolvers<ContextType>;
  ConsentStatus?: ConsentStatusResolvers;
  DataClassification?: DataClassificationResolvers<ContextType>;
  DataElement?: DataElementResolvers<ContextType>;
  DataSubjectActionType?: DataSubjectActionTypeResolvers;
  DataSubjectContribution?: DataSubjectContributionResolvers<ContextType>;
  DataSubjectContributionStatus?: DataSubjectContributionStatusResolvers;
  DataSubjectRequest?: DataSubjectRequestResolvers<ContextType>;
  DataSubjectRequestConnection?: DataSubjectRequestConnectionResolvers<ContextType>;
  DataSubjectRequestEdge?: DataSubjectRequestEdgeResolvers<ContextType>;
  DataSubjectRequestReceipt?: DataSubjectRequestReceiptResolvers<ContextType>;
  DataSubjectRequestStatus?: DataSubjectRequestStatusResolvers;
  DataSubjectRequestType?: DataSubjectRequestTypeResolvers;
  DateTime?: GraphQLScalarType;
  DetectedColumn?: DetectedColumnResolvers<ContextType>;
  EncryptedDataEntry?: EncryptedDataEntryResolvers<ContextType>;
  EncryptedDataEntryConnection?: EncryptedDataEntryConnectionResolvers<ContextType>;
  EncryptedDataEntryEdge?: EncryptedDataEntryEdgeResolvers<ContextType>;
  EncryptionKey?: EncryptionKeyResolvers<ContextType>;
  EncryptionKeyConnection?: EncryptionKeyConnectionResolvers<ContextType>;
  EncryptionKeyEdge?: EncryptionKeyEdgeResolvers<ContextType>;
  EncryptionKeyStatus?: EncryptionKeyStatusResolvers;
  FindingSeverity?: FindingSeverityResolvers;
  JSON?: GraphQLScalarType;
  LawfulBasis?: LawfulBasisResolvers;
  MaskingMethod?: MaskingMethodResolvers;
  MaskingPolicy?: MaskingPolicyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PrivacyConsent?: PrivacyConsentResolvers<ContextType>;
  ProcessingActivity?: ProcessingActivityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationPriority?: RecommendationPriorityResolvers;
  RiskLevel?: RiskLevelResolvers;
  SecurityEvent?: SecurityEventResolvers<ContextType>;
  SecurityEventConnection?: SecurityEventConnectionResolvers<ContextType>;
  SecurityEventEdge?: SecurityEventEdgeResolvers<ContextType>;
  SecurityEventStatus?: SecurityEventStatusResolvers;
  SecurityEventType?: SecurityEventTypeResolvers;
  SecuritySeverity?: SecuritySeverityResolvers;
};


/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditLog as AuditLogModel, SecurityEvent as SecurityEventModel } from './db.js';
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Export audit rows matching the filter for holders of audit_log:export, inside the
   * organizations the grant reaches (every row for an unscoped grant; rows without an organization
   * only then). The export itself is audited (event type export, with the filter, format, row count
   * and content hash).
   */
  exportAuditLogs: AuditExport;
  /**
   * Record that the regulatory notification of an event was sent (compliance:update). CONFLICT when
   * none is required or it was already recorded.
   */
  recordSecurityNotification: SecurityEvent;
  /**
   * Triage a security event, for holders of compliance:update in its tenant (every event for an
   * unscoped grant). Another tenant's event is NOT_FOUND; changing a closed event's status, assignee
   * or notes is CONFLICT; closing without notes is BAD_USER_INPUT.
   */
  triageSecurityEvent: SecurityEvent;
};


export type MutationExportAuditLogsArgs = {
  filter?: InputMaybe<AuditLogFilter>;
  format: AuditExportFormat;
};


export type MutationRecordSecurityNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTriageSecurityEventArgs = {
  id: Scalars['ID']['input'];
  input: TriageSecurityEventInput;
};

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Audit rows, newest first, for holders of audit_log:read: rows of the organizations the grant
   * reaches (every row for an unscoped grant; rows without an organization only then).
   */
  auditLogs: AuditLogConnection;
  /** One security event inside the caller's audit_log:read scope; null otherwise. */
  securityEvent?: Maybe<SecurityEvent>;
  /**
   * Security events, newest first, for holders of audit_log:read: events of the organizations the
   * grant reaches (platform-wide events only for an unscoped grant).
   */
  securityEvents: SecurityEventConnection;
  /**
   * Recompute the hash chain over rows whose timestamp is in [from, to) (default: everything) and
   * name the first broken link. Unscoped audit_log:read holders only: the chain spans tenants.
   */
  verifyAuditChain: AuditChainVerification;
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityEventArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecurityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyAuditChainArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
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
  AuditCategory: AuditCategory;
  AuditChainBreak: ResolverTypeWrapper<AuditChainBreak>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditChainBreakReason: AuditChainBreakReason;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditExport: ResolverTypeWrapper<AuditExport>;
  AuditExportFormat: AuditExportFormat;
  AuditLog: ResolverTypeWrapper<AuditLogModel>;
  AuditLogConnection: ResolverTypeWrapper<Omit<AuditLogConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditLogEdge']>, nodes: Array<ResolversTypes['AuditLog']> }>;
  AuditLogEdge: ResolverTypeWrapper<Omit<AuditLogEdge, 'node'> & { node: ResolversTypes['AuditLog'] }>;
  AuditLogFilter: AuditLogFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RiskLevel: RiskLevel;
  SecurityEvent: ResolverTypeWrapper<SecurityEventModel>;
  SecurityEventConnection: ResolverTypeWrapper<Omit<SecurityEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecurityEventEdge']>, nodes: Array<ResolversTypes['SecurityEvent']> }>;
  SecurityEventEdge: ResolverTypeWrapper<Omit<SecurityEventEdge, 'node'> & { node: ResolversTypes['SecurityEvent'] }>;
  SecurityEventFilter: SecurityEventFilter;
  SecurityEventStatus: SecurityEventStatus;
  SecurityEventType: SecurityEventType;
  SecuritySeverity: SecuritySeverity;
  TriageSecurityEventInput: TriageSecurityEventInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditChainBreak: AuditChainBreak;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AuditChainVerification: AuditChainVerification;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AuditExport: AuditExport;
  AuditLog: AuditLogModel;
  AuditLogConnection: Omit<AuditLogConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditLogEdge']>, nodes: Array<ResolversParentTypes['AuditLog']> };
  AuditLogEdge: Omit<AuditLogEdge, 'node'> & { node: ResolversParentTypes['AuditLog'] };
  AuditLogFilter: AuditLogFilter;
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SecurityEvent: SecurityEventModel;
  SecurityEventConnection: Omit<SecurityEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecurityEventEdge']>, nodes: Array<ResolversParentTypes['SecurityEvent']> };
  SecurityEventEdge: Omit<SecurityEventEdge, 'node'> & { node: ResolversParentTypes['SecurityEvent'] };
  SecurityEventFilter: SecurityEventFilter;
  TriageSecurityEventInput: TriageSecurityEventInput;
};

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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  exportAuditLogs?: Resolver<ResolversTypes['AuditExport'], ParentType, ContextType, RequireFields<MutationExportAuditLogsArgs, 'format'>>;
  recordSecurityNotification?: Resolver<ResolversTypes['SecurityEvent'], ParentType, ContextType, RequireFields<MutationRecordSecurityNotificationArgs, 'id'>>;
  triageSecurityEvent?: Resolver<ResolversTypes['SecurityEvent'], ParentType, ContextType, RequireFields<MutationTriageSecurityEventArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ComplianceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLogs?: Resolver<ResolversTypes['AuditLogConnection'], ParentType, ContextType, RequireFields<QueryAuditLogsArgs, 'first'>>;
  securityEvent?: Resolver<Maybe<ResolversTypes['SecurityEvent']>, ParentType, ContextType, RequireFields<QuerySecurityEventArgs, 'id'>>;
  securityEvents?: Resolver<ResolversTypes['SecurityEventConnection'], ParentType, ContextType, RequireFields<QuerySecurityEventsArgs, 'first'>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType, Partial<QueryVerifyAuditChainArgs>>;
};

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
  AuditCategory?: AuditCategoryResolvers;
  AuditChainBreak?: AuditChainBreakResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditExport?: AuditExportResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  AuditLogConnection?: AuditLogConnectionResolvers<ContextType>;
  AuditLogEdge?: AuditLogEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RiskLevel?: RiskLevelResolvers;
  SecurityEvent?: SecurityEventResolvers<ContextType>;
  SecurityEventConnection?: SecurityEventConnectionResolvers<ContextType>;
  SecurityEventEdge?: SecurityEventEdgeResolvers<ContextType>;
  SecurityEventStatus?: SecurityEventStatusResolvers;
  SecurityEventType?: SecurityEventTypeResolvers;
  SecuritySeverity?: SecuritySeverityResolvers;
};


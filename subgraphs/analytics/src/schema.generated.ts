/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OperationStatsModel as OperationStatsModelModel } from './modules/usage/service.js';
import type { SubgraphRow as SubgraphRowModel } from './modules/usage/store.js';
import type { CostCenter as CostCenterModel, BusinessMetric as BusinessMetricModel } from './db.js';
import type { LlmSummaryRow as LlmSummaryRowModel } from './modules/costs/store.js';
import type { AnalyticsReport as AnalyticsReportModel, ReportExecution as ReportExecutionModel } from './modules/reports/store.js';
import type { MetricSeriesModel as MetricSeriesModelModel } from './modules/series/query.js';
import type { AnalyticsContext } from './context.js';
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

/** A business metric sample. */
export type BusinessMetric = {
  __typename?: 'BusinessMetric';
  /** Its dimensions. */
  dimensions: Scalars['JSON']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Metric name. */
  metricName: Scalars['String']['output'];
  /** Its organization. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** When it was recorded. */
  time: Scalars['DateTime']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

/** A budget holder (004 §4.3): spend of its own and of its descendants rolls up to it. */
export type CostCenter = {
  __typename?: 'CostCenter';
  /** Percents of a budget at which an alert (`budget.threshold_crossed`) is published, once per period. */
  alertThresholds: Array<Scalars['Int']['output']>;
  /** Annual budget in USD, an exact decimal. */
  annualBudget?: Maybe<Scalars['String']['output']>;
  /** Short code, unique in its organization. */
  code?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it pays for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Past 100% of a budget, LLM calls charged to it (or a descendant) fail with RATE_LIMITED. */
  hardLimit: Scalars['Boolean']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Inactive cost centers are skipped when usage is attributed. */
  isActive: Scalars['Boolean']['output'];
  /** Usage nobody is mapped for goes here. */
  isDefault: Scalars['Boolean']['output'];
  /** The user responsible for it. */
  managerId?: Maybe<Scalars['ID']['output']>;
  /** Monthly budget in USD, an exact decimal (`1500.00`). */
  monthlyBudget?: Maybe<Scalars['String']['output']>;
  /** Name, unique in its organization. */
  name: Scalars['String']['output'];
  /** The tenant it belongs to; null for a platform cost center. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The cost center it rolls up to. */
  parent?: Maybe<CostCenter>;
  /** Spend in the month holding `at` (default now) and in its year, against the budgets. */
  spend: CostCenterSpend;
};


/** A budget holder (004 §4.3): spend of its own and of its descendants rolls up to it. */
export type CostCenterSpendArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of cost centers. */
export type CostCenterConnection = {
  __typename?: 'CostCenterConnection';
  /** Edges with cursors. */
  edges: Array<CostCenterEdge>;
  /** The cost centers of this page. */
  nodes: Array<CostCenter>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a cost center connection. */
export type CostCenterEdge = {
  __typename?: 'CostCenterEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The cost center. */
  node: CostCenter;
};

/** A user, team or organization charged to a cost center. */
export type CostCenterMapping = {
  __typename?: 'CostCenterMapping';
  /** The cost center charged. */
  costCenter: CostCenter;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The user, team or organization id. */
  subjectId: Scalars['ID']['output'];
  /** Who is charged. */
  subjectType: CostSubjectType;
};

/** A cost center's spend against its budgets; amounts are exact decimals in USD. */
export type CostCenterSpend = {
  __typename?: 'CostCenterSpend';
  /** Charged to it and its descendants this year. */
  annualSpend: Scalars['String']['output'];
  /** Charged to the cost center itself this month. */
  ownSpend: Scalars['String']['output'];
  /** annualSpend as a percent of the annual budget; null without one. */
  percentOfAnnualBudget?: Maybe<Scalars['Float']['output']>;
  /** totalSpend as a percent of the monthly budget; null without one. */
  percentOfMonthlyBudget?: Maybe<Scalars['Float']['output']>;
  /** First day of the month (the billing period). */
  periodStart: Scalars['String']['output'];
  /** Charged to it and all its descendants this month. */
  totalSpend: Scalars['String']['output'];
  /** First day of the year. */
  yearStart: Scalars['String']['output'];
};

/** Who a cost center mapping charges. */
export type CostSubjectType =
  /** An organization: its members' usage, unless they are mapped themselves or through a team. */
  | 'organization'
  /** A team (identity's): its current members' usage in the team's organization, unless they are mapped themselves. A user in several mapped teams is charged to the team joined first. */
  | 'team'
  /** A user: its usage in the cost center's organization (or anywhere, for a platform cost center). */
  | 'user';

/** Input of createCostCenter. */
export type CreateCostCenterInput = {
  /** Alert thresholds in percent (1..1000); default 80 and 100. */
  alertThresholds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Annual budget in USD, a decimal with at most 2 places. */
  annualBudget?: InputMaybe<Scalars['String']['input']>;
  /** Short code, up to 50 characters. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** What it pays for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Refuse LLM calls past 100% of a budget (not for the default cost center). */
  hardLimit?: InputMaybe<Scalars['Boolean']['input']>;
  /** The user responsible for it. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Monthly budget in USD, a decimal with at most 2 places. */
  monthlyBudget?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 255 characters, unique in the organization. */
  name: Scalars['String']['input'];
  /** The tenant; omit for a platform cost center (needs cost_center:create for every organization). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The cost center it rolls up to (same organization). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of createReport. */
export type CreateReportInput = {
  /** The definition in the report language (validated: BAD_USER_INPUT names the wrong part). */
  definition: Scalars['JSON']['input'];
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Readable by every member of its organization. */
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name, 1 to 255 characters. */
  name: Scalars['String']['input'];
  /**
   * The organization whose analytics it reads (report:create and analytics:read there); omit for a
   * platform report (both for every organization).
   */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is about. */
  reportType: ReportType;
  /** When it runs by itself (default MANUAL). */
  schedule?: InputMaybe<ReportSchedule>;
  /** Schedule settings. */
  scheduleConfig?: InputMaybe<ReportScheduleConfigInput>;
  /** Users it is shared with (at most 100). */
  sharedWith?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * How often real traffic requested one schema coordinate (`Type.field`, or `Type.field.arg` for an
 * argument passed), as the gateway saw it.
 */
export type FieldUsage = {
  __typename?: 'FieldUsage';
  /** The argument, for an argument coordinate. */
  argumentName?: Maybe<Scalars['String']['output']>;
  /** The coordinate, e.g. `User.email` or `Query.users.filter`. */
  coordinate: Scalars['String']['output'];
  /** Of those, requests that answered with at least one error. */
  errors: Scalars['Float']['output'];
  /** The field part of the coordinate. */
  fieldName: Scalars['String']['output'];
  /** Start of the first hour it was requested in, within the window. */
  firstSeen: Scalars['DateTime']['output'];
  /** End of the last hour it was requested in, within the window. */
  lastSeen: Scalars['DateTime']['output'];
  /** Requests that asked for it in the window. */
  requests: Scalars['Float']['output'];
  /** The type part of the coordinate. */
  typeName: Scalars['String']['output'];
};

/** What LLM usage is grouped by. */
export type LlmUsageDimension =
  /** The UTC day. */
  | 'DAY'
  /** Model name. */
  | 'MODEL'
  /** chat, agent, embedding or document. */
  | 'OPERATION'
  /** The organization it was made in. */
  | 'ORGANIZATION'
  /** Provider name. */
  | 'PROVIDER'
  /** The user who made the call. */
  | 'USER';

/** LLM usage of one group; amounts are exact decimals in USD. */
export type LlmUsageGroup = {
  __typename?: 'LlmUsageGroup';
  /** Calls. */
  calls: Scalars['Int']['output'];
  /** Cost, exact. */
  cost: Scalars['String']['output'];
  /** UTC day (YYYY-MM-DD), when grouped by it. */
  day?: Maybe<Scalars['String']['output']>;
  /** Calls that failed. */
  failures: Scalars['Int']['output'];
  /** Input tokens, as a decimal integer string (can exceed 32 bits). */
  inputTokens: Scalars['String']['output'];
  /** Model, when grouped by it. */
  model?: Maybe<Scalars['String']['output']>;
  /** Operation, when grouped by it. */
  operation?: Maybe<Scalars['String']['output']>;
  /** Organization, when grouped by it. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Output tokens, as a decimal integer string. */
  outputTokens: Scalars['String']['output'];
  /** Median latency in milliseconds. */
  p50LatencyMs?: Maybe<Scalars['Float']['output']>;
  /** Provider, when grouped by it. */
  provider?: Maybe<Scalars['String']['output']>;
  /** User, when grouped by it. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** Input of mapToCostCenter. */
export type MapToCostCenterInput = {
  /** The cost center to charge. */
  costCenterId: Scalars['ID']['input'];
  /** The user, team or organization id (an organization, or a team, must be the cost center's own organization's). */
  subjectId: Scalars['ID']['input'];
  /** Who is charged. */
  subjectType: CostSubjectType;
};

/** One bucket of a time series. */
export type MetricPoint = {
  __typename?: 'MetricPoint';
  /** Average of the values (weighted by sample count across rollup hours). */
  avg: Scalars['Float']['output'];
  /** Start of the bucket. */
  bucket: Scalars['DateTime']['output'];
  /** Samples in the bucket. */
  count: Scalars['Int']['output'];
  /** Largest value. */
  max: Scalars['Float']['output'];
  /** Smallest value. */
  min: Scalars['Float']['output'];
  /** Sum of the values. */
  sum: Scalars['Float']['output'];
};

/** A time series over a window, bucketed. */
export type MetricSeries = {
  __typename?: 'MetricSeries';
  /** The window read, widened to whole buckets: start. */
  from: Scalars['DateTime']['output'];
  /** The metric asked for. */
  metricName?: Maybe<Scalars['String']['output']>;
  /** Buckets that have samples, oldest first. */
  points: Array<MetricPoint>;
  /** Raw rows, the hourly rollup, or both. */
  source: SeriesSource;
  /** End of the window read (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** Input of metricSeries. */
export type MetricSeriesInput = {
  /** Bucket size. */
  bucket: TimeBucket;
  /** Start, widened down to a whole bucket. */
  from: Scalars['DateTime']['input'];
  /** Only this host (SYSTEM). */
  host?: InputMaybe<Scalars['String']['input']>;
  /** The metric (required for SYSTEM and BUSINESS); the activity type for ACTIVITY (all when absent). */
  metricName?: InputMaybe<Scalars['String']['input']>;
  /** Only this organization (BUSINESS; required unless the caller reads every organization's analytics). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Which series. */
  series: MetricSeriesKind;
  /** End (exclusive), widened up to a whole bucket. */
  to: Scalars['DateTime']['input'];
};

/** Which time series a metricSeries query reads. */
export type MetricSeriesKind =
  /** user_activity: sign-ins and other activity; each activity counts 1. */
  | 'ACTIVITY'
  /** business_metrics: recorded per organization (recordBusinessMetric). */
  | 'BUSINESS'
  /** system_metrics: sampled from the services (platform-wide). */
  | 'SYSTEM';

export type Mutation = {
  __typename?: 'Mutation';
  /** Create a cost center in an organization (cost_center:create there). */
  createCostCenter: CostCenter;
  /** Save a report (report:create and analytics:read in its organization). */
  createReport: Report;
  /** Delete a report and its runs (its author, or report:delete in its organization). */
  deleteReport: Report;
  /** Charge a user or organization to a cost center (cost_center:allocate in its organization); replaces its mapping there. */
  mapToCostCenter: CostCenterMapping;
  /** Record a business metric sample at now() (analytics:create in its organization). */
  recordBusinessMetric: BusinessMetric;
  /**
   * Run a report now; the run is recorded and returned (its author, or report:execute in its
   * organization, on a report the caller reads).
   */
  runReport: ReportExecution;
  /** Change a cost center (cost_center:update in its organization). */
  updateCostCenter: CostCenter;
  /** Change a report (its author, or report:update in its organization). */
  updateReport: Report;
};


export type MutationCreateCostCenterArgs = {
  input: CreateCostCenterInput;
};


export type MutationCreateReportArgs = {
  input: CreateReportInput;
};


export type MutationDeleteReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMapToCostCenterArgs = {
  input: MapToCostCenterInput;
};


export type MutationRecordBusinessMetricArgs = {
  input: RecordBusinessMetricInput;
};


export type MutationRunReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCostCenterArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCostCenterInput;
};


export type MutationUpdateReportArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReportInput;
};

/** GraphQL operation kinds. */
export type OperationKind =
  /** A mutation. */
  | 'mutation'
  /** A query. */
  | 'query'
  /** A subscription. */
  | 'subscription';

/** One operation's traffic over a window, as the gateway recorded it. */
export type OperationStats = {
  __typename?: 'OperationStats';
  /** errors / requests. */
  errorRate: Scalars['Float']['output'];
  /** Requests that answered with at least one error. */
  errors: Scalars['Int']['output'];
  /** The operation name, or `(anonymous)`. */
  operationName: Scalars['String']['output'];
  /** Its kind, when the gateway resolved it (not for requests refused before parsing). */
  operationType?: Maybe<OperationKind>;
  /** Median latency at the gateway (request in to response written), in milliseconds. */
  p50Ms: Scalars['Float']['output'];
  /** 95th percentile latency, in milliseconds. */
  p95Ms: Scalars['Float']['output'];
  /** 99th percentile latency, in milliseconds. */
  p99Ms: Scalars['Float']['output'];
  /** How the percentiles were computed. */
  percentiles: PercentileMethod;
  /** Requests in the window. */
  requests: Scalars['Int']['output'];
  /**
   * Which rows were read: raw api_usage_logs rows (RAW), the hourly rollup (ROLLUP), or the rollup
   * for whole hours and raw rows for the partial ones (ROLLUP_AND_RAW).
   */
  source: SeriesSource;
  /** Per subgraph the operation fetched. */
  subgraphs: Array<SubgraphOperationStats>;
};

/** Narrows operationStats to some requests. */
export type OperationStatsFilter = {
  /** Only requests that answered with an error. */
  errorsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this operation name (`(anonymous)` for unnamed ones). */
  operationName?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of operation. */
  operationType?: InputMaybe<OperationKind>;
  /** Only requests that fetched this subgraph. */
  subgraph?: InputMaybe<Scalars['String']['input']>;
  /** Only this user's requests. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How a percentile was computed. */
export type PercentileMethod =
  /** percentile_cont over every stored request of the window. */
  | 'EXACT'
  /**
   * From latency histograms: the hourly rollup's for whole hours, raw rows bucketed the same way
   * for partial hours. Buckets are log-spaced, 8 per doubling from 0.01 ms, so a percentile is
   * within 4.43% of the exact one (plus at most 0.005 ms below 0.01 ms).
   */
  | 'HISTOGRAM';

export type Query = {
  __typename?: 'Query';
  /** One cost center, if the caller reads it. */
  costCenter?: Maybe<CostCenter>;
  /** Cost centers the caller reads (cost_center:read), optionally of one organization, oldest first. */
  costCenters: CostCenterConnection;
  /**
   * Schema coordinates requested through the gateway over [from, to) by whole UTC hours (at most 366
   * days; counts are kept 180 days), busiest first, optionally of one type. The schema check reads
   * it as a second usage source beside the persisted manifest. Needs analytics:read for every organization.
   */
  fieldUsage: Array<FieldUsage>;
  /**
   * LLM usage over [from, to) (at most 366 days) grouped by the given dimensions, of the organizations
   * the caller reads analytics of (analytics:read), optionally one of them.
   */
  llmUsage: Array<LlmUsageGroup>;
  /**
   * A time series of system metrics, business metrics or user activity, bucketed, from raw rows or
   * the hourly rollup (see `source`). System metrics and activity need analytics:read for every
   * organization; business metrics analytics:read in the organization.
   */
  metricSeries: MetricSeries;
  /**
   * Per operation over [from, to): request count, error rate and p50/p95/p99 latency, busiest first,
   * and per subgraph. Windows up to ATRIUM_ANALYTICS_EXACT_WINDOW_HOURS (6 by default) and windows
   * filtered by subgraph, user or errorsOnly compute exact percentiles over raw rows (at most 31
   * days); longer ones read the hourly rollup's histograms for whole hours and raw rows for partial
   * hours (at most 365 days). `percentiles` chooses the method instead; each answer says which it
   * used (`percentiles`, `source`). Needs analytics:read for every organization.
   */
  operationStats: Array<OperationStats>;
  /** One report, if the caller reads it. */
  report?: Maybe<Report>;
  /** One report run, if the caller reads its report. */
  reportExecution?: Maybe<ReportExecution>;
  /** Reports the caller reads (its own, shared with it, public in its organizations, or report:read there), oldest first. */
  reports: ReportConnection;
  /**
   * Requests and errors through the gateway per bucket over [from, to) (at most 31 days and 1,500
   * buckets), oldest first, every bucket present (empty ones with zeros); buckets are aligned to UTC
   * minutes, hours or days, the first one holding `from`. The same filter as operationStats. Needs
   * analytics:read for every organization.
   */
  requestSeries: Array<RequestBucket>;
};


export type QueryCostCenterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCostCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFieldUsageArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  typeName?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLlmUsageArgs = {
  from: Scalars['DateTime']['input'];
  groupBy?: InputMaybe<Array<LlmUsageDimension>>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryMetricSeriesArgs = {
  input: MetricSeriesInput;
};


export type QueryOperationStatsArgs = {
  filter?: InputMaybe<OperationStatsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  percentiles?: InputMaybe<PercentileMethod>;
  to: Scalars['DateTime']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportExecutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRequestSeriesArgs = {
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<OperationStatsFilter>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** Input of recordBusinessMetric (000's record_business_metric). */
export type RecordBusinessMetricInput = {
  /** Up to 20 string, number or boolean dimensions. */
  dimensions?: InputMaybe<Scalars['JSON']['input']>;
  /** Metric name, up to 100 characters. */
  metricName: Scalars['String']['input'];
  /** The organization it belongs to; omit for a platform metric. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The value. */
  value: Scalars['Float']['input'];
};

/**
 * A saved analytics report (004 §4.2), defined in the report language: `{ source, window, filters,
 * groupBy, aggregations, orderBy, limit }` over a closed list of analytics tables (see the README).
 */
export type Report = {
  __typename?: 'Report';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its author. */
  createdBy: Scalars['ID']['output'];
  /** The definition, as validated (defaults filled in). */
  definition: Scalars['JSON']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its runs, newest first. */
  executions: Array<ReportExecution>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Inactive reports are not scheduled. */
  isActive: Scalars['Boolean']['output'];
  /** Readable by every member of its organization. */
  isPublic: Scalars['Boolean']['output'];
  /** Start of the last successful run. */
  lastGeneratedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Next scheduled run; null for a manual or inactive report. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization whose analytics it reads; null for a platform report. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** What it is about. */
  reportType: ReportType;
  /** When it runs by itself. */
  schedule: ReportSchedule;
  /** Schedule settings: hourUtc, weekday, dayOfMonth. */
  scheduleConfig: Scalars['JSON']['output'];
  /** Users who may read and run it besides the author (run needs report:execute for others). */
  sharedWith: Array<Scalars['ID']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A saved analytics report (004 §4.2), defined in the report language: `{ source, window, filters,
 * groupBy, aggregations, orderBy, limit }` over a closed list of analytics tables (see the README).
 */
export type ReportExecutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of reports. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** Edges with cursors. */
  edges: Array<ReportEdge>;
  /** The reports of this page. */
  nodes: Array<Report>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a report connection. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: Report;
};

/** One run of a report (004 §4.2 report_executions). */
export type ReportExecution = {
  __typename?: 'ReportExecution';
  /** Output column names, in order (completed runs). */
  columns?: Maybe<Array<Scalars['String']['output']>>;
  /** When it finished. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The result as CSV (RFC 4180, formula-looking text cells neutralised): the report's author, or
   * analytics:export in its organization.
   */
  csv?: Maybe<Scalars['String']['output']>;
  /** Why it failed. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** Wall time of the run in milliseconds. */
  executionTimeMs?: Maybe<Scalars['Int']['output']>;
  /** Manual or scheduled. */
  executionType: ReportExecutionType;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The report. */
  reportId: Scalars['ID']['output'];
  /** Output rows, one object per row keyed by column (completed runs). */
  rows?: Maybe<Array<Scalars['JSON']['output']>>;
  /** Source rows the result was computed from. */
  rowsProcessed?: Maybe<Scalars['Int']['output']>;
  /** When it started (the moment its window is relative to). */
  startedAt: Scalars['DateTime']['output'];
  /** Its state. */
  status: ReportExecutionStatus;
  /** Who ran it (null for a scheduled run). */
  triggeredBy?: Maybe<Scalars['ID']['output']>;
};

/** State of a report run. */
export type ReportExecutionStatus =
  /** Done; the result is kept. */
  | 'completed'
  /** Failed; errorMessage says why. */
  | 'failed'
  /** Still computing. */
  | 'running';

/** How a report run started. */
export type ReportExecutionType =
  /** runReport. */
  | 'manual'
  /** Its schedule. */
  | 'scheduled';

/** When a report runs by itself. */
export type ReportSchedule =
  /** Every day at scheduleConfig.hourUtc. */
  | 'daily'
  /** Only when runReport is called. */
  | 'manual'
  /** Every month on scheduleConfig.dayOfMonth at hourUtc. */
  | 'monthly'
  /** Every week on scheduleConfig.weekday at hourUtc. */
  | 'weekly';

/** Schedule settings (all UTC). */
export type ReportScheduleConfigInput = {
  /** Day of the month for MONTHLY, 1..28 (default 1). */
  dayOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** Hour of the day, 0..23 (default 6). */
  hourUtc?: InputMaybe<Scalars['Int']['input']>;
  /** Day of the week for WEEKLY, 0 = Sunday .. 6 (default 1). */
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

/** What a report is about (004 §4.2 report_type). */
export type ReportType =
  /** Costs and budgets. */
  | 'cost'
  /** Latency and errors. */
  | 'performance'
  /** API and LLM usage. */
  | 'usage'
  /** Sessions and activity. */
  | 'user_behavior';

/** Gateway traffic in one bucket of a time series. */
export type RequestBucket = {
  __typename?: 'RequestBucket';
  /** Start of the bucket (UTC). */
  bucketStart: Scalars['DateTime']['output'];
  /** Of those, requests that answered with at least one error. */
  errors: Scalars['Int']['output'];
  /** 95th percentile latency of its requests in milliseconds (exact); null for an empty bucket. */
  p95Ms?: Maybe<Scalars['Float']['output']>;
  /** Requests that arrived in it. */
  requests: Scalars['Int']['output'];
};

/** Where a time series was read from. */
export type SeriesSource =
  /** Raw rows only. */
  | 'RAW'
  /** The hourly rollup only (hours the rollup job has computed). */
  | 'ROLLUP'
  /** The hourly rollup up to its watermark, raw rows after it. */
  | 'ROLLUP_AND_RAW';

/** One subgraph's share of an operation: the time the gateway spent fetching it. */
export type SubgraphOperationStats = {
  __typename?: 'SubgraphOperationStats';
  /** Subgraph name. */
  name: Scalars['String']['output'];
  /** Median total fetch time of this subgraph per request, in milliseconds. */
  p50Ms: Scalars['Float']['output'];
  /** 95th percentile fetch time, in milliseconds. */
  p95Ms: Scalars['Float']['output'];
  /** 99th percentile fetch time, in milliseconds. */
  p99Ms: Scalars['Float']['output'];
  /** Requests of the operation that fetched this subgraph. */
  requests: Scalars['Int']['output'];
};

/** The width of one point of a time series. */
export type TimeBucket =
  /** One UTC day. */
  | 'day'
  /** One hour. */
  | 'hour'
  /** One minute. */
  | 'minute';

/** Input of updateCostCenter: only the fields given change; null clears an optional one. */
export type UpdateCostCenterInput = {
  /** New alert thresholds. */
  alertThresholds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** New annual budget. */
  annualBudget?: InputMaybe<Scalars['String']['input']>;
  /** New code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether it refuses LLM calls past its budget. */
  hardLimit?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether usage may be attributed to it. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New manager. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** New monthly budget. */
  monthlyBudget?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent (same organization; a cycle is refused). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of updateReport: only the fields given change. */
export type UpdateReportInput = {
  /** New definition. */
  definition?: InputMaybe<Scalars['JSON']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether it is scheduled. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether every member of its organization reads it. */
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New type. */
  reportType?: InputMaybe<ReportType>;
  /** New schedule (next run recomputed). */
  schedule?: InputMaybe<ReportSchedule>;
  /** New schedule settings (next run recomputed). */
  scheduleConfig?: InputMaybe<ReportScheduleConfigInput>;
  /** Replaces the users it is shared with. */
  sharedWith?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  CostCenter: CostCenter;
  Report: Report;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CostCenter:
    ( { __typename: 'CostCenter' }
    & GraphQLRecursivePick<FederationTypes['CostCenter'], {"id":true}> );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BusinessMetric: ResolverTypeWrapper<BusinessMetricModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CostCenter: ResolverTypeWrapper<CostCenterModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CostCenterConnection: ResolverTypeWrapper<Omit<CostCenterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CostCenterEdge']>, nodes: Array<ResolversTypes['CostCenter']> }>;
  CostCenterEdge: ResolverTypeWrapper<Omit<CostCenterEdge, 'node'> & { node: ResolversTypes['CostCenter'] }>;
  CostCenterMapping: ResolverTypeWrapper<Omit<CostCenterMapping, 'costCenter'> & { costCenter: ResolversTypes['CostCenter'] }>;
  CostCenterSpend: ResolverTypeWrapper<CostCenterSpend>;
  CostSubjectType: CostSubjectType;
  CreateCostCenterInput: CreateCostCenterInput;
  CreateReportInput: CreateReportInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldUsage: ResolverTypeWrapper<FieldUsage>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LlmUsageDimension: LlmUsageDimension;
  LlmUsageGroup: ResolverTypeWrapper<LlmSummaryRowModel>;
  MapToCostCenterInput: MapToCostCenterInput;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  MetricSeries: ResolverTypeWrapper<MetricSeriesModelModel>;
  MetricSeriesInput: MetricSeriesInput;
  MetricSeriesKind: MetricSeriesKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OperationKind: OperationKind;
  OperationStats: ResolverTypeWrapper<OperationStatsModelModel>;
  OperationStatsFilter: OperationStatsFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PercentileMethod: PercentileMethod;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordBusinessMetricInput: RecordBusinessMetricInput;
  Report: ResolverTypeWrapper<AnalyticsReportModel>;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReportEdge']>, nodes: Array<ResolversTypes['Report']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportExecution: ResolverTypeWrapper<ReportExecutionModel>;
  ReportExecutionStatus: ReportExecutionStatus;
  ReportExecutionType: ReportExecutionType;
  ReportSchedule: ReportSchedule;
  ReportScheduleConfigInput: ReportScheduleConfigInput;
  ReportType: ReportType;
  RequestBucket: ResolverTypeWrapper<RequestBucket>;
  SeriesSource: SeriesSource;
  SubgraphOperationStats: ResolverTypeWrapper<SubgraphRowModel>;
  TimeBucket: TimeBucket;
  UpdateCostCenterInput: UpdateCostCenterInput;
  UpdateReportInput: UpdateReportInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BusinessMetric: BusinessMetricModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  CostCenter: CostCenterModel;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CostCenterConnection: Omit<CostCenterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CostCenterEdge']>, nodes: Array<ResolversParentTypes['CostCenter']> };
  CostCenterEdge: Omit<CostCenterEdge, 'node'> & { node: ResolversParentTypes['CostCenter'] };
  CostCenterMapping: Omit<CostCenterMapping, 'costCenter'> & { costCenter: ResolversParentTypes['CostCenter'] };
  CostCenterSpend: CostCenterSpend;
  CreateCostCenterInput: CreateCostCenterInput;
  CreateReportInput: CreateReportInput;
  DateTime: Scalars['DateTime']['output'];
  FieldUsage: FieldUsage;
  JSON: Scalars['JSON']['output'];
  LlmUsageGroup: LlmSummaryRowModel;
  MapToCostCenterInput: MapToCostCenterInput;
  MetricPoint: MetricPoint;
  MetricSeries: MetricSeriesModelModel;
  MetricSeriesInput: MetricSeriesInput;
  Mutation: Record<PropertyKey, never>;
  OperationStats: OperationStatsModelModel;
  OperationStatsFilter: OperationStatsFilter;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordBusinessMetricInput: RecordBusinessMetricInput;
  Report: AnalyticsReportModel;
  ReportConnection: Omit<ReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReportEdge']>, nodes: Array<ResolversParentTypes['Report']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportExecution: ReportExecutionModel;
  ReportScheduleConfigInput: ReportScheduleConfigInput;
  RequestBucket: RequestBucket;
  SubgraphOperationStats: SubgraphRowModel;
  UpdateCostCenterInput: UpdateCostCenterInput;
  UpdateReportInput: UpdateReportInput;
};

export type BusinessMetricResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['BusinessMetric'] = ResolversParentTypes['BusinessMetric']> = {
  dimensions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metricName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CostCenterResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CostCenter'] = ResolversParentTypes['CostCenter'], FederationReferenceType extends FederationReferenceTypes['CostCenter'] = FederationReferenceTypes['CostCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CostCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alertThresholds?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  annualBudget?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hardLimit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  managerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  monthlyBudget?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['CostCenter']>, ParentType, ContextType>;
  spend?: Resolver<ResolversTypes['CostCenterSpend'], ParentType, ContextType, Partial<CostCenterSpendArgs>>;
};

export type CostCenterConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CostCenterConnection'] = ResolversParentTypes['CostCenterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CostCenterEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CostCenter']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CostCenterEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CostCenterEdge'] = ResolversParentTypes['CostCenterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CostCenter'], ParentType, ContextType>;
};

export type CostCenterMappingResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CostCenterMapping'] = ResolversParentTypes['CostCenterMapping']> = {
  costCenter?: Resolver<ResolversTypes['CostCenter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['CostSubjectType'], ParentType, ContextType>;
};

export type CostCenterSpendResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CostCenterSpend'] = ResolversParentTypes['CostCenterSpend']> = {
  annualSpend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownSpend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentOfAnnualBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentOfMonthlyBudget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalSpend?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  yearStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CostSubjectTypeResolvers = { ORGANIZATION: 'organization', TEAM: 'team', USER: 'user' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldUsageResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['FieldUsage'] = ResolversParentTypes['FieldUsage']> = {
  argumentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fieldName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  typeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LlmUsageGroupResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['LlmUsageGroup'] = ResolversParentTypes['LlmUsageGroup']> = {
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  p50LatencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MetricPointResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = {
  avg?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MetricSeriesResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['MetricSeries'] = ResolversParentTypes['MetricSeries']> = {
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  metricName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SeriesSource'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createCostCenter?: Resolver<ResolversTypes['CostCenter'], ParentType, ContextType, RequireFields<MutationCreateCostCenterArgs, 'input'>>;
  createReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationCreateReportArgs, 'input'>>;
  deleteReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationDeleteReportArgs, 'id'>>;
  mapToCostCenter?: Resolver<ResolversTypes['CostCenterMapping'], ParentType, ContextType, RequireFields<MutationMapToCostCenterArgs, 'input'>>;
  recordBusinessMetric?: Resolver<ResolversTypes['BusinessMetric'], ParentType, ContextType, RequireFields<MutationRecordBusinessMetricArgs, 'input'>>;
  runReport?: Resolver<ResolversTypes['ReportExecution'], ParentType, ContextType, RequireFields<MutationRunReportArgs, 'id'>>;
  updateCostCenter?: Resolver<ResolversTypes['CostCenter'], ParentType, ContextType, RequireFields<MutationUpdateCostCenterArgs, 'id' | 'input'>>;
  updateReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationUpdateReportArgs, 'id' | 'input'>>;
};

export type OperationKindResolvers = { MUTATION: 'mutation', QUERY: 'query', SUBSCRIPTION: 'subscription' };

export type OperationStatsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['OperationStats'] = ResolversParentTypes['OperationStats']> = {
  errorRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationType?: Resolver<Maybe<ResolversTypes['OperationKind']>, ParentType, ContextType>;
  p50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percentiles?: Resolver<ResolversTypes['PercentileMethod'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SeriesSource'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['SubgraphOperationStats']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  costCenter?: Resolver<Maybe<ResolversTypes['CostCenter']>, ParentType, ContextType, RequireFields<QueryCostCenterArgs, 'id'>>;
  costCenters?: Resolver<ResolversTypes['CostCenterConnection'], ParentType, ContextType, RequireFields<QueryCostCentersArgs, 'first'>>;
  fieldUsage?: Resolver<Array<ResolversTypes['FieldUsage']>, ParentType, ContextType, RequireFields<QueryFieldUsageArgs, 'first' | 'from' | 'to'>>;
  llmUsage?: Resolver<Array<ResolversTypes['LlmUsageGroup']>, ParentType, ContextType, RequireFields<QueryLlmUsageArgs, 'from' | 'groupBy' | 'to'>>;
  metricSeries?: Resolver<ResolversTypes['MetricSeries'], ParentType, ContextType, RequireFields<QueryMetricSeriesArgs, 'input'>>;
  operationStats?: Resolver<Array<ResolversTypes['OperationStats']>, ParentType, ContextType, RequireFields<QueryOperationStatsArgs, 'first' | 'from' | 'to'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reportExecution?: Resolver<Maybe<ResolversTypes['ReportExecution']>, ParentType, ContextType, RequireFields<QueryReportExecutionArgs, 'id'>>;
  reports?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, RequireFields<QueryReportsArgs, 'first'>>;
  requestSeries?: Resolver<Array<ResolversTypes['RequestBucket']>, ParentType, ContextType, RequireFields<QueryRequestSeriesArgs, 'bucket' | 'from' | 'to'>>;
};

export type ReportResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executions?: Resolver<Array<ResolversTypes['ReportExecution']>, ParentType, ContextType, RequireFields<ReportExecutionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastGeneratedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reportType?: Resolver<ResolversTypes['ReportType'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['ReportSchedule'], ParentType, ContextType>;
  scheduleConfig?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export type ReportExecutionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['ReportExecution'] = ResolversParentTypes['ReportExecution']> = {
  columns?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  csv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executionTimeMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  executionType?: Resolver<ResolversTypes['ReportExecutionType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<ResolversTypes['JSON']>>, ParentType, ContextType>;
  rowsProcessed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportExecutionStatus'], ParentType, ContextType>;
  triggeredBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ReportExecutionStatusResolvers = { COMPLETED: 'completed', FAILED: 'failed', RUNNING: 'running' };

export type ReportExecutionTypeResolvers = { MANUAL: 'manual', SCHEDULED: 'scheduled' };

export type ReportScheduleResolvers = { DAILY: 'daily', MANUAL: 'manual', MONTHLY: 'monthly', WEEKLY: 'weekly' };

export type ReportTypeResolvers = { COST: 'cost', PERFORMANCE: 'performance', USAGE: 'usage', USER_BEHAVIOR: 'user_behavior' };

export type RequestBucketResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['RequestBucket'] = ResolversParentTypes['RequestBucket']> = {
  bucketStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphOperationStatsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['SubgraphOperationStats'] = ResolversParentTypes['SubgraphOperationStats']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  p50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p99Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeBucketResolvers = { DAY: 'day', HOUR: 'hour', MINUTE: 'minute' };

export type Resolvers<ContextType = AnalyticsContext> = {
  BusinessMetric?: BusinessMetricResolvers<ContextType>;
  CostCenter?: CostCenterResolvers<ContextType>;
  CostCenterConnection?: CostCenterConnectionResolvers<ContextType>;
  CostCenterEdge?: CostCenterEdgeResolvers<ContextType>;
  CostCenterMapping?: CostCenterMappingResolvers<ContextType>;
  CostCenterSpend?: CostCenterSpendResolvers<ContextType>;
  CostSubjectType?: CostSubjectTypeResolvers;
  DateTime?: GraphQLScalarType;
  FieldUsage?: FieldUsageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LlmUsageGroup?: LlmUsageGroupResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MetricSeries?: MetricSeriesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OperationKind?: OperationKindResolvers;
  OperationStats?: OperationStatsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportExecution?: ReportExecutionResolvers<ContextType>;
  ReportExecutionStatus?: ReportExecutionStatusResolvers;
  ReportExecutionType?: ReportExecutionTypeResolvers;
  ReportSchedule?: ReportScheduleResolvers;
  ReportType?: ReportTypeResolvers;
  RequestBucket?: RequestBucketResolvers<ContextType>;
  SubgraphOperationStats?: SubgraphOperationStatsResolvers<ContextType>;
  TimeBucket?: TimeBucketResolvers;
};


import { access, type AccessMap } from '@atrium/kernel';

const { can, authenticated, public: open } = access;
const read = can('analytics:read');
const page = { '*': open };
/**
 * Tenant-scoped: an organization's administrator holds analytics:* and cost_center:* scoped to
 * the organization's resource, and a scoped grant answers no resource-less shield check. So these
 * fields ask for a signed-in caller here, and the service decides with the caller's tenant scope
 * of the named catalog permission (`tenantFor` / `requireTenant`, the decision point's
 * myTenantScopes); every path to a cost center (by id, lists, parent, references, mutations)
 * goes through that check, and another tenant's reads as absent.
 */
const tenant = authenticated;

/**
 * Every field of the analytics schema → who may read or call it. Deny by default: a field missing
 * here is refused, and the mirror check fails. Services narrow further by tenant.
 */
export const accessMap: AccessMap = {
  Query: {
    operationStats: read, // service: unscoped holders only (usage is platform-wide)
    fieldUsage: read, // service: unscoped holders only
    requestSeries: read, // service: unscoped holders only
    llmUsage: tenant, // service: analytics:read tenant scope (FORBIDDEN without any)
    costCenters: tenant, // service: cost_center:read tenant scope
    costCenter: tenant, // service: cost_center:read tenant scope, absent otherwise
    metricSeries: tenant, // service: analytics:read (system, activity: unscoped; business: in the organization)
    reports: tenant, // service: author, shared_with, public to members, report:read in the tenant
    report: tenant, // service: the same, absent otherwise
    reportExecution: tenant, // service: its report readable, absent otherwise
  },
  Mutation: {
    createCostCenter: tenant, // service: cost_center:create in that organization
    updateCostCenter: tenant, // service: cost_center:update in its organization
    mapToCostCenter: tenant, // service: cost_center:allocate in its organization
    recordBusinessMetric: tenant, // service: analytics:create in its organization
    createReport: tenant, // service: report:create and analytics:read in its organization
    updateReport: tenant, // service: readable, and author or report:update there
    deleteReport: tenant, // service: readable, and author or report:delete there
    runReport: tenant, // service: readable, and author or report:execute there
  },
  LlmUsageGroup: { '*': tenant }, // only from llmUsage, already narrowed
  CostCenter: { '*': tenant }, // only through cost_center:read-checked loads
  CostCenterSpend: { '*': tenant },
  CostCenterMapping: { '*': tenant },
  PageInfo: page,
  CostCenterEdge: page,
  CostCenterConnection: page,
  OperationStats: { '*': read },
  FieldUsage: { '*': read },
  RequestBucket: { '*': read },
  SubgraphOperationStats: { '*': read },
  MetricSeries: { '*': tenant }, // only from metricSeries, already narrowed
  MetricPoint: { '*': tenant },
  BusinessMetric: { '*': tenant }, // only from recordBusinessMetric
  Report: { '*': tenant }, // only through readable-checked loads
  ReportExecution: { '*': tenant }, // csv: author or analytics:export in the organization
  ReportEdge: page,
  ReportConnection: page,
};

/**
 * Helpers for the compliance tests: audit rows as stored, and through the gateway.
 */
import { ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import type { TestSystem } from '../kit/system.js';

export interface StoredAudit {
  id: string;
  seq: string;
  event_type: string;
  event_category: string;
  operation: string | null;
  user_id: string | null;
  session_id: string | null;
  ip_address: string | null;
  resource_type: string | null;
  resource_id: string | null;
  organization_id: string | null;
  old_values: Record<string, unknown> | null;
  new_values: Record<string, unknown> | null;
  changed_fields: string[];
  risk_level: string;
  request_id: string | null;
  service_name: string | null;
  additional_data: Record<string, unknown>;
}

/** Stored audit rows matching a SQL condition, in chain order. */
export const auditRows = (t: TestSystem, where: string, params: unknown[] = []) =>
  sql<StoredAudit>(t.db.url, `SELECT a.*, a.seq::text AS seq, host(a.ip_address) AS ip_address FROM compliance.audit_logs a WHERE ${where} ORDER BY a.seq`, params);

/** Wait until `count` rows match (intake is asynchronous), then return them. */
export const waitForAudit = (t: TestSystem, where: string, params: unknown[] = [], count = 1) =>
  waitFor(async () => {
    const rows = await auditRows(t, where, params);
    return rows.length >= count ? rows : null;
  }, `audit rows where ${where} ${JSON.stringify(params)}`);

/** The authorization resource of an organization (identity announces it), for scoped grants. */
export const organizationResource = (t: TestSystem, organizationId: string) =>
  waitFor(
    async () => (await sql<{ id: string }>(t.db.url, `SELECT r.id FROM "authorization".resources r JOIN "authorization".resource_types rt ON rt.id = r.resource_type_id WHERE rt.name = 'organization' AND r.resource_id = $1`, [organizationId]))[0]?.id,
    `organization ${organizationId} as a resource`,
  );

/** Audit events still waiting in the compliance consumer's queue. */
export const pendingAuditJobs = async (t: TestSystem) =>
  (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'compliance:audit.recorded:v1'`))[0]!.n;

export const AUDIT_LOGS = `query($f: AuditLogFilter, $first: Int, $after: String) {
  auditLogs(filter: $f, first: $first, after: $after) {
    nodes { id sequence eventType eventCategory operation userId resourceType resourceId organizationId oldValues newValues changedFields riskLevel requestId serviceName }
    pageInfo { hasNextPage endCursor }
  }
}`;

export async function listAudit(t: TestSystem, token: string, filter: Record<string, unknown>, first = 100) {
  return ok(await t.gql(AUDIT_LOGS, { f: filter, first }, token)).auditLogs as { nodes: Record<string, any>[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

import { tenantWhere, type TenantScope } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** One `audit.recorded` event as the intake appends it. */
export interface AuditIntake {
  id: string;
  timestamp: string;
  eventType: string;
  eventCategory: string;
  operation: string | null;
  userId: string | null;
  sessionId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  resourceType: string | null;
  resourceId: string | null;
  resourceName: string | null;
  organizationId: string | null;
  oldValues: unknown;
  newValues: unknown;
  changedFields: string[];
  description: string | null;
  riskLevel: string;
  serviceName: string | null;
  requestId: string | null;
  complianceRelevant: boolean;
  retentionPeriodDays: number;
  additionalData: unknown;
}

export interface ChainSuspect {
  seq: bigint;
  id: string;
  timestamp: Date;
  altered: boolean;
  prevHash: string;
  predecessorHash: string | null;
  predecessorExists: boolean;
  /** The predecessor is known only by a retention purge's anchor. */
  anchored: boolean;
}

/** Every statement touching `compliance.audit_logs` and its chain head. */
export class AuditStore {
  constructor(private readonly db: DbClient) {}

  /**
   * Append one row. The append trigger locks the chain head, skips an event already recorded
   * (returns false), sets seq, prev_hash and row_hash. A malformed IP is kept out of the inet
   * column (the event keeps it in additional_data) rather than failing the job forever.
   */
  async append(row: AuditIntake): Promise<boolean> {
    const inserted = await this.db.$executeRawUnsafe(
      `INSERT INTO compliance.audit_logs (id, "timestamp", seq, event_type, event_category, operation, user_id, session_id, ip_address, user_agent,
         resource_type, resource_id, resource_name, organization_id, old_values, new_values, changed_fields, action_description, risk_level,
         service_name, request_id, compliance_relevant, additional_data, retention_period_days, prev_hash, row_hash)
       VALUES ($1::uuid, $2::timestamptz, 0, $3, $4, $5, $6::uuid, $7::uuid,
         CASE WHEN $8::text ~ '^[0-9a-fA-F:.]+$' THEN $8::inet END, $9, $10, $11, $12, $13::uuid, $14::jsonb, $15::jsonb, $16::text[], $17, $18,
         $19, $20, $21, $22::jsonb, $23::int, '', '')`,
      row.id,
      row.timestamp,
      row.eventType,
      row.eventCategory,
      row.operation,
      row.userId,
      row.sessionId,
      row.ipAddress,
      row.userAgent,
      row.resourceType,
      row.resourceId,
      row.resourceName,
      row.organizationId,
      row.oldValues === null || row.oldValues === undefined ? null : JSON.stringify(row.oldValues),
      row.newValues === null || row.newValues === undefined ? null : JSON.stringify(row.newValues),
      row.changedFields,
      row.description,
      row.riskLevel,
      row.serviceName,
      row.requestId,
      row.complianceRelevant,
      JSON.stringify(row.additionalData ?? {}),
      row.retentionPeriodDays,
    );
    return inserted === 1;
  }

  /** A page of rows, newest in the chain first, inside the tenant scope. */
  list(scope: TenantScope, where: Prisma.AuditLogWhereInput, beforeSeq: bigint | null, take: number) {
    return this.db.auditLog.findMany({
      where: { AND: [where, tenantWhere(scope, 'organizationId'), beforeSeq === null ? {} : { seq: { lt: beforeSeq } }] },
      orderBy: { seq: 'desc' },
      take,
    });
  }

  /** Rows to export, in chain order (oldest first), inside the tenant scope. */
  exportRows(scope: TenantScope, where: Prisma.AuditLogWhereInput, take: number) {
    return this.db.auditLog.findMany({ where: { AND: [where, tenantWhere(scope, 'organizationId')] }, orderBy: { seq: 'asc' }, take });
  }

  /** Rows of this list (scope and filter) whose seq is this one: a cursor must name a row of the list it pages. */
  countSeq(scope: TenantScope, where: Prisma.AuditLogWhereInput, seq: bigint) {
    return this.db.auditLog.count({ where: { AND: [where, tenantWhere(scope, 'organizationId'), { seq }] } });
  }

  /**
   * Rows of the range that are not plainly fine, in chain order: whose content does not hash to
   * its row_hash (or, pseudonymized by an erasure, to its newest redaction hash), or whose predecessor in the range is not seq - 1 or does not hash to its
   * prev_hash. The predecessor outside the range (or missing) is looked up for those only: a row
   * still in the log, else the anchor a retention purge kept for it.
   */
  async chainSuspects(from: Date | null, to: Date | null): Promise<{ checked: number; firstSeq: bigint | null; suspects: ChainSuspect[] }> {
    const rows = await this.db.$queryRawUnsafe<
      { checked: bigint; first_seq: bigint | null; seq: bigint | null; id: string | null; timestamp: Date | null; altered: boolean | null; prev_hash: string | null; predecessor_hash: string | null; predecessor_exists: boolean | null; anchored: boolean | null }[]
    >(
      `WITH r AS (
         SELECT a.seq, a.id, a."timestamp", a.prev_hash, COALESCE(red.redacted_hash, a.row_hash) <> compliance.audit_row_hash(a.prev_hash, a) AS altered,
                lag(a.seq) OVER w AS lag_seq, lag(a.row_hash) OVER w AS lag_hash
           FROM compliance.audit_logs a
           -- A row an erasure pseudonymized hashes to its newest redaction's hash; its row_hash (the link) is unchanged.
           LEFT JOIN (SELECT DISTINCT ON (seq) seq, redacted_hash FROM compliance.audit_redactions ORDER BY seq, id DESC) red ON red.seq = a.seq
          WHERE ($1::timestamptz IS NULL OR a."timestamp" >= $1) AND ($2::timestamptz IS NULL OR a."timestamp" < $2)
         WINDOW w AS (ORDER BY a.seq)
       ), s AS (
         SELECT * FROM r WHERE altered OR lag_seq IS DISTINCT FROM seq - 1 OR lag_hash IS DISTINCT FROM prev_hash
       )
       SELECT (SELECT count(*) FROM r) AS checked, (SELECT min(seq) FROM r) AS first_seq, s.seq, s.id::text AS id, s."timestamp", s.altered, s.prev_hash,
              COALESCE(CASE WHEN s.lag_seq = s.seq - 1 THEN s.lag_hash END, p.row_hash, k.row_hash, CASE WHEN s.seq = 1 THEN repeat('0', 64) END) AS predecessor_hash,
              (s.lag_seq = s.seq - 1 OR p.id IS NOT NULL OR k.seq IS NOT NULL OR s.seq = 1) AS predecessor_exists,
              (s.lag_seq IS DISTINCT FROM s.seq - 1 AND p.id IS NULL AND k.seq IS NOT NULL) AS anchored
         FROM (SELECT 1) one
         LEFT JOIN s ON true
         LEFT JOIN LATERAL (SELECT id, row_hash FROM compliance.audit_logs WHERE seq = s.seq - 1 AND s.lag_seq IS DISTINCT FROM s.seq - 1 LIMIT 1) p ON true
         LEFT JOIN compliance.audit_chain_anchors k ON k.seq = s.seq - 1 AND s.lag_seq IS DISTINCT FROM s.seq - 1
        ORDER BY s.seq`,
      from,
      to,
    );
    const checked = Number(rows[0]?.checked ?? 0);
    const suspects = rows
      .filter((r) => r.seq !== null)
      .map((r) => ({ seq: r.seq!, id: r.id!, timestamp: r.timestamp!, altered: r.altered!, prevHash: r.prev_hash!, predecessorHash: r.predecessor_hash, predecessorExists: r.predecessor_exists!, anchored: r.anchored! }));
    return { checked, firstSeq: rows[0]?.first_seq ?? null, suspects };
  }

  /** Create the monthly partitions from the month of `at` to `monthsAhead` on, and those of months waiting in the default partition; the names created. */
  async ensurePartitions(monthsAhead: number, at: Date = new Date()): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ created: string[] }[]>('SELECT compliance.ensure_audit_partitions($1::int, $2::timestamptz) AS created', monthsAhead, at);
    return rows[0]?.created ?? [];
  }

  /** Create the partition of one month (rows of it in the default partition move in); false when it exists. */
  async createPartition(month: Date): Promise<boolean> {
    const rows = await this.db.$queryRawUnsafe<{ made: boolean }[]>('SELECT compliance.create_audit_partition($1::date) AS made', month.toISOString().slice(0, 10));
    return rows[0]?.made ?? false;
  }

  /** Drop the month partitions past retention at `at` (anchoring the chain first); the names dropped. */
  async purgeExpired(at: Date, retentionDays: number): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ dropped: string[] }[]>('SELECT compliance.purge_audit_partitions($1::timestamptz, $2::int) AS dropped', at, retentionDays);
    return rows[0]?.dropped ?? [];
  }
}

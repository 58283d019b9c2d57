import { paginate, tenantWhere, type Page, type TenantScope } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';
import type { Raised } from './rules.js';

/** Every statement touching `compliance.security_events` (and the audit counts the rules need). */
export class SecurityStore {
  constructor(private readonly db: DbClient) {}

  /** Refused sign-ins in (since, until] for one email or one IP address. */
  async failedLogins(by: { email: string } | { ip: string }, since: Date, until: Date): Promise<number> {
    const [row] = await this.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM compliance.audit_logs
        WHERE event_type = 'login_failed' AND "timestamp" > $1::timestamptz AND "timestamp" <= $2::timestamptz
          AND ${'email' in by ? `lower(additional_data->>'email') = $3` : `ip_address = $3::inet`}`,
      since,
      until,
      'email' in by ? by.email : by.ip,
    );
    return row?.n ?? 0;
  }

  /** Rows of classified columns one actor read masked within a window (the largest column of each `masked_read` event, summed). */
  async maskedReadRows(userId: string, since: Date, until: Date): Promise<number> {
    const [row] = await this.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT coalesce(sum((additional_data->>'rowCount')::bigint), 0)::int AS n FROM compliance.audit_logs
        WHERE event_type = 'masked_read' AND user_id = $3::uuid AND "timestamp" > $1::timestamptz AND "timestamp" <= $2::timestamptz`,
      since,
      until,
      userId,
    );
    return row?.n ?? 0;
  }

  /** Insert unless an event with this dedupe key exists (a burst, a redelivered audit event); whether it was new. */
  async raise(ruleId: string, r: Raised, fact: { id: string; timestamp: Date; organizationId: string | null }): Promise<boolean> {
    // A burst already raised within its window (the bucketed key alone would raise again past a bucket's edge).
    if (r.quiet) {
      const [recent] = await this.db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM compliance.security_events WHERE detection_rule_id = $1 AND event_data->>'subject' = $2 AND occurred_at > $3::timestamptz - make_interval(secs => $4::int) AND dedupe_key <> $5`,
        ruleId,
        r.quiet.subject,
        fact.timestamp,
        r.quiet.seconds,
        r.dedupeKey,
      );
      if (recent!.n > 0) return false;
    }
    const n = await this.db.$executeRawUnsafe(
      `INSERT INTO compliance.security_events (event_type, severity, title, description, source_user_id, target_user_id, source_ip, target_resource,
         detection_method, detection_rule_id, potential_impact, affected_data_types, event_data, occurred_at, organization_id, dedupe_key, audit_log_id)
       VALUES ($1, $2, $3, $4, $5::uuid, $6::uuid, CASE WHEN $7::text ~ '^[0-9a-fA-F:.]+$' THEN $7::inet END, $8, 'automated_rule', $9, $10, $11::text[], $12::jsonb, $13::timestamptz, $14::uuid, $15, $16::uuid)
       ON CONFLICT (dedupe_key) DO NOTHING`,
      r.eventType,
      r.severity,
      r.title,
      r.description,
      r.sourceUserId ?? null,
      r.targetUserId ?? null,
      r.sourceIp ?? null,
      r.targetResource ?? null,
      ruleId,
      r.potentialImpact ?? null,
      r.affectedDataTypes ?? [],
      JSON.stringify(r.quiet ? { ...r.eventData, subject: r.quiet.subject } : r.eventData),
      fact.timestamp,
      fact.organizationId,
      r.dedupeKey,
      fact.id,
    );
    return n === 1;
  }

  list(scope: TenantScope, where: Prisma.SecurityEventWhereInput, p: Page) {
    const inScope = { AND: [where, tenantWhere(scope, 'organizationId')] };
    return paginate(p, inScope, (q) => this.db.securityEvent.findMany(q), (w) => this.db.securityEvent.count({ where: w }), [{ detectedAt: 'desc' }, { id: 'desc' }]);
  }

  /** One event inside the tenant scope, or null (absent and foreign read the same). */
  find(scope: TenantScope, id: string) {
    return this.db.securityEvent.findFirst({ where: { id, ...tenantWhere(scope, 'organizationId') } });
  }

  /** Lock the row for a triage change (inside a transaction). */
  async lock(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('SELECT 1 FROM compliance.security_events WHERE id = $1::uuid FOR UPDATE', id);
  }

  update(id: string, data: Prisma.SecurityEventUpdateInput) {
    return this.db.securityEvent.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
  }
}

import { tenantWhere, type Page, type TenantScope, paginate } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

export const DEFAULT_COST_CENTER_ID = '00000000-0000-4000-8000-00000000cc01';

export interface ChainLink {
  id: string;
  name: string;
  organizationId: string | null;
  monthlyBudget: string | null;
  annualBudget: string | null;
  alertThresholds: number[] | null;
  hardLimit: boolean;
  blockedUntil: Date | null;
}

/** Every SQL statement over cost centers and their mappings. */
export class CostCenterStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.costCenter.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Cost centers in the scope, oldest first (platform ones only for every-tenant scopes). */
  list(scope: TenantScope, organizationId: string | null | undefined, p: Page) {
    const where: Prisma.CostCenterWhereInput = { AND: [tenantWhere(scope, 'organizationId'), organizationId ? { organizationId } : {}] };
    return paginate(p, where, (q) => this.db.costCenter.findMany(q), (w) => this.db.costCenter.count({ where: w }));
  }

  create(data: Prisma.CostCenterUncheckedCreateInput) {
    return this.db.costCenter.create({ data });
  }

  update(id: string, data: Prisma.CostCenterUncheckedUpdateInput) {
    return this.db.costCenter.update({ where: { id }, data });
  }

  /** Hierarchy edits of one tenant, one at a time (the cycle check reads what the other would change). */
  async lockTree(organizationId: string | null) {
    await this.db.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('analytics.cost_center_tree:' || coalesce($1::text, 'platform')))`, organizationId);
  }

  /** The ids from `id` up to its root, nearest first (at most 64 levels). */
  async ancestorIds(id: string): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT id, parent_cost_center_id, 0 AS depth FROM "analytics"."cost_centers" WHERE id = $1::uuid
         UNION ALL
         SELECT c.id, c.parent_cost_center_id, up.depth + 1 FROM "analytics"."cost_centers" c JOIN up ON c.id = up.parent_cost_center_id WHERE up.depth < 64)
       SELECT id::text FROM up ORDER BY depth`,
      id,
    );
    return rows.map((r) => r.id);
  }

  /**
   * The cost center a usage of `organizationId` by `userId` is charged to: the user's mapping in
   * that organization, else the user's platform mapping, else a mapping of a team of that
   * organization the user is in now (the team joined first, then the lowest team id; the tenant's
   * mapping before a platform one), else the organization's, else the default. A team counts only
   * for usage in its own organization, so another tenant mapping a team id pulls nothing.
   */
  async resolve(userId: string | null, organizationId: string | null): Promise<string> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT m.cost_center_id::text AS id FROM "analytics"."cost_center_mappings" m JOIN "analytics"."cost_centers" c ON c.id = m.cost_center_id AND c.is_active
         LEFT JOIN "analytics"."team_memberships" tm ON m.subject_type = 'team' AND tm.team_id = m.subject_id AND tm.user_id = $1::uuid AND tm.organization_id = $2::uuid AND tm.is_member
        WHERE (m.organization_id = $2::uuid OR m.organization_id IS NULL)
          AND ((m.subject_type = 'user' AND m.subject_id = $1::uuid)
            OR (m.subject_type = 'team' AND tm.team_id IS NOT NULL)
            OR (m.subject_type = 'organization' AND m.subject_id = $2::uuid))
        ORDER BY CASE m.subject_type WHEN 'user' THEN 0 WHEN 'team' THEN 1 ELSE 2 END, (m.subject_type = 'user' AND m.organization_id IS NOT NULL) DESC,
                 tm.changed_at, tm.team_id, (m.organization_id IS NOT NULL) DESC
        LIMIT 1`,
      userId,
      organizationId,
    );
    return rows[0]?.id ?? DEFAULT_COST_CENTER_ID;
  }

  /** Keep a team membership state unless a newer one is already here (late and repeated deliveries). */
  async applyTeamMembership(m: { teamId: string; userId: string; organizationId: string; isMember: boolean; at: string }): Promise<void> {
    await this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."team_memberships" (team_id, user_id, organization_id, is_member, changed_at) VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::timestamptz)
       ON CONFLICT (team_id, user_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, is_member = EXCLUDED.is_member, changed_at = EXCLUDED.changed_at
       WHERE "analytics"."team_memberships".changed_at <= EXCLUDED.changed_at`,
      m.teamId,
      m.userId,
      m.organizationId,
      m.isMember,
      m.at,
    );
  }

  /** The organization a team belongs to, when analytics has heard of it (any membership event). */
  async teamOrganization(teamId: string): Promise<string | null> {
    const row = await this.db.teamMembership.findFirst({ where: { teamId }, select: { organizationId: true } });
    return row?.organizationId ?? null;
  }

  /** Cost centers a team or its organization is mapped to (whose hard limits a membership change can move). */
  async centersOfTeam(teamId: string, organizationId: string): Promise<string[]> {
    const rows = await this.db.costCenterMapping.findMany({
      where: { OR: [{ subjectType: 'team', subjectId: teamId }, { subjectType: 'organization', subjectId: organizationId }] },
      select: { costCenterId: true },
    });
    return [...new Set(rows.map((r) => r.costCenterId))];
  }

  /** Lock the chain from `id` to its root, in id order (every writer takes them in the same order), and return it. */
  async lockChain(id: string): Promise<ChainLink[]> {
    const ids = await this.ancestorIds(id);
    const rows = await this.db.$queryRawUnsafe<ChainLink[]>(
      `SELECT id::text, name, organization_id::text AS "organizationId", monthly_budget::text AS "monthlyBudget", annual_budget::text AS "annualBudget",
              alert_thresholds AS "alertThresholds", hard_limit AS "hardLimit", blocked_until AS "blockedUntil"
         FROM "analytics"."cost_centers" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      ids,
    );
    return ids.map((i) => rows.find((r) => r.id === i)!).filter(Boolean);
  }

  /** Spend of a cost center and all its descendants over [from, to) billing periods, exact, as text. */
  async subtreeSpend(id: string, from: string, to: string): Promise<string> {
    const rows = await this.db.$queryRawUnsafe<{ spend: string }[]>(
      `WITH RECURSIVE down AS (
         SELECT id FROM "analytics"."cost_centers" WHERE id = $1::uuid
         UNION
         SELECT c.id FROM "analytics"."cost_centers" c JOIN down ON c.parent_cost_center_id = down.id)
       SELECT coalesce(sum(a.cost_amount), 0)::text AS spend FROM "analytics"."cost_allocations" a
        WHERE a.cost_center_id IN (SELECT id FROM down) AND a.billing_period >= $2::date AND a.billing_period < $3::date`,
      id,
      from,
      to,
    );
    return rows[0]!.spend;
  }

  /** Spend charged to the cost center itself over [from, to). */
  async ownSpend(id: string, from: string, to: string): Promise<string> {
    const rows = await this.db.$queryRawUnsafe<{ spend: string }[]>(
      `SELECT coalesce(sum(cost_amount), 0)::text AS spend FROM "analytics"."cost_allocations"
        WHERE cost_center_id = $1::uuid AND billing_period >= $2::date AND billing_period < $3::date`,
      id,
      from,
      to,
    );
    return rows[0]!.spend;
  }

  /** Record a crossed threshold once; false when it was already recorded for that period. */
  async noteAlert(input: { costCenterId: string; periodKind: 'monthly' | 'annual'; periodStart: string; threshold: number; spend: string; budget: string }): Promise<boolean> {
    const n = await this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."budget_alerts" (cost_center_id, period_kind, period_start, threshold_percent, spend, budget)
       VALUES ($1::uuid, $2, $3::date, $4::int, $5::numeric, $6::numeric) ON CONFLICT DO NOTHING`,
      input.costCenterId,
      input.periodKind,
      input.periodStart,
      input.threshold,
      input.spend,
      input.budget,
    );
    return n === 1;
  }

  /** The cost center and every descendant (cycles cannot loop: UNION). */
  async subtreeIds(id: string): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `WITH RECURSIVE down AS (
         SELECT id FROM "analytics"."cost_centers" WHERE id = $1::uuid
         UNION
         SELECT c.id FROM "analytics"."cost_centers" c JOIN down ON c.parent_cost_center_id = down.id)
       SELECT id::text FROM down`,
      id,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Who a hard limit on these cost centers refuses: every subject mapped to one of them, and the
   * users of those organizations charged elsewhere by a mapping of their own (exempt).
   */
  async limitSubjects(centerIds: readonly string[]) {
    // A mapped team stands for its current members, each refused for usage in the team's organization.
    const subjects = await this.db.$queryRawUnsafe<{ subjectType: 'user' | 'organization'; subjectId: string; organizationId: string | null }[]>(
      `SELECT DISTINCT * FROM (
         SELECT subject_type AS "subjectType", subject_id::text AS "subjectId", organization_id::text AS "organizationId"
           FROM "analytics"."cost_center_mappings" WHERE cost_center_id = ANY ($1::uuid[]) AND subject_type IN ('user', 'organization')
         UNION ALL
         SELECT 'user', tm.user_id::text, tm.organization_id::text
           FROM "analytics"."cost_center_mappings" m JOIN "analytics"."team_memberships" tm ON tm.team_id = m.subject_id AND tm.is_member
          WHERE m.cost_center_id = ANY ($1::uuid[]) AND m.subject_type = 'team' AND (m.organization_id IS NULL OR m.organization_id = tm.organization_id)) s
        ORDER BY "subjectType", "subjectId" LIMIT 10000`,
      [...centerIds],
    );
    const orgs = subjects.filter((s) => s.subjectType === 'organization').map((s) => s.subjectId);
    const exempt = orgs.length
      ? await this.db.$queryRawUnsafe<{ id: string }[]>(
          `SELECT subject_id::text AS id FROM "analytics"."cost_center_mappings"
            WHERE subject_type = 'user' AND NOT (cost_center_id = ANY ($1::uuid[])) AND (organization_id = ANY ($2::uuid[]) OR organization_id IS NULL)
           UNION
           SELECT tm.user_id::text FROM "analytics"."cost_center_mappings" m JOIN "analytics"."team_memberships" tm ON tm.team_id = m.subject_id AND tm.is_member
            WHERE m.subject_type = 'team' AND NOT (m.cost_center_id = ANY ($1::uuid[])) AND tm.organization_id = ANY ($2::uuid[]) AND (m.organization_id IS NULL OR m.organization_id = tm.organization_id)
           LIMIT 10000`,
          [...centerIds],
          orgs,
        )
      : [];
    return { subjects, exemptUserIds: exempt.map((e) => e.id) };
  }

  setBlockedUntil(id: string, until: Date | null) {
    return this.db.costCenter.update({ where: { id }, data: { blockedUntil: until } });
  }

  /** The cost center a subject is mapped to in a tenant, if any. */
  async mappedCenter(subjectType: string, subjectId: string, organizationId: string | null): Promise<string | null> {
    const row = await this.db.costCenterMapping.findFirst({ where: { subjectType, subjectId, organizationId }, select: { costCenterId: true } });
    return row?.costCenterId ?? null;
  }

  upsertMapping(data: { subjectType: string; subjectId: string; costCenterId: string; organizationId: string | null; createdBy: string }) {
    return this.db.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO "analytics"."cost_center_mappings" (subject_type, subject_id, cost_center_id, organization_id, created_by)
       VALUES ($1, $2::uuid, $3::uuid, $4::uuid, $5::uuid)
       ON CONFLICT (subject_type, subject_id, organization_id) DO UPDATE SET cost_center_id = EXCLUDED.cost_center_id, created_by = EXCLUDED.created_by, created_at = now()
       RETURNING id::text`,
      data.subjectType,
      data.subjectId,
      data.costCenterId,
      data.organizationId,
      data.createdBy,
    );
  }

  mappingsOf(costCenterId: string) {
    return this.db.costCenterMapping.findMany({ where: { costCenterId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 500 });
  }

  deleteMapping(subjectType: string, subjectId: string, organizationId: string | null) {
    return this.db.costCenterMapping.deleteMany({ where: { subjectType, subjectId, organizationId } });
  }
}

/** Every SQL statement over ai_usage_logs and cost_allocations. */
export class UsageCostStore {
  constructor(private readonly db: DbClient) {}

  /** The usage row, once: false when this event was already stored. */
  async insertUsage(row: {
    id: string;
    userId: string | null;
    organizationId: string | null;
    provider: string;
    model: string;
    operation: string;
    inputTokens: number;
    outputTokens: number;
    cost: string;
    latencyMs: number;
    success: boolean;
    errorCode: string | null;
    metadata: Record<string, unknown>;
    at: string;
  }): Promise<boolean> {
    const n = await this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."ai_usage_logs" (id, user_id, organization_id, provider, model, operation, input_tokens, output_tokens, total_tokens, cost_usd, latency_ms, success, error_code, metadata, created_at)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, $7::int, $8::int, $7::int + $8::int, $9::numeric, $10::int, $11::boolean, $12, $13::jsonb, $14::timestamptz)
       ON CONFLICT (id) DO NOTHING`,
      row.id,
      row.userId,
      row.organizationId,
      row.provider,
      row.model,
      row.operation,
      row.inputTokens,
      row.outputTokens,
      row.cost,
      row.latencyMs,
      row.success,
      row.errorCode,
      JSON.stringify(row.metadata),
      row.at,
    );
    return n === 1;
  }

  async insertAllocation(row: { id: string; billingPeriod: string; userId: string | null; organizationId: string | null; costCenterId: string; resourceId: string; cost: string; tokens: number; breakdown: Record<string, unknown>; at: string }) {
    await this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."cost_allocations" (id, billing_period, user_id, organization_id, cost_center_id, service_type, resource_id, cost_amount, usage_quantity, usage_unit, cost_breakdown, incurred_at)
       VALUES ($1::uuid, $2::date, $3::uuid, $4::uuid, $5::uuid, 'llm', $6, $7::numeric, $8::numeric, 'tokens', $9::jsonb, $10::timestamptz)
       ON CONFLICT DO NOTHING`,
      row.id,
      row.billingPeriod,
      row.userId,
      row.organizationId,
      row.costCenterId,
      row.resourceId,
      row.cost,
      row.tokens,
      JSON.stringify(row.breakdown),
      row.at,
    );
  }

  /** The LLM side of a usage session: one more interaction, its tokens and cost. */
  async addToSession(sessionId: string, userId: string | null, tokens: number, cost: string, at: string) {
    await this.db.$executeRawUnsafe(
      `INSERT INTO "analytics"."usage_sessions" (id, user_id, llm_interactions, total_tokens_used, total_cost, started_at, last_activity_at)
       VALUES ($1::uuid, $2::uuid, 1, $3::bigint, $4::numeric, $5::timestamptz, $5::timestamptz)
       ON CONFLICT (id) DO UPDATE SET llm_interactions = "analytics"."usage_sessions".llm_interactions + 1,
         total_tokens_used = "analytics"."usage_sessions".total_tokens_used + EXCLUDED.total_tokens_used,
         total_cost = "analytics"."usage_sessions".total_cost + EXCLUDED.total_cost,
         last_activity_at = GREATEST("analytics"."usage_sessions".last_activity_at, EXCLUDED.last_activity_at)`,
      sessionId,
      userId,
      tokens,
      cost,
      at,
    );
  }

  /** LLM usage in [from, to) within the scope, grouped by the chosen dimensions; exact sums. */
  summary(scope: TenantScope, from: Date, to: Date, groupBy: readonly LlmDimension[], organizationId: string | null) {
    const columns = groupBy.map((d) => DIMENSIONS[d]);
    const select = groupBy.map((d) => `${DIMENSIONS[d]} AS "${d}"`).join(', ');
    return this.db.$queryRawUnsafe<LlmSummaryRow[]>(
      `SELECT ${select ? `${select}, ` : ''}count(*)::int AS calls, count(*) FILTER (WHERE NOT success)::int AS failures,
              coalesce(sum(input_tokens), 0)::bigint::text AS "inputTokens", coalesce(sum(output_tokens), 0)::bigint::text AS "outputTokens",
              coalesce(sum(cost_usd), 0)::text AS cost, percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS "p50LatencyMs"
         FROM "analytics"."ai_usage_logs"
        WHERE created_at >= $1::timestamptz AND created_at < $2::timestamptz
          AND ($3::boolean OR organization_id = ANY ($4::uuid[]))
          AND ($5::uuid IS NULL OR organization_id = $5::uuid)
        ${columns.length ? `GROUP BY ${columns.join(', ')} ORDER BY ${columns.join(', ')}` : ''}
        LIMIT 1000`,
      from,
      to,
      scope.all,
      scope.all ? [] : [...scope.organizationIds],
      organizationId,
    );
  }
}

/** The closed list of dimensions LLM usage groups by, and the column each reads. */
export const DIMENSIONS = {
  provider: 'provider',
  model: 'model',
  operation: 'operation',
  userId: 'user_id::text',
  organizationId: 'organization_id::text',
  day: `to_char(date_trunc('day', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`,
} as const;
export type LlmDimension = keyof typeof DIMENSIONS;

export interface LlmSummaryRow {
  provider?: string;
  model?: string;
  operation?: string;
  userId?: string | null;
  organizationId?: string | null;
  day?: string;
  calls: number;
  failures: number;
  inputTokens: string;
  outputTokens: string;
  cost: string;
  p50LatencyMs: number | null;
}

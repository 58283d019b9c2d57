import { clearReferences, countReferences, subjectCount as count, builtRows as rows, type RawExecutor, type SubjectDataHandler, type SubjectReferences } from '@atrium/kernel';

type Deps = { db: { $transaction<T>(fn: (tx: any) => Promise<T>): Promise<T> } & object };

/**
 * Analytics' part of data-subject requests. Metering and cost history stay (budgets and bills
 * must still add up) but lose the person: usage sessions, API usage logs, LLM usage, cost
 * allocations and user activity are anonymized (user id cleared, with the IP address, user agent,
 * location, variables and activity details). What is only about the person goes: tracking
 * consents, team memberships, cost-center mappings of the user, their reports (with their runs).
 * Where the user is an actor on other rows (cost centers they manage or created, mappings they
 * made, runs they triggered, reports shared with them) the reference is cleared.
 */
interface Part {
  table: string;
  /** Rows of the subject. */
  where: string;
  /** Erasure: `delete`, or the SET clause that anonymizes. */
  erase: 'delete' | string;
  /** Export: the row as JSON (default the whole row). */
  row?: string;
}

const PARTS: readonly Part[] = [
  { table: 'usage_sessions', where: 'user_id = $1::uuid', erase: 'user_id = NULL, ip_address = NULL, user_agent = NULL, country = NULL, region = NULL, city = NULL' },
  { table: 'api_usage_logs', where: 'user_id = $1::uuid', erase: 'user_id = NULL, request_headers = NULL, request_params = NULL, response_headers = NULL' },
  { table: 'ai_usage_logs', where: 'user_id = $1::uuid', erase: "user_id = NULL, metadata = '{}'::jsonb" },
  { table: 'cost_allocations', where: 'user_id = $1::uuid', erase: 'user_id = NULL' },
  { table: 'user_activity', where: 'user_id = $1::uuid', erase: "user_id = NULL, ip_address = NULL, user_agent = NULL, details = '{}'::jsonb" },
  { table: 'tracking_consents', where: 'user_id = $1::uuid', erase: 'delete' },
  { table: 'team_memberships', where: 'user_id = $1::uuid', erase: 'delete' },
  { table: 'cost_center_mappings', where: "subject_type = 'user' AND subject_id = $1::uuid", erase: 'delete' },
  { table: 'analytics_reports', where: 'created_by = $1::uuid', erase: 'delete' },
];
/** The user as actor on rows that are not theirs: `table.column`, cleared on erasure (not exported). */
const REFERENCES: SubjectReferences = [
  ['cost_centers', 'manager_id'],
  ['cost_centers', 'created_by'],
  ['cost_center_mappings', 'created_by'],
  ['report_executions', 'triggered_by'],
];
const SHARED = `$1::uuid = ANY(shared_with)`;
/** Other callers' requests whose stored variables name the user (an administrator's `assignRole(userId: …)`). */
const NAMED_IN_VARIABLES = `strpos(request_params::text, $1::text) > 0`;

export const analyticsSubjectData: SubjectDataHandler<Deps> = {
  async export({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    const sections: Record<string, unknown[]> = {};
    for (const part of PARTS) sections[part.table] = await rows(db, `SELECT ${part.row ?? 'to_jsonb(t)'} AS row FROM analytics.${part.table} t WHERE ${part.where}`, userId);
    sections.reports_shared_with = await rows(db, `SELECT jsonb_build_object('id', id, 'name', name) AS row FROM analytics.analytics_reports WHERE ${SHARED} ORDER BY name`, userId);
    return sections;
  },

  async erase({ userId }, deps) {
    return deps.db.$transaction(async (tx) => {
      const db = tx as RawExecutor;
      const counts: Record<string, number> = {};
      for (const part of PARTS) counts[part.table] = await db.$executeRawUnsafe(part.erase === 'delete' ? `DELETE FROM analytics.${part.table} WHERE ${part.where}` : `UPDATE analytics.${part.table} SET ${part.erase} WHERE ${part.where}`, userId);
      Object.assign(counts, await clearReferences(db, 'analytics', REFERENCES, userId));
      counts['api_usage_logs.request_params'] = await db.$executeRawUnsafe(`UPDATE analytics.api_usage_logs SET request_params = NULL WHERE ${NAMED_IN_VARIABLES}`, userId);
      counts['analytics_reports.shared_with'] = await db.$executeRawUnsafe(`UPDATE analytics.analytics_reports SET shared_with = array_remove(shared_with, $1::uuid) WHERE ${SHARED}`, userId);
      return counts;
    });
  },

  async remaining({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    const left: Record<string, number> = {};
    for (const part of PARTS) left[part.table] = await count(db, `SELECT count(*)::int AS n FROM analytics.${part.table} WHERE ${part.where}`, userId);
    Object.assign(left, await countReferences(db, 'analytics', REFERENCES, userId));
    left['api_usage_logs.request_params'] = await count(db, `SELECT count(*)::int AS n FROM analytics.api_usage_logs WHERE ${NAMED_IN_VARIABLES}`, userId);
    left['analytics_reports.shared_with'] = await count(db, `SELECT count(*)::int AS n FROM analytics.analytics_reports WHERE ${SHARED}`, userId);
    return left;
  },
};

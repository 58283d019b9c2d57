import type { RawExecutor } from './jobs.js';

/**
 * SQL helpers for a subgraph's SubjectDataHandler (subject-data.ts). `$1` is the subject's user id
 * in every fragment.
 */

/** A section of an export: the rows `select` returns, as JSON Postgres builds (column names as keys), less the `omit` columns (secrets). */
export async function subjectRows(tx: RawExecutor, select: string, userId: string, omit: readonly string[] = []): Promise<unknown[]> {
  const rows = await tx.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(x) - $2::text[] AS row FROM (${select}) x`, userId, [...omit]);
  return rows.map((r) => r.row);
}

/** The verification pass: per table, how many rows `FROM <fragment>` still finds. */
export async function subjectCounts(tx: RawExecutor, held: Record<string, string>, userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, from] of Object.entries(held)) {
    out[table] = (await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${from}`, userId))[0]!.n;
  }
  return out;
}

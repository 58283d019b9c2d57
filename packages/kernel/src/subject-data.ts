import { EVENTS, on, type EventBus, type EventHandler } from './events.js';
import type { RawExecutor } from './jobs.js';

/** Who a data-subject request is about. */
export interface SubjectRef { userId: string; requestId: string }
/** One subgraph's part of a data-subject request (GDPR Art. 15/17). Deps are the subgraph's event-handler deps. */
export interface SubjectDataHandler<Deps = unknown> {
  /** What this subgraph holds about the subject: sections keyed by table name, each a list of JSON-serialisable rows (secrets never included). */
  export(subject: SubjectRef, deps: Deps): Promise<Record<string, unknown[]>>;
  /** Delete or anonymize everything personal about the subject in ONE transaction; counts per table of rows deleted or anonymized. Idempotent (a second call returns zeros). */
  erase(subject: SubjectRef, deps: Deps): Promise<Record<string, number>>;
  /** Verification pass: rows per table that still hold personal data of the subject (all 0 after erase). */
  remaining(subject: SubjectRef, deps: Deps): Promise<Record<string, number>>;
}

/** What every subgraph's services offer the subject-data consumer: its client (to publish the answer through) and the bus. */
interface SubjectDataDeps {
  db: unknown;
  events: EventBus;
}

/**
 * The kernel's consumer of `subject_data.requested` for a subgraph declaring `subjectData`: export
 * (its sections), or erase then the verification pass (`remaining`), answered with one
 * `subject_data.contributed`. A handler that throws fails the job, which the queue retries and
 * finally keeps as a failed job (retryable by system:manage); compliance keeps the request
 * in progress meanwhile. Erase is idempotent, so a retry after a lost answer reports zeros for
 * what the first run erased (compliance keeps the first answer it records).
 */
export function subjectDataConsumer<Deps extends SubjectDataDeps>(subgraph: string, handler: SubjectDataHandler<Deps>): EventHandler<Deps> {
  return on(EVENTS.subjectDataRequested, async (request, deps: Deps) => {
    const subject: SubjectRef = { userId: request.userId, requestId: request.requestId };
    const base = { requestId: request.requestId, subgraph, action: request.action, at: new Date().toISOString() };
    const answer =
      request.action === 'export'
        ? { ...base, sections: await handler.export(subject, deps), counts: null, remaining: null }
        : { ...base, sections: null, counts: await handler.erase(subject, deps), remaining: await handler.remaining(subject, deps) };
    await deps.events.publish(deps.db as RawExecutor, EVENTS.subjectDataContributed, { ...answer, at: new Date().toISOString() });
  });
}

/** A subgraph's event handlers with the kernel's subject-data consumer when it declares `subjectData`. */
export const consumedEvents = <Deps extends SubjectDataDeps>(definition: { name: string; events?: readonly EventHandler<Deps>[]; subjectData?: SubjectDataHandler<Deps> }): EventHandler<Deps>[] => [
  ...(definition.events ?? []),
  ...(definition.subjectData ? [subjectDataConsumer(definition.name, definition.subjectData)] : []),
];

// Helpers for handlers written in SQL; `$1` is the subject's user id in every statement.

/** The `row` column of each result row, for a statement that builds it (`to_jsonb(t) || jsonb_build_object(...) AS row`); subjectRows wraps a plain SELECT. */
export const builtRows = async (db: RawExecutor, sql: string, userId: string): Promise<unknown[]> => (await db.$queryRawUnsafe<{ row: unknown }[]>(sql, userId)).map((r) => r.row);

/** The `n` of a `count(*)::int AS n` statement. */
export const subjectCount = async (db: RawExecutor, sql: string, userId: string): Promise<number> => Number((await db.$queryRawUnsafe<{ n: number }[]>(sql, userId))[0]?.n ?? 0);

/** A section of an export: the rows `select` returns, as JSON Postgres builds (column names as keys), less the `omit` columns (secrets). */
export async function subjectRows(tx: RawExecutor, select: string, userId: string, omit: readonly string[] = []): Promise<unknown[]> {
  const rows = await tx.$queryRawUnsafe<{ row: unknown }[]>(`SELECT to_jsonb(x) - $2::text[] AS row FROM (${select}) x`, userId, [...omit]);
  return rows.map((r) => r.row);
}

/** The verification pass: per table, how many rows `FROM <fragment>` still finds. */
export async function subjectCounts(tx: RawExecutor, held: Record<string, string>, userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [table, from] of Object.entries(held)) out[table] = await subjectCount(tx, `SELECT count(*)::int AS n FROM ${from}`, userId);
  return out;
}

/** Columns (`[table, column]` of one schema) naming the user as actor or owner on rows that are not the user's. */
export type SubjectReferences = readonly (readonly [table: string, column: string])[];

/** Erasure: clear every reference (set NULL); rows changed per `table.column`. */
export async function clearReferences(db: RawExecutor, schema: string, references: SubjectReferences, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, column] of references) counts[`${table}.${column}`] = await db.$executeRawUnsafe(`UPDATE "${schema}".${table} SET ${column} = NULL WHERE ${column} = $1::uuid`, userId);
  return counts;
}

/** Verification pass: rows still naming the user, per `table.column`. */
export async function countReferences(db: RawExecutor, schema: string, references: SubjectReferences, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, column] of references) counts[`${table}.${column}`] = await subjectCount(db, `SELECT count(*)::int AS n FROM "${schema}".${table} WHERE ${column} = $1::uuid`, userId);
  return counts;
}

import { Logger as GraphileLogger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import { closerOf } from './db.js';
import type { Logger } from './logger.js';

/**
 * graphile-worker's Postgres queue, and every SQL statement Atrium sends to it. Producers
 * enqueue inside the same transaction as their change, so a rolled-back change sends nothing
 * and a committed one is never lost while the consumer is down. Cross-domain messages are
 * catalog events (events.ts); {@link enqueue} is for a subgraph's own background work.
 */

/** Create or upgrade the `graphile_worker` schema. */
export async function prepareJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: undefined });
}

/** A Prisma client or interactive transaction: enough to send SQL. */
export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface JobOptions {
  /** graphile-worker job key: a pending job with the same key is replaced, and can be removed by it. */
  jobKey?: string;
  maxAttempts?: number;
  /** Not before this time (a job that schedules its own next run). */
  runAt?: Date;
}

/** Enqueue `task` inside the caller's Prisma transaction. */
export async function enqueue(tx: RawExecutor, task: string, payload: unknown, options: JobOptions = {}): Promise<void> {
  await tx.$executeRawUnsafe(
    'SELECT graphile_worker.add_job($1::text, $2::json, job_key => $3::text, max_attempts => $4::int, run_at => coalesce($5::timestamptz, now()))',
    task,
    JSON.stringify(payload),
    options.jobKey ?? null,
    options.maxAttempts ?? 25,
    options.runAt ?? null,
  );
}
export { enqueue as addJob };

/** Take a job off the queue by key: deleted when waiting; when running, it gets no further attempt. */
export async function removeJob(tx: RawExecutor, jobKey: string): Promise<void> {
  await tx.$queryRawUnsafe('SELECT 1 AS removed FROM graphile_worker.remove_job($1::text)', jobKey);
}

/** A job that used all its attempts: graphile-worker keeps it, with its last error, until retried. */
export interface FailedJob {
  id: string;
  task: string;
  queue: string | null;
  key: string | null;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  runAt: Date;
  updatedAt: Date;
}

const FAILED_COLUMNS = `id::text AS id, task_identifier AS task, queue_name AS queue, key, attempts, max_attempts AS "maxAttempts",
  last_error AS "lastError", created_at AS "createdAt", run_at AS "runAt", updated_at AS "updatedAt"`;

/** Failed jobs in id order, `take` of them after the job `afterId` (the public `jobs` view only). */
export function failedJobs(db: RawExecutor, afterId: string | null, take: number): Promise<FailedJob[]> {
  return db.$queryRawUnsafe<FailedJob[]>(
    // ORDER BY the table's bigint id: a bare `id` would name the text output column (so 97 sorted after 106).
    `SELECT ${FAILED_COLUMNS} FROM graphile_worker.jobs j
      WHERE attempts >= max_attempts AND locked_at IS NULL AND ($1::bigint IS NULL OR j.id > $1::bigint)
      ORDER BY j.id LIMIT $2::int`,
    afterId,
    take,
  );
}

/** Whether a queue row with this id exists at all (a failed-jobs cursor must point at one). */
export async function jobExists(db: RawExecutor, id: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>('SELECT 1 FROM graphile_worker.jobs WHERE id = $1::bigint', id);
  return rows.length > 0;
}

/** Give a failed job a fresh set of attempts, due now; null when no failed job has this id. */
export async function retryFailedJob(db: RawExecutor, id: string): Promise<FailedJob | null> {
  const rescheduled = await db.$queryRawUnsafe<unknown[]>(
    `WITH failed AS (SELECT id FROM graphile_worker.jobs WHERE id = $1::bigint AND attempts >= max_attempts AND locked_at IS NULL)
     SELECT (graphile_worker.reschedule_jobs(ARRAY[failed.id], run_at => now(), attempts => 0)).id FROM failed`,
    id,
  );
  if (rescheduled.length === 0) return null;
  // A second statement: the first one's snapshot does not see its own function's update.
  const rows = await db.$queryRawUnsafe<FailedJob[]>(`SELECT ${FAILED_COLUMNS} FROM graphile_worker.jobs WHERE id = $1::bigint`, id);
  return rows[0] ?? null;
}

/** graphile-worker's log lines, through the service's own structured logger instead of the console. */
function workerLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'info' ? 'info' : 'debug';
    logger[method]({ ...scope, ...meta }, message);
  });
}

/** Connections a job runner holds at most: one per job it works on, and one for LISTEN. */
export const runnerConnections = (concurrency: number) => concurrency + 1;

/**
 * The process's one job runner, for the union of the task lists of every subgraph the process
 * serves (graphile-worker only picks jobs whose task it knows, so each process takes its own).
 * Signals are handled by the process owner. The pool is ours, with an error listener that
 * outlives the runner: when PostgreSQL goes away first (Ctrl-C reaches the embedded server
 * too), a dropped connection is logged instead of crashing the process.
 */
export async function startJobRunner(options: { databaseUrl: string; tasks: TaskList; logger: Logger; concurrency: number }): Promise<Runner> {
  const pgPool = new pg.Pool({ connectionString: options.databaseUrl, max: runnerConnections(options.concurrency), application_name: 'atrium-jobs' });
  pgPool.on('error', (err) => options.logger.warn({ err: err.message }, 'job queue connection lost'));
  pgPool.on('connect', (client) => client.on('error', (err) => options.logger.warn({ err: err.message }, 'job queue client error')));
  const closePool = closerOf(pgPool);
  const runner = await run({
    pgPool,
    taskList: options.tasks,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: workerLogger(options.logger),
  });
  const stopRunner = runner.stop.bind(runner);
  runner.stop = async () => {
    try {
      await stopRunner();
    } finally {
      await closePool().catch(() => undefined);
    }
  };
  return runner;
}

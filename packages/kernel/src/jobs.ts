import { run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import type { Logger } from './logger.js';

/**
 * Cross-domain effects travel through graphile-worker's Postgres queue. Producers enqueue
 * inside the same transaction as their change, so a rolled-back change sends nothing and a
 * committed one is never lost while the consumer is down.
 */

/** Create or upgrade the `graphile_worker` schema. */
export async function prepareJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: undefined });
}

interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** Enqueue `task` inside the caller's Prisma transaction. */
export async function enqueue(tx: RawExecutor, task: string, payload: Record<string, unknown>, options: { jobKey?: string; maxAttempts?: number } = {}): Promise<void> {
  await tx.$executeRawUnsafe(
    'SELECT graphile_worker.add_job($1::text, $2::json, job_key => $3::text, max_attempts => $4::int)',
    task,
    JSON.stringify(payload),
    options.jobKey ?? null,
    options.maxAttempts ?? 25,
  );
}

/** Run a worker for one subgraph's tasks. Signals are handled by the process owner, not here. */
export async function startWorker(options: { databaseUrl: string; tasks: TaskList; logger: Logger; concurrency?: number }): Promise<Runner> {
  return run({
    connectionString: options.databaseUrl,
    taskList: options.tasks,
    concurrency: options.concurrency ?? 2,
    noHandleSignals: true,
    pollInterval: 1000,
  });
}

import { Logger as GraphileLogger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
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

/** graphile-worker's log lines, through the service's own structured logger instead of the console. */
function workerLogger(logger: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : level === 'info' ? 'info' : 'debug';
    logger[method]({ ...scope, ...meta }, message);
  });
}

/**
 * Run a worker for one subgraph's tasks. Signals are handled by the process owner, not here.
 * The worker's pool is ours, with an error listener that outlives the worker: when PostgreSQL
 * goes away first (Ctrl-C reaches the embedded server too), a dropped connection is logged
 * instead of crashing the process with an unhandled 'error' event.
 */
export async function startWorker(options: { databaseUrl: string; tasks: TaskList; logger: Logger; concurrency?: number }): Promise<Runner> {
  const concurrency = options.concurrency ?? 2;
  const pgPool = new pg.Pool({ connectionString: options.databaseUrl, max: concurrency + 2, application_name: 'atrium-worker' });
  pgPool.on('error', (err) => options.logger.warn({ err: err.message }, 'job queue connection lost'));
  pgPool.on('connect', (client) => client.on('error', (err) => options.logger.warn({ err: err.message }, 'job queue client error')));
  const runner = await run({
    pgPool,
    taskList: options.tasks,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: workerLogger(options.logger),
  });
  const stopRunner = runner.stop.bind(runner);
  runner.stop = async () => {
    try {
      await stopRunner();
    } finally {
      await pgPool.end().catch(() => undefined);
    }
  };
  return runner;
}

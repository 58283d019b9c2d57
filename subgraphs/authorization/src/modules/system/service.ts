import { connection, notFound, page, parseInput, type FailedJob } from '@atrium/kernel';
import { z } from 'zod';
import type { AuthorizationContext } from '../../context.js';
import { FailedJobStore } from './store.js';

/** Queue row ids are bigints. */
const JOB_ID = /^\d{1,19}$/;
const jobId = z.string().regex(JOB_ID, 'must be a job id');
/** Event deliveries are `<consumer>:<event>:v<version>` tasks. */
const EVENT_TASK = /^([a-z][a-z0-9_]*):([a-z][a-z0-9_.]*):v(\d+)$/;

export interface FailedJobView extends FailedJob {
  consumer: string | null;
  event: string | null;
  eventVersion: number | null;
}

const view = (job: FailedJob): FailedJobView => {
  const m = EVENT_TASK.exec(job.task);
  return { ...job, consumer: m?.[1] ?? null, event: m?.[2] ?? null, eventVersion: m ? Number(m[3]) : null };
};

/** Jobs that used every attempt, oldest first: every subgraph's, since the queue is shared. */
export async function listFailedJobs(ctx: AuthorizationContext, args: unknown) {
  const p = page(args, JOB_ID);
  const rows = await new FailedJobStore(ctx.db).list(p);
  return connection(rows.map(view), p);
}

/** Give a failed job a fresh set of attempts, due now. */
export async function retryFailedJob(ctx: AuthorizationContext, rawId: unknown): Promise<FailedJobView> {
  const id = parseInput(jobId, rawId, ['id']);
  const retried = await new FailedJobStore(ctx.db).retry(id);
  if (!retried) throw notFound('Failed job');
  ctx.logger.info({ jobId: id, task: retried.task, by: ctx.principal?.userId }, 'failed job retried');
  return view(retried);
}

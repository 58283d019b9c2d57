import type { Task, TaskList } from 'graphile-worker';
import { z } from 'zod';
import { PROCESS_DOCUMENT } from './modules/documents/service.js';
import { processDocumentJob, type WorkerDeps } from './modules/documents/process.js';

const payload = z.object({ jobId: z.uuid() });

/** Tasks this subgraph consumes from graphile-worker. */
export function createTasks(deps: WorkerDeps): TaskList {
  const processDocument: Task = async (raw) => {
    // A malformed payload can never succeed: log it and let the job end instead of retrying.
    const parsed = payload.safeParse(raw);
    if (!parsed.success) {
      deps.logger.error({ payload: raw }, `${PROCESS_DOCUMENT}: invalid payload`);
      return;
    }
    await processDocumentJob(deps, parsed.data.jobId);
  };
  return { [PROCESS_DOCUMENT]: processDocument };
}

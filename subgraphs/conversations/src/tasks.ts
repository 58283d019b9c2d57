import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { PROCESS_DOCUMENT } from './modules/documents/service.js';
import { processDocumentJob, type WorkerDeps } from './modules/documents/process.js';

const payload = z.object({ jobId: z.uuid() });

/** Conversations' own background tasks (its event consumers are declared apart). */
export function createTasks(deps: WorkerDeps): TaskList {
  return {
    async [PROCESS_DOCUMENT](raw) {
      // A malformed payload can never succeed; failing keeps it visible as a failed job.
      const parsed = payload.safeParse(raw);
      if (!parsed.success) throw new Error(`${PROCESS_DOCUMENT}: invalid payload: ${z.prettifyError(parsed.error)}`);
      await processDocumentJob(deps, parsed.data.jobId);
    },
  };
}

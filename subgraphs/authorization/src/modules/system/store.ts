import { failedJobs, jobExists, paginate, retryFailedJob, type FailedJob, type Page } from '@atrium/kernel';
import type { DbClient } from '../../db.js';

/** The job queue's failed jobs. Every statement is the kernel job module's: this store only pages them. */
export class FailedJobStore {
  constructor(private readonly db: DbClient) {}

  list(p: Page): Promise<FailedJob[]> {
    return paginate(
      p,
      {},
      () => failedJobs(this.db, p.afterId, p.first + 1),
      async ({ AND: [, { id }] }) => ((await jobExists(this.db, id)) ? 1 : 0),
    );
  }

  retry(id: string): Promise<FailedJob | null> {
    return retryFailedJob(this.db, id);
  }
}

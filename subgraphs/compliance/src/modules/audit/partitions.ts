import { addJob, type RawExecutor, type SubgraphServices } from '@atrium/kernel';
import type { ComplianceDb } from '../../db.js';
import { AuditStore } from './store.js';

/** The maintenance task: monthly audit partitions created ahead, then itself again a day later. */
export const PARTITION_TASK = 'compliance:audit-partitions';
const MONTHS_AHEAD = 3;
const DAY_MS = 24 * 3600 * 1000;

/** Queue the next run (one at a time: the job key replaces a waiting one). */
export const schedulePartitions = (db: RawExecutor, runAt: Date) => addJob(db, PARTITION_TASK, {}, { jobKey: PARTITION_TASK, runAt, maxAttempts: 5 });

export async function maintainPartitions(deps: Pick<SubgraphServices<ComplianceDb, unknown>, 'db' | 'logger'>): Promise<string[]> {
  const created = await new AuditStore(deps.db).ensurePartitions(MONTHS_AHEAD);
  if (created.length) deps.logger.info({ created }, 'audit partitions created');
  await schedulePartitions(deps.db, new Date(Date.now() + DAY_MS));
  return created;
}

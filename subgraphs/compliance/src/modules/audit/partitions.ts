import { addJob, type RawExecutor, type SubgraphServices } from '@atrium/kernel';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceDb } from '../../db.js';
import { AuditStore } from './store.js';

/** The upkeep task: monthly audit partitions created ahead, strays moved, retention purged; then itself again a day later. */
export const PARTITION_TASK = 'compliance:audit-partitions';
const MONTHS_AHEAD = 3;
const DAY_MS = 24 * 3600 * 1000;

/** Queue the next run (one at a time: the job key replaces a waiting one). */
export const schedulePartitions = (db: RawExecutor, runAt: Date) => addJob(db, PARTITION_TASK, {}, { jobKey: PARTITION_TASK, runAt, maxAttempts: 5 });

/**
 * One upkeep run at `now` (the payload's `now` is an injected clock, for tests; such a run does
 * not reschedule): the partitions of this month and the next three, one for every month whose
 * rows wait in the default partition (moved into it), then the retention purge.
 */
export async function maintainPartitions(
  deps: Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db' | 'logger' | 'settings'>,
  payload?: unknown,
): Promise<{ created: string[]; dropped: string[] }> {
  const raw = (payload ?? {}) as { now?: unknown };
  const injected = typeof raw.now === 'string' && !Number.isNaN(Date.parse(raw.now)) ? new Date(raw.now) : null;
  const now = injected ?? new Date();
  const store = new AuditStore(deps.db);
  const created = await store.ensurePartitions(MONTHS_AHEAD, now);
  const dropped = await store.purgeExpired(now, deps.settings.audit.retentionDays);
  if (created.length || dropped.length) deps.logger.info({ created, dropped }, 'audit partitions maintained');
  if (!injected) await schedulePartitions(deps.db, new Date(now.getTime() + DAY_MS));
  return { created, dropped };
}

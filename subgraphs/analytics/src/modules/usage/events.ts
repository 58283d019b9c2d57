import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AnalyticsDb } from '../../db.js';
import { UsageStore } from './store.js';

type Deps = SubgraphServices<AnalyticsDb, unknown>;

/** The gateway's usage batches: stored idempotently (a redelivery inserts nothing twice). */
export const usageEvents = [
  on(EVENTS.apiUsageRecorded, async (event, { db, logger }: Deps) => {
    const inserted = await new UsageStore(db).insertBatch(event.entries);
    logger.debug({ entries: event.entries.length, inserted }, 'api usage stored');
  }),
  // Logout (or refresh-token reuse) ends the usage sessions of those token families for good.
  on(EVENTS.sessionEnded, async (event, { db }: Deps) => {
    await new UsageStore(db).endSessions(event.userId, event.sessionIds, event.reason, new Date(event.at));
  }),
];

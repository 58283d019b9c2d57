import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AnalyticsDb } from '../../db.js';
import { ConsentStore } from './store.js';

type Deps = SubgraphServices<AnalyticsDb, unknown>;

/** Compliance's consent changes, kept per (user, purpose) so tracking can check consent locally. */
export const consentEvents = [on(EVENTS.consentChanged, async (event, { db }: Deps) => new ConsentStore(db).apply(event))];

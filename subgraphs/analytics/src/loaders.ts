import { loaderBy } from '@atrium/kernel';
import type { AnalyticsDb } from './db.js';
import { CostCenterStore } from './modules/costs/store.js';

/** Per-request dataloaders for every entity of the analytics graph. */
export function createLoaders(db: AnalyticsDb) {
  const centers = new CostCenterStore(db);
  return {
    costCenter: loaderBy((ids) => centers.byIds(ids), (c) => c.id),
  };
}
export type AnalyticsLoaders = ReturnType<typeof createLoaders>;

import { loaderBy } from '@atrium/kernel';
import type { AnalyticsDb } from './db.js';
import { CostCenterStore } from './modules/costs/store.js';
import { ReportStore } from './modules/reports/store.js';

/** Per-request dataloaders for every entity of the analytics graph. */
export function createLoaders(db: AnalyticsDb) {
  const centers = new CostCenterStore(db);
  const reports = new ReportStore(db);
  return {
    costCenter: loaderBy((ids) => centers.byIds(ids), (c) => c.id),
    report: loaderBy((ids) => reports.byIds(ids), (r) => r.id),
  };
}
export type AnalyticsLoaders = ReturnType<typeof createLoaders>;

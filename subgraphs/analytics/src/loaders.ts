import type { AnalyticsDb } from './db.js';

/** Per-request dataloaders for the analytics graph (it has no entities yet). */
export function createLoaders(_db: AnalyticsDb) {
  return {};
}
export type AnalyticsLoaders = ReturnType<typeof createLoaders>;

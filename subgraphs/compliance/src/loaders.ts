import type { ComplianceDb } from './db.js';

/** Per-request dataloaders of the compliance graph (audit rows are read by page, not by id). */
export function createLoaders(_db: ComplianceDb) {
  return {};
}
export type ComplianceLoaders = ReturnType<typeof createLoaders>;

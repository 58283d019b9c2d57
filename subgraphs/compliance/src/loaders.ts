import { groupLoaderBy, loaderBy } from '@atrium/kernel';
import type { ComplianceDb } from './db.js';
import { ChangeStore } from './modules/changes/store.js';
import { GovernanceStore } from './modules/governance/store.js';
import { MaskingStore } from './modules/masking/store.js';
import { KeyStore } from './modules/keys/store.js';

/** Per-request dataloaders of the compliance graph (audit rows are read by page, not by id). */
export function createLoaders(db: ComplianceDb) {
  const governance = new GovernanceStore(db);
  const changes = new ChangeStore(db);
  const keys = new KeyStore(db);
  const masking = new MaskingStore(db);
  return {
    framework: loaderBy((ids) => governance.frameworksByIds(ids), (f) => f.id),
    changesBySet: groupLoaderBy((ids) => changes.rowsOfSets(ids), (c) => c.changeSetId),
    classification: loaderBy((ids) => masking.classificationsById(ids), (c) => c.id),
    /** Values registered under each key, one statement per page of keys. */
    registeredValues: loaderBy(
      async (ids: readonly string[]) => [...(await keys.registeredCounts(ids))].map(([id, n]) => ({ id, n })),
      (r) => r.id,
    ),
  };
}
export type ComplianceLoaders = ReturnType<typeof createLoaders>;

import { loaderBy } from '@atrium/kernel';
import type { LoreDb } from './db.js';
import { KnowledgeStore } from './modules/knowledge/store.js';

/** Per-request dataloaders for every entity of the lore graph. */
export function createLoaders(db: LoreDb) {
  const store = new KnowledgeStore(db);
  return {
    model: loaderBy((ids) => store.modelsByIds(ids), (m) => m.id),
    collection: loaderBy((ids) => store.collectionsByIds(ids), (c) => c.id),
    document: loaderBy((ids) => store.documentsByIds(ids), (d) => d.id),
    chunk: loaderBy((ids) => store.chunksByIds(ids), (c) => c.id),
  };
}
export type LoreLoaders = ReturnType<typeof createLoaders>;

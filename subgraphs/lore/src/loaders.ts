import { loaderBy } from '@atrium/kernel';
import type { LoreDb } from './db.js';
import { GraphStore } from './modules/graph/store.js';
import { KnowledgeStore } from './modules/knowledge/store.js';

/** Per-request dataloaders for every entity of the lore graph. */
export function createLoaders(db: LoreDb) {
  const store = new KnowledgeStore(db);
  const graph = new GraphStore(db);
  return {
    model: loaderBy((ids) => store.modelsByIds(ids), (m) => m.id),
    collection: loaderBy((ids) => store.collectionsByIds(ids), (c) => c.id),
    document: loaderBy((ids) => store.documentsByIds(ids), (d) => d.id),
    chunk: loaderBy((ids) => store.chunksByIds(ids), (c) => c.id),
    entity: loaderBy((ids) => graph.entitiesByIds(ids), (e) => e.id),
    relationship: loaderBy((ids) => graph.relationshipsByIds(ids), (r) => r.id),
  };
}
export type LoreLoaders = ReturnType<typeof createLoaders>;

import { groupLoaderBy, loaderBy } from '@atrium/kernel';
import type DataLoader from 'dataloader';
import type { ContentAssignment, LoreDb } from './db.js';
import { ContentStore, type Reach } from './modules/content/store.js';
import { GraphStore } from './modules/graph/store.js';
import { KnowledgeStore } from './modules/knowledge/store.js';

/** Per-request dataloaders for every entity of the lore graph. */
export function createLoaders(db: LoreDb) {
  const store = new KnowledgeStore(db);
  const graph = new GraphStore(db);
  const content = new ContentStore(db);
  const reaching = new WeakMap<Reach, DataLoader<string, ContentAssignment[]>>();
  return {
    model: loaderBy((ids) => store.modelsByIds(ids), (m) => m.id),
    collection: loaderBy((ids) => store.collectionsByIds(ids), (c) => c.id),
    document: loaderBy((ids) => store.documentsByIds(ids), (d) => d.id),
    chunk: loaderBy((ids) => store.chunksByIds(ids), (c) => c.id),
    entity: loaderBy((ids) => graph.entitiesByIds(ids), (e) => e.id),
    relationship: loaderBy((ids) => graph.relationshipsByIds(ids), (r) => r.id),
    contentRepository: loaderBy((ids) => content.repositoriesByIds(ids), (r) => r.id),
    contentItem: loaderBy((ids) => content.itemsByIds(ids), (i) => i.id),
    /** By item: the assignments reaching this request's caller now (the access rule's third branch). */
    contentAssignmentsReaching(reach: Reach) {
      let loader = reaching.get(reach);
      if (!loader) reaching.set(reach, (loader = groupLoaderBy((ids) => content.reachingAssignmentsOf(ids, reach), (a) => a.contentItemId, 'lore.contentAssignmentsReaching')));
      return loader;
    },
  };
}
export type LoreLoaders = ReturnType<typeof createLoaders>;

import type { SubgraphContext } from '@atrium/kernel';
import type { LoreSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { LoreLoaders } from './loaders.js';
import type { VectorServices } from './modules/search/exact.js';

/** What lives as long as the process: the exact scan's in-memory vectors. */
export interface LoreDeps {
  vectors: VectorServices;
}

/** Lore's request context: base, client, settings, fresh loaders, long-lived services. */
export type LoreContext = SubgraphContext<PrismaClient, LoreSettings, LoreLoaders, LoreDeps>;

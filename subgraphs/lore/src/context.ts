import type { SubgraphContext } from '@atrium/kernel';
import type { LoreSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { LoreLoaders } from './loaders.js';

/** Lore's request context: base, client, settings, fresh loaders. */
export type LoreContext = SubgraphContext<PrismaClient, LoreSettings, LoreLoaders>;

import type { SubgraphContext } from '@atrium/kernel';
import type { AnalyticsSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { AnalyticsLoaders } from './loaders.js';

/** Analytics's request context: base, client, fresh loaders. */
export type AnalyticsContext = SubgraphContext<PrismaClient, AnalyticsSettings, AnalyticsLoaders>;

import { defineSubgraph } from '@atrium/kernel';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { usageEvents } from './modules/usage/events.js';
import { usageResolvers } from './modules/usage/resolvers.js';
import { accessMap } from './permissions.js';

/** Analytics: usage captured at the gateway, operation statistics. */
export default defineSubgraph({
  name: 'analytics',
  port: 4105,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  modules: [usageResolvers],
  types: { context: './context.js#AnalyticsContext', mappers: { OperationStats: './modules/usage/service.js#OperationStatsModel', SubgraphOperationStats: './modules/usage/store.js#SubgraphRow' } },
  accessMap,
  loaders: createLoaders,
  events: usageEvents,
});

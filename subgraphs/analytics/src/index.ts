import { defineSubgraph } from '@atrium/kernel';
import { analyticsConfig } from './config.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { consentEvents } from './modules/consent/events.js';
import { costEvents } from './modules/costs/events.js';
import { costResolvers } from './modules/costs/resolvers.js';
import { reportResolvers } from './modules/reports/resolvers.js';
import { activityEvents } from './modules/series/events.js';
import { maintenanceTasks, scheduleMaintenance } from './modules/series/maintain.js';
import { seriesResolvers } from './modules/series/resolvers.js';
import { usageEvents } from './modules/usage/events.js';
import { usageResolvers } from './modules/usage/resolvers.js';
import { accessMap } from './permissions.js';
import { analyticsSubjectData } from './modules/subject/subject-data.js';

/** Analytics: usage captured at the gateway, operation statistics, LLM usage and costs by cost center with budgets, time series, reports. */
export default defineSubgraph({
  name: 'analytics',
  port: 4105,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  config: analyticsConfig,
  modules: [usageResolvers, costResolvers, seriesResolvers, reportResolvers],
  types: { context: './context.js#AnalyticsContext', mappers: {
      OperationStats: './modules/usage/service.js#OperationStatsModel',
      SubgraphOperationStats: './modules/usage/store.js#SubgraphRow',
      CostCenter: './db.js#CostCenter',
      LlmUsageGroup: './modules/costs/store.js#LlmSummaryRow',
      Report: './modules/reports/store.js#AnalyticsReport',
      ReportExecution: './modules/reports/store.js#ReportExecution',
      BusinessMetric: './db.js#BusinessMetric',
      MetricSeries: './modules/series/query.js#MetricSeriesModel',
    },
  },
  accessMap,
  loaders: createLoaders,
  events: [...usageEvents, ...costEvents, ...consentEvents, ...activityEvents],
  // Its part of data-subject requests: usage, costs and activity by user (anonymized on erasure), consents, memberships, reports.
  subjectData: analyticsSubjectData,
  tasks: (deps) => maintenanceTasks(deps),
  // The hourly upkeep starts with the first run after migrations and keeps itself scheduled.
  seed: async ({ db }) => scheduleMaintenance(db),
});

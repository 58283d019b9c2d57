import type { Resolvers } from '../../schema.generated.js';
import * as series from './query.js';

export const seriesResolvers: Resolvers = {
  Query: {
    metricSeries: (_, args, ctx) => series.metricSeries(ctx, args),
  },
  Mutation: {
    recordBusinessMetric: (_, args, ctx) => series.recordBusinessMetric(ctx, args.input),
  },
  BusinessMetric: {
    value: (m) => m.metricValue,
  },
};

import { defineConfig, env } from '@atrium/kernel';

/** Analytics' settings. */
export const analyticsConfig = defineConfig(
  'analytics',
  {
    ATRIUM_ANALYTICS_EXACT_WINDOW_HOURS: {
      schema: env.int(6, 0, 744),
      doc: 'operationStats windows up to this long read raw rows and compute exact percentiles; longer ones read the hourly rollup histograms (plus raw rows for partial hours); 0: always the rollup',
    },
  },
  (raw) => ({ exactWindowHours: raw.ATRIUM_ANALYTICS_EXACT_WINDOW_HOURS }),
);
export type AnalyticsSettings = ReturnType<typeof analyticsConfig.build>;

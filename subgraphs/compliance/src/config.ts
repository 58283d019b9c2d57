import { defineConfig, env } from '@atrium/kernel';

/** Compliance's settings: how long audit rows are kept. */
export const complianceConfig = defineConfig(
  'compliance',
  {
    ATRIUM_AUDIT_RETENTION_DAYS: {
      schema: env.int(2555, 1, 36_500),
      doc: 'days an audit row is kept (retention_period_days of each row taken in; 2555 = 7 years); the daily upkeep drops a month partition once the whole month is older than this and than every row\'s own retention',
    },
  },
  (raw) => ({ audit: { retentionDays: raw.ATRIUM_AUDIT_RETENTION_DAYS } }),
);
export type ComplianceSettings = ReturnType<typeof complianceConfig.build>;

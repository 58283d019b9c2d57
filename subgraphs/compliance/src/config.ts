import { defineConfig, env } from '@atrium/kernel';
import { z } from 'zod';

/** Compliance's settings: how long audit rows are kept, the thresholds of the security rules. */
export const complianceConfig = defineConfig(
  'compliance',
  {
    ATRIUM_AUDIT_RETENTION_DAYS: {
      schema: env.int(2555, 1, 36_500),
      doc: 'days an audit row is kept (retention_period_days of each row taken in; 2555 = 7 years); the daily upkeep drops a month partition once the whole month is older than this and than every row\'s own retention',
    },
    ATRIUM_SECURITY_FAILED_LOGINS_PER_ACCOUNT: { schema: env.int(5, 1, 10_000), doc: 'refused sign-ins of one account (or unknown email) within the window that raise a failed_login security event (rule failed_login.burst_account)' },
    ATRIUM_SECURITY_FAILED_LOGINS_PER_IP: { schema: env.int(20, 1, 100_000), doc: 'refused sign-ins from one client IP within the window that raise a failed_login security event (rule failed_login.burst_ip)' },
    ATRIUM_SECURITY_WINDOW_SECONDS: { schema: env.int(900, 10, 86_400), doc: 'window of the failed sign-in burst rules; one event per account or IP per window' },
    ATRIUM_AI_DENY_LIST: {
      schema: z.string().max(10_000).default(''),
      doc: 'comma-separated words or phrases whose appearance in an LLM input or output flags its AI compliance record for review (whole words, case-insensitive); empty by default',
    },
    ATRIUM_SECURITY_BULK_EXPORT_ROWS: { schema: env.int(1000, 1, 10_000_000), doc: 'rows of one audit export that make it a data_breach candidate (rule data_breach.bulk_export)' },
  },
  (raw) => ({
    ai: { denyList: raw.ATRIUM_AI_DENY_LIST.split(',').map((t) => t.trim()).filter(Boolean) },
    audit: { retentionDays: raw.ATRIUM_AUDIT_RETENTION_DAYS },
    security: {
      failedLoginsPerAccount: raw.ATRIUM_SECURITY_FAILED_LOGINS_PER_ACCOUNT,
      failedLoginsPerIp: raw.ATRIUM_SECURITY_FAILED_LOGINS_PER_IP,
      windowSeconds: raw.ATRIUM_SECURITY_WINDOW_SECONDS,
      bulkExportRows: raw.ATRIUM_SECURITY_BULK_EXPORT_ROWS,
    },
  }),
);
export type ComplianceSettings = ReturnType<typeof complianceConfig.build>;

import { defineConfig, env } from '@atrium/kernel';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
    ATRIUM_MASTER_KEY: {
      schema: z
        .string()
        .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
        .optional(),
      doc: '32 bytes, base64: the master key that wraps every managed data key (compliance.encryption_keys); only compliance reads it. Required in production; generated into ATRIUM_DATA_DIR/master.key in development',
      secret: true,
    },
    ATRIUM_SECURITY_BULK_EXPORT_ROWS: { schema: env.int(1000, 1, 10_000_000), doc: 'rows of one audit export that make it a data_breach candidate (rule data_breach.bulk_export)' },
    ATRIUM_SECURITY_MASKED_READ_REPORT_ROWS: { schema: env.int(100, 1, 10_000_000), doc: 'masked rows of one classified column in one request that the kernel reports as a masked_read audit event' },
    ATRIUM_SECURITY_BULK_READ_ROWS: { schema: env.int(5000, 1, 100_000_000), doc: 'masked rows one actor reads within the window (summed over masked_read events) that make a data_breach candidate (rule data_breach.bulk_masked_read)' },
  },
  (raw, base) => ({
    ai: { denyList: raw.ATRIUM_AI_DENY_LIST.split(',').map((t) => t.trim()).filter(Boolean) },
    keys: { masterKey: masterKeyOf(raw.ATRIUM_MASTER_KEY, base.isProduction, base.dataDir) },
    audit: { retentionDays: raw.ATRIUM_AUDIT_RETENTION_DAYS },
    security: {
      failedLoginsPerAccount: raw.ATRIUM_SECURITY_FAILED_LOGINS_PER_ACCOUNT,
      failedLoginsPerIp: raw.ATRIUM_SECURITY_FAILED_LOGINS_PER_IP,
      windowSeconds: raw.ATRIUM_SECURITY_WINDOW_SECONDS,
      bulkExportRows: raw.ATRIUM_SECURITY_BULK_EXPORT_ROWS,
      maskedReadReportRows: raw.ATRIUM_SECURITY_MASKED_READ_REPORT_ROWS,
      bulkReadRows: raw.ATRIUM_SECURITY_BULK_READ_ROWS,
    },
  }),
);
export type ComplianceSettings = ReturnType<typeof complianceConfig.build>;

/**
 * The configured master key; in development one generated once into `<dataDir>/master.key`
 * (mode 600, the first process to write it wins). Production refuses to start without it: null
 * here, and compliance's services refuse to come up (index.ts).
 */
function masterKeyOf(value: string | undefined, isProduction: boolean, dataDir: string): Buffer | null {
  if (value) return Buffer.from(value, 'base64');
  if (isProduction) return null;
  const file = resolve(dataDir, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

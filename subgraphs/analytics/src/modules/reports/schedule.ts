import { z } from 'zod';

/**
 * Report schedules: daily at an hour (UTC), weekly on a weekday at an hour, monthly on a day
 * (1..28, so every month has it) at an hour. `next_run_at` is the first such moment after the
 * last run (or after the report was saved); the hourly upkeep job runs every report whose
 * `next_run_at` has passed, so a scheduled run starts within the hour after its time.
 */
export const SCHEDULES = ['manual', 'daily', 'weekly', 'monthly'] as const;
export type ScheduleType = (typeof SCHEDULES)[number];

export const scheduleConfigSchema = z.strictObject({
  hourUtc: z.number().int().min(0).max(23).default(6),
  /** 0 = Sunday … 6 = Saturday (weekly). */
  weekday: z.number().int().min(0).max(6).default(1),
  /** 1..28 (monthly). */
  dayOfMonth: z.number().int().min(1).max(28).default(1),
});
export type ScheduleConfig = z.output<typeof scheduleConfigSchema>;

/** The first scheduled moment strictly after `after`; null for a manual report. */
export function nextRunAfter(type: ScheduleType, config: ScheduleConfig, after: Date): Date | null {
  if (type === 'manual') return null;
  const y = after.getUTCFullYear();
  const m = after.getUTCMonth();
  const d = after.getUTCDate();
  if (type === 'monthly') {
    for (let k = 0; k < 2; k++) {
      const at = new Date(Date.UTC(y, m + k, config.dayOfMonth, config.hourUtc));
      if (at > after) return at;
    }
  }
  for (let k = 0; k <= 7; k++) {
    const at = new Date(Date.UTC(y, m, d + k, config.hourUtc));
    if (at <= after) continue;
    if (type === 'daily' || at.getUTCDay() === config.weekday) return at;
  }
  throw new Error('unreachable schedule');
}

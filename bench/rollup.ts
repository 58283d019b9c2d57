/**
 * `pnpm bench` (analytics): the hourly rollup job's time per hour of data (issue 13 §3).
 * Generates HOURS + STEPS hours of raw system metrics the way the services sample themselves
 * (7 hosts × 12 metrics, one sample every 10 s: 30,240 rows an hour by default), then:
 *  1. cold: one rollup over the first HOURS hours (a first run after a long pause), its time per
 *     hour of data and rows/s;
 *  2. steady state: the hourly job as it runs every hour (STEPS runs, the clock moved one hour
 *     each: the new hour plus the hour before recomputed), each run's time and rows/s.
 */
import { createLogger, createPrisma } from '@atrium/kernel';
// Analytics' own code, by path (no workspace dependency of the root just for one benchmark).
import { PrismaClient } from '../subgraphs/analytics/src/generated/prisma/client.js';
import { rollupHours } from '../subgraphs/analytics/src/modules/series/maintain.js';
import { ms, percentile, withBenchDatabase } from './lib/kit.js';

const HOURS = Number(process.env.BENCH_ROLLUP_HOURS ?? 24);
const STEPS = Number(process.env.BENCH_ROLLUP_STEPS ?? 6);
const HOSTS = 7;
const METRICS = 12;
const PER_MINUTE = 6;
const ROWS_PER_HOUR = HOSTS * METRICS * PER_MINUTE * 60;
const HOUR = 3_600_000;
const logger = createLogger('bench', 'warn');

await withBenchDatabase({}, async ({ databaseUrl }) => {
  const db = createPrisma(PrismaClient, { url: databaseUrl, schema: 'analytics', logger, max: 2 });
  try {
    // The hours end with the current one: they fall in partitions the migration created (or DEFAULT).
    const end = Math.floor(Date.now() / HOUR) * HOUR;
    const start = end - (HOURS + STEPS) * HOUR;
    console.log(`generating ${HOURS + STEPS} hours × ${ROWS_PER_HOUR.toLocaleString('en-US')} rows of raw system metrics…`);
    for (let h = 0; h < HOURS + STEPS; h++) {
      await db.$executeRawUnsafe(
        `INSERT INTO "analytics"."system_metrics" ("time", host, metric_name, metric_value, tags)
         SELECT $1::timestamptz + (s * interval '${Math.round(3600 / (PER_MINUTE * 60) * 1000)} milliseconds'), 'host-' || h, 'metric.' || m, random() * 100, '{}'::jsonb
           FROM generate_series(0, ${PER_MINUTE * 60 - 1}) s, generate_series(1, ${HOSTS}) h, generate_series(1, ${METRICS}) m`,
        new Date(start + h * HOUR),
      );
    }
    await db.$executeRawUnsafe(`ANALYZE "analytics"."system_metrics"`);

    // 1. Cold: every hour from the oldest raw row up to start + HOURS.
    let t0 = performance.now();
    const cold = await rollupHours(db, new Date(start + HOURS * HOUR));
    const coldMs = performance.now() - t0;
    const coldRows = HOURS * ROWS_PER_HOUR;
    console.log(`\nhourly rollup, cold over ${HOURS} hours (${coldRows.toLocaleString('en-US')} raw rows → ${cold.buckets} hourly rows)`);
    console.log(`  total ${ms(coldMs)}, ${ms(coldMs / HOURS)} per hour of data, ${Math.round(coldRows / (coldMs / 1000)).toLocaleString('en-US')} rows/s`);

    // 2. Steady state: the job every hour, the clock one hour on each time.
    const runs: number[] = [];
    for (let i = 1; i <= STEPS; i++) {
      t0 = performance.now();
      await rollupHours(db, new Date(start + (HOURS + i) * HOUR));
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    const p50 = percentile(runs, 50);
    console.log(`hourly rollup job, steady state (${STEPS} runs: the new hour + the hour before recomputed, ${(2 * ROWS_PER_HOUR).toLocaleString('en-US')} raw rows each)`);
    console.log(`  p50 ${ms(p50)} per run (per hour of new data), max ${ms(runs.at(-1)!)}, ${Math.round((2 * ROWS_PER_HOUR) / (p50 / 1000)).toLocaleString('en-US')} rows/s`);
  } finally {
    await db.$disconnect();
  }
});

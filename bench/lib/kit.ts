/** What every benchmark shares: a database of its own, timing and percentiles. */
import { createLogger, type Config, type Logger } from '@atrium/kernel';
import { migrateAll, openDatabase, seedAll } from '@atrium/runtime/database';
import { ensureDatabase, withDatabase } from '@atrium/runtime/postgres';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** POST one GraphQL operation (with the bearer token, if any) and return its data; errors throw. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`bench request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export interface Timing {
  p50: number;
  p95: number;
  mean: number;
}

/** Run `fn` `runs` times one after another and report p50, p95 and mean in milliseconds. */
export async function time(runs: number, fn: (i: number) => Promise<void>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((x, y) => x - y);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

/**
 * A migrated, seeded database for one benchmark: a fresh database on DATABASE_URL's server, or
 * an embedded PostgreSQL in a temporary folder. Everything is removed afterwards.
 */
export async function withBenchDatabase<T>(env: Record<string, string>, work: (input: { databaseUrl: string; config: Config; logger: Logger }) => Promise<T>): Promise<T> {
  const logger = createLogger('bench', 'warn');
  const dataDir = mkdtempSync(join(tmpdir(), 'atrium-bench-'));
  const external = process.env.DATABASE_URL;
  const baseConfig = loadSystemConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ATRIUM_DATA_DIR: dataDir, ATRIUM_RATE_LIMIT_PER_IP: '100000000', ATRIUM_RATE_LIMIT_PER_USER: '100000000', ...env, ...(external ? { DATABASE_URL: external } : {}) });
  const opened = await openDatabase(baseConfig, logger);
  const benchDb = `atrium_bench_${process.pid}`;
  const databaseUrl = external ? await ensureDatabase(external, benchDb) : opened.url;
  const config: Config = { ...baseConfig, databaseUrl };
  try {
    console.log('preparing: migrations, seed, scenario…');
    await migrateAll(databaseUrl);
    await seedAll({ databaseUrl, config, logger });
    return await work({ databaseUrl, config, logger });
  } finally {
    if (external) {
      const client = new pg.Client({ connectionString: withDatabase(external, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${benchDb}" WITH (FORCE)`);
      await client.end();
    }
    await opened.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

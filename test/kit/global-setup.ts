/**
 * Starts one PostgreSQL for the whole run (DATABASE_URL when set, an embedded server otherwise),
 * builds a migrated and seeded template database once, and hands both to the test files.
 * Each test file then clones the template into a database of its own (see db.ts).
 */
import { createLogger } from '@atrium/kernel';
import { migrateAll, seedAll } from '@atrium/runtime/database';
import { ensureDatabase, withDatabase } from '@atrium/runtime/postgres';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDatabase: string;
    dataDir: string;
  }
}

export default async function setup(project: TestProject) {
  const logger = createLogger('test', 'warn');
  const dataDir = mkdtempSync(join(tmpdir(), 'atrium-test-'));
  const external = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  let serverUrl: string;
  if (external) {
    serverUrl = external;
  } else {
    const { startEmbeddedPostgres } = await import('@atrium/runtime/embedded-postgres');
    const server = await startEmbeddedPostgres({ dir: join(dataDir, 'postgres'), logger });
    serverUrl = server.serverUrl;
    stop = server.stop;
  }
  const template = `atrium_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.end();
  const templateUrl = await ensureDatabase(serverUrl, template);
  await migrateAll(templateUrl);
  const config = loadSystemConfig({ ATRIUM_DATA_DIR: dataDir, NODE_ENV: 'test', DATABASE_URL: templateUrl });
  await seedAll({ databaseUrl: templateUrl, config, logger });

  project.provide('pgServerUrl', withDatabase(serverUrl, 'postgres'));
  project.provide('templateDatabase', template);
  project.provide('dataDir', dataDir);

  return async () => {
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `atrium_t_${process.pid}_%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * `pnpm db:reset`: drop every subgraph's Postgres schema, then migrate and seed again.
 * Development and test only: with NODE_ENV=production it refuses before touching anything.
 */
import { ConfigError, createLogger, loadConfig, type Config } from '@atrium/kernel';
import { migrateAll, openDatabase, seedAll, type DatabaseHandle } from '@atrium/runtime/database';
import { SUBGRAPH_PACKAGES } from '@atrium/runtime/subgraphs';
import pg from 'pg';

if (process.env.NODE_ENV === 'production') {
  console.error('db:reset refused: NODE_ENV=production. Resetting drops every subgraph schema and all its data; it only runs in development or test.');
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const logger = createLogger('db:reset', config.logLevel);
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

let database: DatabaseHandle;
try {
  database = await openDatabase(config, logger);
} catch (error) {
  console.error(`db:reset failed: cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
let exitCode = 0;
try {
  // The job queue goes too: queued jobs would point at rows that no longer exist.
  const schemas = ['graphile_worker', ...SUBGRAPH_PACKAGES.map((pkg) => pkg.dbSchema)];
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    // Reverse dependency order, in one transaction: all schemas go, or none.
    await client.query('BEGIN');
    for (const schema of [...schemas].reverse()) await client.query(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  const applied = await migrateAll(database.url, logger);
  await seedAll({ databaseUrl: database.url, config, logger });
  const count = Object.values(applied).flat().length;
  console.log(`Reset ${database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}: dropped ${schemas.join(', ')}; ${count} migration(s) applied, seeds run.`);
} catch (error) {
  console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await database.stop().catch((error: unknown) => console.error(`stopping the database failed: ${String(error)}`));
}
process.exit(exitCode);

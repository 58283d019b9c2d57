/**
 * `pnpm db:reset`: drop every subgraph's Postgres schema, then migrate and seed again.
 * Development and test only: with NODE_ENV=production it refuses before touching anything.
 */
import { migrateAll, seedAll } from '@atrium/runtime/database';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { PLATFORM_SCHEMA } from '@atrium/kernel';
import pg from 'pg';
import { runWithDatabase } from './lib/cli.js';

if (process.env.NODE_ENV === 'production') {
  console.error('db:reset refused: NODE_ENV=production. Resetting drops every subgraph schema and all its data; it only runs in development or test.');
  process.exit(1);
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

await runWithDatabase('db:reset', async ({ config, logger, database }) => {
  // The job queue goes too: queued jobs would point at rows that no longer exist.
  const schemas = ['graphile_worker', ...SUBGRAPHS.map((s) => s.name), PLATFORM_SCHEMA];
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
});

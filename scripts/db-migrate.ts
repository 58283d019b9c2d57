/**
 * `pnpm db:migrate`: apply every subgraph's pending migrations and run the idempotent seeds,
 * against DATABASE_URL or the embedded PostgreSQL under the data directory, then stop.
 */
import { migrateAll, seedAll } from '@atrium/runtime/database';
import { runWithDatabase } from './lib/cli.js';

await runWithDatabase('db:migrate', async ({ config, logger, database }) => {
  const applied = await migrateAll(database.url, logger);
  await seedAll({ databaseUrl: database.url, config, logger });
  const where = database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL';
  const lines = Object.entries(applied).map(([name, migrations]) =>
    migrations.length ? `  ${name}: ${migrations.join(', ')}` : `  ${name}: up to date`,
  );
  const count = Object.values(applied).flat().length;
  console.log([`Migrated ${where}: ${count} migration(s) applied, seeds run.`, ...lines].join('\n'));
});

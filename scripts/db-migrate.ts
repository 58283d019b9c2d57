/**
 * `pnpm db:migrate`: apply every subgraph's pending migrations and run the idempotent seeds,
 * against DATABASE_URL or the embedded PostgreSQL under the data directory, then stop.
 */
import { ConfigError, createLogger, loadConfig, type Config } from '@atrium/kernel';
import { migrateAll, openDatabase, seedAll, type DatabaseHandle } from '@atrium/runtime/database';

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const logger = createLogger('db:migrate', config.logLevel);

let database: DatabaseHandle;
try {
  database = await openDatabase(config, logger);
} catch (error) {
  console.error(`db:migrate failed: cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
let exitCode = 0;
try {
  const applied = await migrateAll(database.url, logger);
  await seedAll({ databaseUrl: database.url, config, logger });
  const where = database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL';
  const lines = Object.entries(applied).map(([name, migrations]) =>
    migrations.length ? `  ${name}: ${migrations.join(', ')}` : `  ${name}: up to date`,
  );
  const count = Object.values(applied).flat().length;
  console.log([`Migrated ${where}: ${count} migration(s) applied, seeds run.`, ...lines].join('\n'));
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await database.stop().catch((error: unknown) => console.error(`stopping the database failed: ${String(error)}`));
}
process.exit(exitCode);

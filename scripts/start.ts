/**
 * `pnpm start`: the whole system in one process. Embedded PostgreSQL unless DATABASE_URL
 * is set, migrations, seeds, the first administrator, every subgraph and the gateway.
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP stops everything, PostgreSQL last, and exits 0.
 */
import { createLogger } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { migrateAll, openDatabase, seedAll } from '@atrium/runtime/database';
import { startSystem, type RunningSystem } from '@atrium/runtime/system';
import { configOrExit } from './lib/cli.js';

const started = Date.now();
const config = configOrExit();
const logger = createLogger('atrium', config.logLevel);

let system: RunningSystem | undefined;
let stopping = false;
const database = await openDatabase(config, logger, { ownSignals: true });

/**
 * Stop in order: HTTP servers, the job runner, the database pools (system.stop), then PostgreSQL.
 * A signal is how a user ends it, so that is exit code 0 (pnpm then prints no "Command failed").
 */
async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  // Never hang: whatever is left after 8 s is cut off.
  setTimeout(() => {
    logger.error('did not stop within 8 s');
    process.exit(1);
  }, 8000).unref();
  let failed = false;
  await system?.stop().catch((error) => {
    failed = true;
    logger.error({ err: error }, 'stop failed');
  });
  await database.stop().catch((error) => {
    failed = true;
    logger.error({ err: error }, 'database stop failed');
  });
  logger.info('stopped');
  process.exit(failed ? 1 : exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

try {
  const applied = await migrateAll(database.url, logger);
  const input = { databaseUrl: database.url, config, logger };
  await seedAll(input);
  const admin = await bootstrapFirstAdmin(input);
  system = await startSystem({ config, logger, databaseUrl: database.url });
  const count = Object.values(applied).flat().length;
  const lines = [
    '',
    `  Atrium is running (${((Date.now() - started) / 1000).toFixed(1)}s${count ? `, ${count} migration(s) applied` : ''}).`,
    `  Gateway + GraphiQL: ${system.gatewayUrl.replace(/\/graphql$/, '/')}`,
    `  GraphQL endpoint:   ${system.gatewayUrl}`,
    `  Database:           ${database.embedded ? 'embedded PostgreSQL in ' + config.dataDir : 'DATABASE_URL'}`,
  ];
  if (admin?.created && admin.generatedPassword) {
    lines.push('', `  First administrator created (shown once):`, `    email:    ${admin.email}`, `    password: ${admin.generatedPassword}`);
  } else if (admin?.created) {
    lines.push('', `  First administrator created: ${admin.email}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
} catch (error) {
  logger.fatal({ err: error }, 'startup failed');
  await shutdown('startup-failure', 1);
}

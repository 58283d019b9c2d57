import { createLogger, loadConfig } from '@atrium/kernel';
import { startGateway } from './gateway.js';

// Standalone entry: `tsx gateway/src/server.ts` (one container in docker-compose).
const config = loadConfig();
const logger = createLogger('gateway', config.logLevel);
const handle = await startGateway({ config, logger }).catch((error: unknown) => {
  // Outside production the gateway composes from running subgraphs: say which one is missing
  // instead of ending on a bare stack trace.
  console.error(`Atrium gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const graphiql = config.graphiql ? ` (GraphiQL at ${handle.url.replace(/\/graphql$/, '/')})` : '';
console.log(`Atrium gateway: ${handle.url}${graphiql}`);

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  // SIGINT then SIGTERM must not close twice.
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'gateway stopping');
  try {
    await handle.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'gateway did not stop cleanly');
    process.exit(1);
  }
}
// `once`: a second Ctrl-C gets Node's default handling and exits at once.
process.once('SIGINT', (s) => void stop(s));
process.once('SIGTERM', (s) => void stop(s));

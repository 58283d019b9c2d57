/** Run the identity subgraph alone (docker-compose, scale-out). `pnpm start` runs everything in one process. */
import { createLogger, createTokenVerifier, loadConfig, serveSubgraph } from '@atrium/kernel';
import { subgraph } from './index.js';

const config = loadConfig();
const logger = createLogger(`subgraph-${subgraph.name}`, config.logLevel);
if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run a subgraph on its own');
const runtime = await subgraph.create({ databaseUrl: config.databaseUrl, config, logger });
const server = await serveSubgraph({ name: subgraph.name, schema: runtime.schema, config, logger, verify: await createTokenVerifier(config), context: runtime.context, authorizer: runtime.authorizer });
logger.info({ url: server.url }, 'identity subgraph ready');
const stop = async () => {
  await server.close();
  await runtime.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

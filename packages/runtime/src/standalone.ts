import { createLogger, createSessionCheck, startTracing, subgraphUrl } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { createUsageSink } from '@atrium/gateway/usage';
import { SUBGRAPHS, loadSystemConfig, subgraphNamed, systemEventBus } from './registry.js';
import { startSystem } from './system.js';

/**
 * `pnpm serve <subgraph>|gateway`: one service as its own process (docker-compose, scale-out):
 * configuration, its own database client and job runner, its port, and an orderly stop on
 * SIGINT/SIGTERM. It never starts an embedded PostgreSQL.
 */
export async function serveStandalone(name: string): Promise<void> {
  const config = loadSystemConfig();
  const logger = createLogger(name === 'gateway' ? 'gateway' : `subgraph-${name}`, config.logLevel);
  let stop: () => Promise<void>;
  if (name === 'gateway') {
    // The gateway refuses tokens of ended sessions before any subgraph is asked: its one database client.
    if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run the gateway on its own (it refuses tokens of ended sessions)');
    const tracing = await startTracing(config.tracing, 'atrium-gateway', logger);
    const sessions = createSessionCheck({ databaseUrl: config.databaseUrl, logger, max: config.sessions.poolMax });
    // Usage batches are enqueued for analytics on a second small pool.
    const usage = createUsageSink({ databaseUrl: config.databaseUrl, events: systemEventBus(config, logger), logger });
    const gateway = await startGateway({ config, logger, subgraphs: SUBGRAPHS.map((s) => ({ name: s.name, url: subgraphUrl(config, s.name) })), sessions, usage: usage.sink }).catch(
      async (error: unknown) => {
        await sessions.close();
        await usage.close();
        await tracing.stop();
        throw error;
      },
    );
    logger.info({ url: gateway.url }, 'gateway ready');
    console.log(`Atrium gateway: ${gateway.url}`);
    stop = async () => {
      await gateway.close();
      await sessions.close();
      await usage.close();
      await tracing.stop();
    };
  } else {
    subgraphNamed(name);
    if (!config.databaseUrl) throw new Error(`DATABASE_URL is required to run the ${name} subgraph on its own`);
    const system = await startSystem({ config, logger, databaseUrl: config.databaseUrl, serve: [name], gateway: false });
    logger.info({ url: system.subgraphs.find((s) => s.name === name)!.url }, `${name} subgraph ready`);
    stop = () => system.stop();
  }
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    // SIGINT then SIGTERM must not close twice.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    try {
      await stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'did not stop cleanly');
      process.exit(1);
    }
  };
  process.once('SIGINT', (s) => void onSignal(s));
  process.once('SIGTERM', (s) => void onSignal(s));
}

import { createTokenVerifier, freePort, serveSubgraph, subgraphUrl, type Config, type HttpServerHandle, type Logger, type SubgraphRuntime } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { SUBGRAPH_PACKAGES } from './subgraphs.js';

export interface RunningSystem {
  gatewayUrl: string;
  config: Config;
  subgraphs: { name: string; url: string }[];
  runtimes: Record<string, SubgraphRuntime>;
  stop(): Promise<void>;
}

/**
 * Start every subgraph on its port, then the gateway composing them. With `ephemeralPorts`
 * every port is picked free first (tests run many systems side by side).
 */
export async function startSystem(options: { config: Config; logger: Logger; databaseUrl: string; ephemeralPorts?: boolean }): Promise<RunningSystem> {
  let config = options.config;
  if (options.ephemeralPorts) {
    const ports = { ...config.ports };
    for (const pkg of SUBGRAPH_PACKAGES) ports[pkg.name] = await freePort();
    config = { ...config, ports, gatewayPort: await freePort(), subgraphUrls: {} };
  }
  const verify = await createTokenVerifier(config);
  const runtimes: SubgraphRuntime[] = [];
  const byName: Record<string, SubgraphRuntime> = {};
  const servers: HttpServerHandle[] = [];
  const stop = async () => {
    await Promise.allSettled(servers.reverse().map((s) => s.close()));
    await Promise.allSettled(runtimes.map((r) => r.close()));
  };
  try {
    for (const pkg of SUBGRAPH_PACKAGES) {
      const logger = options.logger.child({ subgraph: pkg.name });
      const runtime = await pkg.create({ databaseUrl: options.databaseUrl, config, logger });
      runtimes.push(runtime);
      byName[pkg.name] = runtime;
      servers.push(await serveSubgraph({ name: pkg.name, schema: runtime.schema, config, logger, verify, context: runtime.context, authorizer: runtime.authorizer }));
    }
    const subgraphs = SUBGRAPH_PACKAGES.map((pkg) => ({ name: pkg.name, url: subgraphUrl(config, pkg.name) }));
    const gateway = await startGateway({ config, logger: options.logger.child({ component: 'gateway' }), subgraphs, port: config.gatewayPort });
    servers.push(gateway);
    return { gatewayUrl: gateway.url, config, subgraphs, runtimes: byName, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

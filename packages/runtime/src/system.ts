import {
  createPolicySnapshots,
  createSessionCheck,
  type PolicySnapshots,
  createSubgraphInstance,
  createTokenVerifier,
  serveSubgraph,
  settingsOf,
  startJobRunner,
  startTracing,
  SystemSampler,
  subgraphUrl,
  withSubgraphPorts,
  type Config,
  type HttpServerHandle,
  type Logger,
  type SubgraphInstance,
} from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { createUsageSink } from '@atrium/gateway/usage';
import { gatewayConfig } from '@atrium/gateway/config';
import type { Runner, TaskList } from 'graphile-worker';
import { freePort } from './postgres.js';
import { REGISTERED, SUBGRAPHS, decisionPoint, subgraphNamed, systemEventBus } from './registry.js';

export interface RunningSystem {
  /** The gateway's URL; null when the process serves subgraphs only. */
  gatewayUrl: string;
  /** The gateway's usage capture (its counters), when it runs and captures. */
  usage: import('@atrium/gateway/usage').UsageRecorder | null;
  config: Config;
  subgraphs: { name: string; url: string }[];
  runtimes: Record<string, SubgraphInstance>;
  /** The process's one job runner (every served subgraph's tasks and event consumers); null when none has any. */
  runner: Runner | null;
  /** Export every finished span now (a no-op without tracing). */
  flushTraces(): Promise<void>;
  /** The process's policy snapshots (kernel policy-snapshot.ts), shared by its subgraphs; null when disabled. */
  policySnapshots: PolicySnapshots | null;
  stop(): Promise<void>;
}

export interface StartSystemOptions {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  /** Pick every port free first (tests run many systems side by side). */
  ephemeralPorts?: boolean;
  /** The subgraphs this process serves; default every registered one. */
  serve?: readonly string[];
  /** Start the gateway too (default true). */
  gateway?: boolean;
  /** Serve this supergraph instead of composing from the running subgraphs (a process that serves only some of them). */
  supergraphSdl?: string;
}

/**
 * Start the subgraphs this process serves on their ports, one job runner for all their tasks,
 * then the gateway composing every registered subgraph.
 */
export async function startSystem(options: StartSystemOptions): Promise<RunningSystem> {
  // Ephemeral ports are picked free, then bound a moment later: another process may take one in
  // between. Everything started is stopped on failure, so a clash starts over on fresh ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startSystemOnce(options);
    } catch (error) {
      if (!options.ephemeralPorts || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
      options.logger.warn({ attempt }, 'a port was taken between picking and binding it; starting again on fresh ports');
    }
  }
}

async function startSystemOnce(options: StartSystemOptions): Promise<RunningSystem> {
  let config = options.config;
  let gatewayPort = settingsOf(config, gatewayConfig).port;
  if (options.ephemeralPorts) {
    const ports: Record<string, number> = {};
    for (const s of SUBGRAPHS) ports[s.name] = await freePort();
    config = withSubgraphPorts(config, ports);
    gatewayPort = await freePort();
  }
  const served = (options.serve ?? SUBGRAPHS.map((s) => s.name)).map(subgraphNamed);
  // Before anything is built: servers, clients and loaders are traced or not from the start.
  const serviceName = options.gateway === false && served.length === 1 ? `atrium-${served[0]!.name}` : 'atrium';
  const tracing = await startTracing(config.tracing, serviceName, options.logger);
  // One small pool answers "was this session ended?" for every subgraph and the gateway of the process.
  const sessions = createSessionCheck({ databaseUrl: options.databaseUrl, logger: options.logger, max: config.sessions.poolMax });
  const verify = await createTokenVerifier(config, sessions);
  const events = systemEventBus(config, options.logger);
  const decisionsUrl = subgraphUrl(config, decisionPoint().name);
  // One set of policy snapshots for every subgraph of the process (the decision point decides on its own).
  const policySnapshots = createPolicySnapshots(config, decisionsUrl, options.logger.child({ component: 'policy' }));
  const instances: SubgraphInstance[] = [];
  const servers: HttpServerHandle[] = [];
  let runner: Runner | null = null;
  // The runner starts once every served subgraph listens, and its promise settles when it stops.
  let runnerState: 'not started' | 'running' | 'stopped' = 'not started';
  const jobsReady = async () => (runnerState === 'running' ? true : `job runner ${runnerState}`);
  let usage: ReturnType<typeof createUsageSink> | null = null;
  let gatewaySampler: SystemSampler | null = null;
  const stop = async () => {
    await Promise.allSettled(servers.reverse().map((s) => s.close()));
    await gatewaySampler?.close();
    // The gateway flushed its usage buffer while closing; its pool goes after it.
    await usage?.close().catch(() => undefined);
    // The runner's tasks use the subgraphs' clients: stop it before they disconnect.
    await runner?.stop().catch((err: unknown) => options.logger.warn({ err }, 'job runner did not stop cleanly'));
    await Promise.allSettled(instances.map((i) => i.close()));
    await sessions.close().catch(() => undefined);
    await policySnapshots?.close().catch(() => undefined);
    // Last: the spans of everything above are exported before the provider stops.
    await tracing.stop();
  };
  try {
    for (const definition of served) {
      const logger = options.logger.child({ subgraph: definition.name });
      const migrationsDir = REGISTERED.find((r) => r.definition === definition)?.migrationsDir;
      const instance = await createSubgraphInstance(definition, { databaseUrl: options.databaseUrl, config, logger, events, migrationsDir });
      instances.push(instance);
      // Ready also means its background work runs, when it has any (tasks or event consumers).
      const readiness = Object.keys(instance.tasks).length ? { ...instance.readiness, jobs: jobsReady } : instance.readiness;
      servers.push(
        await serveSubgraph({
          name: instance.name,
          schema: instance.schema,
          config,
          logger,
          verify,
          context: instance.context,
          authorizer: instance.authorizer,
          tenancy: instance.tenancy,
          decisionsUrl,
          policySnapshots,
          internal: instance.internal,
          readiness,
          poolStats: instance.poolStats,
          verifierStats: verify.stats,
          sampler: instance.sampler,
        }),
      );
      instance.sampler.start();
    }
    const tasks: TaskList = Object.assign({}, ...instances.map((i) => i.tasks));
    if (Object.keys(tasks).length) {
      runner = await startJobRunner({ databaseUrl: options.databaseUrl, tasks, logger: options.logger.child({ component: 'jobs' }), concurrency: config.jobs.concurrency });
      runnerState = 'running';
      const stopped = () => void (runnerState = 'stopped');
      runner.promise.then(stopped, stopped);
    }
    const subgraphs = SUBGRAPHS.map((s) => ({ name: s.name, url: subgraphUrl(config, s.name) }));
    let gatewayUrl = '';
    let recorder: RunningSystem['usage'] = null;
    if (options.gateway !== false) {
      const logger = options.logger.child({ component: 'gateway' });
      usage = createUsageSink({ databaseUrl: options.databaseUrl, events, logger });
      // The pools of the subgraphs in this process, on the gateway's /metrics too.
      const pools = Object.fromEntries(instances.map((i) => [i.name, i.poolStats]));
      // The gateway samples itself on the usage pool, like its usage batches: never on a request's path.
      gatewaySampler = new SystemSampler({ host: 'gateway', intervalMs: config.systemMetrics.intervalMs, events, executor: () => usage!.executor, pools: { usage: usage.pool }, logger });
      const gateway = await startGateway({ config, logger, subgraphs, port: gatewayPort, sessions, usage: usage.sink, supergraphSdl: options.supergraphSdl, pools, sampler: gatewaySampler });
      gatewaySampler.start();
      servers.push(gateway);
      gatewayUrl = gateway.url;
      recorder = gateway.usage;
    }
    return { gatewayUrl, usage: recorder, config, subgraphs, runtimes: Object.fromEntries(instances.map((i) => [i.name, i])), runner, flushTraces: () => tracing.flush(), policySnapshots, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

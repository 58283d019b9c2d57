import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { AppError, conflict, mapStorageError } from './errors.js';
import type { Logger } from './logger.js';
import { tracedDriverAdapter, tracingOn } from './tracing.js';

export interface QueryCounter {
  count: number;
  reset(): void;
}

export interface PrismaLike {
  $on(event: 'query', cb: (e: { query: string; duration: number }) => void): void;
  $disconnect(): Promise<void>;
}

/** A subgraph's generated `PrismaClient` class. */
export type PrismaClass<C extends PrismaLike = PrismaLike> = new (options: { adapter: PrismaPg; log: { emit: 'event'; level: 'query' }[] }) => C;
/** What a connection pool holds right now (node-postgres' counters): for `/metrics`. */
export interface PoolStats {
  max: number;
  /** Connections checked out by a query or transaction. */
  inUse: number;
  idle: number;
  /** Callers queued for a connection because all `max` are in use. */
  waiting: number;
}

export interface WithQueryCounter {
  queries: QueryCounter;
  /** The client's pool use right now. */
  poolStats(): PoolStats;
}
/** A subgraph's client as {@link createPrisma} builds it. */
export type Client<C> = C & WithQueryCounter;

/**
 * End a pool and wait until every connection of it has closed. `pool.end()` resolves once the
 * pool lets go of its clients, before their sockets close: a PostgreSQL stopped right after
 * would still terminate them, and each would log an error. Track from creation (`closerOf`).
 */
export function closerOf(pool: pg.Pool): () => Promise<void> {
  const live = new Set<pg.PoolClient>();
  const waiting: (() => void)[] = [];
  pool.on('connect', (client) => live.add(client));
  pool.on('remove', (client) => {
    live.delete(client);
    if (live.size === 0) for (const wake of waiting.splice(0)) wake();
  });
  return async () => {
    if (!pool.ending) await pool.end();
    if (live.size) await new Promise<void>((resolve) => waiting.push(resolve));
  };
}

export interface PrismaFactoryOptions {
  url: string;
  /** The Postgres schema this subgraph owns. The client sees nothing else. */
  schema: string;
  logger: Logger;
  /** Pool size (ATRIUM_DB_POOL_MAX, or ATRIUM_<NAME>_DB_POOL_MAX). */
  max?: number;
}

/**
 * Build a subgraph's own Prisma client over node-postgres. Each subgraph passes
 * its generated client class, so clients never share a module or a schema.
 * Statement counts are kept for tests and benchmarks (N+1 guards).
 */
export function createPrisma<T extends PrismaLike>(Class: PrismaClass<T>, options: PrismaFactoryOptions): Client<T> {
  // Our own pool, handed to the adapter (which ends it on $disconnect), so its counters can be read.
  const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 5, application_name: `atrium-${options.schema}` });
  const closePool = closerOf(pool);
  const adapter = new PrismaPg(pool, {
    schema: options.schema,
    disposeExternalPool: true,
    onPoolError: (err) => options.logger.warn({ err: err.message, schema: options.schema }, 'database connection lost'),
  });
  // Traced, every SQL statement is a span (tracing.ts); untraced, the adapter as it is.
  const client = new Class({ adapter: tracingOn() ? tracedDriverAdapter(adapter, options.schema) : adapter, log: [{ emit: 'event', level: 'query' }] });
  const queries: QueryCounter = {
    count: 0,
    reset() {
      this.count = 0;
    },
  };
  client.$on('query', (e) => {
    queries.count += 1;
    options.logger.trace({ sql: e.query, ms: e.duration }, 'sql');
  });
  const poolStats = (): PoolStats => ({ max: pool.options.max ?? 10, inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount });
  // The adapter ends the pool on $disconnect; this waits for its connections to be gone too.
  const disconnect = client.$disconnect.bind(client);
  const $disconnect = async () => {
    await disconnect();
    await closePool();
  };
  return Object.assign(client, { queries, poolStats, $disconnect });
}

/**
 * A store write whose unique violation is an expected outcome: CONFLICT with the message the
 * store gives, naming the fields. `messages` is one message, or one per conflicting field (the
 * first listed applies when the database does not say which). Services never map storage errors.
 */
export async function unique<T>(write: Promise<T>, messages?: string | Record<string, string>, fields?: string[]): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const mapped = mapStorageError(error);
    if (!(mapped instanceof AppError) || mapped.code !== 'CONFLICT') throw mapped;
    if (messages === undefined) throw mapped;
    const detected = (mapped.extensions.fields as string[] | undefined) ?? [];
    if (typeof messages === 'string') throw conflict(messages, fields ?? detected);
    const field = detected.find((f) => f in messages) ?? Object.keys(messages)[0]!;
    throw conflict(messages[field]!, [field]);
  }
}

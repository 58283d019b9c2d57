import type { ApolloServerPlugin } from '@apollo/server';
import { closerOf, EVENTS, type ApiUsageEntry, type EventBus, type Logger, type PoolStats, type RawExecutor } from '@atrium/kernel';
import { Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';

/**
 * Usage capture: every request the gateway serves becomes one `api.usage_recorded` entry
 * (analytics stores it as an api_usage_logs row). The response never waits for it and never
 * fails because of it: an entry goes into a bounded in-memory buffer when the response has
 * been written, and a timer flushes the buffer in batches, one job per batch, through the job
 * queue (durable: analytics may be down, the jobs wait). A full buffer drops entries and counts
 * them; a failed flush puts its batch back and tries again later.
 */

/** What one request has gathered by the time its response is written. */
export interface UsageRecord {
  id: string;
  startedAt: number;
  at: Date;
  method: string;
  requestBytes: number;
  responseBytes: number;
  operationName: string | null;
  operationType: ApiUsageEntry['operationType'];
  persistedId: string | null;
  errorCode: string | null;
  errorCount: number;
  userId: string | null;
  sessionId: string | null;
  clientIp: string | null;
  userAgent: string | null;
  variables: Record<string, unknown> | null;
  /** Schema coordinates the operation requested (shared with the cache: never mutated). */
  fields: readonly string[];
  subgraphs: Map<string, { ms: number; fetches: number }>;
}

/** Where flushed batches go: one call per batch, rejected when the batch was not kept. */
export type UsageSink = (entries: ApiUsageEntry[]) => Promise<void>;

export interface UsageSettings {
  /** Entries held at most while waiting for a flush; past it new ones are dropped (and counted). */
  bufferSize: number;
  /** Entries per flushed batch (one job each). */
  batchSize: number;
  /** Longest an entry waits before its batch is flushed. */
  flushIntervalMs: number;
}

export interface UsageStats {
  recorded: number;
  flushed: number;
  dropped: number;
  pending: number;
  failedFlushes: number;
}

/**
 * Variable names whose values are never stored, whatever their depth: secrets, and the personal
 * values identity classifies (emails, names, phone numbers, addresses: an erased user's sign-up
 * must not stay in the usage log).
 */
const SENSITIVE = /pass(word)?|secret|token|mfa|otp|totp|api[-_]?key|authorization|cookie|credential|private[-_]?key|recovery|ssn|card|e-?mail|phone|user[-_]?name|first[-_]?name|last[-_]?name|display[-_]?name|address|birth/i;
const MAX_STRING = 64;
const MAX_VARIABLES_BYTES = 2048;

/**
 * Variables as usage may keep them: a sensitive name's value is `[REDACTED]` at any depth, a
 * string longer than 64 characters is elided to its length (message texts, documents), and the
 * whole is kept only when small; otherwise just the top-level names remain.
 */
export function redactVariables(variables: unknown): Record<string, unknown> | null {
  if (!variables || typeof variables !== 'object' || Array.isArray(variables)) return null;
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return value.length > MAX_STRING ? `[${value.length} characters]` : value;
    if (value === null || typeof value !== 'object') return value;
    if (depth > 4) return '[nested]';
    if (Array.isArray(value)) return value.length > 20 ? `[${value.length} items]` : value.map((v) => walk(v, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE.test(k) ? '[REDACTED]' : walk(v, depth + 1)]));
  };
  const redacted = walk(variables, 0) as Record<string, unknown>;
  if (JSON.stringify(redacted).length <= MAX_VARIABLES_BYTES) return redacted;
  return Object.fromEntries(Object.keys(variables).slice(0, 50).map((k) => [k.slice(0, 100), '[elided]']));
}

const headerOf = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
};

/** An error code for a request that failed before GraphQL ran (bad token, body too large). */
const STATUS_CODES: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'BAD_USER_INPUT', 429: 'RATE_LIMITED' };

/** The bounded buffer, its flush timer and its counters. */
export class UsageRecorder {
  private buffer: ApiUsageEntry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private readonly counters = { recorded: 0, flushed: 0, dropped: 0, failedFlushes: 0 };
  private lastDropWarning = 0;
  private closed = false;

  constructor(
    private readonly sink: UsageSink,
    private readonly settings: UsageSettings,
    private readonly logger: Logger,
  ) {}

  stats(): UsageStats {
    return { ...this.counters, pending: this.buffer.length };
  }

  /** A fresh record for a request that just arrived. */
  begin(req: IncomingMessage): UsageRecord {
    const length = Number(headerOf(req, 'content-length'));
    return {
      id: randomUUID(),
      startedAt: performance.now(),
      at: new Date(),
      method: (req.method ?? 'GET').slice(0, 10),
      requestBytes: Number.isFinite(length) && length >= 0 ? length : 0,
      responseBytes: 0,
      operationName: null,
      operationType: null,
      persistedId: null,
      errorCode: null,
      errorCount: 0,
      userId: null,
      sessionId: null,
      clientIp: null,
      userAgent: headerOf(req, 'user-agent')?.slice(0, 512) ?? null,
      variables: null,
      fields: [],
      subgraphs: new Map(),
    };
  }

  /** Count the response's bytes and record the request once it has been written. Synchronous and cheap. */
  watch(record: UsageRecord, requestId: () => string, res: ServerResponse): void {
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') record.responseBytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) record.responseBytes += chunk.byteLength;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (typeof chunk !== 'function' && count(chunk), end(chunk, ...rest))) as typeof res.end;
    res.once('finish', () => this.push(this.entryOf(record, requestId(), res.statusCode)));
    res.once('close', () => {
      if (!res.writableFinished) this.push(this.entryOf(record, requestId(), 499));
    });
  }

  private entryOf(record: UsageRecord, requestId: string, status: number): ApiUsageEntry {
    return {
      id: record.id,
      requestId: requestId.slice(0, 255),
      method: record.method,
      operationName: record.operationName?.slice(0, 255) ?? null,
      operationType: record.operationType,
      persistedId: record.persistedId?.slice(0, 128) ?? null,
      subgraphs: [...record.subgraphs].slice(0, 50).map(([name, s]) => ({ name, ms: Math.round(s.ms * 1000) / 1000, fetches: s.fetches })),
      status,
      errorCode: record.errorCode ?? (status >= 400 ? (STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : null)) : null),
      errorCount: record.errorCount || (status >= 400 ? 1 : 0),
      latencyMs: Math.round((performance.now() - record.startedAt) * 1000) / 1000,
      requestBytes: record.requestBytes,
      responseBytes: record.responseBytes,
      userId: record.userId,
      sessionId: record.sessionId,
      clientIp: record.clientIp,
      userAgent: record.userAgent,
      variables: record.variables,
      fields: record.fields.slice(0, 2000),
      at: record.at.toISOString(),
    };
  }

  /** Into the buffer, or dropped and counted when it is full. */
  push(entry: ApiUsageEntry): void {
    this.counters.recorded += 1;
    if (this.buffer.length >= this.settings.bufferSize) {
      this.counters.dropped += 1;
      const now = Date.now();
      if (now - this.lastDropWarning > 10_000) {
        this.lastDropWarning = now;
        this.logger.warn({ dropped: this.counters.dropped, bufferSize: this.settings.bufferSize }, 'usage buffer full: entries dropped');
      }
      return;
    }
    this.buffer.push(entry);
    if (this.buffer.length >= this.settings.batchSize) this.schedule(0);
    else this.schedule(this.settings.flushIntervalMs);
  }

  private schedule(ms: number) {
    if (this.closed || this.flushing) return;
    if (this.timer && ms > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
    this.timer.unref();
  }

  /** Send what is buffered, batch by batch; a failed batch goes back to the front and waits. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.buffer.length === 0) return Promise.resolve();
    const run = async (): Promise<boolean> => {
      while (this.buffer.length) {
        const batch = this.buffer.splice(0, this.settings.batchSize);
        try {
          await this.sink(batch);
          this.counters.flushed += batch.length;
        } catch (error) {
          this.counters.failedFlushes += 1;
          // Back in front, as far as the bound allows: what does not fit is dropped and counted.
          const room = Math.max(0, this.settings.bufferSize - this.buffer.length);
          this.counters.dropped += Math.max(0, batch.length - room);
          this.buffer.unshift(...batch.slice(0, room));
          this.logger.warn({ err: (error as Error).message, pending: this.buffer.length }, 'usage flush failed; will retry');
          return false;
        }
      }
      return true;
    };
    // Cleared only once this very flush has settled (never before it is assigned).
    const flushing: Promise<void> = run().then((ok) => {
      if (this.flushing === flushing) this.flushing = null;
      if (!this.closed && this.buffer.length) this.schedule(ok ? this.settings.flushIntervalMs : Math.max(this.settings.flushIntervalMs, 1000));
    });
    this.flushing = flushing;
    return flushing;
  }

  /** Flush what is left (bounded by `deadlineMs`) and stop the timer. */
  async close(deadlineMs = 5000): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const until = Date.now() + deadlineMs;
    while (this.buffer.length && Date.now() < until) {
      await this.flush();
      if (this.buffer.length) await new Promise((r) => setTimeout(r, 100));
    }
    this.closed = true;
    if (this.buffer.length) {
      this.counters.dropped += this.buffer.length;
      this.logger.warn({ dropped: this.buffer.length }, 'usage entries not flushed before shutdown');
      this.buffer = [];
    }
  }
}

const MAX_COORDINATES = 2000;

/**
 * The schema coordinates one operation requests: `Type.field` for every field selected (through
 * the fragments it spreads, not other operations of the document) and `Type.field.arg` for every
 * argument passed; introspection (`__typename`, `__schema`) is left out. Sorted, distinct.
 */
export function coordinatesOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const out = new Set<string>();
  const queued = new Set<string>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent || node.name.value.startsWith('__') || parent.name.startsWith('__')) return;
      out.add(`${parent.name}.${node.name.value}`);
    },
    Argument(node) {
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      if (!parent || !field || field.name.startsWith('__') || parent.name.startsWith('__')) return;
      out.add(`${parent.name}.${field.name}.${node.name.value}`);
    },
    FragmentSpread(node) {
      const name = node.name.value;
      const fragment = fragments.get(name);
      if (fragment && !queued.has(name)) {
        queued.add(name);
        pending.push(fragment);
      }
    },
  });
  while (pending.length && out.size < MAX_COORDINATES) visit(pending.pop()!, visitor);
  return [...out].sort().slice(0, MAX_COORDINATES);
}

/**
 * Coordinates per distinct operation (document text and operation name), computed once and kept
 * in a bounded map; a new schema (a supergraph reload) starts it over.
 */
export class CoordinateCache {
  private readonly cache = new Map<string, readonly string[]>();
  private schema: GraphQLSchema | null = null;
  /** How many times the coordinates were computed (not taken from the cache). */
  computed = 0;
  constructor(private readonly max = 2000) {}

  of(schema: GraphQLSchema, key: string, document: DocumentNode, operation: OperationDefinitionNode): readonly string[] {
    if (schema !== this.schema) {
      this.schema = schema;
      this.cache.clear();
    }
    const hit = this.cache.get(key);
    if (hit) return hit;
    this.computed += 1;
    const coordinates = Object.freeze(coordinatesOf(schema, document, operation));
    if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, coordinates);
    return coordinates;
  }
}

/** The Apollo plugin that fills in what only GraphQL knows: operation, persisted id, variables, errors. */
export function usagePlugin<Ctx extends { usage?: UsageRecord }>(coordinates = new CoordinateCache()): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue, request }) {
      const record = contextValue.usage;
      if (!record) return;
      const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      if (typeof persisted === 'string') record.persistedId = persisted;
      record.operationName = request.operationName ?? null;
      record.variables = redactVariables(request.variables);
      return {
        async didResolveOperation({ operationName, operation, schema, document, source }) {
          record.operationName = operationName ?? record.operationName;
          record.operationType = operation?.operation ?? null;
          if (operation) record.fields = coordinates.of(schema, `${operationName ?? ''}\u0000${source}`, document, operation);
        },
        async willSendResponse({ response, document }) {
          // Refused in validation: the operation was never resolved, but its name is in the document.
          if (!record.operationName && document) {
            const named = document.definitions.find((d) => d.kind === 'OperationDefinition' && d.name);
            if (named?.kind === 'OperationDefinition') record.operationName = named.name?.value ?? null;
          }
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          if (errors?.length) {
            record.errorCount = errors.length;
            const code = errors[0]?.extensions?.code;
            record.errorCode = typeof code === 'string' ? code.slice(0, 100) : 'INTERNAL_SERVER_ERROR';
          }
        },
      };
    },
  };
}

/**
 * The production sink: each batch is one `api.usage_recorded` event, enqueued on a small pool of
 * the gateway's own. A batch is kept whole or not at all.
 */
export function createUsageSink(options: { databaseUrl: string; events: EventBus; logger: Logger; max?: number }): {
  sink: UsageSink;
  /** Single statements on the usage pool (the gateway's system metrics samples). */
  executor: RawExecutor;
  pool: () => PoolStats;
  close(): Promise<void>;
} {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.max ?? 2, application_name: 'atrium-usage' });
  pool.on('error', (err) => options.logger.warn({ err: err.message }, 'usage connection lost'));
  return {
    executor: {
      $executeRawUnsafe: async (query, ...values) => (await pool.query(query, values)).rowCount ?? 0,
      $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await pool.query(query, values)).rows as T,
    },
    pool: () => ({ max: options.max ?? 2, inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async sink(entries) {
      const client = await pool.connect();
      try {
        const tx: RawExecutor = {
          $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
          $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as T,
        };
        // One transaction: every consumer gets the batch, or none does.
        await client.query('BEGIN');
        await options.events.publish(tx, EVENTS.apiUsageRecorded, { entries });
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: closerOf(pool),
  };
}

/**
 * The usage buffer on its own (no server): bounded, dropping and counting past its bound,
 * putting a failed batch back, flushing in batches, and redacting variables.
 */
import { createLogger, type ApiUsageEntry } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { GatewayMetrics } from '../src/metrics.js';
import { CoordinateCache, UsageRecorder, coordinatesOf, redactVariables } from '../src/usage.js';

const logger = createLogger('test', 'silent');
const entry = (): ApiUsageEntry => ({
  id: randomUUID(),
  requestId: randomUUID(),
  method: 'POST',
  operationName: 'Op',
  operationType: 'query',
  persistedId: null,
  subgraphs: [],
  status: 200,
  errorCode: null,
  errorCount: 0,
  latencyMs: 1,
  requestBytes: 1,
  responseBytes: 1,
  userId: null,
  sessionId: null,
  clientIp: null,
  userAgent: null,
  variables: null,
  fields: [],
  at: new Date().toISOString(),
});

describe('UsageRecorder', () => {
  it('flushes in batches of batchSize', async () => {
    const batches: number[] = [];
    const r = new UsageRecorder(async (b) => void batches.push(b.length), { bufferSize: 100, batchSize: 4, flushIntervalMs: 60_000 }, logger);
    for (let i = 0; i < 10; i++) r.push(entry());
    await r.close();
    expect(batches).toEqual([4, 4, 2]);
    expect(r.stats()).toEqual({ recorded: 10, flushed: 10, dropped: 0, pending: 0, failedFlushes: 0 });
  });

  it('drops and counts past its bound, and keeps a failed batch for the next flush', async () => {
    let fail = true;
    const kept: string[] = [];
    const r = new UsageRecorder(
      async (b) => {
        if (fail) throw new Error('database down');
        kept.push(...b.map((e) => e.id));
      },
      { bufferSize: 5, batchSize: 5, flushIntervalMs: 60_000 },
      logger,
    );
    const first = Array.from({ length: 7 }, entry);
    for (const e of first) r.push(e);
    await r.flush();
    expect(r.stats()).toMatchObject({ recorded: 7, dropped: 2, pending: 5, failedFlushes: 1 });
    fail = false;
    await r.flush();
    expect(kept).toEqual(first.slice(0, 5).map((e) => e.id));
    expect(r.stats()).toMatchObject({ flushed: 5, dropped: 2, pending: 0 });
    await r.close();
  });

  it('keeps flushing after a flush of an empty buffer (the timer takes later entries)', async () => {
    const kept: string[] = [];
    const r = new UsageRecorder(async (b) => void kept.push(...b.map((e) => e.id)), { bufferSize: 10, batchSize: 5, flushIntervalMs: 5 }, logger);
    await r.flush();
    const e = entry();
    r.push(e);
    const deadline = Date.now() + 2000;
    while (!kept.length && Date.now() < deadline) await new Promise((res) => setTimeout(res, 5));
    expect(kept).toEqual([e.id]);
    await r.close();
  });

  it('never waits for the sink: push returns while a flush is stuck', async () => {
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const r = new UsageRecorder(() => stuck, { bufferSize: 10, batchSize: 1, flushIntervalMs: 1 }, logger);
    r.push(entry());
    const flushing = r.flush();
    const started = performance.now();
    for (let i = 0; i < 20; i++) r.push(entry());
    expect(performance.now() - started).toBeLessThan(50);
    // One batch in flight, ten waiting, ten dropped.
    expect(r.stats()).toMatchObject({ recorded: 21, dropped: 10, pending: 10 });
    release();
    await flushing;
    await r.close();
    expect(r.stats()).toMatchObject({ flushed: 11, pending: 0 });
  });
});

describe('redactVariables', () => {
  it('masks sensitive names at any depth, elides long strings, and keeps the rest', () => {
    expect(
      redactVariables({ input: { email: 'a@b.c', title: 'Q3 plan', password: 'hunter2', nested: { mfaCode: '123456', refreshToken: 'r', apiKey: 'k', phoneNumber: '+1555', lastName: 'Doe' }, content: 'x'.repeat(100), n: 3 } }),
    ).toEqual({ input: { email: '[REDACTED]', title: 'Q3 plan', password: '[REDACTED]', nested: { mfaCode: '[REDACTED]', refreshToken: '[REDACTED]', apiKey: '[REDACTED]', phoneNumber: '[REDACTED]', lastName: '[REDACTED]' }, content: '[100 characters]', n: 3 } });
    expect(redactVariables(null)).toBeNull();
    expect(redactVariables([1])).toBeNull();
  });

  it('keeps only the top-level names of large variables', () => {
    const big = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'v'.repeat(60)]));
    const out = redactVariables(big)!;
    expect(Object.keys(out)).toHaveLength(50);
    expect(Object.values(out).every((v) => v === '[elided]')).toBe(true);
  });
});

describe('coordinatesOf', () => {
  const schema = buildSchema(`
    type Query { me: User, user(id: ID!, withDeleted: Boolean): User, other: Int }
    interface Node { id: ID! }
    type User implements Node { id: ID!, email: String, profile: Profile, friends(first: Int): [User!]! }
    type Profile { city: String, postalCode: String }
  `);
  const doc = parse(`
    query A($id: ID!) { user(id: $id) { ...U friends(first: 2) { id } __typename } }
    query B { other me { email } }
    fragment U on User { ...P id }
    fragment P on User { profile { city } }
  `);
  const op = (name: string) => doc.definitions.find((d) => d.kind === 'OperationDefinition' && d.name?.value === name) as OperationDefinitionNode;

  it("lists the operation's fields and arguments through nested fragments, not other operations' nor introspection", () => {
    expect(coordinatesOf(schema, doc, op('A'))).toEqual(['Profile.city', 'Query.user', 'Query.user.id', 'User.friends', 'User.friends.first', 'User.id', 'User.profile']);
    expect(coordinatesOf(schema, doc, op('B'))).toEqual(['Query.me', 'Query.other', 'User.email']);
  });

  it('computes each distinct operation once, and again for a new schema', () => {
    const cache = new CoordinateCache();
    for (let i = 0; i < 5; i++) cache.of(schema, 'A\u0000doc', doc, op('A'));
    cache.of(schema, 'B\u0000doc', doc, op('B'));
    expect(cache.computed).toBe(2);
    cache.of(buildSchema('type Query { other: Int }'), 'B\u0000doc', doc, op('B'));
    expect(cache.computed).toBe(3);
  });
});

describe('usage capture on /metrics', () => {
  it('reports recorded, flushed, dropped, failed flushes and pending entries at each scrape', async () => {
    let fail = true;
    const r = new UsageRecorder(async () => {
      if (fail) throw new Error('database down');
    }, { bufferSize: 3, batchSize: 3, flushIntervalMs: 60_000 }, logger);
    const metrics = new GatewayMetrics();
    metrics.usageCapture(() => r.stats());
    for (let i = 0; i < 5; i++) r.push(entry());
    await r.flush();
    const value = async (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(await metrics.registry.metrics())?.[1]);
    expect(await value('atrium_gateway_usage_recorded_total')).toBe(5);
    expect(await value('atrium_gateway_usage_dropped_total')).toBe(2);
    expect(await value('atrium_gateway_usage_failed_flushes_total')).toBe(1);
    expect(await value('atrium_gateway_usage_pending')).toBe(3);
    fail = false;
    await r.close();
    expect(await value('atrium_gateway_usage_flushed_total')).toBe(3);
    expect(await value('atrium_gateway_usage_pending')).toBe(0);
    expect(await value('atrium_gateway_usage_dropped_total')).toBe(2);
  });
});

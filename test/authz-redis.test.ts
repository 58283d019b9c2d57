/**
 * Policy snapshots shared through Redis (ATRIUM_REDIS_URL, seed 004 §8.3): two identity
 * replicas on one Redis. The second replica's first decision for a user comes from the entry
 * the first one wrote, with no call to the authorization subgraph; a revocation is refused on
 * the very next request on both; a forged entry is ignored; with Redis killed every request
 * still succeeds, from the authorization subgraph, and the outage is logged once.
 *
 * Replica A is the test system (every subgraph, its gateway). Replica B is another identity
 * process on the same database and Redis, behind a gateway of its own, whose decision point is
 * reached through a counting HTTP relay in front of A's authorization subgraph.
 */
import { createLogger, type Logger } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { freePort } from '@atrium/runtime/postgres';
import { startSystem, type RunningSystem } from '@atrium/runtime/system';
import { Redis } from 'ioredis';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from './authz-kit.js';
import { codes, ROOMY_PER_IP_THROTTLES, startTestSystem, testConfig, type GqlResult, type Session, type TestSystem } from './kit/system.js';

const prefix = `atrium-test-${randomBytes(4).toString('hex')}`;
let redisServer: ChildProcess;
let redis: Redis;
let t: TestSystem;
let a: ReturnType<typeof authz>;
let b: RunningSystem;
let gatewayB: Awaited<ReturnType<typeof startGateway>>;
let relay: Server;
/** Calls replica B made to the authorization subgraph, by path. */
const calls: string[] = [];
/** Warnings replica B logged. */
const warnings: string[] = [];

/** A redis-server of the test's own on a free port, without persistence; resolves once it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`redis-server could not be started (is it installed?): ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${out}`)));
    const seen = (chunk: Buffer) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
  });
  return child;
}

/** An HTTP relay to `target` that records the path of every request it passes on. */
async function countingRelay(target: URL): Promise<Server> {
  const server = createServer((req, res) => {
    calls.push(req.url ?? '');
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A logger that records the warnings of it and its children (replica B's outage message). */
function recording(logger: Logger): Logger {
  return new Proxy(logger, {
    get(target, prop, receiver) {
      if (prop === 'child') return (bindings: Record<string, unknown>) => recording(target.child(bindings) as Logger);
      if (prop === 'warn') return (obj: unknown, msg?: string) => void warnings.push(typeof obj === 'string' ? obj : (msg ?? ''));
      return Reflect.get(target, prop, receiver);
    },
  });
}

beforeAll(async () => {
  const port = await freePort();
  redisServer = await startRedis(port);
  const url = `redis://127.0.0.1:${port}`;
  redis = new Redis(url);
  // Killed on purpose below: its reconnection attempts are expected.
  redis.on('error', () => undefined);
  t = await startTestSystem({ ATRIUM_REDIS_URL: url, ATRIUM_REDIS_PREFIX: prefix });
  a = authz(t);
  const authorization = new URL(t.system.subgraphs.find((s) => s.name === 'authorization')!.url);
  relay = await countingRelay(authorization);
  const relayPort = (relay.address() as { port: number }).port;
  const identity = t.config.subgraphs.identity!;
  const config = {
    ...t.config,
    subgraphs: {
      ...t.config.subgraphs,
      identity: { ...identity, port: await freePort(), url: undefined },
      authorization: { ...t.config.subgraphs.authorization!, url: `http://127.0.0.1:${relayPort}${authorization.pathname}` },
    },
  };
  b = await startSystem({ databaseUrl: t.db.url, config, logger: recording(createLogger('test', 'silent')), serve: ['identity'], gateway: false });
  const subgraphs = t.system.subgraphs.map((s) => (s.name === 'identity' ? { name: 'identity', url: b.subgraphs.find((x) => x.name === 'identity')!.url } : s));
  gatewayB = await startGateway({ config: testConfig(ROOMY_PER_IP_THROTTLES), logger: createLogger('test', 'silent'), subgraphs, port: 0, sessions: null });
}, 180_000);

afterAll(async () => {
  await gatewayB?.close();
  await b?.stop();
  await t?.stop();
  await new Promise<void>((resolve) => (relay ? relay.close(() => resolve()) : resolve()));
  redis?.disconnect();
  redisServer?.kill('SIGKILL');
});

const USERS = `query { users(first: 1) { nodes { id } } }`;
const onA = (s: Session) => t.gql(USERS, {}, s.accessToken);
async function onB(s: Session): Promise<GqlResult> {
  const response = await fetch(gatewayB.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.accessToken}` }, body: JSON.stringify({ query: USERS }) });
  const raw = await response.text();
  const body = JSON.parse(raw) as { data?: unknown; errors?: GqlResult['errors'] };
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors, raw };
}
const statsA = () => ({ ...t.system.policySnapshots!.stats });
const statsB = () => ({ ...b.policySnapshots!.stats });
const entriesOf = (userId: string) => redis.keys(`${prefix}:policy:${userId}:*`);

describe('policy snapshots shared through Redis', () => {
  let s: Session;
  let assignment: string;

  it("serves the second replica's first decision from Redis, without asking the authorization subgraph", async () => {
    s = await a.registered();
    assignment = ok(await a.assign(s.userId, 'manager')).assignRole.id as string;
    const beforeA = statsA();
    expect(codes(await onA(s))).toEqual([]);
    expect(statsA().fetches).toBe(beforeA.fetches + 1);
    // A offers its snapshot to Redis in the background, off the request's path.
    await waitFor(async () => (await entriesOf(s.userId)).length === 1, 'the snapshot in Redis');

    const before = statsB();
    const callsBefore = calls.length;
    expect(codes(await onB(s))).toEqual([]);
    expect(calls.slice(callsBefore)).toEqual([]);
    expect(statsB()).toMatchObject({ fetches: before.fetches, remote: before.remote, shared: before.shared + 1 });
    // And from then on in B's own memory.
    expect(codes(await onB(s))).toEqual([]);
    expect(statsB()).toMatchObject({ fetches: before.fetches, shared: before.shared + 1 });
    expect(statsB().hits).toBeGreaterThan(before.hits);
    expect(calls.slice(callsBefore)).toEqual([]);
  });

  it('ignores an entry whose signature does not match (write access to Redis grants nothing)', async () => {
    const [key] = await entriesOf(s.userId);
    const stored = (await redis.get(key!))!;
    await redis.set(key!, `AAAA${stored.slice(4)}`, 'PX', 60_000);
    b.policySnapshots!.clear();
    const before = statsB();
    const callsBefore = calls.length;
    expect(codes(await onB(s))).toEqual([]);
    expect(statsB()).toMatchObject({ fetches: before.fetches + 1, shared: before.shared });
    expect(calls.slice(callsBefore)).toEqual(['/internal/policySnapshot']);
    expect(warnings).toContain('policy snapshot cache: an entry with a wrong signature was ignored');
  });

  it('a revocation is refused on the very next request on both replicas', async () => {
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: assignment }, t.admin.accessToken));
    expect(codes(await onA(s))).toEqual(['FORBIDDEN']);
    expect(codes(await onB(s))).toEqual(['FORBIDDEN']);
    // A new version is a new key: the entry of the old one is never read again.
    await waitFor(async () => (await entriesOf(s.userId)).length === 2, 'the new version in Redis');
    expect(codes(await onB(s))).toEqual(['FORBIDDEN']);
  });

  it('with Redis killed, every request still succeeds, from the authorization subgraph, and the outage is logged once', async () => {
    const other = await a.registered();
    ok(await a.assign(other.userId, 'manager'));
    ok(await a.assign(s.userId, 'manager'));
    const exited = new Promise((resolve) => redisServer.once('exit', resolve));
    redisServer.kill('SIGKILL');
    await exited;
    const beforeA = statsA();
    const before = statsB();
    for (const who of [s, other]) {
      for (let i = 0; i < 3; i++) {
        expect(codes(await onA(who))).toEqual([]);
        expect(codes(await onB(who))).toEqual([]);
      }
    }
    // One fetch per user and replica (the new versions), then decisions in process as without Redis.
    expect(statsA()).toMatchObject({ fetches: beforeA.fetches + 2, shared: beforeA.shared, remote: beforeA.remote });
    expect(statsB()).toMatchObject({ fetches: before.fetches + 2, shared: before.shared, remote: before.remote });
    expect(warnings.filter((w) => w.startsWith('policy snapshot cache (Redis) unavailable'))).toHaveLength(1);
    // Still refused where it should be.
    const stranger = await a.registered();
    expect(codes(await onB(stranger))).toEqual(['FORBIDDEN']);
    expect(codes(await onA(stranger))).toEqual(['FORBIDDEN']);
  });
});

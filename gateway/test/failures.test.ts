import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { accounts, compose, gql, logger, reviews, serveFixture, testConfig } from './fixtures.js';

// A switchable stand-in in front of the reviews fixture: it passes requests on, or fails in the
// ways a real subgraph does (down, hanging, garbage, a 400 of its own).
type Mode = 'pass' | 'down' | 'hang' | 'garbage' | 'bad-request' | 'leaky-400' | 'huge';
let mode: Mode = 'pass';
let hits = 0;
let proxy: Server;
let proxyUrl: string;
let subgraphs: Awaited<ReturnType<typeof serveFixture>>[];
let gateway: Awaited<ReturnType<typeof startGateway>>;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  subgraphs = await Promise.all([serveFixture(accounts), serveFixture(reviews)]);
  const target = new URL(subgraphs[1]!.url);
  proxy = createServer((req, res) => {
    hits += 1;
    if (mode === 'down') return req.socket.destroy();
    if (mode === 'hang') return void hanging.add(res);
    if (mode === 'garbage') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>oops</html>');
    if (mode === 'bad-request' || mode === 'leaky-400') {
      const extensions = mode === 'leaky-400' ? { code: 'SOMETHING_ODD', response: { url: 'http://10.0.0.7:4102/graphql', body: 'secret' }, stacktrace: ['at x'] } : { code: 'BAD_USER_INPUT' };
      return res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Variable "$x" got invalid value', extensions }] }));
    }
    if (mode === 'huge') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { _entities: [{ reviewsEcho: { names: [ 'x'.repeat(200_000) ] } }] } }));
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  const { supergraphSdl } = compose([
    { fixture: accounts, url: subgraphs[0]!.url },
    { fixture: reviews, url: proxyUrl },
  ]);
  const config = testConfig({
    ATRIUM_SUBGRAPH_TIMEOUT_MS: '300',
    ATRIUM_SUBGRAPH_RETRIES: '1',
    ATRIUM_CIRCUIT_FAILURES: '4',
    ATRIUM_CIRCUIT_COOLDOWN_MS: '400',
    ATRIUM_MAX_RESPONSE_BYTES: '100000',
    ATRIUM_CORS_ORIGINS: 'http://localhost:5173',
  });
  gateway = await startGateway({ config, logger, port: 0, supergraphSdl, sessions: null });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await gateway?.close();
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await Promise.all(subgraphs?.map((s) => s.close()) ?? []);
});

beforeEach(() => {
  mode = 'pass';
  hits = 0;
  // Each test starts with a closed circuit.
  gateway.dataSources.get('reviews')!.breaker.success();
});

// `reviewsEcho` is non-null, so a failure nulls `me`; `echo` comes from accounts alone.
const QUERY = '{ echo { forwardedFor } me { id reviewsEcho { requestId } } }';
const INTERNAL = /10\.0\.0\.7|:\d{4,5}\/graphql|stacktrace|secret|<html>|"response"/;

describe('a failing subgraph leaves the rest of the answer', () => {
  it.each([
    ['down', 'SUBGRAPH_UNAVAILABLE'],
    ['hang', 'SUBGRAPH_TIMEOUT'],
    ['garbage', 'SUBGRAPH_INVALID_RESPONSE'],
  ] as const)('%s: HTTP 200, the other data, a masked error naming the subgraph', async (m, reason) => {
    mode = m;
    const res = await gql(gateway.url, QUERY);
    expect(res.status).toBe(200);
    expect(res.body.data!.echo).toEqual({ forwardedFor: '127.0.0.1' });
    expect(res.body.errors).toHaveLength(1);
    const error = res.body.errors![0]!;
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason, serviceName: 'reviews' });
    expect(res.text).not.toMatch(INTERNAL);
  });

  it('retries a failed query once', async () => {
    mode = 'down';
    await gql(gateway.url, QUERY);
    expect(hits).toBe(2);
  });

  it('identical in-flight queries share one fetch', async () => {
    mode = 'hang';
    const [a, b] = await Promise.all([gql(gateway.url, QUERY), gql(gateway.url, QUERY)]);
    // Two clients, one fetch per attempt (1 + 1 retry), not four.
    expect(hits).toBe(2);
    expect(a.body.errors![0]!.extensions!.reason).toBe('SUBGRAPH_TIMEOUT');
    expect(b.body.errors![0]!.extensions!.reason).toBe('SUBGRAPH_TIMEOUT');
  });

  it('opens the circuit after repeated failures, then half-opens to probe and closes on success', async () => {
    const breaker = gateway.dataSources.get('reviews')!.breaker;
    mode = 'down';
    await gql(gateway.url, QUERY); // 2 failures
    await gql(gateway.url, QUERY); // 4 failures: open
    expect(breaker.state).toBe('open');
    hits = 0;
    const refused = await gql(gateway.url, QUERY);
    expect(hits).toBe(0);
    expect(refused.body.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'reviews' });
    expect(refused.body.data!.echo).toEqual({ forwardedFor: '127.0.0.1' });
    mode = 'pass';
    // Refused without a fetch until the cooldown passes; then one request probes and closes it.
    await expect.poll(async () => (await gql(gateway.url, QUERY)).body.errors, { timeout: 5000, interval: 50 }).toBeUndefined();
    expect(breaker.state).toBe('closed');
    expect(hits).toBe(1);
  });

  it("a subgraph's own 400 reaches the client as BAD_USER_INPUT, with nothing internal", async () => {
    mode = 'bad-request';
    const res = await gql(gateway.url, QUERY);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', serviceName: 'reviews' });
    mode = 'leaky-400';
    const leaky = await gql(gateway.url, QUERY);
    expect(leaky.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', serviceName: 'reviews' });
    expect(leaky.text).not.toMatch(INTERNAL);
  });

  it('stops a request whose subgraph responses pass the byte budget', async () => {
    mode = 'huge';
    const res = await gql(gateway.url, QUERY);
    expect(res.status).toBe(200);
    expect(res.body.data!.echo).toEqual({ forwardedFor: '127.0.0.1' });
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', serviceName: 'reviews', limit: { name: 'responseBytes', maximum: 100000 } });
  });
});

describe('CORS and health', () => {
  it('answers a preflight from a listed origin, exposes x-request-id, and gives any other origin nothing', async () => {
    const preflight = (origin: string) =>
      fetch(gateway.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const ok = await preflight('http://localhost:5173');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('http://localhost:6000');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const res = await gql(gateway.url, '{ echo { forwardedFor } }', { origin: 'http://localhost:5173' });
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
  });

  it('is live, and ready only while every circuit is closed, naming what is not ready', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { supergraph: 'ok', subgraphs: 'ok' } });
    mode = 'down';
    await gql(gateway.url, QUERY);
    await gql(gateway.url, QUERY);
    const notReady = await fetch(`${base}/health/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'not ready', checks: { supergraph: 'ok', subgraphs: 'circuit open: reviews' } });
  });
});

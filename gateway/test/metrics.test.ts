import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { accounts, compose, logger, reviews, serveFixture, testConfig, tokenSigner } from './fixtures.js';

/** One Prometheus sample: its metric name, labels and value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parse the Prometheus text exposition format (what a scraper reads), HELP and TYPE lines kept apart. */
function parseExposition(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!.replace(/\\(.)/g, '$1');
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return { samples, types };
}

let subgraphs: Awaited<ReturnType<typeof serveFixture>>[];
let gateway: Awaited<ReturnType<typeof startGateway>>;
let token: string;

beforeAll(async () => {
  subgraphs = await Promise.all([serveFixture(accounts), serveFixture(reviews)]);
  const { supergraphSdl } = compose([
    { fixture: accounts, url: subgraphs[0]!.url },
    { fixture: reviews, url: subgraphs[1]!.url },
  ]);
  const config = testConfig({ ATRIUM_RATE_LIMIT_PER_USER: '4', ATRIUM_CIRCUIT_FAILURES: '1', ATRIUM_CIRCUIT_COOLDOWN_MS: '600000', ATRIUM_SUBGRAPH_RETRIES: '0' });
  gateway = await startGateway({ config, logger, port: 0, supergraphSdl, sessions: null });
  token = (await (await tokenSigner(config))({ sub: 'u1', sid: 's1' })).token;
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all(subgraphs?.map((s) => s.close()) ?? []);
});

const post = (body: unknown, auth = true) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe('GET /metrics', () => {
  it('counts requests by operation and outcome, latencies per operation and subgraph, errors by code, refusals, circuits and event-loop lag', async () => {
    for (let i = 0; i < 2; i++) expect((await post({ query: 'query Me { me { id reviewsEcho { requestId } } }' })).status).toBe(200);
    expect((await post({ query: 'query Boom { boom echo { requestId } }' })).status).toBe(200);
    expect((await post({ query: 'query Bad { nope }' }, false)).status).toBe(400);
    expect((await post({ query: 'query A { me { id } }', operationName: '<script>' }, false)).status).toBe(400);
    // The fourth request of the user is still allowed, the fifth refused.
    expect((await post({ query: '{ me { id } }' })).status).toBe(200);
    expect((await post({ query: '{ me { id } }' })).status).toBe(429);
    // One failed fetch opens the reviews circuit (ATRIUM_CIRCUIT_FAILURES=1).
    await subgraphs[1]!.close();
    const down = await post({ query: 'query Echo { me { id reviewsEcho { requestId } } }' }, false);
    expect(down.status).toBe(200);

    const res = await fetch(new URL('/metrics', gateway.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const { samples, types } = parseExposition(await res.text());
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);

    expect(types.get('atrium_gateway_requests_total')).toBe('counter');
    expect(value('atrium_gateway_requests_total', { operation: 'Me', outcome: 'ok' })).toBe(2);
    expect(value('atrium_gateway_requests_total', { operation: 'Boom', outcome: 'partial' })).toBe(1);
    expect(value('atrium_gateway_requests_total', { operation: 'Bad', outcome: 'error' })).toBe(0);
    expect(value('atrium_gateway_requests_total', { operation: '(anonymous)', outcome: 'ok' })).toBe(1);
    expect(value('atrium_gateway_requests_total', { operation: '(invalid)', outcome: 'error' })).toBe(1);
    expect(value('atrium_gateway_requests_total', { operation: 'Echo', outcome: 'partial' })).toBe(1);
    // Refused before validation ended: the operation never resolved, so its name is the request's (none).
    expect(value('atrium_gateway_requests_total', { operation: '(anonymous)', outcome: 'error' })).toBe(1);

    expect(types.get('atrium_gateway_request_duration_seconds')).toBe('histogram');
    expect(value('atrium_gateway_request_duration_seconds_count', { operation: 'Me' })).toBe(2);
    expect(value('atrium_gateway_request_duration_seconds_sum', { operation: 'Me' })).toBeGreaterThan(0);
    expect(value('atrium_gateway_request_duration_seconds_bucket', { operation: 'Me', le: '+Inf' })).toBe(2);
    expect(value('atrium_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'accounts', outcome: 'ok' })).toBeGreaterThanOrEqual(5);
    expect(value('atrium_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'reviews', outcome: 'ok' })).toBe(2);
    expect(value('atrium_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'reviews', outcome: 'error' })).toBe(1);

    expect(value('atrium_gateway_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBe(2);
    expect(value('atrium_gateway_errors_total', { code: 'BAD_USER_INPUT' })).toBe(2);
    expect(value('atrium_gateway_errors_total', { code: 'RATE_LIMITED' })).toBe(1);
    expect(value('atrium_gateway_rate_limited_total', { scope: 'user' })).toBe(1);
    expect(value('atrium_gateway_rate_limited_total', { scope: 'ip' })).toBe(0);
    expect(value('atrium_gateway_refused_total', { reason: 'rate_limited' })).toBe(1);

    expect(value('atrium_gateway_circuit_state', { subgraph: 'accounts' })).toBe(0);
    expect(value('atrium_gateway_circuit_state', { subgraph: 'reviews' })).toBe(2);
    expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
  });

  it('counts refusals before execution by reason, and reports database pool use by subgraph', async () => {
    // A real pool of one connection: one checked out, one caller queued behind it.
    const pool = new pg.Pool({ connectionString: inject('pgServerUrl'), max: 1 });
    const stats = () => ({ max: 1, inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount });
    const sdl = compose([{ fixture: accounts, url: subgraphs[0]!.url }]).supergraphSdl;
    const config = testConfig({ ATRIUM_CORS_ORIGINS: 'http://app.test', ATRIUM_PERSISTED_OPERATIONS: 'safelist' });
    const edge = await startGateway({ config, logger, port: 0, supergraphSdl: sdl, sessions: null, pools: { accounts: stats } });
    const held = await pool.connect();
    const queued = pool.connect();
    let released = false;
    try {
      const send = (body: string, headers: Record<string, string> = {}) => fetch(edge.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect((await send(JSON.stringify({ query: `{ me { id } }`, pad: 'x'.repeat(1100 * 1024) }))).status).toBe(413);
      expect((await send('{"query":')).status).toBe(400);
      const preflight = (origin: string) => fetch(edge.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect((await preflight('http://evil.test')).headers.get('access-control-allow-origin')).toBeNull();
      expect((await preflight('http://app.test')).headers.get('access-control-allow-origin')).toBe('http://app.test');
      expect((await send(JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer not-a-token' })).status).toBe(401);
      expect((await send(JSON.stringify({ query: '{ me { id } }' }))).status).toBe(400);
      expect((await send(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }))).status).toBe(400);

      const scrape = async () => {
        const { samples } = parseExposition(await (await fetch(new URL('/metrics', edge.url))).text());
        return (name: string, labels: Record<string, string> = {}) =>
          samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
      };
      let value = await scrape();
      for (const reason of ['body_too_large', 'invalid_json', 'cors', 'unauthenticated', 'persisted_query_not_in_list', 'persisted_query_not_found']) {
        expect(value('atrium_gateway_refused_total', { reason }), reason).toBe(1);
      }
      expect(value('atrium_gateway_refused_total')).toBe(6);
      expect(value('atrium_db_pool_connections', { subgraph: 'accounts', state: 'in_use' })).toBe(1);
      expect(value('atrium_db_pool_connections', { subgraph: 'accounts', state: 'idle' })).toBe(0);
      expect(value('atrium_db_pool_waiting', { subgraph: 'accounts' })).toBe(1);
      expect(value('atrium_db_pool_max', { subgraph: 'accounts' })).toBe(1);

      held.release();
      (await queued).release();
      released = true;
      value = await scrape();
      expect(value('atrium_db_pool_connections', { subgraph: 'accounts', state: 'in_use' })).toBe(0);
      expect(value('atrium_db_pool_connections', { subgraph: 'accounts', state: 'idle' })).toBe(1);
      expect(value('atrium_db_pool_waiting', { subgraph: 'accounts' })).toBe(0);
    } finally {
      if (!released) {
        held.release();
        (await queued).release();
      }
      await edge.close();
      await pool.end();
    }
  });

  it('is not served with ATRIUM_METRICS=false', async () => {
    const sdl = compose([{ fixture: accounts, url: subgraphs[0]!.url }]).supergraphSdl;
    const off = await startGateway({ config: testConfig({ ATRIUM_METRICS: 'false' }), logger, port: 0, supergraphSdl: sdl, sessions: null });
    try {
      expect(off.metrics).toBeNull();
      expect((await fetch(new URL('/metrics', off.url))).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

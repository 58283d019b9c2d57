import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { extraGateways } from './gateways.js';

/**
 * The gateway's request limits, per signed-in user and per client IP, in front of the real
 * subgraphs: in each gateway's memory, or in Redis shared by every gateway replica.
 */

const REDIS_URL = 'redis://127.0.0.1:6379';

let t: TestSystem;
const extra = extraGateways();
beforeAll(async () => {
  t = await startTestSystem();
}, 120_000);
afterAll(async () => {
  await extra.close();
  await t?.stop();
});

/** Another gateway in front of the test system's subgraphs, with its own limits. */
const gateway = (env: Record<string, string>) => extra.start(t, env);

async function me(url: string, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = (await res.json()) as { data?: { me: { id: string } | null }; errors?: { message: string; extensions: Record<string, unknown> }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

/** Fetches this gateway has made to the identity subgraph, from its own `/metrics`. */
async function identityFetches(url: string) {
  const text = await (await fetch(new URL('/metrics', url))).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('atrium_gateway_subgraph_fetch_duration_seconds_count{') && line.includes('subgraph="identity"'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** A refusal as the client sees it: 429, Retry-After, RATE_LIMITED with retryAfterSeconds. */
function expectRefused(res: Awaited<ReturnType<typeof me>>, scope: 'user' | 'ip', windowSeconds = 60) {
  expect(res.status).toBe(429);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  const { extensions, message } = res.body.errors![0]!;
  expect(extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), scope });
  const seconds = extensions.retryAfterSeconds as number;
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(windowSeconds);
  expect(res.retryAfter).toBe(String(seconds));
  expect(message).toBe(`Too many requests from ${scope === 'user' ? 'this account' : 'this address'}; try again in ${seconds} s`);
}

describe('in memory (no ATRIUM_REDIS_URL)', () => {
  it('limits each signed-in user, before any subgraph is asked; other users go on', async () => {
    const g = await gateway({ ATRIUM_RATE_LIMIT_PER_USER: '3' });
    expect(g.rateLimits.store).toBe('memory');
    const [alice, bob] = [await t.register(), await t.register()];
    for (let i = 0; i < 3; i++) expect((await me(g.url, alice.accessToken)).body.data?.me?.id).toBe(alice.userId);
    // Counted at this gateway, not as identity's SQL, which background event jobs also touch.
    const before = await identityFetches(g.url);
    expectRefused(await me(g.url, alice.accessToken), 'user');
    expect(await identityFetches(g.url)).toBe(before);
    expect((await me(g.url, bob.accessToken)).body.data?.me?.id).toBe(bob.userId);
    // Anonymous calls are not the user's (the IP limit is roomy here).
    expect((await me(g.url)).status).toBe(200);
  });

  it('limits each client IP, signed in or not, before any token is verified', async () => {
    const g = await gateway({ ATRIUM_RATE_LIMIT_PER_IP: '4', ATRIUM_RATE_LIMIT_WINDOW_SECONDS: '30' });
    const carol = await t.register();
    for (let i = 0; i < 4; i++) expect((await me(g.url, i % 2 ? carol.accessToken : undefined)).status).toBe(200);
    expectRefused(await me(g.url), 'ip', 30);
    expectRefused(await me(g.url, carol.accessToken), 'ip', 30);
    // A bad token is refused by the IP limit, not verified.
    expectRefused(await me(g.url, 'not-a-token'), 'ip', 30);
  });

  it('each replica counts alone', async () => {
    const [a, b] = [await gateway({ ATRIUM_RATE_LIMIT_PER_USER: '2' }), await gateway({ ATRIUM_RATE_LIMIT_PER_USER: '2' })];
    const dave = await t.register();
    await me(a.url, dave.accessToken);
    await me(a.url, dave.accessToken);
    expectRefused(await me(a.url, dave.accessToken), 'user');
    expect((await me(b.url, dave.accessToken)).status).toBe(200);
  });
});

describe('in Redis (ATRIUM_REDIS_URL)', () => {
  const prefix = `atrium-test-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('replicas share one count per user, kept in Redis', async () => {
    const env = { ATRIUM_REDIS_URL: REDIS_URL, ATRIUM_REDIS_PREFIX: prefix, ATRIUM_RATE_LIMIT_PER_USER: '3' };
    const [a, b] = [await gateway(env), await gateway(env)];
    expect(a.rateLimits.store).toBe('redis');
    const erin = await t.register();
    expect((await me(a.url, erin.accessToken)).status).toBe(200);
    expect((await me(b.url, erin.accessToken)).status).toBe(200);
    expect((await me(a.url, erin.accessToken)).status).toBe(200);
    expectRefused(await me(b.url, erin.accessToken), 'user');
    expectRefused(await me(a.url, erin.accessToken), 'user');
    expect(Number(await redis.get(`${prefix}:gateway:user:${erin.userId}`))).toBe(5);
    expect(Number(await redis.get(`${prefix}:gateway:ip:127.0.0.1`))).toBeGreaterThanOrEqual(5);
  });

  it('while Redis is unreachable each replica still limits, in memory', async () => {
    const g = await gateway({ ATRIUM_REDIS_URL: 'redis://127.0.0.1:1', ATRIUM_REDIS_PREFIX: prefix, ATRIUM_RATE_LIMIT_PER_USER: '2' });
    const frank = await t.register();
    expect((await me(g.url, frank.accessToken)).status).toBe(200);
    expect((await me(g.url, frank.accessToken)).status).toBe(200);
    expectRefused(await me(g.url, frank.accessToken), 'user');
  });
});

import { createLogger, settingsOf, type Logger } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { gatewayConfig } from '@atrium/gateway/config';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSystem, testConfig, type TestSystem } from '../kit/system.js';
import { extraGateways } from './gateways.js';

/**
 * Persisted operations at the gateway, Cosmo's modes against the committed manifest, in front of
 * the real subgraphs: off, log, safelist (by id or exact body), block (by id only). Apollo's
 * automatic persisted queries are off in every mode.
 */

const manifest = JSON.parse(readFileSync('operations/persisted-query-manifest.json', 'utf8')) as { operations: { id: string; name: string; body: string }[] };
const ME = manifest.operations.find((o) => o.name === 'Me')!;
const AD_HOC = 'query Mine { me { id } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let t: TestSystem;
const extra = extraGateways();
beforeAll(async () => {
  t = await startTestSystem();
}, 120_000);
afterAll(async () => {
  await extra.close();
  await t?.stop();
});

const gateway = (mode: string, logger?: Logger) => extra.start(t, { ATRIUM_PERSISTED_OPERATIONS: mode }, logger);

type Body = { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };
async function send(url: string, request: { query?: string; id?: string }) {
  const body = { ...(request.query !== undefined ? { query: request.query } : {}), ...(request.id ? { extensions: { persistedQuery: { version: 1, sha256Hash: request.id } } } : {}) };
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.admin.accessToken}` }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Body };
}
const refusedWith = (res: Awaited<ReturnType<typeof send>>, reason: string) => {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors!.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason }]);
};
const answered = (res: Awaited<ReturnType<typeof send>>) => {
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.body.data.me.id).toBe(t.admin.userId);
};
const counted = async (g: Awaited<ReturnType<typeof gateway>>, status: 'known' | 'unknown') =>
  (await g.metrics!.registry.getSingleMetric('atrium_gateway_persisted_operations_total')!.get()).values.find((v) => v.labels.status === status)?.value ?? 0;

describe('off', () => {
  it('runs any operation; manifest ids resolve; an unknown hash is not found and nothing registers (no APQ)', async () => {
    const g = await gateway('off');
    answered(await send(g.url, { query: AD_HOC }));
    answered(await send(g.url, { id: ME.id }));
    // An APQ client: hash first (not found), then the document with its hash, which runs...
    const hash = sha256(AD_HOC);
    refusedWith(await send(g.url, { id: hash }), 'PERSISTED_QUERY_NOT_FOUND');
    answered(await send(g.url, { query: AD_HOC, id: hash }));
    // ...and is not kept: the hash alone is still unknown.
    refusedWith(await send(g.url, { id: hash }), 'PERSISTED_QUERY_NOT_FOUND');
    refusedWith(await send(g.url, { query: AD_HOC, id: ME.id }), 'PERSISTED_QUERY_HASH_MISMATCH');
  });
});

describe('log', () => {
  it('runs unknown operations, logs and counts them', async () => {
    const logger = createLogger('test', 'silent');
    const warn = vi.spyOn(logger, 'warn');
    const g = await gateway('log', logger);
    answered(await send(g.url, { query: AD_HOC }));
    answered(await send(g.url, { query: ME.body }));
    answered(await send(g.url, { id: ME.id }));
    expect(await counted(g, 'unknown')).toBe(1);
    expect(await counted(g, 'known')).toBe(2);
    const logged = warn.mock.calls.filter(([, message]) => message === 'operation not in the persisted operations list');
    expect(logged).toEqual([[{ operationName: null, sha256: sha256(AD_HOC) }, 'operation not in the persisted operations list']]);
  });
});

describe('safelist', () => {
  it('runs manifest operations by id or exact body and refuses anything else before any subgraph is asked', async () => {
    const g = await gateway('safelist');
    answered(await send(g.url, { id: ME.id }));
    answered(await send(g.url, { query: ME.body }));
    const identity = t.system.runtimes.identity!;
    const before = identity.queries.count;
    refusedWith(await send(g.url, { query: AD_HOC }), 'PERSISTED_QUERY_NOT_IN_LIST');
    // Exactly the body: the same operation printed differently is another document.
    refusedWith(await send(g.url, { query: ME.body.replace(/\n\s*/g, ' ') }), 'PERSISTED_QUERY_NOT_IN_LIST');
    refusedWith(await send(g.url, { id: sha256(AD_HOC) }), 'PERSISTED_QUERY_NOT_FOUND');
    expect(identity.queries.count).toBe(before);
    expect(await counted(g, 'unknown')).toBe(2);
  });
});

describe('block', () => {
  it('runs manifest operations sent by id only', async () => {
    const g = await gateway('block');
    answered(await send(g.url, { id: ME.id }));
    refusedWith(await send(g.url, { query: ME.body }), 'PERSISTED_QUERY_ID_REQUIRED');
    refusedWith(await send(g.url, { query: AD_HOC }), 'PERSISTED_QUERY_ID_REQUIRED');
    refusedWith(await send(g.url, { id: sha256(AD_HOC) }), 'PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('defaults and configuration', () => {
  it('off in development, log in production; an unknown mode or a missing manifest stops startup', async () => {
    expect(settingsOf(testConfig(), gatewayConfig).persisted.mode).toBe('off');
    const keys = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const production = loadSystemConfig({
      NODE_ENV: 'production',
      ATRIUM_DATA_DIR: mkdtempSync(join(tmpdir(), 'atrium-persisted-')),
      ATRIUM_JWT_PUBLIC_KEY: keys.publicKey,
      ATRIUM_JWT_PRIVATE_KEY: keys.privateKey,
      ATRIUM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ATRIUM_MASTER_KEY: randomBytes(32).toString('base64'),
      ATRIUM_SUBGRAPH_HMAC_SECRET: randomBytes(32).toString('base64'),
    });
    expect(settingsOf(production, gatewayConfig).persisted.mode).toBe('log');
    expect(() => testConfig({ ATRIUM_PERSISTED_OPERATIONS: 'strict' })).toThrow(/ATRIUM_PERSISTED_OPERATIONS/);
    const missing = testConfig({ ATRIUM_PERSISTED_OPERATIONS: 'safelist', ATRIUM_PERSISTED_OPERATIONS_MANIFEST: '/nonexistent/manifest.json' });
    await expect(startGateway({ config: missing, logger: createLogger('test', 'silent'), subgraphs: t.system.subgraphs, port: 0, sessions: null })).rejects.toThrow(
      'ATRIUM_PERSISTED_OPERATIONS=safelist needs the manifest, and /nonexistent/manifest.json does not exist',
    );
  });
});

import { createLogger, signedBody, SIGNATURE_EXTENSION, signOperation } from '@atrium/kernel';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { startSystem, type RunningSystem } from '@atrium/runtime/system';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';

/**
 * Subgraphs answer only the gateway (and each other's calls to the decision point): every
 * request carries Hive Gateway's HMAC signature made with ATRIUM_SUBGRAPH_HMAC_SECRET. A caller
 * reaching a subgraph port directly, as anything on the network can, is refused before its
 * document is parsed, `_entities` and `_service` included.
 */

let t: TestSystem;
let user: Awaited<ReturnType<TestSystem['register']>>;
beforeAll(async () => {
  t = await startTestSystem();
  user = await t.register();
}, 120_000);
afterAll(() => t?.stop());

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function post(url: string, body: unknown, token?: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Body };
}
const urlOf = (name: string) => t.system.subgraphs.find((s) => s.name === name)!.url;
const REFUSED = {
  status: 403,
  body: { errors: [{ message: 'This service answers only the gateway: the request signature is missing or invalid', extensions: { code: 'FORBIDDEN', reason: 'SIGNATURE_REQUIRED' } }] },
};
const SERVICE = '{ _service { sdl } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }';

describe('subgraphs answer only signed requests', () => {
  it('every subgraph refuses _service and _entities without a signature, with a token or without', async () => {
    expect(t.system.subgraphs.length).toBeGreaterThanOrEqual(4);
    for (const { name, url } of t.system.subgraphs) {
      expect(await post(url, { query: SERVICE }), name).toEqual(REFUSED);
      const variables = { r: [{ __typename: 'User', id: user.userId }] };
      expect(await post(url, { query: ENTITIES, variables }, user.accessToken), name).toEqual(REFUSED);
      expect(await post(url, { query: ENTITIES, variables }, t.admin.accessToken), name).toEqual(REFUSED);
      // The same call signed as the gateway signs it is answered.
      const signed = await post(url, signedBody(t.config.secrets.subgraphHmacSecret, { query: SERVICE }));
      expect(signed.status, name).toBe(200);
      expect(signed.body.data._service.sdl, name).toContain('type Query');
    }
  });

  it('refuses a signature made with another secret, one moved to another document or other variables, and GET', async () => {
    const url = urlOf('identity');
    const secret = t.config.secrets.subgraphHmacSecret;
    const variables = { r: [{ __typename: 'User', id: user.userId }] };
    expect(await post(url, signedBody(randomBytes(32).toString('base64'), { query: SERVICE }))).toEqual(REFUSED);
    const stolen = signOperation(secret, { query: '{ __typename }' });
    expect(await post(url, { query: SERVICE, extensions: { [SIGNATURE_EXTENSION]: stolen } })).toEqual(REFUSED);
    const forOther = signOperation(secret, { query: ENTITIES, variables: { r: [{ __typename: 'User', id: t.admin.userId }] } });
    expect(await post(url, { query: ENTITIES, variables, extensions: { [SIGNATURE_EXTENSION]: forOther } }, user.accessToken)).toEqual(REFUSED);
    expect(await post(url, [signedBody(secret, { query: SERVICE })])).toEqual(REFUSED);
    const get = await fetch(`${url}?query=${encodeURIComponent(SERVICE)}`);
    expect({ status: get.status, body: await get.json() }).toEqual(REFUSED);
  });

  it('a signed 45,000-operation document is still refused by the limits; an unsigned one never reaches the parser', async () => {
    const url = urlOf('authorization');
    const doc = Array.from({ length: 45_000 }, (_, i) => `query Q${i}{me{id}}`).join('\n');
    const started = performance.now();
    expect(await post(url, { query: doc, operationName: 'Q1' })).toEqual(REFUSED);
    const unsignedMs = performance.now() - started;
    const signed = await post(url, signedBody(t.config.secrets.subgraphHmacSecret, { query: doc, operationName: 'Q1' }));
    expect(signed.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'tokens' } });
    expect(unsignedMs).toBeLessThan(1000);
  });

  it('through the gateway everything is signed: entities across subgraphs and the decision point calls of each subgraph', async () => {
    const res = await t.gql(`query { me { id email roles { role { name } } } myPermissions { name } }`, {}, user.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.me.id).toBe(user.userId);
    expect(res.data.me.roles.map((r: { role: { name: string } }) => r.role.name)).toEqual(['user']);
    // conversations asks the decision point for its shield and tenant scopes, signed.
    const listing = await t.gql(`query { conversations(first: 1) { nodes { id } } }`, {}, user.accessToken);
    expect(listing.errors).toBeUndefined();
  });
});

describe('production subgraphs', () => {
  let db: TestDatabase;
  let system: RunningSystem;
  let secret: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const keys = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    secret = randomBytes(32).toString('base64');
    const config = loadSystemConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      ATRIUM_DATA_DIR: mkdtempSync(join(tmpdir(), 'atrium-prod-subgraphs-')),
      ATRIUM_JWT_PUBLIC_KEY: keys.publicKey,
      ATRIUM_JWT_PRIVATE_KEY: keys.privateKey,
      ATRIUM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ATRIUM_MASTER_KEY: randomBytes(32).toString('base64'),
      ATRIUM_SUBGRAPH_HMAC_SECRET: secret,
    });
    system = await startSystem({ config, logger: createLogger('test', 'silent'), databaseUrl: db.url, ephemeralPorts: true, gateway: false, serve: ['identity', 'authorization'] });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await db?.drop();
  });

  it('use the configured secret, answer no introspection and suggest no names', async () => {
    const url = system.subgraphs.find((s) => s.name === 'identity')!.url;
    const typo = await post(url, signedBody(secret, { query: '{ me { id emial } }' }));
    expect(typo.body.errors!.map((e) => e.message)).toEqual(['Cannot query field "emial" on type "User".']);
    const input = await post(url, signedBody(secret, { query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', variables: { i: { emial: 'a@b.c', password: 'x' } } }));
    expect(input.body.errors!.length).toBeGreaterThan(0);
    expect(JSON.stringify(input.body)).not.toMatch(/Did you mean/);
    const introspection = await post(url, signedBody(secret, { query: '{ __schema { types { name } } }' }));
    expect(introspection.body.errors![0]!.message).toMatch(/introspection is not allowed/i);
    // Another system's secret does not do.
    expect(await post(url, signedBody(t.config.secrets.subgraphHmacSecret, { query: SERVICE }))).toEqual(REFUSED);
  });
});

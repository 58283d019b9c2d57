import { loadConfig } from '@atrium/kernel';
import { gatewayConfig } from '../src/config.js';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { accounts, compose, gatewaySettings, gql, logger, reviews, serveFixture, testConfig, tokenSigner } from './fixtures.js';

// One copy of graphql in tests, as at run time (see gateway.test.ts).

const print = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

let subgraphs: Awaited<ReturnType<typeof serveFixture>>[];
let composed: ReturnType<typeof compose>;

beforeAll(async () => {
  subgraphs = await Promise.all([serveFixture(accounts), serveFixture(reviews)]);
  composed = compose([
    { fixture: accounts, url: subgraphs[0]!.url },
    { fixture: reviews, url: subgraphs[1]!.url },
  ]);
});

afterAll(async () => {
  await Promise.all(subgraphs?.map((s) => s.close()) ?? []);
});

const requestsSeen = () => subgraphs.map((s) => s.seen.headers.length);

async function introspect(url: string) {
  const res = await gql(url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true }));
  expect(res.body.errors).toBeUndefined();
  return buildClientSchema(res.body.data as never);
}

describe('production: the supergraph file', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let token: string;

  beforeAll(async () => {
    subgraphs.forEach((s) => (s.seen.headers.length = 0));
    const dir = mkdtempSync(join(tmpdir(), 'atrium-gateway-prod-'));
    const supergraphPath = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composed.supergraphSdl);
    const keys = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const config = loadConfig({
      NODE_ENV: 'production',
      ATRIUM_DATA_DIR: dir,
      ATRIUM_SUPERGRAPH_PATH: supergraphPath,
      ATRIUM_JWT_PUBLIC_KEY: keys.publicKey,
      ATRIUM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ATRIUM_SUBGRAPH_HMAC_SECRET: randomBytes(32).toString('base64'),
      // Off by default in production (below); this block compares the served schema.
      ATRIUM_INTROSPECTION: 'true',
    }, { models: [gatewayConfig] });
    expect(config.isProduction).toBe(true);
    gateway = await startGateway({ config, logger, port: 0, sessions: null });
    token = (await (await tokenSigner(config, keys.privateKey))({ sub: 'u1', sid: 's1' })).token;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('starts from the file without introspecting any subgraph', () => {
    expect(requestsSeen()).toEqual([0, 0]);
  });

  it('serves exactly the composed API schema', async () => {
    expect(print(await introspect(gateway.url))).toBe(print(composed.apiSchema));
  });

  it('routes to the subgraph URLs written in the supergraph', async () => {
    const res = await gql(gateway.url, '{ me { id email reviewsEcho { authorization } } }', { authorization: `Bearer ${token}` });
    expect(res.body).toEqual({ data: { me: { id: 'u1', email: 'ada@example.com', reviewsEcho: { authorization: `Bearer ${token}` } } } });
    expect(requestsSeen()).toEqual([1, 1]);
  });
});

describe('supergraphSdl option outside production', () => {
  it('serves the given SDL instead of composing: a subgraph left out of it is not in the schema', async () => {
    const only = compose([{ fixture: accounts, url: subgraphs[0]!.url }]);
    subgraphs.forEach((s) => (s.seen.headers.length = 0));
    const gateway = await startGateway({ config: testConfig(), logger, port: 0, supergraphSdl: only.supergraphSdl, sessions: null });
    try {
      expect(requestsSeen()).toEqual([0, 0]);
      const schema = await introspect(gateway.url);
      expect(print(schema)).toBe(print(only.apiSchema));
      expect(print(schema)).not.toContain('reviewsEcho');
    } finally {
      await gateway.close();
    }
  });
});

/** A production configuration with configured secrets, plus `extra`. */
function productionConfig(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atrium-gateway-prod-'));
  const keys = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  return loadConfig(
    {
      NODE_ENV: 'production',
      ATRIUM_DATA_DIR: dir,
      ATRIUM_JWT_PUBLIC_KEY: keys.publicKey,
      ATRIUM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ATRIUM_SUBGRAPH_HMAC_SECRET: randomBytes(32).toString('base64'),
      ...extra,
    },
    { models: [gatewayConfig] },
  );
}

describe('production defaults', () => {
  const TYPO = '{ me { id emial } }';
  const serve = (config: ReturnType<typeof productionConfig>) => startGateway({ config, logger, port: 0, supergraphSdl: composed.supergraphSdl, sessions: null });

  it('introspection and GraphiQL are off, and no error suggests a name', async () => {
    const gateway = await serve(productionConfig());
    try {
      const introspection = await gql(gateway.url, getIntrospectionQuery());
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(introspection.body.errors![0]!.message).toMatch(/introspection is not allowed/i);
      expect((await fetch(new URL('/', gateway.url))).status).toBe(404);
      const typo = await gql(gateway.url, TYPO);
      expect(typo.body.errors!.map((e) => e.message)).toEqual(['Cannot query field "emial" on type "User".']);
      // Variable coercion names input fields and enum values too (Apollo's option covers validation only).
      const body = JSON.stringify({ query: 'query($f: UserFilter!) { find(filter: $f) { id } }', variables: { f: { emial: 'x' } } });
      const variable = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const { errors } = (await variable.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(errors.map((e) => [e.extensions.code, e.message])).toEqual([['BAD_USER_INPUT', 'Variable "$f" got invalid value { emial: "x" }; Field "emial" is not defined by type "UserFilter".']]);
    } finally {
      await gateway.close();
    }
  });

  it('ATRIUM_INTROSPECTION=true turns introspection (and suggestions) on without GraphiQL', async () => {
    const gateway = await serve(productionConfig({ ATRIUM_INTROSPECTION: 'true' }));
    try {
      expect((await gql(gateway.url, getIntrospectionQuery())).body.errors).toBeUndefined();
      expect((await fetch(new URL('/', gateway.url))).status).toBe(404);
      expect((await gql(gateway.url, TYPO)).body.errors![0]!.message).toBe('Cannot query field "emial" on type "User". Did you mean "email"?');
    } finally {
      await gateway.close();
    }
  });

  it('ATRIUM_GRAPHIQL=true serves GraphiQL and the introspection it needs', async () => {
    const gateway = await serve(productionConfig({ ATRIUM_GRAPHIQL: 'true' }));
    try {
      expect((await fetch(new URL('/', gateway.url))).status).toBe(200);
      expect((await gql(gateway.url, getIntrospectionQuery())).body.errors).toBeUndefined();
    } finally {
      await gateway.close();
    }
  });

  it('GraphiQL without introspection, or production without the subgraph secret, does not start', () => {
    expect(() => productionConfig({ ATRIUM_GRAPHIQL: 'true', ATRIUM_INTROSPECTION: 'false' })).toThrow(/GraphiQL needs introspection/);
    expect(() => productionConfig({ ATRIUM_SUBGRAPH_HMAC_SECRET: '' })).toThrow(/ATRIUM_SUBGRAPH_HMAC_SECRET: required when NODE_ENV=production/);
  });

  it('outside production both stay on by default', async () => {
    const settings = gatewaySettings(testConfig());
    expect([settings.graphiql, settings.introspection]).toEqual([true, true]);
  });
});

describe('request signing', () => {
  it('every subgraph request is signed with the shared secret; a subgraph holding another refuses, masked for the client', async () => {
    const config = testConfig();
    const right = await serveFixture(accounts, { signatureSecret: config.secrets.subgraphHmacSecret });
    const wrong = await serveFixture(reviews, { signatureSecret: randomBytes(32).toString('base64') });
    const sdl = compose([
      { fixture: accounts, url: right.url },
      { fixture: reviews, url: wrong.url },
    ]).supergraphSdl;
    const gateway = await startGateway({ config, logger, port: 0, supergraphSdl: sdl, sessions: null });
    try {
      const res = await gql(gateway.url, '{ me { id reviewsEcho { authorization } } }');
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ me: null });
      expect(res.body.errors!.map((e) => e.extensions)).toEqual([{ code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_REFUSED_SIGNATURE', serviceName: 'reviews' }]);
      expect(right.seen.headers).toHaveLength(1);
      expect(wrong.seen.headers).toHaveLength(0);
      const mine = await gql(gateway.url, '{ me { id email } }');
      expect(mine.body).toEqual({ data: { me: { id: 'u1', email: 'ada@example.com' } } });
    } finally {
      await gateway.close();
      await right.close();
      await wrong.close();
    }
  });
});

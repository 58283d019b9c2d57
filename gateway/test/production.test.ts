import { loadConfig } from '@atrium/kernel';
import { gatewayConfig } from '../src/config.js';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { accounts, compose, gql, logger, reviews, serveFixture, testConfig, tokenSigner } from './fixtures.js';

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

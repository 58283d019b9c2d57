/**
 * The committed supergraph.graphql is what runs: the production gateway serves exactly that
 * file, and the development gateway, composing the live subgraphs with IntrospectAndCompose,
 * arrives at the same text (only the routing URLs differ: supergraph.yaml's against the ports
 * the test system picked).
 */
import { startGateway } from '@atrium/gateway';
import { createLogger } from '@atrium/kernel';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from './kit/system.js';

const repo = new URL('..', import.meta.url).pathname;
const committed = readFileSync(join(repo, 'supergraph.graphql'), 'utf8');
const routing = parseYaml(readFileSync(join(repo, 'supergraph.yaml'), 'utf8')).subgraphs as Record<string, { routing_url: string }>;
const logger = createLogger('test', 'silent');
const graphUrl = (name: string, url: string) => `@join__graph(name: "${name}", url: "${url}")`;

describe('development mode', () => {
  let t: TestSystem;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    t = await startTestSystem();
    // A second development gateway over the same live subgraphs, to read what it composed.
    gateway = await startGateway({ config: t.config, logger, subgraphs: t.system.subgraphs, port: 0, sessions: null });
  });

  afterAll(async () => {
    await gateway?.close();
    await t?.stop();
  });

  it('composes the live subgraphs to the committed supergraph.graphql, byte for byte but the routing URLs', () => {
    expect(t.config.isProduction).toBe(false);
    const { state, supergraphSdl } = gateway.gateway.__testing();
    expect(state.phase).toBe('loaded');
    let composed = supergraphSdl!;
    expect(t.system.subgraphs.map((s) => s.name).sort()).toEqual(Object.keys(routing).sort());
    for (const { name, url } of t.system.subgraphs) {
      expect(composed).toContain(graphUrl(name, url));
      composed = composed.replace(graphUrl(name, url), graphUrl(name, routing[name]!.routing_url));
    }
    expect(`${composed}\n`).toBe(committed);
  });
});

describe('production mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atrium-prod-supergraph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves exactly the committed file', async () => {
    const keys = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const config = loadSystemConfig({
      NODE_ENV: 'production',
      ATRIUM_DATA_DIR: dir,
      ATRIUM_SUPERGRAPH_PATH: join(repo, 'supergraph.graphql'),
      ATRIUM_JWT_PUBLIC_KEY: keys.publicKey,
      ATRIUM_JWT_PRIVATE_KEY: keys.privateKey,
      ATRIUM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      ATRIUM_MASTER_KEY: randomBytes(32).toString('base64'),
      ATRIUM_SUBGRAPH_HMAC_SECRET: randomBytes(32).toString('base64'),
    });
    const gateway = await startGateway({ config, logger, port: 0, sessions: null });
    try {
      expect(gateway.gateway.__testing().supergraphSdl).toBe(committed);
    } finally {
      await gateway.close();
    }
  });
});

/**
 * The files that follow from the registry (supergraph.yaml, docker-compose.yml, .env.example)
 * are exactly what it generates, and they work: every container runs a registered service with
 * `pnpm serve`, and the environment file is valid, known configuration.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { settingsOf } from '@atrium/kernel';
import { gatewayConfig } from '@atrium/gateway/config';
import { CONFIG_REGISTRY, REGISTERED, SUBGRAPHS, loadSystemConfig } from '@atrium/runtime/registry';
import { registryArtifacts } from '@atrium/schema-registry/artifacts';

const root = new URL('..', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const dataDir = () => join(tmpdir(), 'atrium-env-check');

describe('generated from the registry', () => {
  it.each(registryArtifacts(REGISTERED, CONFIG_REGISTRY).map((a) => [a.file, a.text]))('%s is what the registry generates', (file, text) => {
    expect(read(file), `${file} drifted from the registry: run pnpm schema:publish`).toBe(text);
  });

  it('docker-compose.yml runs every registered subgraph and the gateway on the compiled runtime (pnpm serve in production)', () => {
    const compose = parse(read('docker-compose.yml'), { merge: true });
    const services = compose.services as Record<string, any>;
    expect(Object.keys(services)).toEqual(['postgres', 'migrate', ...SUBGRAPHS.map((s) => s.name), 'gateway']);
    expect(services.postgres.image).toMatch(/^pgvector\/pgvector:/);
    const compiled = (script: string, ...args: string[]) => ['node', '--conditions=atrium-compiled', `scripts/dist/${script}.js`, ...args];
    expect(services.migrate.command).toEqual(compiled('db-migrate'));
    for (const s of SUBGRAPHS) {
      expect(services[s.name].env_file).toEqual(['.env.example', { path: '.env', required: false }]);
      expect(services[s.name].command).toEqual(compiled('serve', s.name));
      expect(services[s.name].healthcheck.test.join(' ')).toContain(`127.0.0.1:${s.port}/health`);
      expect(services.gateway.depends_on[s.name]).toEqual({ condition: 'service_healthy' });
    }
    expect(services.gateway.command).toEqual(compiled('serve', 'gateway'));
    // `pnpm serve` is the same command: tsx on the sources, or with NODE_ENV=production the compiled JavaScript.
    expect(JSON.parse(read('package.json')).scripts.serve).toBe('sh scripts/run.sh serve');
    // The image builds that JavaScript and runs in production mode.
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/RUN pnpm install --frozen-lockfile && pnpm build/);
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production$/m);
  });

  it('.env.example is known, valid configuration that points each container at the others', () => {
    const env = Object.fromEntries(
      read('.env.example')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const config = loadSystemConfig({ ...env, ATRIUM_DATA_DIR: dataDir() });
    for (const s of SUBGRAPHS) expect(config.subgraphs[s.name]).toMatchObject({ port: s.port, url: `http://${s.name}:${s.port}/graphql` });
    expect(config.databaseUrl).toBe('postgresql://atrium:atrium@postgres:5432/atrium');
  });
});

describe('configuration', () => {
  it('keeps every variable name Atrium has ever documented, each read by the package that owns it', () => {
    const names = {
      NODE_ENV: 'test', LOG_LEVEL: 'warn', ATRIUM_HOST: '127.0.0.2', ATRIUM_GATEWAY_PORT: '4010', ATRIUM_IDENTITY_PORT: '4111', ATRIUM_AUTHORIZATION_PORT: '4112',
      ATRIUM_CONVERSATIONS_PORT: '4113', ATRIUM_IDENTITY_URL: 'http://id.example/graphql', ATRIUM_AUTHORIZATION_URL: 'http://az.example/graphql', ATRIUM_CONVERSATIONS_URL: 'http://cv.example/graphql',
      ATRIUM_SUPERGRAPH_PATH: 'other.graphql', ATRIUM_JWT_ISSUER: 'iss', ATRIUM_JWT_AUDIENCE: 'aud', ATRIUM_ACCESS_TOKEN_TTL_SECONDS: '60', ATRIUM_REFRESH_TOKEN_TTL_SECONDS: '120',
      ATRIUM_ADMIN_EMAIL: 'root@atrium.test', ATRIUM_ADMIN_PASSWORD: 'a-long-password', ATRIUM_EMBEDDED_PG_PORT: '5999', ATRIUM_MAX_QUERY_DEPTH: '7', ATRIUM_MAX_ALIASES: '8',
      ATRIUM_MAX_DELEGATION_DEPTH: '1', ATRIUM_LOGIN_MAX_FAILURES: '3', ATRIUM_LOGIN_LOCK_SECONDS: '30', ATRIUM_GRAPHIQL: 'false', ATRIUM_LLM_TIMEOUT_MS: '1000', ATRIUM_LLM_MAX_RETRIES: '1',
      ATRIUM_LLM_RETRY_BASE_MS: '10', ATRIUM_LLM_MAX_RETRY_AFTER_MS: '100', ATRIUM_DOCUMENT_JOB_MAX_ATTEMPTS: '4', ATRIUM_KNOWLEDGE_TIMEOUT_MS: '2000', ATRIUM_SESSION_CHECK_POOL_MAX: '2',
      ATRIUM_THROTTLE_WINDOW_SECONDS: '60', ATRIUM_THROTTLE_LOGIN_PER_IP: '11', ATRIUM_THROTTLE_LOGIN_PER_ACCOUNT: '12', ATRIUM_THROTTLE_REGISTER_PER_IP: '13',
      ATRIUM_THROTTLE_REGISTER_PER_ACCOUNT: '14', ATRIUM_THROTTLE_REFRESH_PER_IP: '15', ATRIUM_THROTTLE_REFRESH_PER_ACCOUNT: '16', ATRIUM_THROTTLE_MFA_PER_IP: '17',
      ATRIUM_THROTTLE_MFA_PER_ACCOUNT: '18',
    };
    const config = loadSystemConfig({ ...names, ATRIUM_DATA_DIR: dataDir() });
    const settings = (name: string) => settingsOf(config, SUBGRAPHS.find((s) => s.name === name)!.config!);
    expect(config.subgraphs.identity).toMatchObject({ port: 4111, url: 'http://id.example/graphql' });
    expect(settingsOf(config, gatewayConfig)).toMatchObject({ port: 4010, graphiql: false });
    // Depth and alias limits moved to the kernel: the gateway and every subgraph port apply them.
    expect(config.limits).toMatchObject({ maxDepth: 7, maxAliases: 8 });
    // Every verifier bounds token age by the access-token lifetime: the kernel reads it, identity signs with it.
    expect(config.jwt).toEqual({ issuer: 'iss', audience: 'aud', accessTtlSeconds: 60 });
    expect(config.sessions).toEqual({ poolMax: 2 });
    expect(settings('identity')).toMatchObject({
      refreshTtlSeconds: 120,
      login: { maxFailures: 3, lockSeconds: 30 },
      throttle: {
        windowSeconds: 60,
        login: { perIp: 11, perAccount: 12 },
        register: { perIp: 13, perAccount: 14 },
        refresh: { perIp: 15, perAccount: 16 },
        mfa: { perIp: 17, perAccount: 18 },
      },
    });
    expect(settings('authorization')).toEqual({ maxDelegationDepth: 1 });
    expect(settings('conversations')).toEqual({ llm: { timeoutMs: 1000, maxRetries: 1, retryBaseMs: 10, maxRetryAfterMs: 100 }, documentJobs: { maxAttempts: 4 }, knowledge: { timeoutMs: 2000 } });
  });

  it('still stops on an unknown ATRIUM_ variable, naming it, whichever package it looks like', () => {
    expect(() => loadSystemConfig({ ATRIUM_DATA_DIR: dataDir(), ATRIUM_LLM_TIMEOUT: '5', ATRIUM_CONVERSATION_PORT: '1' })).toThrow(
      /ATRIUM_LLM_TIMEOUT: unknown variable[\s\S]*ATRIUM_CONVERSATION_PORT: unknown variable/,
    );
  });
});

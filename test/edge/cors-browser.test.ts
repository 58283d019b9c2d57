/**
 * CORS as a browser enforces it: headless Chromium (Debian's package, driven by playwright-core)
 * loads a page from one localhost origin and its script calls the gateway, on another port, with
 * a Bearer token. The origin listed in ATRIUM_CORS_ORIGINS passes the preflight and reads the
 * data and the exposed `x-request-id`; a page from an origin not listed is refused by the browser
 * itself: its fetch rejects with a TypeError and the page sees nothing of the answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../kit/system.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LOCAL = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//;
const PAGE = '<!doctype html><html><head><title>client</title></head><body>client</body></html>';

/** A tiny web server for one origin: it serves the same blank page at every path. */
async function pageServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let t: TestSystem;
let context: BrowserContext;
let profile: string;
let allowed: Awaited<ReturnType<typeof pageServer>>;
let other: Awaited<ReturnType<typeof pageServer>>;

beforeAll(async () => {
  allowed = await pageServer();
  other = await pageServer();
  t = await startTestSystem({ ATRIUM_CORS_ORIGINS: allowed.origin });
  profile = mkdtempSync(join(tmpdir(), 'atrium-cors-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  // Nothing leaves the machine.
  await context.route('**/*', (route) => (LOCAL.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
});

afterAll(async () => {
  await context?.close();
  await t?.stop();
  allowed?.server.close();
  other?.server.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

type Outcome = { ok: true; status: number; requestId: string | null; body: unknown } | { ok: false; error: string; message: string };

/** Open a page on `origin` and run the client's call to the gateway in it. */
async function callFrom(origin: string, token: string): Promise<Outcome> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/app`, { waitUntil: 'load' });
    return await page.evaluate(
      async ({ url, token }) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'browser-call-1' },
            body: JSON.stringify({ query: '{ me { id email } }' }),
          });
          return { ok: true as const, status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
        } catch (error) {
          return { ok: false as const, error: (error as Error).constructor.name, message: (error as Error).message };
        }
      },
      { url: t.gatewayUrl, token },
    );
  } finally {
    await page.close();
  }
}

describe('CORS in headless Chromium', () => {
  it('a page on a listed origin calls the gateway on another port with a token and gets the data', async () => {
    const user = await t.register();
    expect(allowed.origin).not.toBe(new URL(t.gatewayUrl).origin);
    expect(await callFrom(allowed.origin, user.accessToken)).toEqual({
      ok: true,
      status: 200,
      // Exposed (access-control-expose-headers), so the page can read it.
      requestId: 'browser-call-1',
      body: { data: { me: { id: user.userId, email: user.email } } },
    });
  });

  it('a page on an origin not listed is refused by the browser: the fetch rejects with a TypeError', async () => {
    const user = await t.register();
    expect(await callFrom(other.origin, user.accessToken)).toEqual({ ok: false, error: 'TypeError', message: 'Failed to fetch' });
  });
});

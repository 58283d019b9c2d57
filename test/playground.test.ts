/**
 * The GraphiQL playground in a real browser: headless Chromium (Debian's package, driven by
 * playwright-core) loads the gateway's page with every non-local request refused, a query is
 * typed into the editor and run, and the response pane shows the result. On failure a
 * screenshot is left in a temporary folder, named in the error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from './kit/system.js';
import { LOCAL, offlineChromium, type OfflineBrowser } from './kit/browser.js';

let t: TestSystem;
let browser: OfflineBrowser;
let page: Page;
const screenshots = mkdtempSync(join(tmpdir(), 'atrium-playground-shots-'));
const requested: string[] = [];

beforeAll(async () => {
  t = await startTestSystem();
  browser = await offlineChromium({ viewport: { width: 1400, height: 900 } });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  // Screenshots are kept only when a step failed.
  if (!failed) rmSync(screenshots, { recursive: true, force: true });
});

let failed = false;
/** Run a step; on failure save a screenshot and name it in the error. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    failed = true;
    const file = join(screenshots, `${name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`playground step "${name}" failed (screenshot: ${file}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

describe('GraphiQL in headless Chromium', () => {
  it('loads offline, runs a typed query and shows the result', async () => {
    const pageUrl = t.gatewayUrl.replace(/\/graphql$/, '/');
    await step('load the page', async () => {
      const response = await page.goto(pageUrl, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await page.locator('.graphiql-container').first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator('.graphiql-query-editor').first().waitFor({ state: 'visible' });
    });

    // One line: Monaco re-indents pasted newlines, which would only make the assertion noisier.
    const query = `mutation SignIn { login(input: { email: "${t.admin.email}", password: "${t.admin.password}" }) { user { email } } }`;
    await step('type a query', async () => {
      const editor = page.locator('.graphiql-query-editor').first();
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      // insertText enters the text as typed input, without key-by-key auto-closing of brackets.
      await page.keyboard.insertText(query);
      const typed = async () => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ').trim();
      await expect.poll(typed).toBe(query);
      // GraphiQL names the tab after the operation it now holds.
      await expect.poll(() => page.locator('.graphiql-tab-active').first().innerText()).toBe('SignIn');
    });

    await step('run it', async () => {
      await page.locator('.graphiql-execute-button').first().click();
    });

    await step('see the result', async () => {
      const result = page.locator('.graphiql-response').first();
      await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain(t.admin.email);
      const text = await result.innerText();
      expect(text).toContain('"login"');
      expect(text).not.toContain('"errors"');
    });

    expect(browser.blocked).toEqual([]);
    expect(requested.filter((url) => !LOCAL.test(url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requested.some((url) => url === t.gatewayUrl)).toBe(true);
  });

  it('really refuses the rest of the network', async () => {
    const probe = await browser.context.newPage();
    try {
      const error = await probe.goto('https://cdn.jsdelivr.net/npm/graphiql/graphiql.min.css').then(() => null, (e: Error) => e);
      expect(error?.message).toContain('net::ERR_BLOCKED_BY_CLIENT');
      expect(browser.blocked).toEqual(['https://cdn.jsdelivr.net/npm/graphiql/graphiql.min.css']);
    } finally {
      await probe.close();
    }
  });
});

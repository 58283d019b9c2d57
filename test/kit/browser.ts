import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (installed by `.ci/run`), driven by playwright-core: no browser download. */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The only URLs a test page may reach: the loopback. */
export const LOCAL = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//;

export interface OfflineBrowser {
  context: BrowserContext;
  /** Every request a page tried to send off this machine (each was refused). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium on a fresh profile that reaches nothing but the loopback: every other request
 * is refused (and recorded in `blocked`), and, belt and braces, no host but the loopback even
 * resolves, below anything routing sees.
 */
export async function offlineChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<OfflineBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'atrium-chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

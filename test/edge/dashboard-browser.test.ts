/**
 * The usage dashboard (issue 13 §5) in a real browser: headless Chromium (Debian's package, driven
 * by playwright-core) loads `GET /dashboard` from the gateway with every non-local request refused,
 * under the page's own strict Content-Security-Policy (inline code allowed by hash only). Seeded
 * data comes through the real paths: traffic through the gateway (captured into api_usage_logs),
 * LLM usage as `llm.usage` events on the real bus (ai_usage_logs, cost allocations), a cost center
 * with a budget made and mapped through GraphQL. A platform analytics reader signs in with the form
 * and every chart renders with the series the API answers for the same window; a user without
 * analytics:read sees FORBIDDEN messages, not a broken page; a wrong password is named.
 *
 * `UPDATE_SCREENSHOTS=1` writes the signed-in page to docs/dashboard.png (the README's figure);
 * otherwise screenshots go to a temporary folder, kept only when a step failed.
 */
import { EVENTS, ORGANIZATION_ROLES } from '@atrium/kernel';
import { DASHBOARD_OPERATIONS, dashboardOperation, type DashboardOperation } from '@atrium/gateway/dashboard';
import { sql } from '@atrium/test/db';
import { publish } from '@atrium/test/events';
import { startTestSystem, type Session, type TestSystem } from '@atrium/test/system';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { offlineChromium, type OfflineBrowser } from '../kit/browser.js';

const root = new URL('../..', import.meta.url).pathname;

let t: TestSystem;
let browser: OfflineBrowser;
let dashboardUrl: string;
const screenshots = mkdtempSync(join(tmpdir(), 'atrium-dashboard-shots-'));
let failed = false;

const SEEDED_OK = 8;
const SEEDED_ERRORS = 3;
/** The LLM calls seeded today, charged to the Research cost center (mapped to the admin). */
const TODAY_CALLS = [
  { inputTokens: 1200, outputTokens: 300, cost: '4.000000' },
  { inputTokens: 800, outputTokens: 200, cost: '2.500000' },
];
/** One call of another user today, charged to the default cost center. */
const OTHER_CALL = { inputTokens: 500, outputTokens: 100, cost: '0.750000' };
/** A call two days ago, so the per-day chart has more than one day. */
const EARLIER_CALL = { inputTokens: 400, outputTokens: 100, cost: '1.250000' };
const DAY = 86_400_000;

const llmEvent = (userId: string, call: { inputTokens: number; outputTokens: number; cost: string }, at: Date) => ({
  provider: 'dashboard-provider',
  model: 'dashboard-model',
  operation: 'chat' as const,
  ...call,
  latencyMs: 40,
  success: true,
  errorCode: null,
  userId,
  organizationId: null,
  requestId: null,
  sessionId: null,
  at: at.toISOString(),
});

beforeAll(async () => {
  t = await startTestSystem();
  dashboardUrl = t.gatewayUrl.replace(/\/graphql$/, '/dashboard');

  // Traffic through the gateway: successful and failing operations, captured as usage.
  const ids: string[] = [];
  const send = async (query: string) => {
    const id = `dash-${randomBytes(6).toString('hex')}`;
    ids.push(id);
    await t.gql(query, {}, t.admin.accessToken, { 'x-request-id': id });
  };
  for (let i = 0; i < SEEDED_OK; i++) await send('query DashSeedMe { me { id email } }');
  for (let i = 0; i < SEEDED_ERRORS; i++) await send('query DashSeedBroken { nope }');

  // A platform cost center with a budget, charged with the admin's LLM usage.
  const center = ok(await t.gql(`mutation($i: CreateCostCenterInput!) { createCostCenter(input: $i) { id } }`, { i: { name: 'Research', code: 'RES', monthlyBudget: '10.00' } }, t.admin.accessToken)).createCostCenter.id as string;
  ok(await t.gql(`mutation($i: MapToCostCenterInput!) { mapToCostCenter(input: $i) { id } }`, { i: { subjectType: 'USER', subjectId: t.admin.userId, costCenterId: center } }, t.admin.accessToken));
  const now = new Date();
  for (const call of TODAY_CALLS) await publish(t, EVENTS.llmUsage, llmEvent(t.admin.userId, call, now));
  await publish(t, EVENTS.llmUsage, llmEvent(randomUUID(), OTHER_CALL, now));
  await publish(t, EVENTS.llmUsage, llmEvent(t.admin.userId, EARLIER_CALL, new Date(now.getTime() - 2 * DAY)));

  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.api_usage_logs WHERE request_id = ANY($1)`, [ids])).length === ids.length, 'the seeded requests stored', 30_000);
  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.cost_allocations`)).length === 4, 'the four cost allocations', 30_000);

  browser = await offlineChromium({ viewport: { width: 1400, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
  if (!failed) rmSync(screenshots, { recursive: true, force: true });
});

/** Run a step; on failure save a screenshot and name it in the error. */
async function step<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    failed = true;
    const file = join(screenshots, `${name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw new Error(`dashboard step "${name}" failed (screenshot: ${file}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions (a CSP violation is a console error in Chromium). */
  problems: string[];
  headers: Record<string, string>;
}

async function open(): Promise<Opened> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(`console: ${m.text()}`) : undefined));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const response = await page.goto(dashboardUrl, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  return { page, problems, headers: await response!.allHeaders() };
}

async function signIn(page: Page, user: Pick<Session, 'email' | 'password'>) {
  await page.locator('#email').fill(user.email);
  await page.locator('#password').fill(user.password);
  await page.locator('#signin button[type="submit"]').click();
}

/** Wait for a finished load after sign-in; the state of each panel. */
async function loaded(page: Page): Promise<Record<string, string>> {
  await page.locator('#board[data-loads]').waitFor({ timeout: 30_000 });
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('section[data-panel]')].map((s) => [s.dataset.panel!, s.dataset.state!])));
}

interface ChartData {
  type: string;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}
const chartOf = (page: Page, id: string) =>
  page.evaluate((canvasId) => {
    const chart = (window as unknown as { Chart: { getChart(id: string): any } }).Chart.getChart(canvasId);
    if (!chart) return null;
    return { type: chart.config.type, labels: [...chart.data.labels], datasets: chart.data.datasets.map((d: any) => ({ label: d.label, data: [...d.data] })) } as ChartData;
  }, id);
const windowOf = (page: Page, panel: string) => page.evaluate((p) => {
  const s = document.querySelector<HTMLElement>(`section[data-panel="${p}"]`)!;
  return { from: s.dataset.from!, to: s.dataset.to! };
}, panel);
const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
const series = (chart: ChartData, label: string) => chart.datasets.find((d) => d.label === label)!.data;

describe('the dashboard in headless Chromium', () => {
  it('is served with a strict CSP and signs a platform reader in to four charts of the seeded data', async () => {
    const { page, problems, headers } = await open();
    try {
      await step(page, 'headers', async () => {
        const csp = headers['content-security-policy']!;
        expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; connect-src 'self';/);
        expect(csp).not.toContain('unsafe');
        expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
        // Chart.js itself is in the page, not fetched.
        expect(await page.evaluate(() => (window as any).Chart?.version)).toBe('4.6.1');
      });

      await step(page, 'sign in', async () => {
        await signIn(page, t.admin);
        expect(await loaded(page)).toEqual({ requests: 'ready', latency: 'ready', llm: 'ready', budgets: 'ready' });
        expect(await page.locator('#who-email').innerText()).toBe(t.admin.email);
        expect(await page.locator('#notice').isHidden()).toBe(true);
      });

      await step(page, 'requests and errors per minute', async () => {
        const chart = (await chartOf(page, 'chart-requests'))!;
        expect(chart.type).toBe('line');
        expect(chart.datasets.map((d) => d.label)).toEqual(['Requests', 'Errors']);
        expect(chart.labels).toHaveLength(60);
        expect(chart.labels.every((l) => /^\d\d:\d\d$/.test(l))).toBe(true);
        // The same window through the API (the errors are all seeded; requests keep arriving).
        const w = await windowOf(page, 'requests');
        const api = ok(await t.gql(`query($from: DateTime!, $to: DateTime!) { requestSeries(from: $from, to: $to) { bucketStart requests errors } }`, w, t.admin.accessToken)).requestSeries as { bucketStart: string; errors: number; requests: number }[];
        expect(api.map((b) => b.bucketStart.slice(11, 16))).toEqual(chart.labels);
        expect(series(chart, 'Errors')).toEqual(api.map((b) => b.errors));
        expect(sum(series(chart, 'Errors'))).toBe(SEEDED_ERRORS);
        expect(sum(series(chart, 'Requests'))).toBeGreaterThanOrEqual(SEEDED_OK + SEEDED_ERRORS);
      });

      await step(page, 'p95 latency per operation', async () => {
        const chart = (await chartOf(page, 'chart-latency'))!;
        expect(chart.type).toBe('bar');
        expect(chart.datasets.map((d) => d.label)).toEqual(['p95 latency (ms)']);
        expect(chart.labels).toEqual(expect.arrayContaining(['DashSeedMe', 'DashSeedBroken']));
        const w = await windowOf(page, 'latency');
        const stats = ok(await t.gql(`query($from: DateTime!, $to: DateTime!, $f: OperationStatsFilter) { operationStats(from: $from, to: $to, filter: $f) { requests p95Ms } }`, { ...w, f: { operationName: 'DashSeedMe' } }, t.admin.accessToken)).operationStats[0];
        expect(stats.requests).toBe(SEEDED_OK);
        const p95 = series(chart, 'p95 latency (ms)')[chart.labels.indexOf('DashSeedMe')];
        expect(p95).toBe(Math.round(stats.p95Ms * 100) / 100);
        expect(p95).toBeGreaterThan(0);
      });

      await step(page, 'LLM tokens and cost per day', async () => {
        const chart = (await chartOf(page, 'chart-llm'))!;
        expect(chart.datasets.map((d) => d.label)).toEqual(['Input tokens', 'Output tokens', 'Cost (USD)']);
        const today = new Date().toISOString().slice(0, 10);
        const earlier = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
        expect(chart.labels).toHaveLength(14);
        expect(chart.labels.at(-1)).toBe(today);
        const at = (label: string, day: string) => series(chart, label)[chart.labels.indexOf(day)];
        const todays = [...TODAY_CALLS, OTHER_CALL];
        expect(at('Input tokens', today)).toBe(sum(todays.map((c) => c.inputTokens)));
        expect(at('Output tokens', today)).toBe(sum(todays.map((c) => c.outputTokens)));
        expect(at('Cost (USD)', today)).toBeCloseTo(sum(todays.map((c) => Number(c.cost))), 6);
        expect(at('Input tokens', earlier)).toBe(EARLIER_CALL.inputTokens);
        expect(at('Cost (USD)', earlier)).toBe(Number(EARLIER_CALL.cost));
        // Every other day is zero.
        expect(sum(series(chart, 'Input tokens'))).toBe(sum([...todays, EARLIER_CALL].map((c) => c.inputTokens)));
      });

      await step(page, 'spend against budget per cost center', async () => {
        const chart = (await chartOf(page, 'chart-budgets'))!;
        expect(chart.datasets.map((d) => d.label)).toEqual(['Spend this month (USD)', 'Monthly budget (USD)']);
        expect(chart.labels).toEqual(expect.arrayContaining(['Research', 'Unallocated']));
        const month = new Date().toISOString().slice(0, 7);
        const researchSpend = sum([...TODAY_CALLS.map((c) => Number(c.cost)), new Date(Date.now() - 2 * DAY).toISOString().slice(0, 7) === month ? Number(EARLIER_CALL.cost) : 0]);
        const i = chart.labels.indexOf('Research');
        expect(series(chart, 'Spend this month (USD)')[i]).toBeCloseTo(researchSpend, 6);
        expect(series(chart, 'Monthly budget (USD)')[i]).toBe(10);
        expect(series(chart, 'Spend this month (USD)')[chart.labels.indexOf('Unallocated')]).toBeCloseTo(Number(OTHER_CALL.cost), 6);
      });

      await step(page, 'screenshot', async () => {
        if (process.env.UPDATE_SCREENSHOTS === '1') {
          mkdirSync(join(root, 'docs'), { recursive: true });
          await page.screenshot({ path: join(root, 'docs/dashboard.png'), fullPage: true });
        } else {
          await page.screenshot({ path: join(screenshots, 'dashboard.png'), fullPage: true });
        }
      });

      // Nothing was refused by the CSP (Chromium reports violations as console errors), nothing threw.
      expect(problems).toEqual([]);
      expect(browser.blocked).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a user without analytics:read clear FORBIDDEN messages, not a broken page', async () => {
    const user = await t.register();
    const { page, problems } = await open();
    try {
      await step(page, 'forbidden', async () => {
        await signIn(page, user);
        expect(await loaded(page)).toEqual({ requests: 'forbidden', latency: 'forbidden', llm: 'forbidden', budgets: 'empty' });
        const panels = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('section[data-panel]')].map((s) => ({ panel: s.dataset.panel, code: s.dataset.code ?? null, text: s.querySelector('.message')!.textContent, chart: !!(window as any).Chart.getChart(s.querySelector('canvas')) })),
        );
        expect(panels).toEqual([
          { panel: 'requests', code: 'FORBIDDEN', text: expect.stringMatching(/^FORBIDDEN: .*analytics:read/), chart: false },
          { panel: 'latency', code: 'FORBIDDEN', text: expect.stringMatching(/^FORBIDDEN: .*analytics:read/), chart: false },
          { panel: 'llm', code: 'FORBIDDEN', text: expect.stringMatching(/^FORBIDDEN: Missing permission analytics:read/), chart: false },
          { panel: 'budgets', code: null, text: 'No cost centers you can read (cost_center:read).', chart: false },
        ]);
        const notice = page.locator('#notice');
        expect(await notice.isVisible()).toBe(true);
        expect(await notice.getAttribute('data-code')).toBe('FORBIDDEN');
        expect(await notice.innerText()).toContain(`FORBIDDEN: ${user.email} may not read analytics`);
      });
      // The refusals are GraphQL answers the page shows; the page itself logs nothing and throws nothing.
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows an organization administrator that organization's LLM usage and cost centers, and FORBIDDEN on the platform-wide traffic", async () => {
    const admin = await t.register();
    const root = t.admin.accessToken;
    const org = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `Dashboard ${randomUUID().slice(0, 8)}` } }, root)).createOrganization.id as string;
    ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: org, userId: admin.userId, roleId: ORGANIZATION_ROLES.org_admin.id } }, root));
    await waitFor(async () => {
      const scopes = ok(await t.gql(`query($p: [String!]!) { myTenantScopes(permissions: $p) { organizationIds } }`, { p: ['analytics:read', 'cost_center:create'] }, admin.accessToken)).myTenantScopes;
      return scopes.every((s: { organizationIds: string[] }) => s.organizationIds.includes(org));
    }, "the organization administrator's scopes");
    const center = ok(await t.gql(`mutation($i: CreateCostCenterInput!) { createCostCenter(input: $i) { id } }`, { i: { organizationId: org, name: 'Org support', monthlyBudget: '5.00' } }, admin.accessToken)).createCostCenter.id as string;
    ok(await t.gql(`mutation($i: MapToCostCenterInput!) { mapToCostCenter(input: $i) { id } }`, { i: { subjectType: 'ORGANIZATION', subjectId: org, costCenterId: center } }, admin.accessToken));
    await publish(t, EVENTS.llmUsage, { ...llmEvent(admin.userId, { inputTokens: 70, outputTokens: 30, cost: '4.500000' }, new Date()), organizationId: org });
    await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.cost_allocations WHERE cost_center_id = $1`, [center])).length === 1, "the organization's allocation");

    const { page, problems } = await open();
    try {
      await step(page, 'organization administrator', async () => {
        await signIn(page, admin);
        expect(await loaded(page)).toEqual({ requests: 'forbidden', latency: 'forbidden', llm: 'ready', budgets: 'ready' });
        const llm = (await chartOf(page, 'chart-llm'))!;
        // Only this organization's call: the seeded platform usage is not theirs.
        expect(sum(series(llm, 'Input tokens'))).toBe(70);
        expect(sum(series(llm, 'Cost (USD)'))).toBe(4.5);
        const budgets = (await chartOf(page, 'chart-budgets'))!;
        expect(budgets.labels).toEqual(['Org support']);
        expect(series(budgets, 'Spend this month (USD)')).toEqual([4.5]);
        expect(series(budgets, 'Monthly budget (USD)')).toEqual([5]);
        // Some panels are theirs: no banner, the refused ones say why.
        expect(await page.locator('#notice').isHidden()).toBe(true);
        expect(await page.locator('section[data-panel="requests"] .message').innerText()).toMatch(/^FORBIDDEN: Missing permission analytics:read/);
      });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('names a refused sign-in and stays on the form', async () => {
    const { page, problems } = await open();
    try {
      await step(page, 'wrong password', async () => {
        await signIn(page, { email: t.admin.email, password: 'not-the-password-at-all' });
        const error = page.locator('#signin-error');
        await error.waitFor({ state: 'visible', timeout: 15_000 });
        expect(await error.getAttribute('data-code')).toBe('UNAUTHENTICATED');
        expect(await page.locator('#board').isHidden()).toBe(true);
      });
      // A 401 answer is logged by Chromium as a failed resource load; nothing else may appear.
      expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the dashboard operations', () => {
  it('are the committed operations/dashboard files and in the persisted query manifest, so the page sends them by id', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'operations/persisted-query-manifest.json'), 'utf8')) as { operations: { id: string; name: string; body: string }[] };
    for (const name of Object.keys(DASHBOARD_OPERATIONS) as DashboardOperation[]) {
      const { body, id } = dashboardOperation(name);
      expect(readFileSync(join(root, `operations/dashboard/${name}.graphql`), 'utf8').trim()).toBe(body);
      expect(manifest.operations.find((o) => o.name === name)).toEqual({ id, name, type: expect.any(String), body });
      expect(createHash('sha256').update(body).digest('hex')).toBe(id);
    }
  });
});

import { parse, print } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DASHBOARD_CLIENT, DASHBOARD_CSS } from './dashboard-client.js';

/**
 * The dashboard's GraphQL operations, the same documents as `operations/dashboard/*.graphql` (so
 * they are in the persisted query manifest, and the page sends them by id when the manifest is
 * loaded: it works in every persisted-operations mode, `block` included). Each panel has a query
 * of its own: the root fields are non-null, and one refused field must not blank the others.
 */
export const DASHBOARD_OPERATIONS = {
  DashboardLogin: `mutation DashboardLogin($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id email displayName } }
}`,
  DashboardRefresh: `mutation DashboardRefresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) { accessToken accessTokenExpiresAt refreshToken user { id email displayName } }
}`,
  DashboardLogout: `mutation DashboardLogout($refreshToken: String) {
  logout(refreshToken: $refreshToken) { revokedSessions }
}`,
  DashboardRequests: `query DashboardRequests($from: DateTime!, $to: DateTime!) {
  requestSeries(from: $from, to: $to, bucket: MINUTE) { bucketStart requests errors }
}`,
  DashboardLatency: `query DashboardLatency($from: DateTime!, $to: DateTime!) {
  operationStats(from: $from, to: $to, first: 15) { operationName requests errors p95Ms }
}`,
  DashboardLlmUsage: `query DashboardLlmUsage($from: DateTime!, $to: DateTime!) {
  llmUsage(from: $from, to: $to, groupBy: [DAY]) { day calls inputTokens outputTokens cost }
}`,
  DashboardBudgets: `query DashboardBudgets {
  costCenters(first: 100) { nodes { id name organizationId monthlyBudget spend { periodStart totalSpend percentOfMonthlyBudget } } }
}`,
} as const;
export type DashboardOperation = keyof typeof DASHBOARD_OPERATIONS;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** An operation as the manifest stores it (graphql-js's print) and its id. */
export function dashboardOperation(name: DashboardOperation): { body: string; id: string } {
  const body = print(parse(DASHBOARD_OPERATIONS[name]));
  return { body, id: sha256(body) };
}

/**
 * Chart.js's UMD build, read from the installed package (the gateway's dependency; `dist/` is not in
 * its exports map, so the path is found from the entry it does export). The source map comment is
 * dropped (nothing is fetched), and `</script` could not close the inline script even if it appeared.
 */
export function chartJsSource(): string {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  const source = readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
  return source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n').replace(/<\/script/gi, '<\\/script');
}

export interface DashboardPage {
  html: string;
  /** The Content-Security-Policy the page is served with: inline code allowed by hash only. */
  csp: string;
}

/**
 * The page: markup, one inline stylesheet, Chart.js and the app as inline scripts. Nothing loads
 * from anywhere else; the policy allows exactly these three by hash, fetches to the gateway's own
 * origin, and no frames, forms, plugins or base URL. `knows(id)` says which operations the
 * gateway's persisted manifest has: those are sent by id, the others by body.
 */
export function dashboardPage(endpoint: string, knows: (id: string) => boolean): DashboardPage {
  const operations = Object.fromEntries(
    (Object.keys(DASHBOARD_OPERATIONS) as DashboardOperation[]).map((name) => {
      const { body, id } = dashboardOperation(name);
      return [name, knows(id) ? { id } : { body }];
    }),
  );
  // JSON in a script: `<` escaped, so no text in it can end the element.
  const config = JSON.stringify({ endpoint, operations }).replace(/</g, '\\u003c');
  const app = `window.ATRIUM_DASHBOARD = ${config};\n${DASHBOARD_CLIENT}`;
  const chart = chartJsSource();
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Atrium dashboard</title>
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<header>
  <h1>Atrium usage</h1>
  <div id="who" hidden><span id="who-email"></span> <button id="refresh" type="button">Refresh</button> <button id="signout" type="button">Sign out</button></div>
</header>
<main>
  <form id="signin" autocomplete="on">
    <h2>Sign in</h2>
    <p>The dashboard reads usage through the gateway with your own permissions (analytics:read, cost_center:read).</p>
    <label>Email <input id="email" name="email" type="email" autocomplete="username" required></label>
    <label>Password <input id="password" name="password" type="password" autocomplete="current-password" required></label>
    <label>MFA code (if enabled) <input id="mfa" name="mfa" inputmode="numeric" autocomplete="one-time-code"></label>
    <button type="submit">Sign in</button>
    <p id="signin-error" class="error" role="alert" hidden></p>
  </form>
  <div id="board" hidden>
    <p id="notice" class="notice" role="status" hidden></p>
    <div class="grid">
      <section class="panel" data-panel="requests" data-state="idle"><h2>Requests and errors per minute <small>last 60 minutes, UTC</small></h2><p class="message" hidden></p><div class="chart"><canvas id="chart-requests" aria-label="Requests and errors per minute"></canvas></div></section>
      <section class="panel" data-panel="latency" data-state="idle"><h2>p95 latency per operation <small>last 60 minutes, ms</small></h2><p class="message" hidden></p><div class="chart"><canvas id="chart-latency" aria-label="p95 latency per operation"></canvas></div></section>
      <section class="panel" data-panel="llm" data-state="idle"><h2>LLM tokens and cost per day <small>last 14 days, UTC</small></h2><p class="message" hidden></p><div class="chart"><canvas id="chart-llm" aria-label="LLM tokens and cost per day"></canvas></div></section>
      <section class="panel" data-panel="budgets" data-state="idle"><h2>Spend against budget per cost center <small>this month, USD</small></h2><p class="message" hidden></p><div class="chart"><canvas id="chart-budgets" aria-label="Spend against budget per cost center"></canvas></div></section>
    </div>
    <p class="footer">Updated <span id="updated">never</span>; refreshes every 30 s. Tokens stay in this page's memory only.</p>
  </div>
</main>
<script>${chart}</script>
<script>${app}</script>
</body>
</html>
`;
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(chart)} ${cspHash(app)}`,
    `style-src ${cspHash(DASHBOARD_CSS)}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}

export const DASHBOARD_PATH = '/dashboard';

/** A route serving the dashboard at `GET /dashboard`: rendered and gzipped once, on first use. */
export function dashboardRoute(endpoint: string, knows: (id: string) => boolean) {
  let page: { raw: Buffer; gzip: Buffer; csp: string } | undefined;
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (url.pathname !== DASHBOARD_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    if (!page) {
      const { html, csp } = dashboardPage(endpoint, knows);
      const raw = Buffer.from(html, 'utf8');
      page = { raw, gzip: gzipSync(raw), csp };
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzip : page.raw;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'content-security-policy': page.csp,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

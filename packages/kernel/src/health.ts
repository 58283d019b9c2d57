import type { Route } from './http.js';

/** One readiness check: `true` when ready, otherwise a short reason for the operator. */
export type ReadinessCheck = () => Promise<true | string>;

async function run(checks: Record<string, ReadinessCheck>, timeoutMs: number) {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no answer in time'), timeoutMs).unref());
      const result = await Promise.race([check().catch((error: unknown) => (error as Error)?.message || 'failed'), timeout]);
      return [name, result] as const;
    }),
  );
  return Object.fromEntries(entries.map(([name, result]) => [name, result === true ? 'ok' : result]));
}

/**
 * `/health/live` (the process answers) and `/health/ready` (every check passes), as Apollo
 * Router and Cosmo have them. Ready answers 200 `{ status: "ready", checks }` or 503
 * `{ status: "not ready", checks }`, each check `ok` or the reason it is not.
 */
export function healthRoute(checks: Record<string, ReadinessCheck>, timeoutMs = 2000): Route {
  return async (req, res, url) => {
    if (url.pathname === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify({ status: 'live' }));
      return true;
    }
    if (url.pathname !== '/health/ready') return false;
    const results = await run(checks, timeoutMs);
    const ready = Object.values(results).every((r) => r === 'ok');
    res
      .writeHead(ready ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      .end(JSON.stringify({ status: ready ? 'ready' : 'not ready', checks: results }));
    return true;
  };
}

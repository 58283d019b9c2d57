/**
 * `pnpm bench:edge`: what the gateway edge costs. Two gateways in front of the same running
 * subgraphs, in this process: one with every edge feature on (query limits, rate limits per IP
 * and user, persisted operations in `log` mode, CORS for the caller's origin, metrics, response
 * compression), one with the settings before the edge (no rate limits, persisted operations off,
 * no CORS origins, no metrics; limits raised out of the way). Usage capture is off in both.
 * Requests alternate between them round by round at concurrency 1; the benchmark prints p50/p95
 * of each and the difference (target: under 1 ms at p50). The gateways log errors only: `log`
 * mode's line per unknown operation would otherwise fill the terminal.
 */
import { createLogger, createSessionCheck, type Config } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { startSystem } from '@atrium/runtime/system';
import { ms, percentile, withBenchDatabase } from './lib/kit.js';

const ROUNDS = 20;
const PER_ROUND = 100;
const ADMIN = { ATRIUM_ADMIN_EMAIL: 'bench-edge@atrium.test', ATRIUM_ADMIN_PASSWORD: 'bench-edge-password' };
const ORIGIN = 'http://app.example.test';

const EDGE_ON: Record<string, string> = {
  ATRIUM_RATE_LIMIT_PER_USER: '100000000',
  ATRIUM_RATE_LIMIT_PER_IP: '100000000',
  ATRIUM_PERSISTED_OPERATIONS: 'log',
  ATRIUM_CORS_ORIGINS: ORIGIN,
  ATRIUM_METRICS: 'true',
};
const EDGE_OFF: Record<string, string> = {
  ATRIUM_RATE_LIMIT_PER_USER: '0',
  ATRIUM_RATE_LIMIT_PER_IP: '0',
  ATRIUM_PERSISTED_OPERATIONS: 'off',
  ATRIUM_CORS_ORIGINS: '',
  ATRIUM_METRICS: 'false',
  ATRIUM_MAX_TOKENS: '1000000',
  ATRIUM_MAX_DEFINITIONS: '100000',
  ATRIUM_MAX_QUERY_DEPTH: '1000',
  ATRIUM_MAX_ALIASES: '100000',
  ATRIUM_MAX_QUERY_COST: '1000000000',
};

async function post(url: string, query: string, token?: string, variables?: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', origin: ORIGIN, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`${res.status} ${JSON.stringify(body)}`);
  return body.data;
}

await withBenchDatabase({ ...ADMIN, ATRIUM_USAGE_CAPTURE: 'false' }, async ({ databaseUrl, config, logger }) => {
  await bootstrapFirstAdmin({ databaseUrl, config, logger });
  const system = await startSystem({ config, logger, databaseUrl, ephemeralPorts: true, gateway: false });
  const sessions = createSessionCheck({ databaseUrl, logger, max: 4 });
  const variant = (env: Record<string, string>): Config =>
    loadSystemConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', ATRIUM_DATA_DIR: config.dataDir, DATABASE_URL: databaseUrl, ATRIUM_USAGE_CAPTURE: 'false', ...env });
  const gateways = await Promise.all(
    [EDGE_ON, EDGE_OFF].map((env) => startGateway({ config: variant(env), logger: createLogger('bench-gateway', 'error'), subgraphs: system.subgraphs, port: 0, sessions, usage: null })),
  );
  try {
    const [on, off] = gateways.map((g) => g.url) as [string, string];
    const login = await post(on, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, undefined, { i: { email: ADMIN.ATRIUM_ADMIN_EMAIL, password: ADMIN.ATRIUM_ADMIN_PASSWORD } });
    const token = login.login.accessToken as string;
    const operations = [
      { name: '{ __typename } (no subgraph)', query: '{ __typename }' },
      { name: '{ me { id email } } (identity)', query: '{ me { id email } }' },
    ];
    console.log(`\nconcurrency 1, ${ROUNDS} rounds of ${PER_ROUND} requests per gateway, alternating`);
    for (const op of operations) {
      const samples = { on: [] as number[], off: [] as number[] };
      for (const url of [on, off]) for (let i = 0; i < 100; i++) await post(url, op.query, token); // warm-up
      for (let round = 0; round < ROUNDS; round++) {
        for (const which of round % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
          const url = which === 'on' ? on : off;
          for (let i = 0; i < PER_ROUND; i++) {
            const started = performance.now();
            await post(url, op.query, token);
            samples[which].push(performance.now() - started);
          }
        }
      }
      const f = (xs: number[]) => {
        const sorted = [...xs].sort((a, b) => a - b);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
      };
      const a = f(samples.on);
      const b = f(samples.off);
      console.log(`\n${op.name}`);
      console.log(`  edge on    p50 ${ms(a.p50).padStart(9)}   p95 ${ms(a.p95).padStart(9)}`);
      console.log(`  edge off   p50 ${ms(b.p50).padStart(9)}   p95 ${ms(b.p95).padStart(9)}`);
      console.log(`  edge cost  p50 ${ms(a.p50 - b.p50).padStart(9)}   p95 ${ms(a.p95 - b.p95).padStart(9)}   (target < 1 ms at p50: ${a.p50 - b.p50 < 1 ? 'met' : 'NOT met'})`);
    }
  } finally {
    await Promise.all(gateways.map((g) => g.close()));
    await sessions.close();
    await system.stop();
  }
});

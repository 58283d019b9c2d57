/**
 * `pnpm bench` (analytics): what usage capture costs and how its queries scale.
 *  1. The gateway's added latency with capture on versus off: two gateways in front of the same
 *     subgraphs, requests interleaved one by one (`{ me { id } }`, signed in), p50 and p99 side by side.
 *  2. The capture throughput: concurrent requests through the capturing gateway, requests per
 *     second, and whether any entry was dropped (the bounded buffer's counter), then every entry stored.
 *  3. `operationStats` over 1,000,000 api_usage_logs rows (50 operations, one month), through the gateway.
 */
import { createLogger, createSessionCheck } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { startSystem } from '@atrium/runtime/system';
import { freePort } from '@atrium/runtime/postgres';
import pg from 'pg';
import { gql, ms, percentile, withBenchDatabase } from './lib/kit.js';

const RUNS = Number(process.env.BENCH_ANALYTICS_RUNS ?? 2_000);
const BURST = Number(process.env.BENCH_ANALYTICS_BURST ?? 10_000);
const CONCURRENCY = 32;
const ROWS = Number(process.env.BENCH_ANALYTICS_ROWS ?? 1_000_000);
const logger = createLogger('bench', 'warn');
const PASSWORD = 'bench-admin-password-long';

await withBenchDatabase({ ATRIUM_ADMIN_EMAIL: 'bench-admin@atrium.test', ATRIUM_ADMIN_PASSWORD: PASSWORD, ATRIUM_THROTTLE_LOGIN_PER_IP: '1000000' }, async ({ databaseUrl, config }) => {
  await bootstrapFirstAdmin({ databaseUrl, config, logger });
  const system = await startSystem({ databaseUrl, config, logger, ephemeralPorts: true });
  const sessions = createSessionCheck({ databaseUrl, logger, max: config.sessions.poolMax });
  const plain = await startGateway({ config, logger, subgraphs: system.subgraphs, port: await freePort(), sessions, usage: null });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const post = gql;
    const login = await post(system.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: 'bench-admin@atrium.test', password: PASSWORD } });
    const token = login.login.accessToken as string;
    const ME = 'query Me { me { id } }';

    // 1. Added latency, interleaved.
    for (let i = 0; i < 200; i++) await Promise.all([post(system.gatewayUrl, ME, {}, token), post(plain.url, ME, {}, token)]);
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [url, samples] of (i % 2 ? [[plain.url, off], [system.gatewayUrl, on]] : [[system.gatewayUrl, on], [plain.url, off]]) as [string, number[]][]) {
        const start = performance.now();
        await post(url, ME, {}, token);
        samples.push(performance.now() - start);
      }
    }
    on.sort((a, b) => a - b);
    off.sort((a, b) => a - b);
    const row = (p: number) => `p${p}: off ${ms(percentile(off, p))}  on ${ms(percentile(on, p))}  (${percentile(on, p) - percentile(off, p) >= 0 ? '+' : ''}${ms(percentile(on, p) - percentile(off, p))})`;
    console.log(`\ngateway with usage capture off → on, ${RUNS} interleaved { me { id } } requests each`);
    console.log(`  ${row(50)}\n  ${row(95)}\n  ${row(99)}`);

    // 2. Throughput without drops.
    const before = system.usage!.stats();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BURST) {
          next++;
          await post(system.gatewayUrl, ME, {}, token);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await system.usage!.flush();
    const after = system.usage!.stats();
    const recorded = after.recorded - before.recorded;
    const deadline = Date.now() + 120_000;
    let stored = 0;
    for (;;) {
      stored = Number((await client.query(`SELECT count(*) AS n FROM analytics.api_usage_logs`)).rows[0].n);
      if (stored >= after.recorded || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`\ncapture throughput: ${BURST} requests, ${CONCURRENCY} concurrent: ${(BURST / seconds).toFixed(0)} requests/s through the gateway`);
    console.log(`  recorded ${recorded}, dropped ${after.dropped - before.dropped}, failed flushes ${after.failedFlushes - before.failedFlushes}; stored ${stored} of ${after.recorded} rows in api_usage_logs`);

    // 3. operationStats over a million rows of one month.
    const month = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    const loadStart = performance.now();
    await client.query(
      `INSERT INTO analytics.api_usage_logs (id, "timestamp", request_id, user_id, endpoint, method, operation_type, status_code, response_time_ms, request_size_bytes, response_size_bytes, error_type, subgraphs, subgraph_ms)
       SELECT gen_random_uuid(), $1::timestamptz + (random() * interval '27 days'), 'bench-' || g, NULL, 'Operation' || (g % 50), 'POST', 'query', 200,
              random() * 40 + (g % 50), 200, 800, CASE WHEN g % 97 = 0 THEN 'BAD_USER_INPUT' END,
              ARRAY['identity', 'conversations'], ARRAY[random() * 10, random() * 20]
         FROM generate_series(1, $2::int) g`,
      [month, ROWS],
    );
    await client.query('ANALYZE analytics.api_usage_logs');
    console.log(`\noperationStats over ${ROWS.toLocaleString('en')} rows (loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s)`);
    const STATS = `query($from: DateTime!, $to: DateTime!, $f: OperationStatsFilter) { operationStats(from: $from, to: $to, filter: $f) { operationName requests p50Ms p95Ms p99Ms subgraphs { name p95Ms } } }`;
    const window = { from: month.toISOString(), to: new Date(month.getTime() + 28 * 86_400_000).toISOString() };
    for (const [label, variables] of [
      ['every operation, per subgraph', window],
      ['one operation', { ...window, f: { operationName: 'Operation7' } }],
    ] as const) {
      const samples: number[] = [];
      let groups = 0;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        groups = (await post(system.gatewayUrl, STATS, variables, token)).operationStats.length;
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      console.log(`  ${label.padEnd(32)} ${groups} operations: p50 ${ms(percentile(samples, 50))}, max ${ms(samples.at(-1)!)} (5 runs, exact percentile_cont)`);
    }
  } finally {
    await client.end();
    await plain.close();
    await sessions.close();
    await system.stop();
  }
});

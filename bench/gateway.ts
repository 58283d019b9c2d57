/**
 * `pnpm bench:gateway`: Atrium's gateway side by side with Hive Gateway and with no gateway.
 *
 * Every subgraph and Atrium's gateway run as processes of their own (`pnpm serve <name>`, as the
 * docker-compose containers do), and Hive Gateway (`@graphql-hive/gateway-runtime`) as another, on
 * the committed supergraph with its URLs pointed at the running subgraphs and Hive's HMAC signature
 * on every subgraph call. The same operations go straight to the subgraph (signed like a
 * gateway), through Atrium's gateway and through Hive Gateway, interleaved round by round, at
 * concurrency 1, 10 and 50; the benchmark prints RPS and p50/p95 for each, the ratios, and the RSS
 * of Atrium's gateway processes idle, after the first pass and after a second identical pass (no
 * growth between the two is the target).
 *
 * Atrium's gateway runs twice, side by side on the same subgraphs: through tsx (development
 * runtime, NODE_ENV=test) and compiled (`pnpm build`, then plain node on scripts/dist with
 * NODE_ENV=production, as `pnpm start` runs it in production).
 *
 * BENCH_CPU_PROF=<dir>: the compiled gateway runs under `node --cpu-prof` and writes its profile
 * there when it stops (README: where the gateway's time goes).
 *
 * Operations: `me` (one subgraph), and 100 users with their role assignments (identity then
 * authorization).
 */
import { createLogger, signedBody } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { freePort } from '@atrium/runtime/postgres';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ms, percentile, withBenchDatabase } from './lib/kit.js';

const root = new URL('..', import.meta.url).pathname;
const PASSWORD = 'bench-password-not-secret';
const logger = createLogger('bench', 'warn');
const ROUNDS = 5;
const PER_ROUND = 60;

interface Target {
  label: string;
  url: string;
  sign?: string;
}

async function post(target: Target, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const body = target.sign ? signedBody(target.sign, { query, variables }) : { query, variables };
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: any; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(`${target.label}: ${JSON.stringify(json).slice(0, 400)}`);
  return json.data;
}

function spawnChild(args: string[], env: Record<string, string>, ready: string, node: string[] = ['--import', 'tsx']): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...node, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${out.slice(-2000)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk;
      if (out.includes(ready)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    outputs.set(child, () => out);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${out.slice(-2000)}`));
    });
  });
}

const outputs = new Map<ChildProcess, () => string>();
const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** `count` requests with `concurrency` in flight; every latency, and the wall time. */
async function load(count: number, concurrency: number, request: () => Promise<unknown>) {
  const samples: number[] = [];
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const start = performance.now();
        await request();
        samples.push(performance.now() - start);
      }
    }),
  );
  return { samples, wall: performance.now() - began };
}

await withBenchDatabase({ ATRIUM_ADMIN_EMAIL: 'gateway@atrium.local', ATRIUM_ADMIN_PASSWORD: PASSWORD, ATRIUM_THROTTLE_LOGIN_PER_IP: '100000' }, async ({ databaseUrl, config }) => {
  const admin = await bootstrapFirstAdmin({ databaseUrl, config, logger });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO identity.users (email, username) SELECT 'gw' || g || '@bench.test', 'gw_' || g FROM generate_series(1, 100) g`);
  await client.query(`INSERT INTO "authorization".user_roles (user_id, role_id, assigned_by) SELECT u.id, r.id, u.id FROM identity.users u CROSS JOIN "authorization".roles r WHERE u.email LIKE 'gw%@bench.test' AND r.name = 'user'`);
  await client.end();

  const ports: Record<string, number> = {};
  for (const s of SUBGRAPHS) ports[s.name] = await freePort();
  const gatewayPort = await freePort();
  const hivePort = await freePort();
  const compiledPort = await freePort();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    ATRIUM_DATA_DIR: config.dataDir,
    ATRIUM_GATEWAY_PORT: String(gatewayPort),
    ATRIUM_THROTTLE_LOGIN_PER_IP: '100000',
    // The benchmark is one user sending thousands of requests: the gateway's rate limits would refuse it.
    ATRIUM_RATE_LIMIT_PER_USER: '10000000',
    ATRIUM_RATE_LIMIT_PER_IP: '10000000',
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`ATRIUM_${s.name.toUpperCase()}_PORT`, String(ports[s.name])])),
  };
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${ports[s.name]}/graphql`]));
  const children: ChildProcess[] = [];
  try {
    console.log('pnpm build (the compiled gateway)…');
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], { cwd: root, stdio: 'pipe' });
    console.log('starting every subgraph, Atrium\'s gateway (tsx and compiled) and Hive Gateway as processes…');
    children.push(...(await Promise.all(SUBGRAPHS.map((s) => spawnChild(['scripts/serve.ts', s.name], { ...env, LOG_LEVEL: 'info' }, `${s.name} subgraph ready`)))));
    const gateway = await spawnChild(['scripts/serve.ts', 'gateway'], { ...env, LOG_LEVEL: 'info' }, 'gateway ready');
    children.push(gateway);
    const profile = process.env.BENCH_CPU_PROF;
    const compiled = await spawnChild(
      ['scripts/dist/serve.js', 'gateway'],
      {
        ...env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        ATRIUM_GATEWAY_PORT: String(compiledPort),
        ATRIUM_JWT_PUBLIC_KEY: config.secrets.jwtPublicKey,
        ATRIUM_ENCRYPTION_KEY: config.secrets.encryptionKey.toString('base64'),
        ATRIUM_SUBGRAPH_HMAC_SECRET: config.secrets.subgraphHmacSecret,
        ...Object.fromEntries(SUBGRAPHS.map((s) => [`ATRIUM_${s.name.toUpperCase()}_URL`, urls[s.name]!])),
      },
      'gateway ready',
      ['--conditions=atrium-compiled', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])],
    );
    children.push(compiled);
    children.push(await spawnChild([join('test', 'kit', 'hive-gateway.ts')], { HIVE_PORT: String(hivePort), HIVE_SUPERGRAPH: join(root, 'supergraph.graphql'), HIVE_URLS: JSON.stringify(urls), ATRIUM_SUBGRAPH_HMAC_SECRET: config.secrets.subgraphHmacSecret }, 'hive gateway ready'));

    const atrium: Target = { label: 'Atrium gateway', url: `http://127.0.0.1:${compiledPort}/graphql` };
    const atriumTsx: Target = { label: 'Atrium gateway (tsx)', url: `http://127.0.0.1:${gatewayPort}/graphql` };
    const hive: Target = { label: 'Hive Gateway', url: `http://127.0.0.1:${hivePort}/graphql` };
    const direct = (name: string): Target => ({ label: `${name} subgraph`, url: urls[name]!, sign: config.secrets.subgraphHmacSecret });
    const token = (await post(atrium, null, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: admin!.email, password: PASSWORD } })).login.accessToken as string;

    const operations = [
      { name: 'me (identity only)', query: `{ me { id email } }`, targets: [direct('identity'), atrium, atriumTsx, hive] },
      { name: '100 users with roles (identity → authorization)', query: `{ users(first: 100) { nodes { id email roles { role { name } } } } }`, targets: [atrium, atriumTsx, hive] },
    ];
    // Same answers from both gateways first.
    for (const op of operations) {
      const answers = await Promise.all(op.targets.map((t) => post(t, token, op.query))).catch((error: Error) => {
        throw new Error(`${error.message}\n--- Hive Gateway said:\n${outputs.get(children.at(-1)!)?.().slice(-3000)}\n--- identity said:\n${outputs.get(children[0]!)?.().slice(-1500)}`);
      });
      if (new Set(answers.map((a) => JSON.stringify(a))).size !== 1) throw new Error(`${op.name}: the targets answer differently`);
    }
    const gateways = [
      { label: 'compiled', pid: compiled.pid! },
      { label: 'tsx', pid: gateway.pid! },
    ];
    const rssLine = () => gateways.map((g) => `${g.label} ${rss(g.pid).toFixed(0)} MiB`).join(', ');
    const idle = rssLine();
    console.log(`\nAtrium gateway RSS idle: ${idle}`);
    const after: string[] = [];
    for (const pass of [1, 2]) {
      for (const op of operations) {
        for (const concurrency of [1, 10, 50]) {
          const results = new Map<string, { samples: number[]; wall: number }>(op.targets.map((t) => [t.label, { samples: [], wall: 0 }]));
          for (const t of op.targets) await load(20, concurrency, () => post(t, token, op.query)); // warm-up
          for (let round = 0; round < ROUNDS; round++) {
            for (const t of round % 2 ? [...op.targets].reverse() : op.targets) {
              const r = await load(PER_ROUND, concurrency, () => post(t, token, op.query));
              const acc = results.get(t.label)!;
              acc.samples.push(...r.samples);
              acc.wall += r.wall;
            }
          }
          // The second pass only shows whether memory grows: its figures are the first's again.
          if (pass === 2) continue;
          console.log(`\n${op.name}, concurrency ${concurrency}, ${ROUNDS * PER_ROUND} requests each, interleaved`);
          const figures = new Map<string, { rps: number; p50: number; p95: number }>();
          for (const [label, r] of results) {
            const sorted = [...r.samples].sort((a, b) => a - b);
            const f = { rps: (r.samples.length / r.wall) * 1000, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
            figures.set(label, f);
            console.log(`  ${label.padEnd(22)} ${f.rps.toFixed(0).padStart(6)} RPS   p50 ${ms(f.p50).padStart(10)}   p95 ${ms(f.p95).padStart(10)}`);
          }
          const a = figures.get(atrium.label)!;
          const x = figures.get(atriumTsx.label)!;
          const h = figures.get(hive.label)!;
          const d = [...figures.entries()].find(([label]) => label.endsWith('subgraph'))?.[1];
          console.log(`  Atrium / Hive RPS: ${(a.rps / h.rps).toFixed(2)}× (target ≥ 1.3×)${d ? `   Atrium p50 over the subgraph: +${(((a.p50 - d.p50) / d.p50) * 100).toFixed(0)}% (target ≤ 15%)` : ''}   compiled / tsx RPS: ${(a.rps / x.rps).toFixed(2)}×`);
        }
      }
      after.push(rssLine());
      console.log(`\nAtrium gateway RSS after pass ${pass}: ${after.at(-1)} (idle ${idle})`);
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
  }
});

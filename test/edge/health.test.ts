import { createLogger } from '@atrium/kernel';
import { startSystem, type RunningSystem } from '@atrium/runtime/system';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createTestDatabase, sql, type TestDatabase } from '../kit/db.js';
import { ROOMY_PER_IP_THROTTLES, testConfig } from '../kit/system.js';

/**
 * Every subgraph's own port answers `/health/live` and `/health/ready` (the kernel serves them,
 * no subgraph has code for it): ready is its database answering, every migration on disk applied
 * in its schema, and the process's job runner up when it has background work. One subgraph runs
 * here, on its own database, with the gateway on the committed supergraph in front.
 */

const root = new URL('../../', import.meta.url).pathname;
const LAST_MIGRATION = readdirSync(`${root}prisma/lore/migrations`).filter((n) => /^\d+_/.test(n)).sort().at(-1)!;
let db: TestDatabase;
let system: RunningSystem;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const config = testConfig(ROOMY_PER_IP_THROTTLES);
  const supergraphSdl = readFileSync(`${root}supergraph.graphql`, 'utf8');
  system = await startSystem({ config, logger: createLogger('test', 'silent'), databaseUrl: db.url, ephemeralPorts: true, serve: ['lore'], supergraphSdl });
  base = system.subgraphs.find((s) => s.name === 'lore')!.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await system?.stop();
  await db?.drop();
});

const ready = async () => {
  const res = await fetch(`${base}/health/ready`);
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, string> } };
};

/** Poll until `done` holds (a state change the server sees on its own schedule). */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const v = await read();
    if (done(v) || i > 200) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('is live, and ready when its database answers, its migrations are applied and its job runner runs', async () => {
  const live = await fetch(`${base}/health/live`);
  expect(live.status).toBe(200);
  expect(await live.json()).toEqual({ status: 'live' });
  expect(await ready()).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } } });
});

it('is not ready, naming the migration, while one on disk is not applied', async () => {
  await sql(db.url, `UPDATE lore._prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1`, [LAST_MIGRATION]);
  try {
    expect(await ready()).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'ok', migrations: `not applied: ${LAST_MIGRATION}`, jobs: 'ok' } } });
  } finally {
    await sql(db.url, `UPDATE lore._prisma_migrations SET rolled_back_at = NULL WHERE migration_name = $1`, [LAST_MIGRATION]);
  }
  expect((await ready()).status).toBe(200);
});

it('is not ready while its database refuses connections, and ready again once it accepts them', async () => {
  const server = inject('pgServerUrl');
  await sql(server, `ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS false`);
  await sql(server, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db.name]);
  try {
    // A pooled connection the termination hit reports 57P01 once; the next attempt opens a new
    // connection and gets the refusal this test is about.
    const down = await until(ready, (r) => r.status === 503 && /not currently accepting connections/.test(r.body.checks.database ?? ''));
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('not ready');
    expect(down.body.checks.database).toMatch(/not currently accepting connections/);
    expect(down.body.checks.migrations).not.toBe('ok');
  } finally {
    await sql(server, `ALTER DATABASE "${db.name}" ALLOW_CONNECTIONS true`);
  }
  expect((await until(ready, (r) => r.status === 200)).body.checks).toEqual({ database: 'ok', migrations: 'ok', jobs: 'ok' });
});

it("reports its database pool at /metrics on its own port and on the gateway's", async () => {
  const pool = system.config.subgraphs.lore!.poolMax;
  for (const url of [`${base}/metrics`, system.gatewayUrl.replace(/\/graphql$/, '/metrics')]) {
    // The outage above emptied the pool; a readiness check puts a connection back in it.
    const text = await until(
      async () => (await ready(), await (await fetch(url)).text()),
      (t) => /atrium_db_pool_connections\{subgraph="lore",state="idle"\} [1-9]/.test(t),
    );
    expect(text, url).toContain(`atrium_db_pool_max{subgraph="lore"} ${pool}`);
    expect(text, url).toMatch(/atrium_db_pool_connections\{subgraph="lore",state="idle"\} [1-9]/);
    expect(text, url).toContain('atrium_db_pool_waiting{subgraph="lore"} 0');
  }
});

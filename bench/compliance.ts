/**
 * `pnpm bench` (compliance): what the audit trail costs and how fast it is read back.
 *  1. The latency audit publishing adds to a mutation: the same write transaction (an UPDATE of
 *     one user row) with and without the `audit.recorded` publish every mutation makes inside its
 *     transaction, interleaved one by one, p50 and p95 side by side. Nothing consumes meanwhile.
 *  2. Audit intake throughput: the compliance consumer drains the queued events (those of 1 plus
 *     more, published the same way) into the hash-chained audit_logs; events per second, and
 *     every event stored exactly once.
 *  3. `verifyAuditChain` over 100,000 rows, through the gateway as the platform administrator
 *     (rows appended by the same chain trigger the intake uses).
 */
import { createEventBus, createLogger, EVENTS, eventTask, type RawExecutor } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { startSystem } from '@atrium/runtime/system';
import pg from 'pg';
import { gql, ms, percentile, withBenchDatabase } from './lib/kit.js';

const RUNS = Number(process.env.BENCH_COMPLIANCE_RUNS ?? 2_000);
const INTAKE = Number(process.env.BENCH_COMPLIANCE_INTAKE ?? 10_000);
const CHAIN_ROWS = Number(process.env.BENCH_COMPLIANCE_CHAIN_ROWS ?? 100_000);
const logger = createLogger('bench', 'warn');
const PASSWORD = 'bench-admin-password-long';
const EMAIL = 'bench-admin@atrium.test';

/** A pg client as the raw executor the kernel publishes through (Prisma's transaction client offers the same two calls). */
const executor = (client: pg.Client): RawExecutor => ({
  async $executeRawUnsafe(query, ...values) {
    return (await client.query(query, values)).rowCount ?? 0;
  },
  async $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
    return (await client.query(query, values)).rows as T;
  },
});

const auditPayload = (userId: string, i: number) => ({
  eventType: 'update',
  eventCategory: 'data_change' as const,
  operation: 'identity.Mutation.updateProfile',
  actorId: userId,
  sessionId: null,
  ipAddress: '203.0.113.7',
  userAgent: 'bench',
  requestId: `bench-${i}`,
  serviceName: 'identity',
  resourceType: 'user',
  resourceId: userId,
  resourceName: null,
  organizationId: null,
  oldValues: { displayName: `before ${i}` },
  newValues: { displayName: `after ${i}` },
  changedFields: ['displayName'],
  riskLevel: 'low' as const,
  complianceRelevant: false,
  description: null,
  additionalData: {},
  inTransaction: true,
  at: new Date().toISOString(),
});

await withBenchDatabase({ ATRIUM_ADMIN_EMAIL: EMAIL, ATRIUM_ADMIN_PASSWORD: PASSWORD, ATRIUM_THROTTLE_LOGIN_PER_IP: '1000000' }, async ({ databaseUrl, config }) => {
  await bootstrapFirstAdmin({ databaseUrl, config, logger });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const userId = (await client.query(`SELECT id FROM identity.users WHERE email = $1`, [EMAIL])).rows[0].id as string;
    const bus = createEventBus({ routes: new Map([[eventTask('', EVENTS.auditRecorded), ['compliance']]]), maxAttempts: 25 });
    const tx = executor(client);
    const write = async (audited: boolean, i: number) => {
      await client.query('BEGIN');
      await client.query(`UPDATE identity.users SET updated_at = now() WHERE id = $1`, [userId]);
      if (audited) await bus.publish(tx, EVENTS.auditRecorded, auditPayload(userId, i));
      await client.query('COMMIT');
    };

    // 1. Added latency of the publish, interleaved (the system is not running: nothing consumes).
    for (let i = 0; i < 200; i++) await write(i % 2 === 0, i);
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const audited of i % 2 ? [false, true] : [true, false]) {
        const start = performance.now();
        await write(audited, i);
        (audited ? on : off).push(performance.now() - start);
      }
    }
    on.sort((a, b) => a - b);
    off.sort((a, b) => a - b);
    const row = (p: number) => `p${p}: without ${ms(percentile(off, p))}  with ${ms(percentile(on, p))}  (+${ms(percentile(on, p) - percentile(off, p))})`;
    console.log(`\naudit publishing on a mutation's transaction (UPDATE one row; + audit.recorded), ${RUNS} interleaved each`);
    console.log(`  ${row(50)}\n  ${row(95)}`);

    // 2. Intake: top the queue up to INTAKE + what 1 queued, then let the consumer drain it.
    await client.query('BEGIN');
    for (let i = 0; i < INTAKE; i++) await bus.publish(tx, EVENTS.auditRecorded, auditPayload(userId, RUNS + 200 + i));
    await client.query('COMMIT');
    const queued = Number((await client.query(`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = $1`, [eventTask('compliance', EVENTS.auditRecorded)])).rows[0].n);
    const stored = async () => Number((await client.query(`SELECT count(*) AS n FROM compliance.audit_logs WHERE operation = 'identity.Mutation.updateProfile' AND user_agent = 'bench'`)).rows[0].n);
    const system = await startSystem({ databaseUrl, config, logger, ephemeralPorts: true });
    try {
      const started = performance.now();
      const deadline = Date.now() + 600_000;
      let n = 0;
      while ((n = await stored()) < queued && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const seconds = (performance.now() - started) / 1000;
      console.log(`\naudit intake: ${queued.toLocaleString('en')} queued audit.recorded events, consumer concurrency ${config.jobs.concurrency}`);
      console.log(`  stored ${n.toLocaleString('en')} of ${queued.toLocaleString('en')} in ${seconds.toFixed(1)} s: ${(n / seconds).toFixed(0)} events/s (includes the job runner's start)`);

      // 3. verifyAuditChain over CHAIN_ROWS rows, appended through the chain trigger.
      const have = Number((await client.query(`SELECT count(*) AS n FROM compliance.audit_logs`)).rows[0].n);
      const loadStart = performance.now();
      await client.query(
        `INSERT INTO compliance.audit_logs (id, "timestamp", seq, event_type, event_category, operation, user_id, resource_type, resource_id, new_values, changed_fields, service_name, request_id, prev_hash, row_hash)
         SELECT gen_random_uuid(), now(), 0, 'update', 'data_change', 'bench.Mutation.load', $1::uuid, 'user', $1::text, jsonb_build_object('n', g), ARRAY['n'], 'bench', 'bench-chain-' || g, '', ''
           FROM generate_series(1, $2::int) g`,
        [userId, Math.max(0, CHAIN_ROWS - have)],
      );
      const rows = Number((await client.query(`SELECT count(*) AS n FROM compliance.audit_logs`)).rows[0].n);
      console.log(`\nverifyAuditChain over ${rows.toLocaleString('en')} rows (appended in ${((performance.now() - loadStart) / 1000).toFixed(1)} s)`);
      const post = (query: string, variables: Record<string, unknown> = {}, token?: string) => gql(system.gatewayUrl, query, variables, token);
      const token = (await post('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: EMAIL, password: PASSWORD } })).login.accessToken as string;
      const samples: number[] = [];
      let result: { ok: boolean; checkedRows: number } | undefined;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        result = (await post('{ verifyAuditChain { ok checkedRows } }', {}, token)).verifyAuditChain;
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      console.log(`  ok ${result!.ok}, ${result!.checkedRows.toLocaleString('en')} rows checked: p50 ${ms(percentile(samples, 50))}, max ${ms(samples.at(-1)!)} (3 runs through the gateway)`);
    } finally {
      await system.stop();
    }
  } finally {
    await client.end();
  }
});

/**
 * `pnpm bench` (scaling): cost that grows with the work, not faster. Through the gateway, as the
 * platform administrator: pages of 10, 50 and 100 users (the page limit) with their organizations
 * (identity) and role assignments (authorization), then a walk over every page of 1,000 and 5,000
 * users. For each it prints latency and the SQL statements per subgraph: statements per request
 * must stay constant as the page grows (batched entity fetches, not one per entity), and a walk's
 * latency linear in its pages. Then login's p50 and the share of it that argon2id verification
 * takes on its own (argon2 is meant to cost: OWASP's baseline, 19 MiB, 2 iterations, 1 lane).
 *
 * Uses DATABASE_URL when set (in a fresh database it drops afterwards), otherwise an embedded
 * PostgreSQL in a temporary directory.
 */
import { hashPassword, verifyPassword } from '@atrium/identity/modules/auth/passwords';
import { createLogger } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { startSystem } from '@atrium/runtime/system';
import pg from 'pg';
import { ms, time, withBenchDatabase, type Timing } from './lib/kit.js';

const PASSWORD = 'bench-password-not-secret';
const logger = createLogger('bench', 'warn');

async function post(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

const PAGE = `query($first: Int!, $after: String, $text: String) {
  users(first: $first, after: $after, filter: { text: $text }) {
    nodes { id email organizations { id } roles { role { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** n users tagged `tag`, each with a profile, one organization membership and the `user` role. */
async function seedUsers(databaseUrl: string, n: number, tag: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO identity.organizations (name, slug, display_name) VALUES ($1::text, $1::text, $1::text)`, [`${tag}-org`]);
    await client.query(
      `WITH u AS (
         INSERT INTO identity.users (email, username) SELECT $1::text || g || '@scale.bench', $1::text || '_' || g FROM generate_series(1, $2::int) g RETURNING id
       ), p AS (INSERT INTO identity.user_profiles (user_id, job_title) SELECT id, 'Scale' FROM u),
       m AS (INSERT INTO identity.organization_members (organization_id, user_id, role_id)
             SELECT o.id, u.id, '00000000-0000-4000-8000-00000000a001'::uuid FROM u CROSS JOIN identity.organizations o WHERE o.slug = $1::text || '-org')
       INSERT INTO "authorization".user_roles (user_id, role_id, assigned_by)
       SELECT u.id, r.id, u.id FROM u CROSS JOIN "authorization".roles r WHERE r.name = 'user'`,
      [tag, n],
    );
  } finally {
    await client.end();
  }
}

// Sign-in throttles opened: the benchmark signs in the same account 25 times.
const ROOMY = { ATRIUM_THROTTLE_LOGIN_PER_IP: '100000', ATRIUM_THROTTLE_LOGIN_PER_ACCOUNT: '100000' };
await withBenchDatabase({ ATRIUM_ADMIN_EMAIL: 'scale@atrium.local', ATRIUM_ADMIN_PASSWORD: PASSWORD, ...ROOMY }, async ({ databaseUrl, config }) => {
  const admin = await bootstrapFirstAdmin({ databaseUrl, config, logger });
  const system = await startSystem({ config, logger, databaseUrl, ephemeralPorts: true });
  try {
    const login = () => post(system.gatewayUrl, null, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: admin!.email, password: PASSWORD } });
    const token = (await login()).login.accessToken as string;
    for (const [n, tag] of [[100, 'p'], [1000, 'k'], [5000, 'v']] as const) await seedUsers(databaseUrl, n, `scale${tag}`);
    const counters = Object.entries(system.runtimes).filter(([name]) => name !== 'analytics').map(([name, r]) => [name, r.queries!] as const);
    const statements = async (work: () => Promise<unknown>) => {
      counters.forEach(([, c]) => c.reset());
      await work();
      return Object.fromEntries(counters.map(([name, c]) => [name, c.count] as const).filter(([, n]) => n > 0)) as Record<string, number>;
    };

    console.log('\nusers with organizations (identity) and roles (authorization), through the gateway');
    console.log('  page size   p50          p95          SQL statements per request');
    for (const first of [10, 50, 100]) {
      const page = () => post(system.gatewayUrl, token, PAGE, { first, text: 'scalep' });
      for (let i = 0; i < 5; i++) await page();
      const t = await time(30, async () => void (await page()));
      const sql = await statements(page);
      console.log(`  ${String(first).padStart(9)}   ${ms(t.p50).padEnd(12)} ${ms(t.p95).padEnd(12)} ${JSON.stringify(sql)}`);
    }

    console.log('\nwalking every page of 100 (latency should be linear in the pages)');
    for (const [n, tag] of [[1000, 'scalek'], [5000, 'scalev']] as const) {
      let pages = 0;
      const walk = async () => {
        let after: string | null = null;
        pages = 0;
        do {
          const data: any = await post(system.gatewayUrl, token, PAGE, { first: 100, after, text: tag });
          pages += 1;
          after = data.users.pageInfo.hasNextPage ? data.users.pageInfo.endCursor : null;
        } while (after);
      };
      await walk();
      const t: Timing = await time(3, walk);
      const sql = await statements(walk);
      const total = Object.values(sql).reduce((sum, x) => sum + x, 0);
      console.log(`  ${String(n).padStart(5)} users: ${pages} pages, p50 ${ms(t.p50)} (${ms(t.p50 / pages)} per page), ${total} statements (${(total / pages).toFixed(1)} per page)`);
    }

    // Login, and argon2id verification alone on the same machine.
    const stored = await hashPassword(PASSWORD);
    for (let i = 0; i < 3; i++) await login();
    const logins = await time(20, async () => void (await login()));
    const argon = await time(20, async () => void (await verifyPassword(stored, PASSWORD)));
    console.log(`\nlogin through the gateway: p50 ${ms(logins.p50)}, p95 ${ms(logins.p95)}; argon2id verification alone (19 MiB, t=2, p=1): p50 ${ms(argon.p50)} = ${((argon.p50 / logins.p50) * 100).toFixed(0)}% of login`);
  } finally {
    await system.stop();
  }
});

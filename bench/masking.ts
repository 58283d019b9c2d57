/**
 * `pnpm bench` (masking): what response masking (issue 12 §3, packages/kernel/src/masking.ts)
 * adds to a 1,000-user list. Two identity subgraphs built the same way on the same database, one
 * with its classified fields declared (masking on) and one without (off), each asked for the same
 * 1,000 users (`_entities`, email, phone and names) by a manager whom an active policy masks:
 * every one of the 4,000 values goes through the mask, and the request fetches its plan from
 * compliance once. Interleaved one by one; p50, p95 and the ratio printed side by side.
 */
import { assignBootstrapRole } from '@atrium/authorization/bootstrap';
import { PrismaClient } from '@atrium/authorization/generated/prisma/client';
import { createLogger, createPrisma, createSessionCheck, createSubgraphInstance, createTokenSigner, createTokenVerifier, serveSubgraph, signedBody, type Config, type SessionCheck, type SubgraphDefinition } from '@atrium/kernel';
import { subgraphNamed, systemEventBus } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ms, percentile, time, withBenchDatabase } from './lib/kit.js';

const USERS = 1_000;
const RUNS = Number(process.env.BENCH_MASKING_RUNS ?? 60);
const logger = createLogger('bench', 'warn');

async function serve(definition: SubgraphDefinition, config: Config, databaseUrl: string, decisionsUrl: string | undefined, sessions: SessionCheck) {
  const instance = await createSubgraphInstance(definition, { databaseUrl, config, logger, events: systemEventBus(config) });
  const server = await serveSubgraph({
    name: definition.name,
    schema: instance.schema,
    config,
    logger,
    // As in production: the session check reads the caller's policy version, so decisions come from a current snapshot in process.
    verify: await createTokenVerifier(config, sessions),
    context: instance.context,
    authorizer: instance.authorizer,
    tenancy: instance.tenancy,
    internal: instance.internal,
    decisionsUrl,
    port: 0,
  });
  return { url: server.url, close: async () => (await server.close(), await instance.close()) };
}

await withBenchDatabase({}, async ({ databaseUrl, config: base }) => {
  const secret = base.secrets.subgraphHmacSecret;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sessions = createSessionCheck({ databaseUrl, logger, max: 4 });
  const closers: (() => Promise<void>)[] = [sessions.close];
  try {
    const viewer = randomUUID();
    const setup = createPrisma(PrismaClient, { url: databaseUrl, schema: 'authorization', logger, max: 1 });
    await assignBootstrapRole(setup, { logger, userId: viewer, roleName: 'manager' }).finally(() => setup.$disconnect());
    const ids = (
      await client.query(
        `INSERT INTO identity.users (email, username, first_name, last_name, phone_number, backup_codes)
         SELECT 'user' || i || '@bench.test', 'bench_' || i, 'First' || i, 'Last' || i, '+33 6 00 00 ' || lpad(i::text, 4, '0'), '{}' FROM generate_series(1, $1) i RETURNING id`,
        [USERS],
      )
    ).rows.map((r) => r.id as string);
    await client.query(`INSERT INTO compliance.masking_policies (name, applies_to_tables, created_by) VALUES ('bench: identity PII', '{identity.users}', $1)`, [viewer]);

    const authorization = await serve(subgraphNamed('authorization'), base, databaseUrl, undefined, sessions);
    closers.unshift(authorization.close);
    const compliance = await serve(subgraphNamed('compliance'), base, databaseUrl, authorization.url, sessions);
    closers.unshift(compliance.close);
    // Every subgraph finds the decision point and compliance where they were just served.
    const config: Config = { ...base, subgraphs: { ...base.subgraphs, authorization: { ...base.subgraphs.authorization!, url: authorization.url }, compliance: { ...base.subgraphs.compliance!, url: compliance.url } } };
    const identity = subgraphNamed('identity');
    const on = await serve(identity, config, databaseUrl, authorization.url, sessions);
    closers.unshift(on.close);
    const off = await serve({ ...identity, classified: undefined }, config, databaseUrl, authorization.url, sessions);
    closers.unshift(off.close);

    const sign = await createTokenSigner(config, { privateKey: config.secrets.devJwtPrivateKey!, ttlSeconds: 900 });
    const token = (await sign({ sub: viewer, sid: randomUUID() })).token;
    const QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email phoneNumber firstName lastName } } }`;
    const variables = { r: ids.map((id) => ({ __typename: 'User', id })) };
    const post = async (url: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(signedBody(secret, { query: QUERY, variables })) });
      const body = (await response.json()) as { data?: { _entities: { email: string }[] }; errors?: unknown[] };
      if (body.errors || body.data?._entities.length !== USERS) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 500)}`);
      return body.data._entities;
    };
    const masked = await post(on.url);
    const clear = await post(off.url);
    if (masked[0]!.email !== 'u***@bench.test' || !clear[0]!.email.endsWith('@bench.test') || clear[0]!.email.includes('*')) throw new Error(`masking not as expected: ${masked[0]!.email} / ${clear[0]!.email}`);
    for (let i = 0; i < 5; i++) await Promise.all([post(on.url), post(off.url)]);

    const onSamples: number[] = [];
    const offSamples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const side of i % 2 ? ['off', 'on'] : ['on', 'off']) {
        const t = await time(1, async () => void (await post(side === 'on' ? on.url : off.url)));
        (side === 'on' ? onSamples : offSamples).push(t.mean);
      }
    }
    onSamples.sort((a, b) => a - b);
    offSamples.sort((a, b) => a - b);
    const p = (xs: number[], q: number) => percentile(xs, q);
    console.log(`masking on a ${USERS.toLocaleString('en')}-user list (4 classified fields each, every value masked; ${RUNS} interleaved runs per side)`);
    console.log(`  masking off  p50 ${ms(p(offSamples, 50))}  p95 ${ms(p(offSamples, 95))}`);
    console.log(`  masking on   p50 ${ms(p(onSamples, 50))}  p95 ${ms(p(onSamples, 95))}`);
    const ratio = p(onSamples, 50) / p(offSamples, 50);
    console.log(`  ratio on/off at p50: ${ratio.toFixed(3)} (overhead ${((ratio - 1) * 100).toFixed(1)}%; target < 10%)`);
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    await client.end();
  }
});

/**
 * `pnpm bench` (sessions): what the ended-session check adds to a request. Every verifier (the
 * gateway, every subgraph) runs one indexed statement after the signature check. Measured side
 * by side in one run, with the platform tables holding 10,000 ended sessions and 10,000 users'
 * state:
 *  1. the token verifier alone, with the check and without it;
 *  2. a request (`{ me { id } }`) to the identity subgraph over HTTP, served with and without it.
 */
import { identityConfig } from '@atrium/identity/config';
import { signedBody, createLogger, createRequestAuthorizer, createSessionCheck, createSubgraphInstance, createTokenSigner, createTokenVerifier, serveSubgraph, settingsOf, type Config, type SessionCheck } from '@atrium/kernel';
import { subgraphNamed, systemEventBus } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ms, time, withBenchDatabase } from './lib/kit.js';

const RUNS = 2_000;
const HTTP_RUNS = 500;
const logger = createLogger('bench', 'warn');

await withBenchDatabase({}, async ({ databaseUrl, config }) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO atrium_platform.revoked_sessions (session_id, user_id, reason, expires_at) SELECT gen_random_uuid(), gen_random_uuid(), 'logout', now() + interval '15 minutes' FROM generate_series(1, 10000)`);
  await client.query(`INSERT INTO atrium_platform.principals (user_id, tokens_valid_from) SELECT gen_random_uuid(), now() FROM generate_series(1, 10000)`);
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM identity.users LIMIT 1`);
  const userId = rows[0]?.id ?? randomUUID();
  await client.end();

  const sessions = createSessionCheck({ databaseUrl, logger, max: config.sessions.poolMax });
  const sign = await createTokenSigner(config, { privateKey: settingsOf(config, identityConfig).jwtPrivateKey, ttlSeconds: config.jwt.accessTtlSeconds });
  const token = (await sign({ sub: userId, sid: randomUUID() })).token;
  const on = await createTokenVerifier(config, sessions);
  const off = await createTokenVerifier(config, null);
  for (let i = 0; i < 200; i++) await Promise.all([on(token), off(token)]);
  // Interleaved, so both sides see the same machine.
  const verifyOff = await time(RUNS, async () => void (await off(token)));
  const verifyOn = await time(RUNS, async () => void (await on(token)));

  const servers = await Promise.all([serve(config, databaseUrl, sessions), serve(config, databaseUrl, null)]);
  const request = (url: string) => async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(signedBody(config.secrets.subgraphHmacSecret, { query: '{ me { id } }' })) });
    if (!response.ok) throw new Error(`bench request failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  for (let i = 0; i < 100; i++) await Promise.all(servers.map((s) => request(s.url)()));
  const httpOff = await time(HTTP_RUNS, request(servers[1]!.url));
  const httpOn = await time(HTTP_RUNS, request(servers[0]!.url));
  await Promise.all(servers.map((s) => s.close()));
  await sessions.close();

  const row = (label: string, a: { p50: number; p95: number }, b: { p50: number; p95: number }) =>
    `${label.padEnd(34)} p50 ${ms(b.p50).padStart(9)} → ${ms(a.p50).padStart(9)} (+${ms(a.p50 - b.p50)})   p95 ${ms(b.p95).padStart(9)} → ${ms(a.p95).padStart(9)} (+${ms(a.p95 - b.p95)})`;
  console.log(`\nended-session check: off → on, ${RUNS} verifications / ${HTTP_RUNS} requests each`);
  console.log(row('token verification alone', verifyOn, verifyOff));
  console.log(row('identity { me { id } } over HTTP', httpOn, httpOff));
});

async function serve(config: Config, databaseUrl: string, sessions: SessionCheck | null) {
  const instance = await createSubgraphInstance(subgraphNamed('identity'), { databaseUrl, config, logger, events: systemEventBus(config) });
  const server = await serveSubgraph({
    name: 'identity',
    schema: instance.schema,
    config,
    logger,
    verify: await createTokenVerifier(config, sessions),
    context: instance.context,
    // `me` is open to any signed-in user: no authorization round trip is measured here.
    authorizer: () => createRequestAuthorizer(async (requests) => requests.map(() => ({ allowed: true, reason: 'GRANTED' as const, via: null }))),
    port: 0,
  });
  return {
    url: server.url,
    async close() {
      await server.close();
      await instance.close();
    },
  };
}

/**
 * `pnpm bench:authz`: what authorization costs.
 *
 *  1. p50/p95 of `checkAccess` for a user holding 5 roles, each at the bottom of a 4-deep
 *     hierarchy, scoped to an organization with 1,000 resources under it (random resource and
 *     permission per call). Measured over HTTP against the authorization subgraph, and
 *     in-process (the decision point alone: SQL + evaluation).
 *  2. The latency shield plus authorization add to a query returning 1,000 items: 1,000 `User`
 *     entities with their `roles` (a field guarded by "owner, or role:read") through
 *     `_entities`, against the same subgraph served with and without shield.
 *  4. In-process decisions from a policy snapshot (kernel policy-snapshot.ts), for the same user:
 *     a hot decision, the per-request cost with a current snapshot (the decisions and tenant
 *     scope of a request, and the session statement the version read rides on, with and without
 *     it), and a cold decision (the snapshot fetched from the authorization subgraph over HTTP).
 *  3. The same for identity: 1,000 `User` entities with directory fields (any signed-in user)
 *     and private ones ("owner, or user:read", decided by the authorization subgraph over HTTP),
 *     plus `me` (the owner branch decides: no decision is asked at all).
 *
 * Uses DATABASE_URL when set (in a fresh database it drops afterwards), otherwise an embedded
 * PostgreSQL in a temporary directory.
 */
import { PrismaClient } from '@atrium/authorization/generated/prisma/client';
import { PrismaClient as IdentityClient } from '@atrium/identity/generated/prisma/client';
import { PolicyService } from '@atrium/authorization/modules/policy/service';
import { assignBootstrapRole } from '@atrium/authorization/bootstrap';
import {
  createLogger,
  createPrisma,
  createPolicySnapshots,
  createRequestAuthorizer,
  snapshotAccess,
  createRequestTenancy,
  createSessionCheck,
  SESSION_ASSERTION_HEADER,
  PolicySnapshots,
  remoteDecider,
  remoteSnapshot,
  remoteTenantScopes,
  createSubgraphInstance,
  createTokenSigner,
  createTokenVerifier,
  serveSubgraph,
  signedBody,
  signSessionAssertion,
  type SessionCheck,
  type Config,
  type HttpServerHandle,
} from '@atrium/kernel';
import { subgraphNamed, systemEventBus } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { time, ms, percentile, withBenchDatabase } from './lib/kit.js';

const RESOURCES = 1_000;
const ITEMS = 1_000;
const CHECK_RUNS = 400;
/** BENCH_QUERY_RUNS: interleaved runs per side of the list queries (40). */
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 40);
/** BENCH_AUTHZ_ONLY=identity: only section 3 (a short run, or one to profile with `node --cpu-prof --import tsx`). */
const FULL = process.env.BENCH_AUTHZ_ONLY !== 'identity';

const logger = createLogger('bench', 'warn');
const authorizationDb = (url: string, max: number) => createPrisma(PrismaClient, { url, schema: 'authorization', logger, max });



/** The subgraphs' shared secret: they answer only calls signed like the gateway's. Set once the configuration is loaded. */
let signatureSecret = '';

/** `headers(body)`: more headers for the exact body sent (the gateway's session assertion). */
async function post(url: string, token: string, query: string, variables: Record<string, unknown>, headers?: (body: string) => Record<string, string>) {
  const sent = JSON.stringify(signedBody(signatureSecret, { query, variables }));
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers?.(sent) }, body: sent });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** 5 chains of 4 roles (leaf → … → root); the user holds the 5 leaves, scoped to one organization. */
async function scenario(databaseUrl: string) {
  const db = authorizationDb(databaseUrl, 4);
  try {
    const types = new Map((await db.resourceType.findMany()).map((t) => [t.name, t.id]));
    const permissions = await db.permission.findMany({ include: { resourceType: true } });
    const byName = new Map(permissions.map((p) => [p.name, p.id]));
    const org = await db.resource.create({ data: { resourceTypeId: types.get('organization')!, resourceId: randomUUID(), name: 'Bench org' } });
    const folders = await Promise.all(
      Array.from({ length: 10 }, (_, i) => db.resource.create({ data: { resourceTypeId: types.get('knowledge')!, resourceId: randomUUID(), parentResourceId: org.id, name: `kb ${i}` } })),
    );
    const reportType = types.get('report')!;
    await db.resource.createMany({
      data: Array.from({ length: RESOURCES }, (_, i) => ({ resourceTypeId: reportType, resourceId: `report-${i}`, parentResourceId: folders[i % folders.length]!.id, ownerId: randomUUID(), attributes: { index: i } })),
    });
    const grants = ['report:read', 'report:execute', 'report:update', 'report:create', 'report:delete', 'knowledge:read', 'knowledge:update', 'analytics:read'];
    const user = randomUUID();
    for (let chain = 0; chain < 5; chain++) {
      let parentRoleId: string | null = null;
      let leaf = '';
      for (let level = 0; level < 4; level++) {
        const role: { id: string } = await db.role.create({ data: { name: `bench_${chain}_${level}`, parentRoleId, roleLevel: level } });
        await db.rolePermission.create({ data: { roleId: role.id, permissionId: byName.get(grants[(chain + level) % grants.length]!)! } });
        parentRoleId = role.id;
        leaf = role.id;
      }
      await db.userRole.create({ data: { userId: user, roleId: leaf, resourceScope: org.id } });
    }
    // 1,000 other users with a role each: the items of the 1,000-item query.
    const member = await db.role.findUniqueOrThrow({ where: { name: 'user' } });
    const users = Array.from({ length: ITEMS }, () => randomUUID());
    await db.userRole.createMany({ data: users.map((userId) => ({ userId, roleId: member.id })) });
    return { user, users, grants };
  } finally {
    await db.$disconnect();
  }
}

/**
 * `sessions`: the caller's policy version comes from the gateway's session assertion (as through
 * the gateway: no statement here), so decisions come from a current snapshot. `waiting`: the shield
 * of before `decideNow` (policy-snapshot.ts): every field of a list waits on the request's
 * decision even when the snapshot already knows it.
 */
async function serve(
  config: Config,
  databaseUrl: string,
  guarded: boolean,
  name = 'authorization',
  decisionsUrl?: string,
  { sessions = null, waiting = false }: { sessions?: SessionCheck | null; waiting?: boolean } = {},
): Promise<{ server: HttpServerHandle; close(): Promise<void> }> {
  const instance = await createSubgraphInstance(subgraphNamed(name), { databaseUrl, config, logger, events: systemEventBus(config), shield: guarded });
  const snapshots = decisionsUrl ? createPolicySnapshots(config, decisionsUrl, logger) ?? undefined : undefined;
  const point = { url: decisionsUrl!, signatureSecret: config.secrets.subgraphHmacSecret };
  const server = await serveSubgraph({
    name,
    schema: instance.schema,
    config,
    logger,
    // The ended-session check is measured on its own (bench/sessions.ts); here only authorization.
    verify: await createTokenVerifier(config, sessions),
    context: instance.context,
    authorizer: waiting ? (input) => createRequestAuthorizer(snapshotAccess(snapshots!, point, input).decide) : instance.authorizer,
    policySnapshots: snapshots,
    internal: instance.internal,
    decisionsUrl,
    port: 0,
  });
  return { server, close: async () => (await server.close(), await instance.close()) };
}

/** `runs` interleaved pairs, so both sides see the same machine load; sorted samples of each. */
async function sideBySide(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i++) {
    on.push((await time(1, async () => void (await a()))).mean);
    off.push((await time(1, async () => void (await b()))).mean);
  }
  on.sort((x, y) => x - y);
  off.sort((x, y) => x - y);
  return { on, off };
}

function printPair(title: string, { on, off }: { on: number[]; off: number[] }) {
  const p50 = (xs: number[]) => percentile(xs, 50);
  const p95 = (xs: number[]) => percentile(xs, 95);
  console.log('');
  console.log(title);
  console.log(`  shield off:                        p50 ${ms(p50(off))}   p95 ${ms(p95(off))}`);
  console.log(`  shield + authorization:            p50 ${ms(p50(on))}   p95 ${ms(p95(on))}`);
  console.log(`  added latency:                     p50 ${ms(p50(on) - p50(off))} (${(((p50(on) / p50(off)) - 1) * 100).toFixed(1)}%, target ≤ 10%)   p95 ${ms(p95(on) - p95(off))}`);
}

/** `runs` rounds, each running every side once in turn (the same machine load on every side); sorted samples of each. */
async function interleaved(runs: number, sides: (() => Promise<unknown>)[]) {
  const samples = sides.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < sides.length; k++) samples[k]!.push((await time(1, async () => void (await sides[k]!()))).mean);
  }
  samples.forEach((x) => x.sort((p, q) => p - q));
  return samples;
}

/** The figures of section 4: `pick(i)` is the i-th check of section 1. */
async function snapshotFigures(databaseUrl: string, config: Config, decisionsUrl: string, user: string, pick: (i: number) => { t: string; a: string; r: string | null }) {
  const runs = CHECK_RUNS * 5;
  const sessions = createSessionCheck({ databaseUrl, logger, max: 2 });
  const sign = await createTokenSigner(config, { privateKey: config.secrets.devJwtPrivateKey!, ttlSeconds: 900 });
  const sessionId = randomUUID();
  const token = (await sign({ sub: user, sid: sessionId })).token;
  const session = { userId: user, sessionId, issuedAt: Math.floor(Date.now() / 1000) };
  const { policyVersion } = await sessions.check(session);
  const call = { principal: { userId: user, sessionId, policyVersion }, authorization: `Bearer ${token}`, requestId: 'bench' };
  const point = { url: decisionsUrl, signatureSecret, authorization: call.authorization, requestId: 'bench' };
  const snapshots = new PolicySnapshots({ fetch: remoteSnapshot({ url: decisionsUrl, signatureSecret }), maxUsers: 100 });
  const remote = remoteDecider(point);
  const decide = snapshots.decider(call, remote);
  const request = (i: number) => {
    const c = pick(i);
    return { permission: `${c.t}:${c.a}` as never, resourceId: c.r };
  };
  // Warm: every report the checks name (the first request naming one fetches it once).
  await decide(Array.from({ length: RESOURCES }, (_, i) => ({ permission: 'report:read' as never, resourceId: `report-${i}` })));
  for (let i = 0; i < 200; i++) await decide([request(i)]);
  const hot = await time(runs, async (i) => void (await decide([request(i)])));
  const request3 = await time(runs, async (i) => {
    // What one request does: its own batched authorizer and tenancy, three checks and a tenant scope.
    const authz = createRequestAuthorizer(snapshots.decider(call, remote));
    const tenancy = createRequestTenancy(snapshots.tenantScopes(call, remoteTenantScopes(point)));
    await Promise.all([authz.decide(request(i)), authz.decide(request(i + 1)), authz.decide(request(i + 2)), tenancy.scope('report:read' as never)]);
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const WITHOUT = `SELECT EXISTS (SELECT 1 FROM "atrium_platform"."revoked_sessions" WHERE session_id = $1::uuid)
      OR EXISTS (SELECT 1 FROM "atrium_platform"."principals" WHERE user_id = $2::uuid AND tokens_valid_from > to_timestamp($3::double precision)) AS ended`;
  for (let i = 0; i < 50; i++) await sessions.check(session);
  const withVersion = await time(CHECK_RUNS, async () => void (await sessions.check(session)));
  for (let i = 0; i < 50; i++) await pool.query({ name: 'without', text: WITHOUT, values: [sessionId, user, session.issuedAt] });
  const withoutVersion = await time(CHECK_RUNS, async () => void (await pool.query({ name: 'without', text: WITHOUT, values: [sessionId, user, session.issuedAt] })));
  await pool.end();
  const cold = await time(CHECK_RUNS, async (i) => {
    snapshots.clear();
    await decide([request(i)]);
  });
  const remoteRuns = await time(CHECK_RUNS, async (i) => void (await remote([request(i)])));
  // Where the cold decision's time goes: the snapshot's statements alone, in process.
  const policyDb = authorizationDb(databaseUrl, 4);
  const policy = new PolicyService(policyDb);
  const asCheck = (i: number) => {
    const c = pick(i);
    return { resourceType: c.t, action: c.a, resourceId: c.r };
  };
  for (let i = 0; i < 30; i++) await policy.snapshot(user, [asCheck(i)]);
  const statements = await time(CHECK_RUNS, async (i) => void (await policy.snapshot(user, [asCheck(i)])));
  await policyDb.$disconnect();
  await sessions.close();
  return { runs, hot, request: request3, withVersion, withoutVersion, cold, remote: remoteRuns, statements, stats: snapshots.stats };
}

async function main() {
  await withBenchDatabase({}, async ({ databaseUrl, config }) => {
    signatureSecret = config.secrets.subgraphHmacSecret;
    const { user, users, grants } = await scenario(databaseUrl);
    const viewer = randomUUID();
    const setup = authorizationDb(databaseUrl, 1);
    await assignBootstrapRole(setup, { logger, userId: viewer, roleName: 'super_admin' }).finally(() => setup.$disconnect());
    const sign = await createTokenSigner(config, { privateKey: config.secrets.devJwtPrivateKey!, ttlSeconds: 900 });
    const viewerSid = randomUUID();
    const viewerToken = (await sign({ sub: viewer, sid: viewerSid })).token;

    const guarded = await serve(config, databaseUrl, true);
    const open = await serve(config, databaseUrl, false);
    try {
      const pick = (i: number) => {
        const [resourceType, action] = grants[i % grants.length]!.split(':') as [string, string];
        return { u: user, t: resourceType, a: action, r: resourceType === 'report' ? `report-${(i * 7919) % RESOURCES}` : null };
      };
      const reps = { r: users.map((id) => ({ __typename: 'User', id })) };
      const sections = async () => {
        // 1. checkAccess
        const CHECK = `query($u: ID!, $t: String!, $a: String!, $r: String) { checkAccess(userId: $u, resourceType: $t, action: $a, resourceId: $r) { allowed reason via } }`;
        const sample = await post(guarded.server.url, viewerToken, CHECK, pick(0));
        for (let i = 0; i < 30; i++) await post(guarded.server.url, viewerToken, CHECK, pick(i));
        const http = await time(CHECK_RUNS, (i) => post(guarded.server.url, viewerToken, CHECK, pick(i)).then(() => undefined));
        const policyDb = authorizationDb(databaseUrl, 2);
        const policy = new PolicyService(policyDb);
        const inProcess = await time(CHECK_RUNS, async (i) => {
          const c = pick(i);
          await policy.decideMany(user, [{ resourceType: c.t, action: c.a, resourceId: c.r }]);
        });
        await policyDb.$disconnect();

        // 2. a 1,000-item query with and without shield
        const ITEMS_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id roles { id role { name } } } } }`;
        const check = await post(guarded.server.url, viewerToken, ITEMS_QUERY, reps);
        if (check._entities.length !== ITEMS) throw new Error('expected 1,000 entities');
        for (let i = 0; i < 3; i++) {
          await post(guarded.server.url, viewerToken, ITEMS_QUERY, reps);
          await post(open.server.url, viewerToken, ITEMS_QUERY, reps);
        }
        const roles = await sideBySide(QUERY_RUNS, () => post(guarded.server.url, viewerToken, ITEMS_QUERY, reps), () => post(open.server.url, viewerToken, ITEMS_QUERY, reps));

        // 4. in-process decisions from a policy snapshot
        const snap = await snapshotFigures(databaseUrl, config, guarded.server.url, user, pick);
        return { sample, http, inProcess, roles, snap };
      };
      const first = FULL ? await sections() : undefined;

      // 3. identity: 1,000 users (directory + private fields), and `me`
      const identityDb = createPrisma(IdentityClient, { url: databaseUrl, schema: 'identity', logger, max: 2 });
      await identityDb.user.createMany({ data: users.map((id, i) => ({ id, email: `bench-${i}@example.test`, username: `bench_${i}`, displayName: `Bench ${i}` })) });
      await identityDb.user.create({ data: { id: viewer, email: 'bench-viewer@example.test', username: 'bench_viewer' } });
      await identityDb.$disconnect();
      // Three shielded identities against an unshielded one, interleaved run by run:
      //  - over HTTP: no policy version (no session check), so every request asks the decision point;
      //  - waiting: the policy version from the gateway's session assertion, user:read decided from
      //    the in-process snapshot, but every field of the list waits on that decision (the shield
      //    before Authorizer.decideNow);
      //  - now: the same, the snapshot's answer taken synchronously, so the list's fields do not wait.
      const sessions = createSessionCheck({ databaseUrl, logger, max: 2 });
      const viewerSession = { userId: viewer, sessionId: viewerSid, issuedAt: Math.floor(Date.now() / 1000) };
      const { policyVersion } = await sessions.check(viewerSession);
      const asserted = (body: string) => ({ [SESSION_ASSERTION_HEADER]: signSessionAssertion(signatureSecret, { userId: viewer, sessionId: viewerSid, policyVersion }, body) });
      const identities = {
        http: await serve(config, databaseUrl, true, 'identity', guarded.server.url),
        httpOff: await serve(config, databaseUrl, false, 'identity', guarded.server.url),
        waiting: await serve(config, databaseUrl, true, 'identity', guarded.server.url, { sessions, waiting: true }),
        now: await serve(config, databaseUrl, true, 'identity', guarded.server.url, { sessions }),
        off: await serve(config, databaseUrl, false, 'identity', guarded.server.url, { sessions }),
      };
      type Side = keyof typeof identities;
      const order: Side[] = ['http', 'httpOff', 'waiting', 'now', 'off'];
      const ask = (side: Side, query: string, variables: Record<string, unknown>) =>
        post(identities[side].server.url, viewerToken, query, variables, side === 'http' || side === 'httpOff' ? undefined : asserted);
      let people: Record<Side, number[]>;
      let me: Record<Side, number[]>;
      try {
        const PEOPLE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id username displayName email isActive lastLoginAt } } }`;
        for (const side of order) {
          const answer = await ask(side, PEOPLE, reps);
          if (answer._entities.length !== ITEMS || !answer._entities[0].email) throw new Error(`expected 1,000 identity users with email (${side})`);
        }
        for (let i = 0; i < 3; i++) for (const side of order) await ask(side, PEOPLE, reps);
        const bySide = (xs: number[][]) => Object.fromEntries(order.map((side, k) => [side, xs[k]!])) as Record<Side, number[]>;
        people = bySide(await interleaved(QUERY_RUNS, order.map((side) => () => ask(side, PEOPLE, reps))));
        const ME = `{ me { id username email isActive lastLoginAt } }`;
        for (let i = 0; i < 10; i++) for (const side of order) await ask(side, ME, {});
        me = bySide(await interleaved(CHECK_RUNS / 2, order.map((side) => () => ask(side, ME, {}))));
      } finally {
        for (const side of order) await identities[side].close();
        await sessions.close();
      }

      if (first) {
      const { sample, http, inProcess, roles, snap } = first;
      console.log('');
      console.log(`checkAccess — user with 5 roles in a 4-deep hierarchy, scoped over ${RESOURCES.toLocaleString('en')} resources (${CHECK_RUNS} calls)`);
      console.log(`  sample decision: ${JSON.stringify(sample.checkAccess)}`);
      console.log(`  over HTTP (subgraph, shield on):   p50 ${ms(http.p50)}   p95 ${ms(http.p95)}`);
      console.log(`  in process (SQL + evaluation):     p50 ${ms(inProcess.p50)}   p95 ${ms(inProcess.p95)}`);
      const us = (n: number) => `${(n * 1000).toFixed(1)} µs`;
      console.log('');
      console.log(`in-process decisions from a policy snapshot (same user; ${snap.runs} decisions each)`);
      console.log(`  hot decision (current snapshot):   p50 ${us(snap.hot.p50)}   p95 ${us(snap.hot.p95)} (target p95 < 1 ms)`);
      console.log(`  per request, current snapshot:     p50 ${us(snap.request.p50)}   p95 ${us(snap.request.p95)} (3 decisions + 1 tenant scope; target p50 < 1 ms)`);
      console.log(`  session statement + versions:      p50 ${ms(snap.withVersion.p50)}   without the versions ${ms(snap.withoutVersion.p50)} (the statement every request already runs)`);
      console.log(`  cold decision (snapshot fetched):  p50 ${ms(snap.cold.p50)}   p95 ${ms(snap.cold.p95)} (target < 10 ms)`);
      console.log(`  of which the snapshot's SQL:       p50 ${ms(snap.statements.p50)}   p95 ${ms(snap.statements.p95)} (in process, no HTTP)`);
      console.log(`  remote decision (myAccess, before): p50 ${ms(snap.remote.p50)}   p95 ${ms(snap.remote.p95)}`);
      console.log(`  snapshot fetches ${snap.stats.fetches}, hits ${snap.stats.hits}`);
      printPair(`authorization: query returning ${ITEMS.toLocaleString('en')} items (User entities with roles; ${QUERY_RUNS} interleaved runs each)`, roles);
      }
      const list = `identity: ${ITEMS.toLocaleString('en')} User entities, directory + private fields (owner, or user:read; ${QUERY_RUNS} interleaved runs each)`;
      printPair(`${list}, no policy version: user:read asked over HTTP`, { on: people.http, off: people.httpOff });
      printPair(`${list}, current snapshot, fields waiting on the decision (shield before decideNow)`, { on: people.waiting, off: people.off });
      printPair(`${list}, current snapshot, decided at once (decideNow)`, { on: people.now, off: people.off });
      const mine = `identity: me (the owner branch decides, no decision asked; ${CHECK_RUNS / 2} interleaved runs each)`;
      printPair(`${mine}, no policy version`, { on: me.http, off: me.httpOff });
      printPair(`${mine}, current snapshot (decideNow)`, { on: me.now, off: me.off });
    } finally {
      await guarded.close();
      await open.close();
    }
  });
}

await main();

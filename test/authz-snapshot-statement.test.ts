/**
 * The policy snapshot's cold path (issue 11 §1, a cold decision under 10 ms):
 * - the snapshot is read in ONE statement (PolicyStore.snapshotFacts) and holds exactly what the
 *   several statements it replaces gave (the whole-catalog facts trimmed by snapshotWire), for
 *   users with role chains, scoped and revoked assignments, scoped direct grants, named
 *   resources with ancestors, unregistered resources and organizations under organizations;
 * - concurrent requests of one caller under the same policy version share one fetch (a burst
 *   makes one), with the same decisions as the decision point's `myAccess`; a request naming a
 *   resource the fetch under way does not cover, or under another version, fetches its own.
 */
import { PrismaClient } from '@atrium/authorization/generated/prisma/client';
import { PolicyService } from '@atrium/authorization/modules/policy/service';
import { PolicyStore } from '@atrium/authorization/modules/policy/store';
import { createLogger, createPrisma, PolicySnapshots, remoteDecider, remoteSnapshot, remoteTenantScopes, scopeRootsOf, snapshotWire, type AccessRequest, type FetchSnapshot, type PolicySnapshotWire } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, type Personas } from './authz-kit.js';
import { startTestSystem, type Session, type TestSystem } from './kit/system.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
let p: Personas;
let db: ReturnType<typeof open>;
let extra: Session;
let kb: { id: string; resourceId: string };
let childOrg: { id: string; resourceId: string };

const open = (url: string) => createPrisma(PrismaClient, { url, schema: 'authorization', logger: createLogger('test', 'silent'), max: 2 });

beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
  p = await a.personas();
  db = open(t.db.url);
  childOrg = await a.resource({ resourceType: 'organization', parentId: p.orgA.id });
  kb = await a.resource({ resourceType: 'knowledge', parentId: childOrg.id, ownerId: p.user.userId, attributes: { level: 3 } });
  // Chains, a revoked assignment, a scoped direct grant and one with a window.
  extra = await a.registered();
  ok(await a.assign(extra.userId, 'manager'));
  const revoked = ok(await a.assign(extra.userId, 'admin', { resourceScope: p.orgB.id })).assignRole.id as string;
  ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: revoked }, t.admin.accessToken));
  ok(await a.grant(extra.userId, 'knowledge:update', { resourceId: childOrg.id }));
  ok(await a.assign(extra.userId, 'content_creator', { resourceScope: p.orgA.id, validUntil: new Date(Date.now() + 3_600_000).toISOString() }));
});
afterAll(async () => {
  await db?.$disconnect();
  await t?.stop();
});

/** What the snapshot held before: the whole-catalog facts of the user, trimmed by snapshotWire. */
async function reference(userId: string, checks: { resourceType: string; action: string; resourceId: string | null }[]): Promise<PolicySnapshotWire> {
  const store = new PolicyStore(db);
  const named = [...new Map(checks.filter((c) => c.resourceId !== null).map((c) => [`${c.resourceType}\u0000${c.resourceId}`, [c.resourceType, c.resourceId!] as const])).values()];
  const facts = (await store.factsForUsers([userId])).get(userId)!;
  const resources = named.length ? [...(await store.facts(userId, checks)).resources.values()] : [];
  const reached = await store.organizationsUnder(scopeRootsOf(facts));
  return snapshotWire(facts, resources, named, reached);
}

/** Order-free where order carries no meaning (maps on the receiving side); grants keep theirs. */
function normalized(wire: PolicySnapshotWire) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
  const strip = <T extends object>(xs: T[]) => xs.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'userId')));
  return {
    ...wire,
    roles: byId(wire.roles),
    permissions: byId(wire.permissions),
    rolePermissions: byId(wire.rolePermissions),
    userRoles: strip(wire.userRoles),
    userPermissions: strip(wire.userPermissions),
    resources: byId(wire.resources),
    reached: wire.reached.map(([root, orgs]) => [root, [...orgs].sort()]).sort(([x], [y]) => (x as string).localeCompare(y as string)),
  };
}

describe('the snapshot in one statement', () => {
  it('holds exactly what the several statements it replaces held, for every kind of grant', async () => {
    const checks = [
      { resourceType: 'knowledge', action: 'read', resourceId: kb.resourceId },
      { resourceType: 'organization', action: 'read', resourceId: p.orgA.resourceId },
      { resourceType: 'report', action: 'read', resourceId: 'not-registered' },
      { resourceType: 'user', action: 'read', resourceId: null },
    ];
    const service = new PolicyService(db);
    const users = [p.superAdmin, p.orgAdmin, p.manager, p.user, p.otherOrgUser, extra].map((s) => s.userId);
    for (const userId of [...users, crypto.randomUUID()]) {
      const [one, several] = [await service.snapshot(userId, checks), await reference(userId, checks)];
      expect(normalized(one), userId).toEqual(normalized(several));
    }
    const mine = await service.snapshot(extra.userId, checks);
    // The fixture reaches what it should: chains, the revoked assignment, the grant, ancestors, child organizations.
    expect(mine.userRoles.filter((ur) => ur.revokedAt !== null)).toHaveLength(1);
    expect(mine.userPermissions).toHaveLength(1);
    expect(mine.roles.map((r) => r.name)).toEqual(expect.arrayContaining(['manager', 'content_creator', 'user', 'admin']));
    expect(mine.resources.map((r) => r.id)).toEqual(expect.arrayContaining([kb.id, childOrg.id, p.orgA.id]));
    expect(new Map(mine.reached).get(p.orgA.id)?.sort()).toEqual([p.orgA.resourceId, childOrg.resourceId].sort());
    // With no checks at all, still one statement's worth: no resources.
    expect((await service.snapshot(extra.userId, [])).resources).toEqual([]);
  });
});

describe('concurrent fetches of one caller', () => {
  const authorizationUrl = () => t.system.subgraphs.find((s) => s.name === 'authorization')!.url;

  /** The real snapshot fetch, held at a gate until released: the calls under way are counted. */
  function gated() {
    const real = remoteSnapshot({ url: authorizationUrl(), signatureSecret: t.config.secrets.subgraphHmacSecret });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const calls: (readonly AccessRequest[])[] = [];
    const fetch: FetchSnapshot = async (call, checks) => {
      calls.push(checks);
      await gate;
      return real(call, checks);
    };
    return { fetch, calls, release };
  }

  const call = (s: Session, policyVersion: string) => ({ principal: { userId: s.userId, policyVersion }, authorization: `Bearer ${s.accessToken}`, requestId: 'coalesce' });

  it('a burst under the same version makes one fetch, and decides as myAccess does', async () => {
    const { fetch, calls, release } = gated();
    const snapshots = new PolicySnapshots({ fetch, maxUsers: 10 });
    const s = extra;
    const remote = remoteDecider({ url: authorizationUrl(), signatureSecret: t.config.secrets.subgraphHmacSecret, authorization: `Bearer ${s.accessToken}`, requestId: 'coalesce' });
    const asks: AccessRequest[][] = [
      [{ permission: 'knowledge:update' as never, resourceId: kb.resourceId }],
      [{ permission: 'user:read' as never, resourceId: null }],
      [{ permission: 'knowledge:update' as never, resourceId: kb.resourceId }, { permission: 'user:read' as never, resourceId: null }],
    ];
    const burst = Array.from({ length: 9 }, (_, i) => snapshots.decider(call(s, 'v1'), remote)(asks[i % asks.length]!));
    const scopes = snapshots.tenantScopes(call(s, 'v1'), async () => [])(['knowledge:update' as never]);
    await new Promise((r) => setImmediate(r));
    expect(calls).toHaveLength(1);
    release();
    const decisions = await Promise.all(burst);
    expect(calls).toHaveLength(1);
    expect(snapshots.stats.fetches).toBe(1);
    expect(snapshots.stats.coalesced).toBe(9);
    const point = { url: authorizationUrl(), signatureSecret: t.config.secrets.subgraphHmacSecret, authorization: `Bearer ${s.accessToken}`, requestId: 'coalesce' };
    expect(await scopes).toEqual(await remoteTenantScopes(point)(['knowledge:update' as never]));
    for (let i = 0; i < burst.length; i++) expect(decisions[i]).toEqual(await remote(asks[i % asks.length]!));
    expect(decisions[0]![0]!.allowed).toBe(true);
  });

  it('a resource the fetch under way does not cover, or another version, fetches its own', async () => {
    const { fetch, calls, release } = gated();
    const snapshots = new PolicySnapshots({ fetch, maxUsers: 10 });
    const s = extra;
    const remote = remoteDecider({ url: authorizationUrl(), signatureSecret: t.config.secrets.subgraphHmacSecret, authorization: `Bearer ${s.accessToken}`, requestId: 'coalesce' });
    const kbAsk: AccessRequest[] = [{ permission: 'knowledge:update' as never, resourceId: kb.resourceId }];
    const orgAsk: AccessRequest[] = [{ permission: 'organization:read' as never, resourceId: p.orgA.resourceId }];
    const first = snapshots.decider(call(s, 'v1'), remote)(kbAsk);
    const other = snapshots.decider(call(s, 'v1'), remote)(orgAsk);
    const newer = snapshots.decider(call(s, 'v2'), remote)(kbAsk);
    await new Promise((r) => setImmediate(r));
    // The organization waits for the first fetch, then fetches only what it lacks; v2 at once.
    expect(calls.map((c) => c.map((r) => r.resourceId))).toEqual([[kb.resourceId], [kb.resourceId]]);
    release();
    expect(await first).toEqual(await remote(kbAsk));
    expect(await other).toEqual(await remote(orgAsk));
    expect(await newer).toEqual(await remote(kbAsk));
    expect(calls.map((c) => c.map((r) => r.resourceId))).toEqual([[kb.resourceId], [kb.resourceId], [p.orgA.resourceId]]);
  });
});

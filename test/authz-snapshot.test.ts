/**
 * In-process decisions from policy snapshots (issue 11 §1) are never stale: after a revocation,
 * a permission change or a deactivation returns, the very next request through the gateway is
 * refused, and requests racing a revocation are allowed only if they started before its answer.
 * `users` is identity's field guarded by `user:read`, decided in identity's process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok } from './authz-kit.js';
import { codes, startTestSystem, type Session, type TestSystem } from './kit/system.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
});
afterAll(() => t?.stop());

const USERS = `query { users(first: 1) { nodes { id } } }`;
const users = (s: Session) => t.gql(USERS, {}, s.accessToken);
const snapshots = () => t.system.policySnapshots!.stats;

async function manager(): Promise<{ s: Session; assignment: string }> {
  const s = await a.registered();
  const assignment = ok(await a.assign(s.userId, 'manager')).assignRole.id as string;
  return { s, assignment };
}

describe('policy snapshots', () => {
  it('decide in process while the policy is unchanged, and a revoked role is refused on the very next request', async () => {
    const { s, assignment } = await manager();
    expect(codes(await users(s))).toEqual([]);
    const before = { ...snapshots() };
    for (let i = 0; i < 3; i++) expect(codes(await users(s))).toEqual([]);
    // No snapshot fetched for the repeated requests: every one was decided from the same copy.
    expect(snapshots().fetches).toBe(before.fetches);
    expect(snapshots().hits).toBeGreaterThanOrEqual(before.hits + 3);
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: assignment }, t.admin.accessToken));
    expect(codes(await users(s))).toEqual(['FORBIDDEN']);
  });

  it("a permission taken off a role is refused on its holders' very next request", async () => {
    const s = await a.registered();
    const role = ok(await t.gql(`mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }`, { i: { name: `reader_${Math.random().toString(36).slice(2, 8)}` } }, t.admin.accessToken)).createRole.id as string;
    const link = ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role, permissionId: await a.permissionId('user:read') } }, t.admin.accessToken)).addRolePermission.id as string;
    ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: s.userId, roleId: role } }, t.admin.accessToken));
    expect(codes(await users(s))).toEqual([]);
    expect(codes(await users(s))).toEqual([]);
    ok(await t.gql(`mutation($id: ID!) { removeRolePermission(id: $id) { id } }`, { id: link }, t.admin.accessToken));
    expect(codes(await users(s))).toEqual(['FORBIDDEN']);
  });

  it('a revoked direct grant and a deactivated user are refused on the very next request', async () => {
    const s = await a.registered();
    const grant = ok(await a.grant(s.userId, 'user:read')).grantPermission.id as string;
    expect(codes(await users(s))).toEqual([]);
    expect(codes(await users(s))).toEqual([]);
    ok(await t.gql(`mutation($id: ID!) { revokePermission(id: $id) { id } }`, { id: grant }, t.admin.accessToken));
    expect(codes(await users(s))).toEqual(['FORBIDDEN']);

    const { s: gone } = await manager();
    expect(codes(await users(gone))).toEqual([]);
    ok(await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: gone.userId }, t.admin.accessToken));
    expect(codes(await users(gone))).toEqual(['UNAUTHENTICATED']);
  });

  it('no request that starts after a revocation answered is allowed, however many race it', async () => {
    const { s, assignment } = await manager();
    expect(codes(await users(s))).toEqual([]);
    const seen: { startedAt: number; codes: unknown[] }[] = [];
    let revokedAt = Infinity;
    let stop = false;
    const racer = async () => {
      // Keep going until a few requests have started after the revocation answered.
      while (!stop) {
        const startedAt = performance.now();
        seen.push({ startedAt, codes: codes(await users(s)) });
        if (seen.filter((r) => r.startedAt > revokedAt).length >= 40) stop = true;
      }
    };
    const racers = Array.from({ length: 8 }, racer);
    // Revoke while they run, once some requests were allowed.
    while (seen.filter((r) => r.codes.length === 0).length < 10) await new Promise((r) => setImmediate(r));
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: assignment }, t.admin.accessToken));
    revokedAt = performance.now();
    await Promise.all(racers);
    const after = seen.filter((r) => r.startedAt > revokedAt);
    expect(after.length).toBeGreaterThanOrEqual(40);
    expect(after.filter((r) => r.codes.length === 0)).toEqual([]);
    expect(new Set(after.map((r) => r.codes.join()))).toEqual(new Set(['FORBIDDEN']));
    expect(seen.some((r) => r.codes.length === 0)).toBe(true);
  });
});

/**
 * Issue 8 §2 and §3 through the gateway: delegation carries every restriction of its source,
 * what is held only through a delegation cannot be assigned outright, grants go only to users
 * identity knows and has not deactivated (the authorization domain's own projection, fed by
 * identity's events), and conditions fail closed on resources that are not registered or not
 * active.
 */
import { EVENTS } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from './kit/db.js';
import { publish } from './kit/events.js';
import { startTestSystem, type Session, type TestSystem } from './kit/system.js';
import { authz, denial, ok, waitFor } from './authz-kit.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
});
afterAll(() => t?.stop());

const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
const EU_ONLY = { '==': [{ var: 'resource.attributes.region' }, 'eu'] };
const DELEGATE = `mutation($i: DelegateRoleInput!) { delegateRole(input: $i) { id delegationDepth contextConditions } }`;
const delegate = (token: string, input: Record<string, unknown>) => t.gql(DELEGATE, { i: input }, token);
const rowsOf = async (userId: string) => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1`, [userId]))[0]!.n;

describe('delegation carries every restriction', () => {
  it('copies the source assignment\'s context conditions: the delegate never holds more than the delegator', async () => {
    const [u, v] = await Promise.all([a.registered(), a.registered()]);
    const source = ok(await a.assign(u.userId, 'manager', { contextConditions: EU_ONLY })).assignRole;
    const eu = await a.resource({ resourceType: 'report', attributes: { region: 'eu' } });
    const us = await a.resource({ resourceType: 'report', attributes: { region: 'us' } });
    const delegated = ok(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId })).delegateRole;
    expect(delegated).toMatchObject({ delegationDepth: 1, contextConditions: EU_ONLY });
    for (const s of [u, v]) {
      expect(await a.access(s.accessToken, 'report:read', eu.resourceId)).toMatchObject({ allowed: true, via: 'role:manager' });
      expect(await a.access(s.accessToken, 'report:read', us.resourceId)).toMatchObject({ allowed: false, reason: 'CONDITION_FALSE' });
    }
  });

  it('refuses to assign outright what the actor holds only through a delegation, and lets it delegate instead', async () => {
    const [u, v, w] = await Promise.all([a.registered(), a.registered(), a.registered()]);
    const source = ok(await a.assign(u.userId, 'admin')).assignRole;
    const delegated = ok(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId })).delegateRole;
    const before = await rowsOf(w.userId);
    for (const role of ['admin', 'manager']) {
      const refused = denial(await a.assign(w.userId, role, {}, v.accessToken));
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.extensions.missing).toContain('role:read');
      expect(refused.extensions.shortfalls.find((s: { permission: string }) => s.permission === 'role:read').reason).toBe('DELEGATED_ONLY');
    }
    expect(denial(await a.grant(w.userId, 'user:read', {}, v.accessToken)).extensions.shortfalls[0].reason).toBe('DELEGATED_ONLY');
    expect(await rowsOf(w.userId)).toBe(before);
    // What v holds outright (its own `user` role) it may assign.
    expect(ok(await a.assign(w.userId, 'user', { resourceScope: (await a.resource({ resourceType: 'organization' })).id }, v.accessToken)).assignRole.delegationDepth).toBe(0);
    // The delegated admin goes on as a delegation, under the depth limit and the cascade.
    const further = ok(await delegate(v.accessToken, { userRoleId: delegated.id, toUserId: w.userId })).delegateRole;
    expect(further.delegationDepth).toBe(2);
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: source.id }, t.admin.accessToken));
    expect(await a.access(w.accessToken, 'role:assign')).toMatchObject({ allowed: false, reason: 'REVOKED' });
  });

  it('refuses to delegate a role whose parent\'s window has ended (every window on the path applies)', async () => {
    const create = async (name: string, parentRoleId: string | null, permission: string) => {
      const id = ok(await t.gql(`mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }`, { i: { name, parentRoleId } }, t.admin.accessToken)).createRole.id as string;
      ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: id, permissionId: await a.permissionId(permission) } }, t.admin.accessToken));
      return id;
    };
    const baseName = unique('base');
    const base = await create(baseName, null, 'cost_center:read');
    const leaf = await create(unique('leaf'), base, 'report:execute');
    const [u, v] = await Promise.all([a.registered(), a.registered()]);
    const source = ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: u.userId, roleId: leaf } }, t.admin.accessToken)).assignRole;
    await sql(t.db.url, `UPDATE "authorization".roles SET valid_from = now() - interval '2 days', valid_until = now() - interval '1 day' WHERE id = $1`, [base]);
    const refused = denial(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: `Role ${baseName}, which this role inherits from, is not currently valid` });
    expect(await rowsOf(v.userId)).toBe(1);
  });
});

describe('grants go only to users that exist and are active', () => {
  const NOBODY = '00000000-0000-4000-8000-00000000abcd';

  it('answers NOT_FOUND for a user identity never had, and writes nothing', async () => {
    const u = await a.registered();
    const source = ok(await a.assign(u.userId, 'manager')).assignRole;
    expect(denial(await a.assign(NOBODY, 'auditor'))).toMatchObject({ code: 'NOT_FOUND', message: 'User not found' });
    expect(denial(await delegate(u.accessToken, { userRoleId: source.id, toUserId: NOBODY }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(denial(await a.grant(NOBODY, 'report:read'))).toMatchObject({ code: 'NOT_FOUND' });
    const [rows] = await sql<{ n: number }>(t.db.url, `SELECT (SELECT count(*) FROM "authorization".user_roles WHERE user_id = $1) + (SELECT count(*) FROM "authorization".user_permissions WHERE user_id = $1) AS n`, [NOBODY]);
    expect(Number(rows!.n)).toBe(0);
  });

  it('answers NOT_FOUND for a deactivated user once identity\'s event arrives, and again after reactivation grants work', async () => {
    const [u, gone] = await Promise.all([a.registered(), a.registered()]);
    const source = ok(await a.assign(u.userId, 'manager')).assignRole;
    ok(await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: gone.userId }, t.admin.accessToken));
    await waitFor(async () => (await sql<{ is_active: boolean }>(t.db.url, `SELECT is_active FROM "authorization".user_accounts WHERE user_id = $1`, [gone.userId]))[0]?.is_active === false, 'the deactivation event');
    expect(denial(await a.assign(gone.userId, 'auditor'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(denial(await delegate(u.accessToken, { userRoleId: source.id, toUserId: gone.userId }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rowsOf(gone.userId)).toBe(1);
    ok(await t.gql(`mutation($id: ID!) { reactivateUser(id: $id) { id isActive } }`, { id: gone.userId }, t.admin.accessToken));
    await waitFor(async () => (await sql<{ is_active: boolean }>(t.db.url, `SELECT is_active FROM "authorization".user_accounts WHERE user_id = $1`, [gone.userId]))[0]?.is_active === true, 'the reactivation event');
    expect(ok(await a.assign(gone.userId, 'auditor')).assignRole.id).toEqual(expect.any(String));
  });

  it('ignores an older state that arrives late (events are ordered by when identity recorded them)', async () => {
    const s = await a.registered();
    ok(await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: s.userId }, t.admin.accessToken));
    await waitFor(async () => (await sql<{ is_active: boolean }>(t.db.url, `SELECT is_active FROM "authorization".user_accounts WHERE user_id = $1`, [s.userId]))[0]?.is_active === false, 'the deactivation event');
    // A retried registration delivery from before the deactivation.
    await publish(t, EVENTS.userRegistered, { userId: s.userId, at: new Date(Date.now() - 3600_000).toISOString() });
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier LIKE 'authorization:%'`))[0]!.n === 0, 'the job queue to drain');
    expect((await sql<{ is_active: boolean }>(t.db.url, `SELECT is_active FROM "authorization".user_accounts WHERE user_id = $1`, [s.userId]))[0]!.is_active).toBe(false);
    // Nothing was set up for it: the default role ended with the deactivation and stays ended.
    expect(await sql(t.db.url, `SELECT revoked_at IS NOT NULL AS revoked FROM "authorization".user_roles WHERE user_id = $1`, [s.userId])).toEqual([{ revoked: true }]);
  });

  it('the bootstrap administrator is known without a registration event', async () => {
    const [row] = await sql<{ is_active: boolean }>(t.db.url, `SELECT is_active FROM "authorization".user_accounts WHERE user_id = $1`, [t.admin.userId]);
    expect(row).toEqual({ is_active: true });
  });
});

describe('conditions fail closed on unknown resources, and inactive resources are out of every scope', () => {
  const EXPLAIN = `query($u: ID!, $t: String!, $a: String!, $r: String) { explainAccess(userId: $u, resourceType: $t, action: $a, resourceId: $r) { allowed reason resourceStatus } }`;

  it('a condition reading resource.* is false for an id that is not registered, and explainAccess says it is unknown', async () => {
    const s: Session = await a.registered();
    ok(await a.grant(s.userId, 'analytics:export', { additionalConditions: { '!=': [{ var: 'resource.attributes.classification' }, 'restricted'] } }));
    ok(await a.grant(s.userId, 'report:read', { additionalConditions: { '<': [{ var: 'resource.attributes.tier' }, 3] } }));
    ok(await a.grant(s.userId, 'cost_center:read', { additionalConditions: { '!=': [{ var: 'resource.ownerId' }, { var: 'user.id' }] } }));
    for (const permission of ['analytics:export', 'report:read', 'cost_center:read']) {
      expect(await a.access(s.accessToken, permission, 'invented-id')).toMatchObject({ allowed: false, reason: 'CONDITION_FALSE' });
    }
    const [resourceType, action] = ['analytics', 'export'];
    expect(ok(await t.gql(EXPLAIN, { u: s.userId, t: resourceType, a: action, r: 'invented-id' }, t.admin.accessToken)).explainAccess).toEqual({ allowed: false, reason: 'CONDITION_FALSE', resourceStatus: 'UNKNOWN' });
    // Registered, the same conditions are evaluated as before.
    const open = await a.resource({ resourceType: 'analytics', attributes: { classification: 'internal' } });
    expect(await a.access(s.accessToken, 'analytics:export', open.resourceId)).toMatchObject({ allowed: true });
    expect(ok(await t.gql(EXPLAIN, { u: s.userId, t: resourceType, a: action, r: open.resourceId }, t.admin.accessToken)).explainAccess.resourceStatus).toBe('ACTIVE');
  });

  it('an inactive resource, or one under an inactive parent, is reached by no scoped grant; unscoped grants still apply', async () => {
    const org = await a.resource({ resourceType: 'organization' });
    const kb = await a.resource({ resourceType: 'prompt_template', parentId: org.id });
    const s = await a.registered();
    ok(await a.grant(s.userId, 'prompt_template:update', { resourceId: org.id }));
    expect(await a.access(s.accessToken, 'prompt_template:update', kb.resourceId)).toMatchObject({ allowed: true });
    const setActive = (id: string, isActive: boolean) => t.gql(`mutation($id: ID!, $a: Boolean) { updateResource(id: $id, input: { isActive: $a }) { isActive } }`, { id, a: isActive }, t.admin.accessToken);
    ok(await setActive(kb.id, false));
    expect(await a.access(s.accessToken, 'prompt_template:update', kb.resourceId)).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
    expect(ok(await t.gql(EXPLAIN, { u: s.userId, t: 'prompt_template', a: 'update', r: kb.resourceId }, t.admin.accessToken)).explainAccess.resourceStatus).toBe('INACTIVE');
    ok(await setActive(kb.id, true));
    ok(await setActive(org.id, false));
    expect(await a.access(s.accessToken, 'prompt_template:update', kb.resourceId)).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
    // The unscoped `user` role still reads it.
    expect(await a.access(s.accessToken, 'prompt_template:read', kb.resourceId)).toMatchObject({ allowed: true, via: 'role:user' });
  });
});

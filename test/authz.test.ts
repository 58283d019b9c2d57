/**
 * Access-decision semantics (issue 3, "Semantics"), end to end: every request goes to the
 * real gateway over HTTP, which routes to the authorization subgraph (and to identity,
 * whose shield asks the authorization subgraph through its API).
 */
import { ALL_PERMISSIONS, EVENTS } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from './kit/db.js';
import { publish } from './kit/events.js';
import { codes, startTestSystem, type Session, type TestSystem } from './kit/system.js';
import { authz, denial, ok, sleepUntil, waitFor, type Personas } from './authz-kit.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
let p: Personas;
beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
  p = await a.personas();
});
afterAll(() => t?.stop());

const ROLES_QUERY = `query { roles(first: 1) { nodes { id } } }`;
const past = (ms: number) => new Date(Date.now() - ms).toISOString();
const future = (ms: number) => new Date(Date.now() + ms).toISOString();
const DAY = 86_400_000;

async function createRole(name: string, parentRoleId: string | null, permissions: string[]) {
  const role = ok(await t.gql(`mutation($i: CreateRoleInput!) { createRole(input: $i) { id } }`, { i: { name, parentRoleId } }, t.admin.accessToken)).createRole as { id: string };
  for (const permission of permissions) {
    ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role.id, permissionId: await a.permissionId(permission) } }, t.admin.accessToken));
  }
  return role.id;
}

const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 8)}`;

describe('personas', () => {
  it('super_admin is an ordinary role seeded with every catalog permission', async () => {
    const mine = ok(await t.gql(`query { myPermissions { name via scope { id } } }`, {}, p.superAdmin.accessToken)).myPermissions as { name: string; via: string }[];
    const viaSuperAdmin = new Set(mine.filter((m) => m.via === 'role:super_admin').map((m) => m.name));
    expect([...viaSuperAdmin].sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect(await a.access(p.superAdmin.accessToken, 'encryption_key:rotate')).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:super_admin' });
  });

  it('gives super_admin no hidden bypass: a permission outside its grants is NO_GRANT', async () => {
    const type = ok(await t.gql(`mutation($i: CreateResourceTypeInput!) { createResourceType(input: $i) { id } }`, { i: { name: unique('widget'), availableActions: ['spin'] } }, t.admin.accessToken)).createResourceType;
    const name = ok(await t.gql(`query($id: ID!) { resourceType(id: $id) { name } }`, { id: type.id }, t.admin.accessToken)).resourceType.name;
    ok(await t.gql(`mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id } }`, { i: { name: `${name}:spin`, resourceTypeId: type.id, action: 'spin' } }, t.admin.accessToken));
    expect(await a.access(p.superAdmin.accessToken, `${name}:spin`)).toEqual({ allowed: false, reason: 'NO_GRANT', via: null });
  });

  it('the org admin administers organization A only, and never without naming it', async () => {
    expect(await a.access(p.orgAdmin.accessToken, 'organization:update', p.orgA.resourceId)).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:admin' });
    expect(await a.access(p.orgAdmin.accessToken, 'organization:update', p.orgB.resourceId)).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:admin' });
    expect(await a.access(p.orgAdmin.accessToken, 'organization:update')).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:admin' });
    // Organizations are tenants: reading one is no everyday permission any more, only inside the scope.
    expect(await a.access(p.orgAdmin.accessToken, 'organization:read')).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:admin' });
    expect(await a.access(p.orgAdmin.accessToken, 'organization:read', p.orgA.resourceId)).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:admin' });
    // Inherited through admin → manager → content_creator → user, still limited to the scope.
    expect(await a.access(p.orgAdmin.accessToken, 'report:read', null)).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
  });

  it('the scoped org admin is refused by another subgraph (identity) outside organization A', async () => {
    const create = (name: string) =>
      t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, t.admin.accessToken).then((r) => ok(r).createOrganization.id as string);
    const [orgC, orgD] = [await create(unique('org_c')), await create(unique('org_d'))];
    // Identity announced the organization as a resource: no hand-made row.
    const orgResource = await waitFor(
      async () => (await sql<{ id: string }>(t.db.url, `SELECT id::text FROM "authorization".resources WHERE resource_id = $1 AND is_active`, [orgC]))[0],
      'the organization resource',
    );
    ok(await a.assign(p.orgAdmin.userId, 'admin', { resourceScope: orgResource.id }));
    const update = (id: string) => t.gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { description: "changed" }) { id description } }`, { id }, p.orgAdmin.accessToken);
    const allowed = await update(orgC);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data.updateOrganization.description).toBe('changed');
    const refused = denial(await update(orgD));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Missing permission organization:update (OUT_OF_SCOPE)');
  });

  it('the manager inherits from user through content_creator', async () => {
    expect(await a.access(p.manager.accessToken, 'prompt_template:read')).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:user' });
    const res = await a.check(p.manager.userId, 'prompt_template:create');
    expect(res).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:manager>content_creator' });
    // The manager's own assignment reaches user's permissions through the chain too.
    const explained = ok(
      await t.gql(`query($u: ID!) { explainAccess(userId: $u, resourceType: "prompt_template", action: "read") { allowed candidates { via reason } } }`, { u: p.manager.userId }, t.admin.accessToken),
    ).explainAccess;
    expect(explained.candidates.map((c: { via: string }) => c.via).sort()).toEqual(['role:manager>content_creator>user', 'role:user']);
    expect(await a.access(p.manager.accessToken, 'role:read')).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:manager' });
  });

  it('the plain user has the everyday permissions and nothing administrative', async () => {
    expect(await a.access(p.user.accessToken, 'conversation:create')).toMatchObject({ allowed: true, via: 'role:user' });
    expect(await a.access(p.user.accessToken, 'role:read')).toEqual({ allowed: false, reason: 'NO_GRANT', via: null });
    const refused = denial(await t.gql(ROLES_QUERY, {}, p.user.accessToken));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Missing permission role:read (NO_GRANT)', extensions: { permission: 'role:read', reason: 'NO_GRANT' } });
  });

  it('the user of the second organization creates knowledge only under organization B', async () => {
    const kbB = await a.resource({ resourceType: 'knowledge', parentId: p.orgB.id });
    const kbA = await a.resource({ resourceType: 'knowledge', parentId: p.orgA.id });
    expect(await a.access(p.otherOrgUser.accessToken, 'knowledge:update', kbB.resourceId)).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:content_creator' });
    expect(await a.access(p.otherOrgUser.accessToken, 'knowledge:update', kbA.resourceId)).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:content_creator' });
    // Knowledge is tenant-owned: its unscoped user role reads none of organization A's.
    expect(await a.access(p.otherOrgUser.accessToken, 'knowledge:read', kbA.resourceId)).toMatchObject({ allowed: false });
  });

  it('the anonymous caller is UNAUTHENTICATED, never FORBIDDEN', async () => {
    const res = await t.gql(`query { myAccess(checks: [{ permission: "user:read" }]) { allowed } }`);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(ROLES_QUERY))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('time windows', () => {
  it('a grant that expires between two requests works in the first and is EXPIRED in the second', async () => {
    const s = await a.registered();
    const until = new Date(Date.now() + 1500);
    ok(await a.grant(s.userId, 'report:read', { validUntil: until.toISOString() }));
    const first = await a.access(s.accessToken, 'report:read');
    expect(first.allowed).toBe(true);
    expect(first.via).toMatch(/^direct:/);
    await sleepUntil(until);
    expect(await a.access(s.accessToken, 'report:read')).toMatchObject({ allowed: false, reason: 'EXPIRED' });
  });

  it('a grant that has not started is NOT_YET_VALID', async () => {
    const s = await a.registered();
    ok(await a.grant(s.userId, 'report:read', { validFrom: future(3_600_000) }));
    expect(await a.access(s.accessToken, 'report:read')).toMatchObject({ allowed: false, reason: 'NOT_YET_VALID' });
  });

  it('an expired parent role cuts off what it and its own parents give, and keeps what the child gives', async () => {
    const base = await createRole(unique('base'), null, ['cost_center:read']);
    const mid = await createRole(unique('mid'), base, ['cost_center:allocate']);
    const leaf = await createRole(unique('leaf'), mid, ['report:execute']);
    const s = await a.registered();
    ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: s.userId, roleId: leaf } }, t.admin.accessToken));
    const before = await a.access(s.accessToken, 'cost_center:read');
    expect(before.allowed).toBe(true);
    expect(before.via!.split('>')).toHaveLength(3);
    ok(await t.gql(`mutation($id: ID!, $i: UpdateRoleInput!) { updateRole(id: $id, input: $i) { id } }`, { id: mid, i: { validFrom: past(2 * DAY), validUntil: past(DAY) } }, t.admin.accessToken));
    expect(await a.access(s.accessToken, 'cost_center:read')).toMatchObject({ allowed: false, reason: 'EXPIRED' });
    expect(await a.access(s.accessToken, 'cost_center:allocate')).toMatchObject({ allowed: false, reason: 'EXPIRED' });
    expect(await a.access(s.accessToken, 'report:execute')).toMatchObject({ allowed: true, reason: 'GRANTED' });
  });

  it('applies the role_permission window too', async () => {
    const role = await createRole(unique('windowed'), null, []);
    const rp = ok(
      await t.gql(
        `mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`,
        { i: { roleId: role, permissionId: await a.permissionId('report:create'), validFrom: future(DAY) } },
        t.admin.accessToken,
      ),
    ).addRolePermission;
    const s = await a.registered();
    ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: s.userId, roleId: role } }, t.admin.accessToken));
    expect(await a.access(s.accessToken, 'report:create')).toMatchObject({ allowed: false, reason: 'NOT_YET_VALID' });
    ok(await t.gql(`mutation($id: ID!) { updateRolePermission(id: $id, input: { validFrom: "2020-01-01T00:00:00Z" }) { id } }`, { id: rp.id }, t.admin.accessToken));
    expect(await a.access(s.accessToken, 'report:create')).toMatchObject({ allowed: true, reason: 'GRANTED' });
  });
});

describe('scope', () => {
  it('a scope on a parent resource reaches a grandchild; an unrelated resource is OUT_OF_SCOPE', async () => {
    const org = await a.resource({ resourceType: 'organization' });
    const kb = await a.resource({ resourceType: 'knowledge', parentId: org.id });
    const report = await a.resource({ resourceType: 'report', parentId: kb.id });
    const elsewhere = await a.resource({ resourceType: 'report' });
    const s = await a.registered();
    ok(await a.grant(s.userId, 'report:update', { resourceId: org.id }));
    expect(await a.access(s.accessToken, 'report:update', report.resourceId)).toMatchObject({ allowed: true, reason: 'GRANTED' });
    expect(await a.access(s.accessToken, 'report:update', elsewhere.resourceId)).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
    expect(await a.access(s.accessToken, 'report:update', 'never-registered')).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
    // The external id is read with the permission's type: the knowledge base is not a report.
    expect(await a.access(s.accessToken, 'report:update', kb.resourceId)).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
  });

  it('a scoped grant never satisfies a check made without a resource', async () => {
    const org = await a.resource({ resourceType: 'organization' });
    const s = await a.registered();
    ok(await a.assign(s.userId, 'auditor', { resourceScope: org.id }));
    expect(await a.access(s.accessToken, 'audit_log:read')).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE', via: 'role:auditor' });
    ok(await a.assign(s.userId, 'auditor'));
    expect(await a.access(s.accessToken, 'audit_log:read')).toMatchObject({ allowed: true, via: 'role:auditor' });
  });
});

describe('conditions', () => {
  it('the user role updates a conversation only when it owns it (resource.ownerId == user.id)', async () => {
    const mine = await a.resource({ resourceType: 'conversation', ownerId: p.user.userId });
    const theirs = await a.resource({ resourceType: 'conversation', ownerId: p.manager.userId });
    expect(await a.access(p.user.accessToken, 'conversation:update', mine.resourceId)).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:user' });
    expect(await a.access(p.user.accessToken, 'conversation:update', theirs.resourceId)).toEqual({ allowed: false, reason: 'CONDITION_FALSE', via: 'role:user' });
    expect(await a.access(p.user.accessToken, 'conversation:update')).toEqual({ allowed: false, reason: 'CONDITION_FALSE', via: 'role:user' });
  });

  it('evaluates grant conditions against resource attributes', async () => {
    const s = await a.registered();
    const open = await a.resource({ resourceType: 'analytics', attributes: { classification: 'internal' } });
    const secret = await a.resource({ resourceType: 'analytics', attributes: { classification: 'restricted' } });
    ok(await a.grant(s.userId, 'analytics:export', { additionalConditions: { '!=': [{ var: 'resource.attributes.classification' }, 'restricted'] } }));
    expect(await a.access(s.accessToken, 'analytics:export', open.resourceId)).toMatchObject({ allowed: true });
    expect(await a.access(s.accessToken, 'analytics:export', secret.resourceId)).toMatchObject({ allowed: false, reason: 'CONDITION_FALSE' });
  });
});

describe('approval', () => {
  it('a direct grant of a permission that requires approval is pending until another role:assign holder approves', async () => {
    const s = await a.registered();
    const grant = ok(await a.grant(s.userId, 'user:impersonate')).grantPermission;
    expect(grant.pending).toBe(true);
    expect(await a.access(s.accessToken, 'user:impersonate')).toEqual({ allowed: false, reason: 'PENDING_APPROVAL', via: `direct:${grant.id}` });
    const approve = (token: string) => t.gql(`mutation($id: ID!) { approveGrant(id: $id) { id pending approvedAt approvedBy { id } } }`, { id: grant.id }, token);
    expect(denial(await approve(t.admin.accessToken))).toMatchObject({ code: 'FORBIDDEN', message: 'A grant must be approved by someone other than the person who granted it' });
    expect(denial(await approve(p.user.accessToken))).toMatchObject({ code: 'FORBIDDEN', message: 'Missing permission role:assign (NO_GRANT)' });
    const secondAdmin = await a.registered();
    ok(await a.assign(secondAdmin.userId, 'admin'));
    const approved = ok(await approve(secondAdmin.accessToken)).approveGrant;
    expect(approved).toMatchObject({ pending: false, approvedBy: { id: secondAdmin.userId } });
    expect(await a.access(s.accessToken, 'user:impersonate')).toEqual({ allowed: true, reason: 'GRANTED', via: `direct:${grant.id}` });
    expect(codes(await approve(secondAdmin.accessToken))).toEqual(['CONFLICT']);
  });
});

describe('delegation', () => {
  const delegate = (token: string, input: Record<string, unknown>) =>
    t.gql(`mutation($i: DelegateRoleInput!) { delegateRole(input: $i) { id isDelegated delegationDepth delegatedBy { id } validUntil resourceScope { id } } }`, { i: input }, token);

  async function chain() {
    const [u, v, w, x] = await Promise.all([a.registered(), a.registered(), a.registered(), a.registered()]);
    const source = ok(await a.assign(u.userId, 'manager', { validUntil: future(30 * DAY) })).assignRole;
    return { u, v, w, x, source };
  }

  it('allows delegation up to the configured depth (2) and refuses it beyond', async () => {
    const { u, v, w, x, source } = await chain();
    const d1 = ok(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId })).delegateRole;
    expect(d1).toMatchObject({ isDelegated: true, delegationDepth: 1, delegatedBy: { id: u.userId }, validUntil: source.validUntil });
    expect(await a.access(v.accessToken, 'role:read')).toEqual({ allowed: true, reason: 'GRANTED', via: 'role:manager' });
    const d2 = ok(await delegate(v.accessToken, { userRoleId: d1.id, toUserId: w.userId })).delegateRole;
    expect(d2.delegationDepth).toBe(2);
    const over = denial(await delegate(w.accessToken, { userRoleId: d2.id, toUserId: x.userId }));
    expect(over).toMatchObject({ code: 'FORBIDDEN', message: 'Delegation depth 3 exceeds the maximum of 2' });
    expect(await a.access(x.accessToken, 'role:read')).toMatchObject({ allowed: false, reason: 'NO_GRANT' });
  });

  it('refuses to delegate what the caller does not hold, for longer, or outside its scope', async () => {
    const { u, v, w, source } = await chain();
    expect(denial(await delegate(v.accessToken, { userRoleId: source.id, toUserId: w.userId }))).toMatchObject({ code: 'FORBIDDEN', message: 'You can only delegate a role assignment you hold' });
    expect(denial(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId, validUntil: future(60 * DAY) }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'A delegation cannot outlast your own assignment',
    });
    const org = await a.resource({ resourceType: 'organization' });
    const inside = await a.resource({ resourceType: 'knowledge', parentId: org.id });
    const outside = await a.resource({ resourceType: 'knowledge' });
    const scoped = ok(await a.assign(u.userId, 'content_creator', { resourceScope: org.id })).assignRole;
    expect(denial(await delegate(u.accessToken, { userRoleId: scoped.id, toUserId: v.userId, resourceScope: outside.id }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'The delegated scope must be your own scope or inside it',
    });
    const narrowed = ok(await delegate(u.accessToken, { userRoleId: scoped.id, toUserId: v.userId, resourceScope: inside.id })).delegateRole;
    expect(narrowed.resourceScope.id).toBe(inside.id);
    const defaulted = ok(await delegate(u.accessToken, { userRoleId: scoped.id, toUserId: w.userId })).delegateRole;
    expect(defaulted.resourceScope.id).toBe(org.id);
    // An expired source cannot be delegated from.
    await sql(t.db.url, `UPDATE "authorization".user_roles SET valid_from = now() - interval '2 days', valid_until = now() - interval '1 day' WHERE id = $1`, [source.id]);
    expect(denial(await delegate(u.accessToken, { userRoleId: source.id, toUserId: w.userId }))).toMatchObject({ code: 'FORBIDDEN', message: 'Your assignment of this role is not currently valid' });
  });

  it('revoking the delegator revokes every delegation made from it, transitively, on the next request', async () => {
    const { u, v, w, source } = await chain();
    const d1 = ok(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId })).delegateRole;
    const d2 = ok(await delegate(v.accessToken, { userRoleId: d1.id, toUserId: w.userId })).delegateRole;
    expect(await a.access(w.accessToken, 'role:read')).toMatchObject({ allowed: true });
    const revoked = ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id, reason: "left the team") { id isActive revokedAt revokedBy { id } revocationReason } }`, { id: source.id }, t.admin.accessToken)).revokeRole;
    expect(revoked).toMatchObject({ isActive: false, revokedBy: { id: t.admin.userId }, revocationReason: 'left the team' });
    expect(revoked.revokedAt).toEqual(expect.any(String));
    const rows = await sql<{ id: string; is_active: boolean; revoked_by: string; revocation_reason: string }>(
      t.db.url,
      `SELECT id, is_active, revoked_by, revocation_reason FROM "authorization".user_roles WHERE id = ANY($1::uuid[])`,
      [[d1.id, d2.id]],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ is_active: false, revoked_by: t.admin.userId, revocation_reason: `delegator revoked (${source.id}): left the team` });
    for (const s of [u, v, w]) expect(await a.access(s.accessToken, 'role:read')).toEqual({ allowed: false, reason: 'REVOKED', via: 'role:manager' });
  });

  it('shortening the delegator shortens its delegations', async () => {
    const { u, v, source } = await chain();
    const d1 = ok(await delegate(u.accessToken, { userRoleId: source.id, toUserId: v.userId })).delegateRole;
    const until = future(DAY);
    ok(await t.gql(`mutation($id: ID!, $i: UpdateUserRoleInput!) { updateUserRole(id: $id, input: $i) { id } }`, { id: source.id, i: { validUntil: until } }, t.admin.accessToken));
    const [row] = await sql<{ valid_until: Date }>(t.db.url, `SELECT valid_until FROM "authorization".user_roles WHERE id = $1`, [d1.id]);
    expect(row!.valid_until.toISOString()).toBe(until);
  });
});

describe('the reason among several failing candidates', () => {
  it('comes from the candidate that got furthest, and explainAccess lists them all', async () => {
    const s = await a.registered();
    const org = await a.resource({ resourceType: 'organization' });
    const target = await a.resource({ resourceType: 'cost_center', attributes: { region: 'eu' } });
    const [r1, r2, r3] = [await createRole(unique('c1'), null, ['cost_center:update']), await createRole(unique('c2'), null, ['cost_center:update']), await createRole(unique('c3'), null, ['cost_center:update'])];
    const assign = (roleId: string, extra: Record<string, unknown> = {}) =>
      t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: s.userId, roleId, ...extra } }, t.admin.accessToken).then((r) => ok(r).assignRole.id as string);
    const revokedId = await assign(r1);
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: revokedId }, t.admin.accessToken));
    await assign(r2, { validFrom: past(2 * DAY), validUntil: past(DAY) });
    expect(await a.access(s.accessToken, 'cost_center:update', target.resourceId)).toMatchObject({ allowed: false, reason: 'EXPIRED' });
    await assign(r3, { resourceScope: org.id });
    expect(await a.access(s.accessToken, 'cost_center:update', target.resourceId)).toMatchObject({ allowed: false, reason: 'OUT_OF_SCOPE' });
    const grant = ok(await a.grant(s.userId, 'cost_center:update', { additionalConditions: { '==': [{ var: 'resource.attributes.region' }, 'us'] } })).grantPermission;
    expect(await a.access(s.accessToken, 'cost_center:update', target.resourceId)).toEqual({ allowed: false, reason: 'CONDITION_FALSE', via: `direct:${grant.id}` });
    const explained = ok(
      await t.gql(
        `query($u: ID!, $r: String) { explainAccess(userId: $u, resourceType: "cost_center", action: "update", resourceId: $r) { allowed reason via candidates { kind reason checksPassed } } }`,
        { u: s.userId, r: target.resourceId },
        t.admin.accessToken,
      ),
    ).explainAccess;
    expect(explained).toMatchObject({ allowed: false, reason: 'CONDITION_FALSE', via: `direct:${grant.id}` });
    expect(explained.candidates).toEqual([
      { kind: 'ROLE', reason: 'REVOKED', checksPassed: 0 },
      { kind: 'ROLE', reason: 'EXPIRED', checksPassed: 1 },
      { kind: 'ROLE', reason: 'OUT_OF_SCOPE', checksPassed: 2 },
      { kind: 'DIRECT', reason: 'CONDITION_FALSE', checksPassed: 3 },
    ]);
  });
});

describe('revocation is visible on the next request', () => {
  it('in the authorization subgraph and in another subgraph, with no cache to wait for', async () => {
    const s = await a.registered();
    const viewer = ok(await a.assign(s.userId, 'manager')).assignRole;
    const operator = ok(await a.grant(s.userId, 'system:configure')).grantPermission;
    expect((await t.gql(ROLES_QUERY, {}, s.accessToken)).errors).toBeUndefined();
    expect((await t.gql(`query { ssoProviders { nodes { id } } }`, {}, s.accessToken)).errors).toBeUndefined();
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: viewer.id }, t.admin.accessToken));
    ok(await t.gql(`mutation($id: ID!) { revokePermission(id: $id, reason: "rotation") { id } }`, { id: operator.id }, t.admin.accessToken));
    expect(denial(await t.gql(ROLES_QUERY, {}, s.accessToken)).message).toBe('Missing permission role:read (REVOKED)');
    expect(denial(await t.gql(`query { ssoProviders { nodes { id } } }`, {}, s.accessToken)).message).toBe('Missing permission system:configure (REVOKED)');
  });
});

describe('default role and bootstrap', () => {
  it('the registration job assigns the user role once, however often it runs', async () => {
    const s: Session = await a.registered();
    // The same event delivered twice more (a replay, and a retry after a lost acknowledgement).
    await publish(t, EVENTS.userRegistered, { userId: s.userId, at: new Date().toISOString() });
    await publish(t, EVENTS.userRegistered, { userId: s.userId, at: new Date().toISOString() });
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'authorization:user.registered:v1'`))[0]!.n === 0, 'the job queue to drain');
    const rows = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1`, [s.userId]);
    expect(rows[0]!.n).toBe(1);
    expect(ok(await t.gql(`query($u: ID!) { hasRole(userId: $u, role: "user") }`, { u: s.userId }, s.accessToken)).hasRole).toBe(true);
  });

  it('the first admin created at start holds super_admin; bootstrapping again changes nothing', async () => {
    const { bootstrapFirstAdmin } = await import('@atrium/runtime/bootstrap');
    const again = await bootstrapFirstAdmin({ databaseUrl: t.db.url, config: t.config, logger: (await import('@atrium/kernel')).createLogger('test', 'silent') });
    expect(again).toMatchObject({ userId: t.admin.userId, created: false });
    const { assignBootstrapRole } = await import('@atrium/authorization/bootstrap');
    const { createPrisma, createLogger } = await import('@atrium/kernel');
    const { PrismaClient } = await import('@atrium/authorization/generated/prisma/client');
    const db = createPrisma(PrismaClient, { url: t.db.url, schema: 'authorization', logger: createLogger('test', 'silent'), max: 1 });
    const result = await assignBootstrapRole(db, { logger: createLogger('test', 'silent'), userId: t.admin.userId, roleName: 'super_admin' }).finally(() => db.$disconnect());
    expect(result).toEqual({ assigned: false });
    const roles = ok(await t.gql(`query { me { id roles { role { name } isActive } } }`, {}, t.admin.accessToken)).me.roles;
    expect(roles.map((r: { role: { name: string } }) => r.role.name)).toContain('super_admin');
    expect(ok(await t.gql(`query($u: ID!) { hasRole(userId: $u, role: "super_admin") }`, { u: t.admin.userId }, t.admin.accessToken)).hasRole).toBe(true);
  });
});

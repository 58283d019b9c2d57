/**
 * Issue 8 §1: no one can give what they do not hold, on every write. The actor is a user who
 * holds the seeded `admin` role (with the `user` role every account gets): each path below
 * worked for it before, and each must now be FORBIDDEN with `extensions.missing` naming what is
 * missing, writing nothing. `super_admin` passes the same writes because it holds everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from './kit/db.js';
import { startTestSystem, type Session, type TestSystem } from './kit/system.js';
import { authz, denial, ok } from './authz-kit.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
let admin: Session;
const DAY = 86_400_000;
const future = (ms: number) => new Date(Date.now() + ms).toISOString();
const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
const OWNER_ONLY = { '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] };

beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
  admin = await a.registered();
  ok(await a.assign(admin.userId, 'admin'));
});
afterAll(() => t?.stop());

const as = (token: string) => (query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, token);
const asAdmin = (query: string, variables: Record<string, unknown> = {}) => as(admin.accessToken)(query, variables);
const asRoot = (query: string, variables: Record<string, unknown> = {}) => as(t.admin.accessToken)(query, variables);

/** FORBIDDEN by the coverage rule, naming exactly what is missing. */
function refused(result: Awaited<ReturnType<typeof asAdmin>>, missing: string[], verb: 'hand out' | 'change' = 'hand out') {
  const error = denial(result);
  expect(error.code).toBe('FORBIDDEN');
  expect(error.message).toMatch(verb === 'hand out' ? /^You cannot hand out permissions you do not hold: / : /^You cannot change or revoke grants of permissions you do not hold: /);
  expect(error.extensions.missing).toEqual(expect.arrayContaining(missing));
  return error;
}

const CREATE_ROLE = `mutation($i: CreateRoleInput!) { createRole(input: $i) { id name } }`;
const UPDATE_ROLE = `mutation($id: ID!, $i: UpdateRoleInput!) { updateRole(id: $id, input: $i) { id parentRole { id } autoAssignConditions } }`;
const ADD_LINK = `mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`;
const UPDATE_LINK = `mutation($id: ID!, $i: UpdateRolePermissionInput!) { updateRolePermission(id: $id, input: $i) { id validUntil additionalConditions } }`;
const linksOf = async (roleId: string) => (await sql<{ name: string }>(t.db.url, `SELECT p.name FROM "authorization".role_permissions rp JOIN "authorization".permissions p ON p.id = rp.permission_id WHERE rp.role_id = $1 ORDER BY 1`, [roleId])).map((r) => r.name);

describe('addRolePermission', () => {
  it('refuses to link a permission the actor does not hold to its own role', async () => {
    const adminRole = await a.roleId('admin');
    const before = await linksOf(adminRole);
    const error = refused(await asAdmin(ADD_LINK, { i: { roleId: adminRole, permissionId: await a.permissionId('system:manage') } }), ['system:manage']);
    expect(error.extensions.shortfalls).toEqual([{ permission: 'system:manage', reason: 'NOT_HELD', scope: null, validUntil: null, conditions: [] }]);
    expect(await linksOf(adminRole)).toEqual(before);
  });

  it('refuses to fill a new empty role it then assigns to itself, and allows what it holds', async () => {
    const empty = ok(await asAdmin(CREATE_ROLE, { i: { name: unique('empty') } })).createRole;
    // An empty role gives nothing: the actor may assign it to itself...
    ok(await asAdmin(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: admin.userId, roleId: empty.id } }));
    // ...but not fill it afterwards with what it does not hold.
    refused(await asAdmin(ADD_LINK, { i: { roleId: empty.id, permissionId: await a.permissionId('encryption_key:rotate') } }), ['encryption_key:rotate']);
    expect(await linksOf(empty.id)).toEqual([]);
    expect(await a.access(admin.accessToken, 'encryption_key:rotate')).toEqual({ allowed: false, reason: 'NO_GRANT', via: null });
    ok(await asAdmin(ADD_LINK, { i: { roleId: empty.id, permissionId: await a.permissionId('report:read') } }));
    expect(await linksOf(empty.id)).toEqual(['report:read']);
  });
});

describe('updateRolePermission', () => {
  it('refuses to drop a link\'s condition when the actor holds the permission only under it', async () => {
    const role = ok(await asRoot(CREATE_ROLE, { i: { name: unique('owners') } })).createRole;
    const link = ok(await asRoot(ADD_LINK, { i: { roleId: role.id, permissionId: await a.permissionId('conversation:update'), additionalConditions: OWNER_ONLY } })).addRolePermission;
    // admin holds conversation:update only through `user`, owner-only: the same condition is fine.
    ok(await asAdmin(UPDATE_LINK, { id: link.id, i: { additionalConditions: OWNER_ONLY } }));
    // A different condition is no narrower for sure: only the same ones (or more of them) count.
    refused(await asAdmin(UPDATE_LINK, { id: link.id, i: { additionalConditions: { '==': [{ var: 'user.id' }, { var: 'resource.ownerId' }] } } }), ['conversation:update']);
    const error = refused(await asAdmin(UPDATE_LINK, { id: link.id, i: { additionalConditions: {} } }), ['conversation:update']);
    expect(error.extensions.shortfalls[0].reason).toBe('MORE_CONDITIONS');
    const [row] = await sql<{ additional_conditions: unknown }>(t.db.url, `SELECT additional_conditions FROM "authorization".role_permissions WHERE id = $1`, [link.id]);
    expect(row!.additional_conditions).toEqual(OWNER_ONLY);
  });

  it('refuses to widen a link\'s window past what the actor holds, and allows it within', async () => {
    const grant = ok(await a.grant(admin.userId, 'system:configure', { validUntil: future(DAY) })).grantPermission;
    expect(grant.pending).toBe(false);
    const role = ok(await asRoot(CREATE_ROLE, { i: { name: unique('windowed') } })).createRole;
    const link = ok(await asRoot(ADD_LINK, { i: { roleId: role.id, permissionId: await a.permissionId('system:configure'), validUntil: future(3_600_000) } })).addRolePermission;
    const error = refused(await asAdmin(UPDATE_LINK, { id: link.id, i: { validUntil: future(30 * DAY) } }), ['system:configure']);
    expect(error.extensions.shortfalls[0].reason).toBe('SHORTER_WINDOW');
    refused(await asAdmin(UPDATE_LINK, { id: link.id, i: { validUntil: null } }), ['system:configure']);
    const within = future(2 * 3_600_000);
    expect(ok(await asAdmin(UPDATE_LINK, { id: link.id, i: { validUntil: within } })).updateRolePermission.validUntil).toBe(within);
  });
});

describe('createRole and updateRole', () => {
  it('refuses a parent whose chain grants what the actor does not hold (creating, or re-parenting shim under super_admin)', async () => {
    const superAdmin = await a.roleId('super_admin');
    const created = refused(await asAdmin(CREATE_ROLE, { i: { name: unique('child'), parentRoleId: superAdmin } }), ['system:manage', 'encryption_key:rotate']);
    expect(created.extensions.missing).not.toContain('report:read'); // what admin holds is not listed
    const [count] = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".roles WHERE parent_role_id = $1`, [superAdmin]);
    expect(count!.n).toBe(0);
    const shim = ok(await asAdmin(CREATE_ROLE, { i: { name: unique('shim') } })).createRole;
    refused(await asAdmin(UPDATE_ROLE, { id: shim.id, i: { parentRoleId: superAdmin } }), ['system:manage']);
    const [row] = await sql<{ parent_role_id: string | null }>(t.db.url, `SELECT parent_role_id FROM "authorization".roles WHERE id = $1`, [shim.id]);
    expect(row!.parent_role_id).toBeNull();
    // Under a role it holds, fine; super_admin may do either.
    expect(ok(await asAdmin(UPDATE_ROLE, { id: shim.id, i: { parentRoleId: await a.roleId('manager') } })).updateRole.parentRole.id).toBe(await a.roleId('manager'));
    ok(await asRoot(CREATE_ROLE, { i: { name: unique('root_child'), parentRoleId: superAdmin } }));
  });

  it('refuses auto-assignment of a role granting what the actor does not hold', async () => {
    const role = ok(await asRoot(CREATE_ROLE, { i: { name: unique('operators') } })).createRole;
    ok(await asRoot(ADD_LINK, { i: { roleId: role.id, permissionId: await a.permissionId('system:manage') } }));
    refused(await asAdmin(UPDATE_ROLE, { id: role.id, i: { autoAssignConditions: { on: 'user_registered' } } }), ['system:manage'], 'change');
    const created = refused(await asAdmin(CREATE_ROLE, { i: { name: unique('auto'), parentRoleId: role.id, autoAssignConditions: { on: 'user_registered' } } }), ['system:manage']);
    expect(created.code).toBe('FORBIDDEN');
    // Nothing is auto-assigned: a new account gets only `user`.
    const fresh = await a.registered();
    const roles = await sql<{ name: string }>(t.db.url, `SELECT r.name FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id WHERE ur.user_id = $1`, [fresh.userId]);
    expect(roles.map((r) => r.name)).toEqual(['user']);
    // A role within what the actor holds may be auto-assigned.
    const mine = ok(await asAdmin(CREATE_ROLE, { i: { name: unique('readers'), parentRoleId: await a.roleId('content_creator') } })).createRole;
    expect(ok(await asAdmin(UPDATE_ROLE, { id: mine.id, i: { autoAssignConditions: { on: 'user_registered' } } })).updateRole.autoAssignConditions).toEqual({ on: 'user_registered' });
    ok(await asRoot(UPDATE_ROLE, { id: mine.id, i: { autoAssignConditions: {} } }));
  });
});

describe('createPermission and updatePermission', () => {
  const CREATE = `mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id name } }`;

  it('compares what a permission allows, not its row: a second, condition-free row of a (type, action) held only under a condition cannot be handed out', async () => {
    const type = ok(await asAdmin(`query { resourceType(name: "conversation") { id } }`)).resourceType;
    // Creating the row gives nobody anything.
    const any = ok(await asAdmin(CREATE, { i: { name: unique('conversation:update:any').replace(/[^a-z0-9_:]/g, '_'), resourceTypeId: type.id, action: 'update' } })).createPermission;
    const target = await a.registered();
    const granted = refused(await asAdmin(`mutation($i: GrantPermissionInput!) { grantPermission(input: $i) { id } }`, { i: { userId: target.userId, permissionId: any.id } }), ['conversation:update']);
    expect(granted.extensions.shortfalls[0].reason).toBe('MORE_CONDITIONS');
    const mine = ok(await asAdmin(CREATE_ROLE, { i: { name: unique('writers') } })).createRole;
    refused(await asAdmin(ADD_LINK, { i: { roleId: mine.id, permissionId: any.id } }), ['conversation:update']);
    const [grants] = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_permissions WHERE permission_id = $1`, [any.id]);
    expect(grants!.n).toBe(0);
  });

  it('refuses to loosen the conditions of a permission row in use', async () => {
    const type = ok(await asAdmin(`query { resourceType(name: "conversation") { id } }`)).resourceType;
    const own = ok(await asAdmin(CREATE, { i: { name: unique('conversation:update:own').replace(/[^a-z0-9_:]/g, '_'), resourceTypeId: type.id, action: 'update', conditions: OWNER_ONLY } })).createPermission;
    const target = await a.registered();
    // The same condition the actor holds it under: allowed.
    ok(await asAdmin(`mutation($i: GrantPermissionInput!) { grantPermission(input: $i) { id } }`, { i: { userId: target.userId, permissionId: own.id } }));
    refused(await asAdmin(`mutation($id: ID!) { updatePermission(id: $id, input: { conditions: {} }) { id } }`, { id: own.id }), ['conversation:update']);
    const [row] = await sql<{ conditions: unknown }>(t.db.url, `SELECT conditions FROM "authorization".permissions WHERE id = $1`, [own.id]);
    expect(row!.conditions).toEqual(OWNER_ONLY);
  });
});

describe('updateUserRole and updateUserPermission', () => {
  const UPDATE_UR = `mutation($id: ID!, $i: UpdateUserRoleInput!) { updateUserRole(id: $id, input: $i) { id validUntil } }`;
  const UPDATE_UP = `mutation($id: ID!, $i: UpdateUserPermissionInput!) { updateUserPermission(id: $id, input: $i) { id validUntil } }`;

  it('refuses to extend or remove the end of the actor\'s own grant', async () => {
    const temp = await a.registered();
    const own = ok(await a.assign(temp.userId, 'admin', { validUntil: future(DAY) })).assignRole;
    refused(await as(temp.accessToken)(UPDATE_UR, { id: own.id, i: { validUntil: future(30 * DAY) } }), ['role:assign']);
    refused(await as(temp.accessToken)(UPDATE_UR, { id: own.id, i: { validUntil: null } }), ['role:assign']);
    const direct = ok(await a.grant(temp.userId, 'system:configure', { validUntil: future(DAY) })).grantPermission;
    refused(await as(temp.accessToken)(UPDATE_UP, { id: direct.id, i: { validUntil: null } }), ['system:configure']);
    const rows = await sql<{ valid_until: Date }>(t.db.url, `SELECT valid_until FROM "authorization".user_roles WHERE id = $1 UNION ALL SELECT valid_until FROM "authorization".user_permissions WHERE id = $2`, [own.id, direct.id]);
    for (const row of rows) expect(row.valid_until.getTime()).toBeLessThan(Date.now() + 2 * DAY);
    // Shortening one's own grant is fine.
    ok(await as(temp.accessToken)(UPDATE_UR, { id: own.id, i: { validUntil: future(DAY / 2) } }));
  });

  it('refuses to extend anyone\'s grant beyond what the actor holds', async () => {
    const temp = await a.registered();
    ok(await a.assign(temp.userId, 'admin', { validUntil: future(DAY) }));
    const target = await a.registered();
    const theirs = ok(await a.assign(target.userId, 'manager', { validUntil: future(3_600_000) })).assignRole;
    const error = refused(await as(temp.accessToken)(UPDATE_UR, { id: theirs.id, i: { validUntil: future(30 * DAY) } }), ['role:read', 'user:read']);
    expect(error.extensions.shortfalls.every((s: { reason: string }) => s.reason === 'SHORTER_WINDOW')).toBe(true);
    ok(await as(temp.accessToken)(UPDATE_UR, { id: theirs.id, i: { validUntil: future(DAY / 2) } }));
  });
});

describe('updateResource', () => {
  const MOVE = `mutation($id: ID!, $o: ID) { updateResource(id: $id, input: { ownerId: $o }) { id ownerId } }`;
  const HISTORY = `query($r: ID!) { resourceOwnerChanges(resourceId: $r) { nodes { fromOwner { id } toOwner { id } changedBy { id } changedAt } } }`;

  it('refuses to move an object to the actor without the permissions that govern it, and records every owner change', async () => {
    const owner = await a.registered();
    const conversation = await a.resource({ resourceType: 'conversation', ownerId: owner.userId });
    // admin reads every conversation but updates, deletes and shares only its own: moving one to
    // itself would make those its own.
    expect(await a.access(admin.accessToken, 'conversation:update', conversation.resourceId)).toMatchObject({ allowed: false, reason: 'CONDITION_FALSE' });
    const error = refused(await asAdmin(MOVE, { id: conversation.id, o: admin.userId }), ['conversation:update', 'conversation:delete', 'conversation:share']);
    expect(error.extensions.missing).not.toContain('conversation:read');
    expect(await a.access(admin.accessToken, 'conversation:update', conversation.resourceId)).toMatchObject({ allowed: false });
    const [row] = await sql<{ owner_id: string }>(t.db.url, `SELECT owner_id FROM "authorization".resources WHERE id = $1`, [conversation.id]);
    expect(row!.owner_id).toBe(owner.userId);
    // super_admin governs it: the move happens and is recorded, after the first owner.
    expect(ok(await asRoot(MOVE, { id: conversation.id, o: admin.userId })).updateResource.ownerId).toBe(admin.userId);
    const history = ok(await asRoot(HISTORY, { r: conversation.id })).resourceOwnerChanges.nodes;
    expect(history).toHaveLength(2);
    expect(history).toEqual(
      expect.arrayContaining([
        { fromOwner: null, toOwner: { id: owner.userId }, changedBy: { id: t.admin.userId }, changedAt: expect.any(String) },
        { fromOwner: { id: owner.userId }, toOwner: { id: admin.userId }, changedBy: { id: t.admin.userId }, changedAt: expect.any(String) },
      ]),
    );
  });

  it('refuses to move, deactivate or re-attribute an object the actor does not govern', async () => {
    const org = await a.resource({ resourceType: 'organization' });
    const conversation = await a.resource({ resourceType: 'conversation' });
    const UPDATE = `mutation($id: ID!, $i: UpdateResourceInput!) { updateResource(id: $id, input: $i) { id } }`;
    // Under the org, the org's scoped grants would reach it; inactive, no scoped grant would.
    for (const input of [{ parentId: org.id }, { isActive: false }, { attributes: { classification: 'public' } }]) {
      refused(await asAdmin(UPDATE, { id: conversation.id, i: input }), ['conversation:update']);
    }
    const [row] = await sql<{ parent_resource_id: string | null; is_active: boolean }>(t.db.url, `SELECT parent_resource_id, is_active FROM "authorization".resources WHERE id = $1`, [conversation.id]);
    expect(row).toEqual({ parent_resource_id: null, is_active: true });
    // Renaming changes nothing anyone holds.
    ok(await asAdmin(UPDATE, { id: conversation.id, i: { name: 'renamed' } }));
    ok(await asRoot(UPDATE, { id: conversation.id, i: { parentId: org.id } }));
  });
});

describe('revoking or shortening a grant of a role the actor does not hold', () => {
  it('an admin cannot revoke or shorten a super_admin assignment, nor a direct grant it does not hold', async () => {
    const root = await a.registered();
    const assignment = ok(await a.assign(root.userId, 'super_admin')).assignRole;
    refused(await asAdmin(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: assignment.id }), ['system:manage'], 'change');
    refused(await asAdmin(`mutation($id: ID!, $i: UpdateUserRoleInput!) { updateUserRole(id: $id, input: $i) { id } }`, { id: assignment.id, i: { validUntil: future(3_600_000) } }), ['system:manage'], 'change');
    const [row] = await sql<{ is_active: boolean; valid_until: Date | null }>(t.db.url, `SELECT is_active, valid_until FROM "authorization".user_roles WHERE id = $1`, [assignment.id]);
    expect(row).toEqual({ is_active: true, valid_until: null });
    const direct = ok(await a.grant(root.userId, 'encryption_key:rotate')).grantPermission;
    refused(await asAdmin(`mutation($id: ID!) { revokePermission(id: $id) { id } }`, { id: direct.id }), ['encryption_key:rotate'], 'change');
    // What it holds, it may revoke.
    const managed = ok(await a.assign(root.userId, 'manager')).assignRole;
    ok(await asAdmin(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: managed.id }));
  });
});

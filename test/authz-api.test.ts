/**
 * The authorization API through the gateway: CRUD with cursor pagination for every table,
 * the write rules (hierarchy without cycles, system roles, is_assignable, max_assignments,
 * revocation records), input validation with field paths, and all-or-nothing writes.
 */
import { ALL_PERMISSIONS } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from './kit/db.js';
import { codes, startTestSystem, type TestSystem } from './kit/system.js';
import { authz, denial, ok } from './authz-kit.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
let token: string;
beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
  token = t.admin.accessToken;
});
afterAll(() => t?.stop());

const unique = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
const gql = (query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, token);
const fields = (r: Awaited<ReturnType<typeof gql>>) => (r.errors![0]!.extensions!.fields as { path: (string | number)[] }[]).map((f) => f.path.join('.'));

async function createRole(input: Record<string, unknown>) {
  return ok(await gql(`mutation($i: CreateRoleInput!) { createRole(input: $i) { id name roleLevel isSystemRole parentRole { id } } }`, { i: input })).createRole;
}

describe('cursor pagination', () => {
  it('walks every permission exactly once, page by page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: any = ok(await gql(`query($a: String) { permissions(first: 17, after: $a) { edges { cursor node { name } } nodes { id } pageInfo { hasNextPage endCursor } } }`, { a: after })).permissions;
      seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const [{ n }] = (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".permissions`)) as [{ n: number }];
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    expect(seen).toEqual(expect.arrayContaining(ALL_PERMISSIONS));
  });

  it('pages every table and filters', async () => {
    const lists = await gql(`query {
      resourceTypes(first: 2) { nodes { name } pageInfo { hasNextPage } }
      roles(first: 2) { nodes { name } pageInfo { hasNextPage } }
      resources(first: 2) { nodes { id } pageInfo { hasNextPage } }
      rolePermissions(first: 2) { nodes { id } pageInfo { hasNextPage } }
      userRoles(first: 2) { nodes { id } pageInfo { hasNextPage } }
      userPermissions(first: 2) { nodes { id } pageInfo { hasNextPage } }
    }`);
    expect(lists.errors).toBeUndefined();
    expect(lists.data.resourceTypes.pageInfo.hasNextPage).toBe(true);
    expect(lists.data.roles.nodes).toHaveLength(2);
    const filtered = ok(await gql(`query { permissions(first: 50, filter: { resourceType: "role" }) { nodes { name action } } }`)).permissions.nodes;
    expect(filtered.map((p: { name: string }) => p.name).sort()).toEqual(['role:assign', 'role:create', 'role:delete', 'role:read', 'role:update']);
    const userRole = await a.roleId('user');
    const members = ok(await gql(`query($r: ID!) { rolePermissions(first: 100, filter: { roleId: $r }) { nodes { permission { name } additionalConditions } } }`, { r: userRole })).rolePermissions.nodes;
    expect(members).toContainEqual({ permission: { name: 'conversation:update' }, additionalConditions: { '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] } });
  });

  it('refuses a forged cursor and an oversized page with BAD_USER_INPUT', async () => {
    const forged = await gql(`query { roles(after: "bm90LWEtdXVpZA") { nodes { id } } }`);
    expect(codes(forged)).toEqual(['BAD_USER_INPUT']);
    expect(fields(forged)).toEqual(['after']);
    expect(fields(await gql(`query { roles(first: 1000) { nodes { id } } }`))).toEqual(['first']);
  });
});

describe('resource types and permissions', () => {
  it('creates a type and its permissions; actions must be the type\'s own', async () => {
    const name = unique('ticket');
    const type = ok(await gql(`mutation($i: CreateResourceTypeInput!) { createResourceType(input: $i) { id name availableActions isBuiltIn } }`, { i: { name, availableActions: ['open', 'close'] } })).createResourceType;
    expect(type).toMatchObject({ name, availableActions: ['open', 'close'], isBuiltIn: false });
    const bad = await gql(`mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id } }`, { i: { name: `${name}:reopen`, resourceTypeId: type.id, action: 'reopen' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fields(bad)).toEqual(['input.action']);
    const perm = ok(
      await gql(`mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id name isSystemPermission resourceType { name } createdBy { id } } }`, { i: { name: `${name}:open`, resourceTypeId: type.id, action: 'open' } }),
    ).createPermission;
    expect(perm).toMatchObject({ isSystemPermission: false, resourceType: { name }, createdBy: { id: t.admin.userId } });
    expect(codes(await gql(`mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id } }`, { i: { name: `${name}:open`, resourceTypeId: type.id, action: 'open' } }))).toEqual(['CONFLICT']);
    // An action in use cannot be removed; an unused one can.
    const drop = await gql(`mutation($id: ID!) { updateResourceType(id: $id, input: { availableActions: ["close"] }) { id } }`, { id: type.id });
    expect(codes(drop)).toEqual(['CONFLICT']);
    expect(ok(await gql(`mutation($id: ID!) { updateResourceType(id: $id, input: { availableActions: ["open"] }) { availableActions } }`, { id: type.id })).updateResourceType.availableActions).toEqual(['open']);
    expect(codes(await gql(`mutation($id: ID!) { deleteResourceType(id: $id) { id } }`, { id: type.id }))).toEqual(['CONFLICT']);
    expect(ok(await gql(`mutation($id: ID!) { deletePermission(id: $id) { name } }`, { id: perm.id })).deletePermission.name).toBe(`${name}:open`);
    expect(ok(await gql(`mutation($id: ID!) { deleteResourceType(id: $id) { name } }`, { id: type.id })).deleteResourceType.name).toBe(name);
  });

  it('keeps the catalog: built-in types and system permissions are not renamed or deleted', async () => {
    const conversation = ok(await gql(`query { resourceType(name: "conversation") { id availableActions isBuiltIn } }`)).resourceType;
    expect(conversation).toEqual({ id: expect.any(String), availableActions: ['create', 'read', 'update', 'delete', 'share'], isBuiltIn: true });
    expect(denial(await gql(`mutation($id: ID!) { updateResourceType(id: $id, input: { name: "chat" }) { id } }`, { id: conversation.id })).code).toBe('FORBIDDEN');
    expect(denial(await gql(`mutation($id: ID!) { deleteResourceType(id: $id) { id } }`, { id: conversation.id })).code).toBe('FORBIDDEN');
    expect(codes(await gql(`mutation($id: ID!) { updateResourceType(id: $id, input: { availableActions: ["read"] }) { id } }`, { id: conversation.id }))).toEqual(['CONFLICT']);
    const read = await a.permissionId('conversation:read');
    expect(denial(await gql(`mutation($id: ID!) { deletePermission(id: $id) { id } }`, { id: read })).message).toBe('Permission conversation:read is a system permission and cannot be deleted');
  });

  it('validates conditions: only the documented JsonLogic operators', async () => {
    const type = ok(await gql(`query { resourceType(name: "report") { id } }`)).resourceType;
    const bad = await gql(`mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id } }`, {
      i: { name: unique('report:execute:x').replace(/[^a-z0-9_:]/g, '_'), resourceTypeId: type.id, action: 'execute', conditions: { method: [{ var: 'user.id' }, 'toString'] } },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.fields).toEqual([{ path: ['input', 'conditions'], message: 'operator "method" is not allowed' }]);
  });
});

describe('resources', () => {
  it('CRUD with a parent hierarchy that cannot loop, and no deletion while referenced', async () => {
    const root = await a.resource({ resourceType: 'organization', attributes: { tier: 'gold' } });
    const child = await a.resource({ resourceType: 'knowledge', parentId: root.id });
    const read = ok(await gql(`query($id: ID!) { resource(id: $id) { resourceId resourceType { name } parent { id } attributes } }`, { id: child.id })).resource;
    expect(read).toMatchObject({ resourceId: child.resourceId, resourceType: { name: 'knowledge' }, parent: { id: root.id } });
    const loop = await gql(`mutation($id: ID!, $p: ID!) { updateResource(id: $id, input: { parentId: $p }) { id } }`, { id: root.id, p: child.id });
    expect(codes(loop)).toEqual(['BAD_USER_INPUT']);
    expect(fields(loop)).toEqual(['input.parentId']);
    const dup = await gql(`mutation($i: CreateResourceInput!) { createResource(input: $i) { id } }`, { i: { resourceType: 'knowledge', resourceId: child.resourceId } });
    expect(codes(dup)).toEqual(['CONFLICT']);
    const updated = ok(await gql(`mutation($id: ID!) { updateResource(id: $id, input: { name: "Gold", attributes: { tier: "platinum" } }) { name attributes } }`, { id: root.id })).updateResource;
    expect(updated).toEqual({ name: 'Gold', attributes: { tier: 'platinum' } });
    expect(codes(await gql(`mutation($id: ID!) { deleteResource(id: $id) { id } }`, { id: root.id }))).toEqual(['CONFLICT']);
    const s = await a.registered();
    const grant = ok(await a.grant(s.userId, 'knowledge:update', { resourceId: child.id })).grantPermission;
    expect(codes(await gql(`mutation($id: ID!) { deleteResource(id: $id) { id } }`, { id: child.id }))).toEqual(['CONFLICT']);
    ok(await gql(`mutation($id: ID!) { revokePermission(id: $id) { id } }`, { id: grant.id }));
    await sql(t.db.url, `DELETE FROM "authorization".user_permissions WHERE id = $1`, [grant.id]);
    expect(ok(await gql(`mutation($id: ID!) { deleteResource(id: $id) { id } }`, { id: child.id })).deleteResource.id).toBe(child.id);
    const listed = ok(await gql(`query($p: ID!) { resources(filter: { parentId: $p }) { nodes { id } } }`, { p: root.id })).resources.nodes;
    expect(listed).toEqual([]);
  });
});

describe('roles', () => {
  it('maintains role_level and rejects a cycle in the hierarchy', async () => {
    const top = await createRole({ name: unique('top') });
    const middle = await createRole({ name: unique('middle'), parentRoleId: top.id });
    const bottom = await createRole({ name: unique('bottom'), parentRoleId: middle.id });
    expect([top.roleLevel, middle.roleLevel, bottom.roleLevel]).toEqual([0, 1, 2]);
    const cycle = await gql(`mutation($id: ID!, $p: ID!) { updateRole(id: $id, input: { parentRoleId: $p }) { id } }`, { id: top.id, p: bottom.id });
    expect(codes(cycle)).toEqual(['BAD_USER_INPUT']);
    expect(cycle.errors![0]!.extensions!.fields).toEqual([{ path: ['input', 'parentRoleId'], message: 'would make the role inherit from itself' }]);
    const self = await gql(`mutation($id: ID!) { updateRole(id: $id, input: { parentRoleId: $id }) { id } }`, { id: top.id });
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    // Re-parenting moves the whole subtree's levels.
    const root = await createRole({ name: unique('root') });
    ok(await gql(`mutation($id: ID!, $p: ID!) { updateRole(id: $id, input: { parentRoleId: $p }) { id } }`, { id: top.id, p: root.id }));
    const levels = ok(await gql(`query($id: ID!) { role(id: $id) { roleLevel chain { roleLevel } } }`, { id: bottom.id })).role;
    expect(levels).toEqual({ roleLevel: 3, chain: [{ roleLevel: 3 }, { roleLevel: 2 }, { roleLevel: 1 }, { roleLevel: 0 }] });
    expect(codes(await gql(`mutation($id: ID!) { deleteRole(id: $id) { id } }`, { id: middle.id }))).toEqual(['CONFLICT']);
    expect(ok(await gql(`mutation($id: ID!) { deleteRole(id: $id) { id } }`, { id: bottom.id })).deleteRole.id).toBe(bottom.id);
  });

  it('never deletes or renames a system role', async () => {
    const admin = await a.roleId('admin');
    expect(denial(await gql(`mutation($id: ID!) { deleteRole(id: $id) { id } }`, { id: admin }))).toMatchObject({ code: 'FORBIDDEN', message: 'Role admin is a system role and cannot be deleted' });
    expect(denial(await gql(`mutation($id: ID!) { updateRole(id: $id, input: { name: "boss" }) { id } }`, { id: admin }))).toMatchObject({ code: 'FORBIDDEN', message: 'Role admin is a system role and cannot be renamed' });
    expect(ok(await gql(`mutation($id: ID!) { updateRole(id: $id, input: { displayName: "Admin" }) { displayName isSystemRole } }`, { id: admin })).updateRole).toEqual({ displayName: 'Admin', isSystemRole: true });
  });

  it('refuses to assign a role that is not assignable', async () => {
    const role = await createRole({ name: unique('locked'), isAssignable: false });
    const s = await a.registered();
    const res = await gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: s.userId, roleId: role.id } });
    expect(denial(res)).toMatchObject({ code: 'FORBIDDEN', message: `Role ${role.name} is not assignable` });
  });

  it('enforces max_assignments on active assignments; revoking frees a place', async () => {
    const role = await createRole({ name: unique('limited'), maxAssignments: 2 });
    const [u1, u2, u3] = await Promise.all([a.registered(), a.registered(), a.registered()]);
    const assign = (userId: string) => gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId, roleId: role.id } });
    const first = ok(await assign(u1.userId)).assignRole;
    ok(await assign(u2.userId));
    const full = await assign(u3.userId);
    expect(denial(full)).toMatchObject({ code: 'CONFLICT', message: `Role ${role.name} already has its maximum of 2 assignments` });
    expect(ok(await gql(`query($id: ID!) { role(id: $id) { activeAssignments } }`, { id: role.id })).role.activeAssignments).toBe(2);
    ok(await gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: first.id }));
    expect(ok(await assign(u3.userId)).assignRole.id).toEqual(expect.any(String));
    // Concurrent assignments cannot overshoot the limit (the role row is locked).
    const one = await createRole({ name: unique('single'), maxAssignments: 1 });
    const racers = await Promise.all([u1, u2, u3].map((u) => gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: u.userId, roleId: one.id } })));
    expect(racers.filter((r) => !r.errors).length).toBe(1);
  });

  it('manages a role\'s permissions', async () => {
    const role = await createRole({ name: unique('grants') });
    const perm = await a.permissionId('report:read');
    const add = (input: Record<string, unknown>) => gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id role { id } permission { name } grantedBy { id } additionalConditions } }`, { i: input });
    const rp = ok(await add({ roleId: role.id, permissionId: perm })).addRolePermission;
    expect(rp).toMatchObject({ role: { id: role.id }, permission: { name: 'report:read' }, grantedBy: { id: t.admin.userId }, additionalConditions: {} });
    expect(codes(await add({ roleId: role.id, permissionId: perm }))).toEqual(['CONFLICT']);
    const window = await gql(`mutation($id: ID!) { updateRolePermission(id: $id, input: { validFrom: "2030-01-01T00:00:00Z", validUntil: "2029-01-01T00:00:00Z" }) { id } }`, { id: rp.id });
    expect(fields(window)).toEqual(['input.validUntil']);
    ok(await gql(`mutation($id: ID!) { removeRolePermission(id: $id) { id } }`, { id: rp.id }));
    expect(ok(await gql(`query($id: ID!) { role(id: $id) { permissions { id } } }`, { id: role.id })).role.permissions).toEqual([]);
  });
});

describe('assignments and grants', () => {
  it('records who revoked, when and why; a second revocation is a CONFLICT; reassigning revives the row', async () => {
    const s = await a.registered();
    const assigned = ok(await a.assign(s.userId, 'auditor', { reason: 'quarterly audit' })).assignRole;
    expect(codes(await a.assign(s.userId, 'auditor'))).toEqual(['CONFLICT']);
    const revoked = ok(await gql(`mutation($id: ID!) { revokeRole(id: $id, reason: "audit done") { isActive revokedAt revokedBy { id } revocationReason } }`, { id: assigned.id })).revokeRole;
    expect(revoked).toMatchObject({ isActive: false, revokedBy: { id: t.admin.userId }, revocationReason: 'audit done' });
    expect(Date.parse(revoked.revokedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(codes(await gql(`mutation($id: ID!) { revokeRole(id: $id) { id } }`, { id: assigned.id }))).toEqual(['CONFLICT']);
    const again = ok(await a.assign(s.userId, 'auditor')).assignRole;
    expect(again.id).toBe(assigned.id);
    const listed = ok(await gql(`query($u: ID!) { userRoles(filter: { userId: $u, activeOnly: true }) { nodes { role { name } isActive revokedAt } } }`, { u: s.userId })).userRoles.nodes;
    expect(listed).toEqual(expect.arrayContaining([{ role: { name: 'auditor' }, isActive: true, revokedAt: null }]));
  });

  it('writes nothing when any part of a mutation fails', async () => {
    const s = await a.registered();
    const before = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1`, [s.userId]);
    const missingScope = await a.assign(s.userId, 'manager', { resourceScope: '00000000-0000-4000-8000-000000000000' });
    expect(codes(missingScope)).toEqual(['BAD_USER_INPUT']);
    expect(fields(missingScope)).toEqual(['input.resourceScope']);
    const after = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1`, [s.userId]);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('validates ids and windows with field paths', async () => {
    const bad = await gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: 'nope', roleId: await a.roleId('user'), validFrom: '2030-01-02T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fields(bad)).toEqual(['input.userId']);
    const window = await a.grant((await a.registered()).userId, 'report:read', { validFrom: '2030-01-02T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' });
    expect(fields(window)).toEqual(['input.validUntil']);
    expect(codes(await gql(`query { role(id: "not-a-uuid") { id } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`query { myAccess(checks: [{ permission: "no-colon" }]) { allowed } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('grants, updates and revokes a direct permission', async () => {
    const s = await a.registered();
    const grant = ok(await a.grant(s.userId, 'report:execute', { reason: 'month end' })).grantPermission;
    expect(grant.pending).toBe(false);
    const updated = ok(await gql(`mutation($id: ID!) { updateUserPermission(id: $id, input: { validUntil: "2099-01-01T00:00:00Z", reason: "extended" }) { validUntil grantReason user { id } permission { name } } }`, { id: grant.id })).updateUserPermission;
    expect(updated).toEqual({ validUntil: '2099-01-01T00:00:00.000Z', grantReason: 'extended', user: { id: s.userId }, permission: { name: 'report:execute' } });
    const pending = ok(await gql(`query($u: ID!) { userPermissions(filter: { userId: $u, pendingOnly: true }) { nodes { id } } }`, { u: s.userId })).userPermissions.nodes;
    expect(pending).toEqual([]);
    const revoked = ok(await gql(`mutation($id: ID!) { revokePermission(id: $id, reason: "done") { isActive revocationReason revokedBy { id } } }`, { id: grant.id })).revokePermission;
    expect(revoked).toEqual({ isActive: false, revocationReason: 'done', revokedBy: { id: t.admin.userId } });
    expect(await a.access(s.accessToken, 'report:execute')).toMatchObject({ allowed: false, reason: 'REVOKED' });
  });

  it('lists a user\'s effective permissions with scope and window', async () => {
    const s = await a.registered();
    const org = await a.resource({ resourceType: 'organization' });
    ok(await a.assign(s.userId, 'auditor', { resourceScope: org.id, validUntil: '2099-01-01T00:00:00Z' }));
    const mine = ok(await t.gql(`query { myPermissions { name via kind scope { id } validUntil conditions } }`, {}, s.accessToken)).myPermissions;
    expect(mine).toContainEqual({ name: 'compliance:read', via: 'role:auditor', kind: 'ROLE', scope: { id: org.id }, validUntil: '2099-01-01T00:00:00.000Z', conditions: [] });
    expect(mine).toContainEqual({ name: 'conversation:update', via: 'role:user', kind: 'ROLE', scope: null, validUntil: null, conditions: [{ '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] }] });
    const viaEntity = ok(await t.gql(`query { me { effectivePermissions { name } roles(includeInactive: true) { role { name } } } }`, {}, s.accessToken)).me;
    expect(viaEntity.effectivePermissions.length).toBe(mine.length);
    expect(viaEntity.roles.map((r: { role: { name: string } }) => r.role.name).sort()).toEqual(['auditor', 'user']);
  });
});

describe('no escalation through assignment', () => {
  it('an admin may hand out what it holds but not super_admin or a permission it lacks', async () => {
    const admin = await a.registered();
    ok(await a.assign(admin.userId, 'admin'));
    const target = await a.registered();
    const refused = await a.assign(target.userId, 'super_admin', {}, admin.accessToken);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors![0]!.message).toMatch(/^You cannot hand out permissions you do not hold: .*system:manage/);
    expect(refused.errors![0]!.extensions!.missing).toContain('encryption_key:rotate');
    const [none] = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id WHERE ur.user_id = $1 AND r.name = 'super_admin'`, [target.userId]);
    expect(none!.n).toBe(0);
    expect(codes(await a.grant(target.userId, 'system:configure', {}, admin.accessToken))).toEqual(['FORBIDDEN']);
    // What the admin holds itself, including inherited owner-conditioned grants, it may pass on.
    expect(ok(await a.assign(target.userId, 'manager', {}, admin.accessToken)).assignRole.id).toEqual(expect.any(String));
    expect(ok(await a.grant(target.userId, 'report:delete', {}, admin.accessToken)).grantPermission.id).toEqual(expect.any(String));
  });
});

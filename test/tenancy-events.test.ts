/**
 * The authorization side of tenancy, end to end through the gateway: resource events register
 * objects (in order, idempotently, with placeholders for late parents and tombstones for
 * deletions), member events assign organization roles scoped to the organization, and
 * `myTenantScopes` answers which tenants a permission reaches, children included.
 */
import { EVENTS, ORGANIZATION_ROLES } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from './authz-kit.js';
import { sql } from './kit/db.js';
import { publish } from './kit/events.js';
import { startTestSystem, type TestSystem } from './kit/system.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;

beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
});
afterAll(async () => t?.stop());

/** Database time strings, microsecond precision, `n` microseconds apart. */
const at = (base: number, micros: number) => new Date(base).toISOString().replace('Z', `${String(micros).padStart(3, '0')}Z`);

const resourceRow = async (type: string, id: string) =>
  (
    await sql<{ name: string | null; owner_id: string | null; is_active: boolean; parent: string | null; organization_id: string | null }>(
      t.db.url,
      `SELECT r.name, r.owner_id::text, r.is_active, p.resource_id AS parent, r.attributes->>'organizationId' AS organization_id
         FROM "authorization".resources r JOIN "authorization".resource_types ty ON ty.id = r.resource_type_id
         LEFT JOIN "authorization".resources p ON p.id = r.parent_resource_id
        WHERE ty.name = $1 AND r.resource_id = $2`,
      [type, id],
    )
  )[0];

const upsert = (p: { type: string; id: string; name: string; ownerId?: string | null; organizationId: string | null; parent?: { resourceType: string; resourceId: string } | null; at: string }) =>
  publish(t, EVENTS.resourceUpserted, {
    resourceType: p.type,
    resourceId: p.id,
    name: p.name,
    ownerId: p.ownerId ?? null,
    organizationId: p.organizationId,
    parent: p.parent === undefined ? (p.organizationId ? { resourceType: 'organization', resourceId: p.organizationId } : null) : p.parent,
    attributes: {},
    at: p.at,
  });

/** Active organization roles of a user, with the organization they are scoped to. */
const orgRoles = (userId: string) =>
  sql<{ role: string; scope: string }>(
    t.db.url,
    `SELECT r.name AS role, s.resource_id AS scope FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id
       JOIN "authorization".resources s ON s.id = ur.resource_scope WHERE ur.user_id = $1 AND ur.is_active AND r.name LIKE 'org\\_%'`,
    [userId],
  );

const scopes = async (token: string, permissions: string[]) =>
  ok(await t.gql(`query($p: [String!]!) { myTenantScopes(permissions: $p) { permission all organizationIds } }`, { p: permissions }, token)).myTenantScopes;

describe('resource events', () => {
  it('register an object under its organization, keep the newest state whatever the delivery order, and tombstone deletions', async () => {
    const org = randomUUID();
    const conv = randomUUID();
    const owner = randomUUID();
    const base = Date.now();
    // The child first: its organization gets an inactive placeholder.
    await upsert({ type: 'conversation', id: conv, name: 'second', ownerId: owner, organizationId: org, at: at(base, 2) });
    await waitFor(() => resourceRow('conversation', conv), 'the conversation');
    expect(await resourceRow('organization', org)).toMatchObject({ is_active: false, name: null });
    // An older state delivered late changes nothing.
    await upsert({ type: 'conversation', id: conv, name: 'first', ownerId: null, organizationId: org, at: at(base, 1) });
    await upsert({ type: 'organization', id: org, name: 'Org', organizationId: org, parent: null, at: at(base, 1) });
    await waitFor(async () => (await resourceRow('organization', org))?.is_active, 'the organization');
    expect(await resourceRow('conversation', conv)).toEqual({ name: 'second', owner_id: owner, is_active: true, parent: org, organization_id: org });
    // Deleted, then a stale upsert: the tombstone holds.
    await publish(t, EVENTS.resourceDeleted, { resourceType: 'conversation', resourceId: conv, at: at(base, 3) });
    await waitFor(async () => (await resourceRow('conversation', conv))?.is_active === false, 'the deletion');
    await upsert({ type: 'conversation', id: conv, name: 'revived', organizationId: org, at: at(base, 2) });
    // A later event on another object proves the queue moved past the stale one.
    const marker = randomUUID();
    await upsert({ type: 'conversation', id: marker, name: 'marker', organizationId: org, at: at(base, 4) });
    await waitFor(() => resourceRow('conversation', marker), 'the marker');
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier LIKE 'authorization:resource.%'`))[0]!.n === 0, 'the queue to drain');
    expect(await resourceRow('conversation', conv)).toMatchObject({ name: 'second', is_active: false });
    // The first owner was recorded as an owner change.
    const changes = await sql(t.db.url, `SELECT c.to_owner_id::text FROM "authorization".resource_owner_changes c JOIN "authorization".resources r ON r.id = c.resource_id WHERE r.resource_id = $1`, [conv]);
    expect(changes).toEqual([{ to_owner_id: owner }]);
  });
});

describe('organization roles and tenant scopes', () => {
  it('are seeded with fixed ids, and a membership scopes them to the organization and its children', async () => {
    const roles = await sql<{ id: string; name: string }>(t.db.url, `SELECT id::text, name FROM "authorization".roles WHERE name LIKE 'org\\_%' ORDER BY name`);
    expect(roles).toEqual([
      { id: ORGANIZATION_ROLES.org_admin.id, name: 'org_admin' },
      { id: ORGANIZATION_ROLES.org_member.id, name: 'org_member' },
      { id: ORGANIZATION_ROLES.org_owner.id, name: 'org_owner' },
    ]);
    const [member, admin] = await Promise.all([a.registered(), a.registered()]);
    const parent = randomUUID();
    const child = randomUUID();
    const other = randomUUID();
    const base = Date.now();
    await upsert({ type: 'organization', id: parent, name: 'Parent', organizationId: parent, parent: null, at: at(base, 1) });
    await upsert({ type: 'organization', id: child, name: 'Child', organizationId: child, parent: { resourceType: 'organization', resourceId: parent }, at: at(base, 1) });
    await upsert({ type: 'organization', id: other, name: 'Other', organizationId: other, parent: null, at: at(base, 1) });
    const convA = randomUUID();
    const convB = randomUUID();
    await upsert({ type: 'conversation', id: convA, name: 'A', ownerId: member.userId, organizationId: child, at: at(base, 1) });
    await upsert({ type: 'conversation', id: convB, name: 'B', ownerId: randomUUID(), organizationId: other, at: at(base, 1) });
    await publish(t, EVENTS.memberAdded, { organizationId: parent, userId: member.userId, roleId: ORGANIZATION_ROLES.org_member.id, isOwner: false, at: at(base, 1) });
    await publish(t, EVENTS.memberAdded, { organizationId: parent, userId: admin.userId, roleId: ORGANIZATION_ROLES.org_admin.id, isOwner: false, at: at(base, 1) });

    const expected = [parent, child].sort();
    await waitFor(async () => (await scopes(admin.accessToken, ['conversation:read']))[0].organizationIds.length === 2, "the admin's scope");
    expect(await scopes(admin.accessToken, ['conversation:read', 'organization:update', 'system:manage'])).toEqual([
      { permission: 'conversation:read', all: false, organizationIds: expected },
      { permission: 'organization:update', all: false, organizationIds: expected },
      { permission: 'system:manage', all: false, organizationIds: [] },
    ]);
    await waitFor(async () => (await orgRoles(member.userId)).length === 1, "the member's role");
    expect(await orgRoles(member.userId)).toEqual([{ role: 'org_member', scope: parent }]);
    expect((await scopes(t.admin.accessToken, ['conversation:read']))[0]).toEqual({ permission: 'conversation:read', all: true, organizationIds: [] });

    // The administrator manages the tenant's conversations and nothing of another's, with no hand-made resource row.
    expect(await a.access(admin.accessToken, 'conversation:delete', convA)).toMatchObject({ allowed: true, via: expect.stringContaining('org_admin') });
    expect(await a.access(admin.accessToken, 'conversation:read', convB)).toMatchObject({ allowed: false });
    expect(await a.access(member.accessToken, 'conversation:update', convA)).toMatchObject({ allowed: true });

    // A role change replaces the role; leaving ends it; a late "added" does not bring it back.
    await publish(t, EVENTS.memberChanged, { organizationId: parent, userId: admin.userId, roleId: ORGANIZATION_ROLES.org_member.id, isOwner: false, at: at(base, 2) });
    await waitFor(async () => !(await a.access(admin.accessToken, 'conversation:delete', convA)).allowed, 'the demotion');
    await publish(t, EVENTS.memberRemoved, { organizationId: parent, userId: member.userId, at: at(base, 3) });
    await publish(t, EVENTS.memberAdded, { organizationId: parent, userId: member.userId, roleId: ORGANIZATION_ROLES.org_admin.id, isOwner: false, at: at(base, 2) });
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier LIKE 'authorization:member.%'`))[0]!.n === 0, 'the queue to drain');
    expect(await orgRoles(member.userId)).toEqual([]);
    expect(await orgRoles(admin.userId)).toEqual([{ role: 'org_member', scope: parent }]);
    expect(await scopes(admin.accessToken, ['organization:update'])).toEqual([{ permission: 'organization:update', all: false, organizationIds: [] }]);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const u = await a.registered();
    const res = await t.gql(`query { myTenantScopes(permissions: ["nope"]) { all } }`, {}, u.accessToken);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

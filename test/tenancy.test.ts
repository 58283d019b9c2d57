/**
 * Organizations are tenants, end to end through the gateway: two tenants, each with an owner,
 * an administrator, a member and an outsider, on every organization query and mutation; the
 * coverage rule for organization roles; an organization always keeps an owner; and a randomized
 * cross-tenant run where a member or administrator of A tries B's objects and learns nothing
 * (no data, and the same answer as for an object that does not exist).
 */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from './authz-kit.js';
import { sql } from './kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from './kit/system.js';
import { createTenant, crossTenantRun, cursorOf, scopeOf as tenantScope, type Tenant } from './kit/tenants.js';

let t: TestSystem;

let A: Tenant;
let B: Tenant;

const ROLE = ORGANIZATION_ROLES;
const gql = (token: string, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, token);
const scopeOf = (s: Session, permission: string) => tenantScope(t, s, permission);
const tenant = (name: string) => createTenant(t, name);

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([tenant(`Tenant A ${randomUUID().slice(0, 8)}`), tenant(`Tenant B ${randomUUID().slice(0, 8)}`)]);
}, 120_000);
afterAll(async () => t?.stop());

const ORG = `query($id: ID!) { organization(id: $id) { id name description members { nodes { user { id } roleId isOwner } } teams { nodes { id } } children { nodes { id } } } }`;

describe('organizations are tenants', () => {
  it('members see their organization, its child, its members and teams; outsiders and other tenants see nothing but the directory', async () => {
    for (const s of [A.owner, A.admin, A.member]) {
      const list = ok(await gql(s.accessToken, `{ organizations(first: 50) { nodes { id } } }`)).organizations.nodes.map((o: { id: string }) => o.id);
      expect(list.sort()).toEqual([A.id, A.childId].sort());
      const org = ok(await gql(s.accessToken, ORG, { id: A.id })).organization;
      expect(org.members.nodes.map((m: { user: { id: string } }) => m.user.id).sort()).toEqual([A.owner.userId, A.admin.userId, A.member.userId].sort());
      expect(org.teams.nodes).toEqual([{ id: A.teamId }]);
      expect(org.children.nodes).toEqual([{ id: A.childId }]);
      expect(ok(await gql(s.accessToken, `query($id: ID!) { team(id: $id) { id } }`, { id: A.teamId })).team).toEqual({ id: A.teamId });
      // Another tenant's organization and team: exactly as if they did not exist.
      for (const id of [B.id, B.childId, randomUUID()]) expect(await gql(s.accessToken, ORG, { id })).toMatchObject({ data: { organization: null }, errors: undefined });
      expect(ok(await gql(s.accessToken, `query($id: ID!) { team(id: $id) { id } }`, { id: B.teamId })).team).toBeNull();
    }
    expect(ok(await gql(A.outsider.accessToken, `{ organizations { nodes { id } } }`)).organizations.nodes).toEqual([]);
    expect(ok(await gql(A.outsider.accessToken, ORG, { id: A.id })).organization).toBeNull();
    // The public directory: id, name, slug and display name of every organization, for anyone signed in.
    const directory = ok(await gql(A.outsider.accessToken, `{ organizationDirectory(first: 100) { nodes { id name slug displayName } } }`)).organizationDirectory.nodes;
    expect(directory.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([A.id, B.id, A.childId, B.childId]));
    // Nothing else: the directory type has no other field.
    expect((await gql(A.outsider.accessToken, `{ organizationDirectory { nodes { id description } } }`)).data ?? null).toBeNull();
    // The user's own memberships, through User.organizations.
    expect(ok(await gql(A.member.accessToken, `{ me { organizations { id } } }`)).me.organizations).toEqual([{ id: A.id }]);
  });

  it('owners and administrators update their organization and manage teams; members, outsiders and other tenants cannot', async () => {
    const update = (s: Session, id: string) => gql(s.accessToken, `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "by tenant" }) { description } }`, { id });
    expect(ok(await update(A.owner, A.id)).updateOrganization).toEqual({ description: 'by tenant' });
    expect(ok(await update(A.admin, A.id)).updateOrganization).toEqual({ description: 'by tenant' });
    // A role on the parent reaches the child organization.
    expect(ok(await update(A.admin, A.childId)).updateOrganization).toEqual({ description: 'by tenant' });
    for (const s of [A.member, A.outsider]) expect(codes(await update(s, A.id))).toEqual(['FORBIDDEN']);
    for (const s of [A.owner, A.admin]) {
      expect(codes(await update(s, B.id))).toEqual(['FORBIDDEN']);
      expect(codes(await update(s, randomUUID()))).toEqual(['FORBIDDEN']);
    }
    const team = (s: Session, org: string) => gql(s.accessToken, `mutation($o: ID!, $n: String!) { createTeam(input: { organizationId: $o, name: $n }) { id } }`, { o: org, n: `t-${randomUUID()}` });
    const made = ok(await team(A.admin, A.id)).createTeam.id;
    expect(codes(await team(A.member, A.id))).toEqual(['FORBIDDEN']);
    expect(codes(await team(A.admin, B.id))).toEqual(['FORBIDDEN']);
    const rename = (s: Session, id: string) => gql(s.accessToken, `mutation($id: ID!) { updateTeam(id: $id, input: { description: "x" }) { id } }`, { id });
    expect(ok(await rename(A.admin, made)).updateTeam).toEqual({ id: made });
    expect(codes(await rename(A.member, made))).toEqual(['NOT_FOUND']);
    expect(codes(await rename(A.admin, B.teamId))).toEqual(['NOT_FOUND']);
    expect(codes(await rename(A.admin, randomUUID()))).toEqual(['NOT_FOUND']);
    const joinTeam = (s: Session, teamId: string, userId: string) => gql(s.accessToken, `mutation($t: ID!, $u: ID!) { addTeamMember(input: { teamId: $t, userId: $u }) { roleId } }`, { t: teamId, u: userId });
    expect(ok(await joinTeam(A.admin, made, A.member.userId)).addTeamMember).toEqual({ roleId: ROLE.org_member.id });
    expect(codes(await joinTeam(A.admin, B.teamId, B.member.userId))).toEqual(['NOT_FOUND']);
    expect(codes(await joinTeam(A.member, made, A.admin.userId))).toEqual(['NOT_FOUND']);
    const leaveTeam = (s: Session, teamId: string, userId: string) => gql(s.accessToken, `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) { id } }`, { t: teamId, u: userId });
    expect(codes(await leaveTeam(A.admin, B.teamId, B.member.userId))).toEqual(['NOT_FOUND']);
    expect(ok(await leaveTeam(A.admin, made, A.member.userId)).removeTeamMember).toEqual({ id: made });
  });

  it('membership: roles name real organization roles, nobody gives more than its own, and an organization always keeps an owner', async () => {
    const add = (s: Session, org: string, userId: string, roleId?: string) =>
      gql(s.accessToken, `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { roleId isOwner } }`, { i: { organizationId: org, userId, ...(roleId ? { roleId } : {}) } });
    const change = (s: Session, org: string, userId: string, roleId: string) =>
      gql(s.accessToken, `mutation($i: UpdateOrganizationMemberInput!) { updateOrganizationMember(input: $i) { roleId isOwner } }`, { i: { organizationId: org, userId, roleId } });
    const remove = (s: Session, org: string, userId: string) => gql(s.accessToken, `mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) { id } }`, { o: org, u: userId });
    const [x, y] = await Promise.all([t.register(), t.register()]);

    expect(codes(await add(A.admin, A.id, x.userId, randomUUID()))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await add(A.admin, A.id, x.userId, ROLE.org_owner.id))).toEqual(['FORBIDDEN']);
    expect(codes(await add(A.member, A.id, x.userId))).toEqual(['FORBIDDEN']);
    expect(codes(await add(A.outsider, A.id, x.userId))).toEqual(['FORBIDDEN']);
    expect(codes(await add(A.admin, B.id, x.userId))).toEqual(['FORBIDDEN']);
    expect(ok(await add(A.admin, A.id, x.userId)).addOrganizationMember).toEqual({ roleId: ROLE.org_member.id, isOwner: false });
    expect(ok(await change(A.admin, A.id, x.userId, ROLE.org_admin.id)).updateOrganizationMember).toEqual({ roleId: ROLE.org_admin.id, isOwner: false });
    expect(codes(await change(A.admin, A.id, x.userId, ROLE.org_owner.id))).toEqual(['FORBIDDEN']);
    expect(codes(await change(A.admin, A.id, A.owner.userId, ROLE.org_member.id))).toEqual(['FORBIDDEN']);
    expect(codes(await remove(A.admin, A.id, A.owner.userId))).toEqual(['FORBIDDEN']);
    // The only owner cannot step down or leave.
    expect(codes(await change(A.owner, A.id, A.owner.userId, ROLE.org_admin.id))).toEqual(['CONFLICT']);
    expect(codes(await remove(A.owner, A.id, A.owner.userId))).toEqual(['CONFLICT']);
    // The owner makes another owner; then it may step down.
    expect(ok(await change(A.owner, A.id, x.userId, ROLE.org_owner.id)).updateOrganizationMember).toEqual({ roleId: ROLE.org_owner.id, isOwner: true });
    await waitFor(async () => (await scopeOf(x, 'organization:delete')).includes(A.id), "the new owner's grant");
    expect(ok(await change(x, A.id, x.userId, ROLE.org_member.id)).updateOrganizationMember).toEqual({ roleId: ROLE.org_member.id, isOwner: false });
    await waitFor(async () => !(await scopeOf(x, 'organization:update')).includes(A.id), 'the demotion to reach authorization');
    expect(codes(await change(x, A.id, y.userId, ROLE.org_member.id))).toEqual(['FORBIDDEN']);
    // Leaving ends the organization role.
    expect(ok(await remove(A.admin, A.id, x.userId)).removeOrganizationMember).toEqual({ id: A.id });
    await waitFor(async () => (await scopeOf(x, 'organization:read')).length === 0, 'the removal to reach authorization');
    expect(ok(await gql(x.accessToken, ORG, { id: A.id })).organization).toBeNull();
    // Two admins racing to add the same user: one wins, the other gets CONFLICT, nothing half-written.
    const raced = await Promise.all([add(A.admin, A.id, y.userId), add(A.owner, A.id, y.userId)]);
    expect(raced.map((r) => codes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const rows = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM identity.organization_members WHERE organization_id = $1 AND user_id = $2`, [A.id, y.userId]);
    expect(rows[0]!.n).toBe(1);
    const owners = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM identity.organization_members WHERE organization_id = $1 AND is_owner`, [A.id]);
    expect(owners[0]!.n).toBe(1);
  });

  it('a member of A tries 1,000 random operations on B and on ids that do not exist, and cannot tell them apart', async () => {
    const attackers = [A.member, A.admin, A.owner];
    const orgs = [B.id, B.childId];
    const users = [B.member.userId, B.owner.userId];
    type Ids = { org: string; team: string; user: string; self: string };
    // Each operation as an aliased field: one HTTP request carries a whole batch of attempts.
    const queries: ((i: Ids) => string)[] = [
      (i) => `organization(id: "${i.org}") { id name description members { nodes { user { id } } } teams { nodes { id } } }`,
      (i) => `team(id: "${i.team}") { id name members { nodes { user { id } } } }`,
      // Another tenant's row as a cursor reads exactly as a row that does not exist.
      (i) => `organizations(first: 5, after: "${cursorOf(i.org)}") { nodes { id } }`,
      (i) => `organization(id: "${A.id}") { teams(first: 5, after: "${cursorOf(i.team)}") { nodes { id } } }`,
    ];
    const mutations: ((i: Ids) => string)[] = [
      (i) => `updateOrganization(id: "${i.org}", input: { description: "pwned" }) { id }`,
      (i) => `addOrganizationMember(input: { organizationId: "${i.org}", userId: "${i.self}" }) { id }`,
      (i) => `updateOrganizationMember(input: { organizationId: "${i.org}", userId: "${i.user}", roleId: "${ROLE.org_member.id}" }) { id }`,
      (i) => `removeOrganizationMember(organizationId: "${i.org}", userId: "${i.user}") { id }`,
      (i) => `createTeam(input: { organizationId: "${i.org}", name: "pwned" }) { id }`,
      (i) => `updateTeam(id: "${i.team}", input: { name: "pwned" }) { id }`,
      (i) => `addTeamMember(input: { teamId: "${i.team}", userId: "${i.user}" }) { id }`,
      (i) => `removeTeamMember(teamId: "${i.team}", userId: "${i.user}") { id }`,
    ];
    const snapshot = () =>
      sql(
        t.db.url,
        `SELECT (SELECT json_agg(o ORDER BY o.id) FROM identity.organizations o WHERE o.id = ANY($1::uuid[])) AS orgs,
                (SELECT json_agg(m ORDER BY m.id) FROM identity.organization_members m WHERE m.organization_id = ANY($1::uuid[])) AS members,
                (SELECT json_agg(t ORDER BY t.id) FROM identity.teams t WHERE t.organization_id = ANY($1::uuid[])) AS teams`,
        [orgs],
      );
    const before = await snapshot();
    const run = await crossTenantRun<Ids>(t, {
      attackers,
      queries,
      mutations,
      real: () => ({ org: orgs[Math.floor(Math.random() * orgs.length)]!, team: B.teamId, user: users[Math.floor(Math.random() * users.length)]!, self: attackers[0]!.userId }),
      fake: () => ({ org: randomUUID(), team: randomUUID(), user: users[0]!, self: attackers[0]!.userId }),
      secret: /pwned|Tenant B/,
    });
    expect(run.refused).toEqual([]);
    expect(run.attempts).toBeGreaterThanOrEqual(1000);
    expect(run.leaks.slice(0, 5)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});

describe('moving and deleting organizations', () => {
  const MOVE = `mutation($id: ID!, $p: ID) { moveOrganization(id: $id, parentId: $p) { id parent { id } } }`;
  const DELETE = `mutation($id: ID!) { deleteOrganization(id: $id) { organizationId membershipsRemoved } }`;
  const path = async (id: string) => (await sql<{ organization_path: string; depth: number }>(t.db.url, `SELECT organization_path, depth FROM identity.organizations WHERE id = $1`, [id]))[0];

  it('owners move their organization under one they manage; the new parent\'s people reach it; no cycle, no stranger\'s parent', async () => {
    const root = t.admin.accessToken;
    const c = ok(await gql(root, `mutation { createOrganization(input: { name: "Movable ${randomUUID().slice(0, 8)}" }) { id } }`)).createOrganization.id as string;
    const grandchild = ok(await gql(root, `mutation($p: ID!) { createOrganization(input: { name: "Movable child ${randomUUID().slice(0, 8)}", parentId: $p }) { id } }`, { p: c })).createOrganization.id as string;
    ok(await gql(root, `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: c, userId: A.owner.userId, roleId: ROLE.org_owner.id } }));
    await waitFor(async () => (await scopeOf(A.owner, 'organization:delete')).includes(c), 'ownership of C');

    // A's administrator is not an owner of C; B's parent is not A's owner's to manage; a cycle is refused.
    expect(codes(await gql(A.admin.accessToken, MOVE, { id: c, p: A.id }))).toEqual(['FORBIDDEN']);
    for (const p of [B.id, randomUUID()]) expect((await gql(A.owner.accessToken, MOVE, { id: c, p })).errors?.map((e) => e.message)).toEqual(['parentId: is not an organization you manage']);
    expect((await gql(A.owner.accessToken, MOVE, { id: c, p: null })).errors?.map((e) => e.message)).toEqual(['parentId: only a platform administrator moves an organization to the top']);
    expect((await gql(root, MOVE, { id: c, p: grandchild })).errors?.map((e) => e.message)).toEqual(['parentId: is inside the organization: a move cannot make a cycle']);

    expect(ok(await gql(A.owner.accessToken, MOVE, { id: c, p: A.id })).moveOrganization).toEqual({ id: c, parent: { id: A.id } });
    expect(await path(c)).toEqual({ organization_path: `${A.id}/${c}`, depth: 1 });
    expect(await path(grandchild)).toEqual({ organization_path: `${A.id}/${c}/${grandchild}`, depth: 2 });
    // A's member now reaches C and its child through the hierarchy; B's people do not.
    await waitFor(async () => (await scopeOf(A.member, 'organization:read')).includes(grandchild), 'the moved subtree');
    expect(await scopeOf(B.owner, 'organization:read')).not.toContain(c);
    // Back to the top: the platform administrator only.
    ok(await gql(root, MOVE, { id: c, p: null }));
    await waitFor(async () => !(await scopeOf(A.member, 'organization:read')).includes(c), 'the move back');
    expect(await path(grandchild)).toEqual({ organization_path: `${c}/${grandchild}`, depth: 1 });
  });

  it('owners delete a leaf organization: memberships and the grants they gave end; a parent with children is a CONFLICT', async () => {
    const root = t.admin.accessToken;
    const d = ok(await gql(root, `mutation($p: ID!) { createOrganization(input: { name: "Doomed ${randomUUID().slice(0, 8)}", parentId: $p }) { id } }`, { p: A.id })).createOrganization.id as string;
    const m = await t.register();
    ok(await gql(root, `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: d, userId: m.userId } }));
    await waitFor(async () => (await scopeOf(m, 'organization:read')).includes(d), 'the member\'s grant');

    expect(codes(await gql(A.admin.accessToken, DELETE, { id: d }))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(B.owner.accessToken, DELETE, { id: d }))).toEqual(codes(await gql(B.owner.accessToken, DELETE, { id: randomUUID() })));
    expect(codes(await gql(A.owner.accessToken, DELETE, { id: A.id }))).toEqual(['CONFLICT']);

    // The platform administrator created it and is a member too.
    expect(ok(await gql(A.owner.accessToken, DELETE, { id: d })).deleteOrganization).toEqual({ organizationId: d, membershipsRemoved: 2 });
    expect(await path(d)).toBeUndefined();
    await waitFor(async () => (await scopeOf(m, 'organization:read')).length === 0, 'the member\'s grant ends');
    const grants = await sql<{ n: number }>(
      t.db.url,
      `SELECT count(*)::int AS n FROM "authorization".user_roles ur JOIN "authorization".resources r ON r.id = ur.resource_scope WHERE r.resource_id = $1 AND ur.is_active`,
      [d],
    );
    expect(grants[0]!.n).toBe(0);
    expect(ok(await gql(A.owner.accessToken, ORG, { id: d })).organization).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type GqlResult, type Session, type TestSystem } from '../kit/system.js';

let t: TestSystem;
let alice: Session;
let bob: Session;
beforeAll(async () => {
  t = await startTestSystem();
  alice = await t.register({ username: 'alice_dir', email: 'alice@directory.test' });
  bob = await t.register({ username: 'bob_dir', email: 'bob@directory.test' });
});
afterAll(() => t?.stop());

const USERS = `query Users($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) { nodes { id username email } pageInfo { hasNextPage endCursor } edges { cursor } }
}`;

describe('users', () => {
  it('paginates with opaque cursors, oldest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: GqlResult = await t.gql(USERS, { first: 2, after }, t.admin.accessToken);
      expect(res.errors).toBeUndefined();
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.data.users;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      pages++;
    } while (after && pages < 50);
    const all = await sql<{ id: string }>(t.db.url, 'SELECT id FROM identity.users ORDER BY created_at, id');
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it('filters by text, active and organization', async () => {
    const byText = await t.gql(USERS, { filter: { text: 'ALICE_D' } }, t.admin.accessToken);
    expect(byText.data.users.nodes.map((n: { username: string }) => n.username)).toEqual(['alice_dir']);
    const org = await t.gql(`mutation { createOrganization(input: { name: "Filter Org" }) { id } }`, {}, t.admin.accessToken);
    const orgId = org.data.createOrganization.id;
    await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: orgId, userId: bob.userId } }, t.admin.accessToken);
    const inOrg = await t.gql(USERS, { filter: { organizationId: orgId } }, t.admin.accessToken);
    expect(inOrg.data.users.nodes.map((n: { id: string }) => n.id).sort()).toEqual([t.admin.userId, bob.userId].sort());
    const victim = await t.register();
    await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: victim.userId }, t.admin.accessToken);
    const inactive = await t.gql(USERS, { filter: { active: false } }, t.admin.accessToken);
    expect(inactive.data.users.nodes.map((n: { id: string }) => n.id)).toEqual([victim.userId]);
    const active = await t.gql(USERS, { filter: { active: true }, first: 100 }, t.admin.accessToken);
    expect(active.data.users.nodes.map((n: { id: string }) => n.id)).not.toContain(victim.userId);
  });

  it('rejects bad ids, bad cursors and out-of-range page sizes with BAD_USER_INPUT', async () => {
    const badId = await t.gql(`query { user(id: "not-a-uuid") { id } }`, {}, alice.accessToken);
    expect(codes(badId)).toEqual(['BAD_USER_INPUT']);
    expect(badId.errors![0]!.extensions!.fields[0].path).toEqual(['id']);
    expect(codes(await t.gql(USERS, { after: 'garbage' }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(USERS, { first: 1000 }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  });

  it('denies the list to a plain user with FORBIDDEN naming user:read, and me to anonymous callers', async () => {
    const res = await t.gql(USERS, {}, alice.accessToken);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.message).toContain('user:read');
    expect(codes(await t.gql(`{ me { id } }`))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows private fields only to the owner or a user:read holder, also through _entities', async () => {
    const other = await t.gql(`query($id: ID!) { user(id: $id) { username email } }`, { id: bob.userId }, alice.accessToken);
    expect(other.data.user).toBeNull();
    expect(codes(other)).toEqual(['FORBIDDEN']);
    const publicOnly = await t.gql(`query($id: ID!) { user(id: $id) { username displayName } }`, { id: bob.userId }, alice.accessToken);
    expect(publicOnly.data.user).toEqual({ username: 'bob_dir', displayName: 'bob_dir' });
    const admin = await t.gql(`query($id: ID!) { user(id: $id) { email } }`, { id: bob.userId }, t.admin.accessToken);
    expect(admin.data.user.email).toBe('bob@directory.test');
  });

  it('updates the caller profile atomically and validates every field', async () => {
    const ok = await t.gql(
      `mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { firstName timezone profile { jobTitle bio dateOfBirth uiPreferences manager { id } } } }`,
      { i: { firstName: 'Alice', timezone: 'Europe/Paris', jobTitle: 'Engineer', bio: 'Hi', dateOfBirth: '1990-04-01', uiPreferences: { theme: 'dark' }, managerId: bob.userId } },
      alice.accessToken,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateMyProfile).toEqual({ firstName: 'Alice', timezone: 'Europe/Paris', profile: { jobTitle: 'Engineer', bio: 'Hi', dateOfBirth: '1990-04-01', uiPreferences: { theme: 'dark' }, manager: { id: bob.userId } } });
    const bad = await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { firstName: 'Mallory', timezone: 'Mars/Olympus', websiteUrl: 'javascript:alert(1)' } }, alice.accessToken);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.fields.map((f: { path: string[] }) => f.path.join('.')).sort()).toEqual(['input.timezone', 'input.websiteUrl']);
    // A failed mutation leaves nothing behind: the valid firstName was not written either.
    const [row] = await sql<{ first_name: string }>(t.db.url, 'SELECT first_name FROM identity.users WHERE id = $1', [alice.userId]);
    expect(row!.first_name).toBe('Alice');
    const unknownManager = await t.gql(`mutation($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }`, { i: { firstName: 'Changed', managerId: '00000000-0000-4000-8000-000000000000' } }, alice.accessToken);
    expect(codes(unknownManager)).toEqual(['BAD_USER_INPUT']);
    const [still] = await sql<{ first_name: string }>(t.db.url, 'SELECT first_name FROM identity.users WHERE id = $1', [alice.userId]);
    expect(still!.first_name).toBe('Alice');
  });

  it('deactivates with a soft delete, ends sessions, and needs user:delete', async () => {
    const victim = await t.register();
    expect(codes(await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: victim.userId }, alice.accessToken))).toEqual(['FORBIDDEN']);
    const res = await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id isActive deletedAt } }`, { id: victim.userId }, t.admin.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data.deactivateUser.isActive).toBe(false);
    expect(res.data.deactivateUser.deletedAt).not.toBeNull();
    const [row] = await sql<{ n: number; open: number }>(t.db.url, `SELECT (SELECT count(*)::int FROM identity.users WHERE id = $1) AS n, (SELECT count(*)::int FROM identity.refresh_sessions WHERE user_id = $1 AND revoked_at IS NULL) AS open`, [victim.userId]);
    expect(row).toEqual({ n: 1, open: 0 });
    expect(codes(await t.login(victim.email, victim.password))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, t.admin.accessToken))).toEqual(['NOT_FOUND']);
  });
});

describe('organizations and teams', () => {
  it('builds a hierarchy, manages members and teams, and paginates them', async () => {
    const root = await t.gql(`mutation { createOrganization(input: { name: "Acme Corp" }) { id slug depth path members { nodes { user { id } isOwner } } } }`, {}, t.admin.accessToken);
    expect(root.errors).toBeUndefined();
    const acme = root.data.createOrganization;
    expect(acme).toMatchObject({ slug: 'acme-corp', depth: 0, path: [acme.id], members: { nodes: [{ user: { id: t.admin.userId }, isOwner: true }] } });
    const child = await t.gql(`mutation($p: ID!) { createOrganization(input: { name: "Acme Labs", parentId: $p }) { id depth path parent { id } } }`, { p: acme.id }, t.admin.accessToken);
    expect(child.data.createOrganization).toMatchObject({ depth: 1, path: [acme.id, child.data.createOrganization.id], parent: { id: acme.id } });
    const dup = await t.gql(`mutation { createOrganization(input: { name: "Acme Corp" }) { id } }`, {}, t.admin.accessToken);
    expect(codes(dup)).toEqual(['CONFLICT']);

    for (const s of [alice, bob]) {
      const add = await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { user { id } isOwner } }`, { i: { organizationId: acme.id, userId: s.userId } }, t.admin.accessToken);
      expect(add.errors).toBeUndefined();
    }
    const again = await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: acme.id, userId: bob.userId } }, t.admin.accessToken);
    expect(codes(again)).toEqual(['CONFLICT']);

    const team = await t.gql(`mutation($o: ID!) { createTeam(input: { organizationId: $o, name: "Platform" }) { id name organization { id } } }`, { o: acme.id }, t.admin.accessToken);
    const teamId = team.data.createTeam.id;
    const tm = await t.gql(`mutation($t: ID!, $u: ID!) { addTeamMember(input: { teamId: $t, userId: $u }) { team { name } user { id } } }`, { t: teamId, u: alice.userId }, t.admin.accessToken);
    expect(tm.data.addTeamMember).toEqual({ team: { name: 'Platform' }, user: { id: alice.userId } });
    const outsider = await t.register();
    const notMember = await t.gql(`mutation($t: ID!, $u: ID!) { addTeamMember(input: { teamId: $t, userId: $u }) { id } }`, { t: teamId, u: outsider.userId }, t.admin.accessToken);
    expect(codes(notMember)).toEqual(['BAD_USER_INPUT']);

    const page1 = await t.gql(`query($id: ID!) { organization(id: $id) { members(first: 2) { nodes { user { id } } pageInfo { hasNextPage endCursor } } } }`, { id: acme.id }, t.admin.accessToken);
    const p1 = page1.data.organization.members;
    expect(p1.nodes).toHaveLength(2);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql(`query($id: ID!, $a: String) { organization(id: $id) { members(first: 2, after: $a) { nodes { user { id } } pageInfo { hasNextPage } } } }`, { id: acme.id, a: p1.pageInfo.endCursor }, t.admin.accessToken);
    expect(page2.data.organization.members.nodes).toHaveLength(1);
    expect(page2.data.organization.members.pageInfo.hasNextPage).toBe(false);

    const removed = await t.gql(`mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) { id } }`, { o: acme.id, u: alice.userId }, t.admin.accessToken);
    expect(removed.errors).toBeUndefined();
    const [left] = await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM identity.team_members WHERE user_id = $1', [alice.userId]);
    expect(left!.n).toBe(0);
    const missing = await t.gql(`mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) { id } }`, { o: acme.id, u: alice.userId }, t.admin.accessToken);
    expect(codes(missing)).toEqual(['NOT_FOUND']);

    const updated = await t.gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { status: SUSPENDED, displayName: "ACME" }) { status displayName } }`, { id: acme.id }, t.admin.accessToken);
    expect(updated.data.updateOrganization).toEqual({ status: 'SUSPENDED', displayName: 'ACME' });
    expect(codes(await t.gql(`mutation { createOrganization(input: { name: "Nope" }) { id } }`, {}, alice.accessToken))).toEqual(['FORBIDDEN']);
  });
});

describe('SSO providers', () => {
  it('stores the client secret encrypted and never returns it', async () => {
    const created = await t.gql(
      `mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { id name providerType hasClientSecret scopes } }`,
      { i: { name: 'Okta', providerType: 'OIDC', clientId: 'abc', clientSecret: 'super-secret-value', discoveryUrl: 'https://okta.example.com/.well-known/openid-configuration', scopes: ['openid', 'email'] } },
      t.admin.accessToken,
    );
    expect(created.errors).toBeUndefined();
    expect(created.raw).not.toContain('super-secret-value');
    expect(created.data.createSsoProvider).toMatchObject({ name: 'Okta', providerType: 'OIDC', hasClientSecret: true, scopes: ['openid', 'email'] });
    const id = created.data.createSsoProvider.id;
    const [row] = await sql<{ client_secret: string; provider_type: string }>(t.db.url, 'SELECT client_secret, provider_type FROM identity.sso_providers WHERE id = $1', [id]);
    expect(row!.provider_type).toBe('oidc');
    // Under identity's managed data key (test/compliance/keys.test.ts): the ciphertext names it.
    expect(row!.client_secret).toMatch(/^v2\.[0-9a-f-]{36}\./);
    expect(row!.client_secret).not.toContain('super-secret-value');
    expect(codes(await t.gql(`query($id: ID!) { ssoProvider(id: $id) { clientSecret } }`, { id }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);

    const upd = await t.gql(`mutation($id: ID!) { updateSsoProvider(id: $id, input: { clientSecret: null, isActive: false }) { hasClientSecret isActive } }`, { id }, t.admin.accessToken);
    expect(upd.data.updateSsoProvider).toEqual({ hasClientSecret: false, isActive: false });
    const list = await t.gql(`{ ssoProviders { nodes { name } } }`, {}, t.admin.accessToken);
    expect(list.data.ssoProviders.nodes).toEqual([{ name: 'Okta' }]);
    expect(codes(await t.gql(`{ ssoProviders { nodes { name } } }`, {}, alice.accessToken))).toEqual(['FORBIDDEN']);
    const dup = await t.gql(`mutation { createSsoProvider(input: { name: "Okta", providerType: SAML }) { id } }`, {}, t.admin.accessToken);
    expect(codes(dup)).toEqual(['CONFLICT']);
    const del = await t.gql(`mutation($id: ID!) { deleteSsoProvider(id: $id) { id } }`, { id }, t.admin.accessToken);
    expect(del.data.deleteSsoProvider.id).toBe(id);
    expect(codes(await t.gql(`mutation($id: ID!) { deleteSsoProvider(id: $id) { id } }`, { id }, t.admin.accessToken))).toEqual(['NOT_FOUND']);
  });
});

/**
 * Shield behaviour in every subgraph: deny by default with a FORBIDDEN that names the missing
 * permission, `_service` open, `_entities` guarded by entity field rules while
 * `__resolveReference` still works, and decisions fetched once per request per subgraph.
 */
import { access, applyShield, createRequestAuthorizer, signedBody, type BaseContext } from '@atrium/kernel';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestSystem, type GqlResult, type TestSystem } from './kit/system.js';
import { authz, denial, ok, type Personas } from './authz-kit.js';

let t: TestSystem;
let a: ReturnType<typeof authz>;
let p: Personas;
let authzUrl: string;
beforeAll(async () => {
  t = await startTestSystem();
  a = authz(t);
  p = await a.personas();
  authzUrl = t.system.subgraphs.find((s) => s.name === 'authorization')!.url;
});
afterAll(() => t?.stop());

/** POST straight to the authorization subgraph, signed as the gateway signs (unsigned calls: test/edge/production.test.ts). */
async function direct(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult> {
  const response = await fetch(authzUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(signedBody(t.config.secrets.subgraphHmacSecret, { query, variables })),
  });
  const raw = await response.text();
  const body = JSON.parse(raw);
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors, raw };
}

describe('denials', () => {
  it('are FORBIDDEN and name the missing permission: never a stack trace or "Not Authorised!"', async () => {
    const results = await Promise.all([
      t.gql(`query { userRoles { nodes { id } } }`, {}, p.user.accessToken),
      t.gql(`mutation { deleteRole(id: "00000000-0000-0000-0000-000000000000") { id } }`, {}, p.manager.accessToken),
      t.gql(`query { ssoProviders { nodes { id } } }`, {}, p.user.accessToken),
    ]);
    expect(results.map((r) => denial(r).message)).toEqual([
      'Missing permission role:read (NO_GRANT)',
      'Missing permission role:delete (NO_GRANT)',
      'Missing permission system:configure (NO_GRANT)',
    ]);
    for (const r of results) {
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.raw).not.toMatch(/Not Authori[sz]ed|stacktrace|at .*\.ts:\d+/);
    }
  });

  it('fall back to FORBIDDEN for a field the rule map forgot', async () => {
    const { default: subgraph } = await import('@atrium/authorization/index');
    const { buildSchemaOf } = await import('@atrium/kernel');
    const { myAccess: _forgotten, ...query } = subgraph.accessMap.Query!;
    const schema = applyShield(buildSchemaOf(subgraph), { ...subgraph.accessMap, Query: query });
    const ctx = {
      requestId: 'r',
      principal: { userId: p.user.userId, sessionId: 's' },
      authorization: undefined,
      clientIp: null,
      userAgent: null,
      logger: undefined as never,
      authz: createRequestAuthorizer(async (rs) => rs.map(() => ({ allowed: true, reason: 'GRANTED' as const, via: null }))),
    } satisfies BaseContext;
    const result = await graphql({ schema, source: `{ myAccess(checks: []) { allowed } }`, contextValue: ctx });
    expect(result.errors?.map((e) => [e.message, e.extensions.code])).toEqual([['Not allowed: no access rule covers this field', 'FORBIDDEN']]);
    // An owner rule without an owner is refused too.
    const owned = applyShield(buildSchemaOf(subgraph), { ...subgraph.accessMap, Query: { ...subgraph.accessMap.Query, myAccess: access.owner(() => null) } });
    const refused = await graphql({ schema: owned, source: `{ myAccess(checks: []) { allowed } }`, contextValue: ctx });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('let a caller check itself, and only holders of role:read check or explain others', async () => {
    const self = await t.gql(`query($u: ID!) { checkAccess(userId: $u, resourceType: "prompt_template", action: "read") { allowed via } }`, { u: p.user.userId }, p.user.accessToken);
    expect(ok(self).checkAccess).toEqual({ allowed: true, via: 'role:user' });
    const other = await t.gql(`query($u: ID!) { checkAccess(userId: $u, resourceType: "prompt_template", action: "read") { allowed } }`, { u: p.manager.userId }, p.user.accessToken);
    expect(denial(other).message).toBe('Missing permission role:read (NO_GRANT)');
    const explain = await t.gql(`query($u: ID!) { explainAccess(userId: $u, resourceType: "user", action: "read") { allowed } }`, { u: p.user.userId }, p.user.accessToken);
    expect(denial(explain).code).toBe('FORBIDDEN');
    const byManager = await t.gql(`query($u: ID!) { explainAccess(userId: $u, resourceType: "prompt_template", action: "read") { allowed via } }`, { u: p.user.userId }, p.manager.accessToken);
    expect(ok(byManager).explainAccess).toEqual({ allowed: true, via: 'role:user' });
  });
});

describe('federation plumbing', () => {
  it('leaves _service open to signed calls, even for an anonymous caller', async () => {
    const res = await direct(`{ _service { sdl } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data._service.sdl).toContain('myAccess(checks: [AccessCheckInput!]!): [AccessDecision!]!');
  });

  it('guards entity fields, so _entities cannot bypass the Query rules', async () => {
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id roles { role { name } } } } }`;
    const others = await direct(entities, { r: [{ __typename: 'User', id: p.manager.userId }] }, p.user.accessToken);
    expect(codes(others)).toEqual(['FORBIDDEN']);
    expect(others.errors![0]!.message).toBe('Missing permission role:read (NO_GRANT)');
    const anonymous = await direct(entities, { r: [{ __typename: 'User', id: p.manager.userId }] });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const ref = { r: [{ __typename: 'Role', id: await a.roleId('admin') }] };
    const role = await direct(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Role { name displayName } } }`, ref, p.user.accessToken);
    expect(role.errors).toBeUndefined();
    expect(role.data._entities[0].name).toBe('admin');
    const rolePermissions = await direct(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Role { name permissions { id } } } }`, ref, p.user.accessToken);
    expect(rolePermissions.errors!.map((e) => [e.path, e.extensions!.code, e.message])).toEqual([[['_entities', 0, 'permissions'], 'FORBIDDEN', 'Missing permission role:read (NO_GRANT)']]);
  });

  it('resolves entity references (__resolveReference) for the owner and for role:read holders', async () => {
    const mine = await direct(`query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id roles { role { name } } } } }`, { r: [{ __typename: 'User', id: p.user.userId }] }, p.user.accessToken);
    expect(mine.errors).toBeUndefined();
    expect(mine.data._entities[0].roles.map((r: { role: { name: string } }) => r.role.name)).toEqual(['user']);
    // Through the gateway: identity's `me` joined with this subgraph's User fields.
    const me = await t.gql(`query { me { id email roles { role { name } resourceScope { id } } effectivePermissions { name via } } }`, {}, p.orgAdmin.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data.me.roles).toEqual(expect.arrayContaining([{ role: { name: 'admin' }, resourceScope: { id: p.orgA.id } }, { role: { name: 'user' }, resourceScope: null }]));
    expect(me.data.me.effectivePermissions).toContainEqual({ name: 'organization:update', via: 'role:admin' });
    // Another user's roles through the gateway: identity lets the profile through, the roles are refused.
    const theirs = await t.gql(`query($id: ID!) { user(id: $id) { id roles { id } } }`, { id: p.manager.userId }, p.user.accessToken);
    expect(theirs.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const asManager = await t.gql(`query($id: ID!) { user(id: $id) { id roles { role { name } } } }`, { id: p.user.userId }, p.manager.accessToken);
    expect(asManager.errors).toBeUndefined();
  });
});

describe('decisions are batched per request', () => {
  it('one policy load per request in another subgraph, however many fields it checks', async () => {
    const users = ok(await t.gql(`query { users(first: 20) { nodes { id email } } }`, {}, p.manager.accessToken)).users.nodes;
    expect(users.length).toBeGreaterThanOrEqual(5);
    const counter = t.system.runtimes.authorization!.queries!;
    const before = counter.count;
    const res = await t.gql(`query { users(first: 20) { nodes { id email lastLoginAt isActive } } }`, {}, p.manager.accessToken);
    expect(res.errors).toBeUndefined();
    // One myAccess call → one load of the user's policy facts (at most six statements).
    expect(counter.count - before).toBeLessThanOrEqual(6);
  });

  it('one policy load per request for the authorization subgraph\'s own rules', async () => {
    const counter = t.system.runtimes.authorization!.queries!;
    const before = counter.count;
    const res = await t.gql(`query { roles(first: 10) { nodes { name maxAssignments chain { name roleLevel } permissions { id } } } }`, {}, p.manager.accessToken);
    expect(res.errors).toBeUndefined();
    const roleRows = res.data.roles.nodes.length;
    expect(roleRows).toBeGreaterThanOrEqual(6);
    // Facts (≤ 6) + the page + role loader + role permissions loader, not one statement per field.
    expect(counter.count - before).toBeLessThanOrEqual(10);
  });

  it('loads roles and effective permissions of many users at once, not per user', async () => {
    const counter = t.system.runtimes.authorization!.queries!;
    const statements = async (users: { userId: string }[]) => {
      const before = counter.count;
      const res = await direct(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id roles { role { name } } effectivePermissions { name via } } } }`,
        { r: users.map((u) => ({ __typename: 'User', id: u.userId })) },
        p.manager.accessToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toHaveLength(users.length);
      return counter.count - before;
    };
    const one = await statements([p.user]);
    const five = await statements([p.user, p.manager, p.orgAdmin, p.otherOrgUser, p.superAdmin]);
    expect(five).toBe(one);
    expect(one).toBeLessThanOrEqual(14);
  });
});

/**
 * The authorization subgraph under tenancy: organization roles give nothing of the authorization
 * API. Every query and mutation that needs a platform permission (role:*, system:manage) is
 * FORBIDDEN to each persona of two tenants (owner, administrator, member, outsider), called with
 * arguments generated from the schema; the questions about oneself answer for oneself only; and
 * an organization role cannot be assigned or delegated around membership.
 */
import { ORGANIZATION_ROLES, buildSchemaOf } from '@atrium/kernel';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok } from './authz-kit.js';
import { codes, startTestSystem, type Session, type TestSystem } from './kit/system.js';
import { createTenant, type Tenant } from './kit/tenants.js';

let t: TestSystem;
let A: Tenant;
let B: Tenant;
const personas = () => [A.owner, A.admin, A.member, A.outsider, B.owner, B.admin, B.member, B.outsider];

/** A valid GraphQL literal for an input type: required fields only, fresh ids. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return `"${randomUUID()}"`;
      case 'Int':
        return '1';
      case 'Float':
        return '1.0';
      case 'Boolean':
        return 'false';
      case 'DateTime':
        return `"${new Date(Date.now() + 3600_000).toISOString()}"`;
      case 'JSON':
        return '{}';
      default:
        return '"x"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

/** One call of a root field, with its required arguments and the smallest selection. */
function call(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(getNullableType(field.type))) ? ' { __typename }' : '';
  return `${field.name}${argText}${selection}`;
}

const schema = buildSchemaOf(SUBGRAPHS.find((s) => s.name === 'authorization')!);
/** Root fields that answer about the caller itself. */
const SELF = new Set(['myAccess', 'myTenantScopes', 'myPermissions', 'checkAccess', 'hasRole', 'delegateRole']);
const platformFields = (root: 'Query' | 'Mutation') =>
  Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()).filter((f) => !SELF.has(f.name) && !f.name.startsWith('_'));

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([createTenant(t, `Authz A ${randomUUID().slice(0, 8)}`), createTenant(t, `Authz B ${randomUUID().slice(0, 8)}`)]);
}, 120_000);
afterAll(async () => t?.stop());

describe('organization roles give nothing of the authorization API', () => {
  it('every platform query and mutation is FORBIDDEN to every persona of both tenants', async () => {
    const fields = [...platformFields('Query').map((f) => ['query', f] as const), ...platformFields('Mutation').map((f) => ['mutation', f] as const)];
    expect(fields.length).toBeGreaterThan(35);
    const wrong: string[] = [];
    for (const s of personas()) {
      for (const [kind, field] of fields) {
        const r = await t.gql(`${kind} { ${call(field)} }`, {}, s.accessToken);
        if (JSON.stringify(codes(r)) !== '["FORBIDDEN"]') wrong.push(`${field.name}: ${JSON.stringify(r).slice(0, 300)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('questions about oneself answer for oneself; about another tenant\'s people they are FORBIDDEN', async () => {
    const scopes = (s: Session) => t.gql(`{ myTenantScopes(permissions: ["organization:read", "organization:delete"]) { permission organizationIds } }`, {}, s.accessToken);
    expect(ok(await scopes(A.owner)).myTenantScopes).toEqual([
      { permission: 'organization:read', organizationIds: expect.arrayContaining([A.id, A.childId]) },
      { permission: 'organization:delete', organizationIds: expect.arrayContaining([A.id, A.childId]) },
    ]);
    expect(ok(await scopes(A.member)).myTenantScopes[1].organizationIds).toEqual([]);
    expect(ok(await scopes(A.outsider)).myTenantScopes[0].organizationIds).toEqual([]);
    for (const s of [A.owner, A.admin, A.member]) {
      const check = `query($u: ID!) { checkAccess(userId: $u, resourceType: "role", action: "assign") { allowed } }`;
      const has = `query($u: ID!) { hasRole(userId: $u, role: "org_owner") }`;
      for (const q of [check, has]) expect(codes(await t.gql(q, { u: B.owner.userId }, s.accessToken))).toEqual(['FORBIDDEN']);
      // An organization role reaches no platform permission (checks without a resource).
      expect(ok(await t.gql(check, { u: s.userId }, s.accessToken)).checkAccess).toEqual({ allowed: false });
      expect(codes(await t.gql(has, { u: s.userId }, s.accessToken))).toEqual([]);
    }
  });

  it('an organization role is neither assigned nor delegated around membership', async () => {
    const mine = ok(await t.gql(`query($u: ID!) { userRoles(first: 50, filter: { userId: $u, activeOnly: true }) { nodes { id role { id } } } }`, { u: A.owner.userId }, t.admin.accessToken)).userRoles.nodes as { id: string; role: { id: string } }[];
    const ownerRole = mine.find((r) => r.role.id === ORGANIZATION_ROLES.org_owner.id)!;
    const delegated = await t.gql(`mutation($i: DelegateRoleInput!) { delegateRole(input: $i) { id } }`, { i: { userRoleId: ownerRole.id, toUserId: B.member.userId } }, A.owner.accessToken);
    expect(delegated.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', 'Role org_owner comes with organization membership: add the user to the organization instead']]);
    const assigned = await authz(t).assign(B.member.userId, 'org_owner');
    expect(assigned.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

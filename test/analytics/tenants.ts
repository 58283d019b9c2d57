/** Tenants for the analytics tests: an organization and its administrator, made through the gateway. */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import type { Session, TestSystem } from '@atrium/test/system';
import { ok, waitFor } from '../authz-kit.js';

/** The organizations the session's tenant scope of `permission` holds. */
export const scopeOf = async (t: TestSystem, s: Session, permission: string) =>
  ok(await t.gql(`query($p: [String!]!) { myTenantScopes(permissions: $p) { organizationIds } }`, { p: [permission] }, s.accessToken)).myTenantScopes[0].organizationIds as string[];

/** A new organization with a registered user as its administrator, once `permission` reaches them there. */
export async function adminTenant(t: TestSystem, name: string, permission = 'analytics:read') {
  const admin = await t.register();
  const root = t.admin.accessToken;
  const id = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, root)).createOrganization.id as string;
  ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: id, userId: admin.userId, roleId: ORGANIZATION_ROLES.org_admin.id } }, root));
  await waitFor(async () => (await scopeOf(t, admin, permission)).includes(id), `${name}'s ${permission}`);
  return { id, admin };
}

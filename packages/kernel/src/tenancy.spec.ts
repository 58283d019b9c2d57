import { describe, expect, it } from 'vitest';
import { ALL_TENANTS, createRequestTenancy, inTenant, NO_TENANTS, organizationRole, ORGANIZATION_ROLES, requireTenant, tenantsOf, tenantWhere, unionTenants } from './tenancy.js';

const A = '00000000-0000-4000-8000-0000000000aa';
const B = '00000000-0000-4000-8000-0000000000bb';

describe('tenant scopes', () => {
  it('narrow a store query: nothing for every tenant, an IN list otherwise, and an empty list matches nothing', () => {
    expect(tenantWhere(ALL_TENANTS)).toEqual({});
    expect(tenantWhere(tenantsOf([A, A]))).toEqual({ organizationId: { in: [A] } });
    expect(tenantWhere(NO_TENANTS, 'orgId')).toEqual({ orgId: { in: [] } });
  });

  it('contain an organization, never a row without one unless every tenant', () => {
    expect(inTenant(tenantsOf([A]), A)).toBe(true);
    expect(inTenant(tenantsOf([A]), B)).toBe(false);
    expect(inTenant(tenantsOf([A]), null)).toBe(false);
    expect(inTenant(ALL_TENANTS, null)).toBe(true);
    expect(unionTenants(tenantsOf([A]), tenantsOf([B]))).toEqual(tenantsOf([A, B]));
    expect(unionTenants(tenantsOf([A]), ALL_TENANTS)).toBe(ALL_TENANTS);
  });

  it('are asked once per request for every permission, and refuse outside the scope as NOT_FOUND', async () => {
    const asked: string[][] = [];
    const tenancy = createRequestTenancy(async (permissions) => {
      asked.push([...permissions]);
      return permissions.map((p) => (p === 'system:manage' ? ALL_TENANTS : tenantsOf([A])));
    });
    const ctx = { tenancy };
    const [one, two] = await Promise.all([tenancy.scope('conversation:read'), tenancy.scope('system:manage'), tenancy.scope('conversation:read')]);
    expect(one).toEqual(tenantsOf([A]));
    expect(two).toBe(ALL_TENANTS);
    await expect(requireTenant(ctx, 'conversation:read', B, 'Conversation')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Conversation not found' });
    await expect(requireTenant({}, 'conversation:read', A, 'Conversation')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(asked).toEqual([['conversation:read', 'system:manage']]);
  });

  it('know the organization roles by id', () => {
    expect(organizationRole(ORGANIZATION_ROLES.org_admin.id)).toEqual({ name: 'org_admin', ...ORGANIZATION_ROLES.org_admin });
    expect(organizationRole(A)).toBeUndefined();
  });
});

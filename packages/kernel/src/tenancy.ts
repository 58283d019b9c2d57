import DataLoader from 'dataloader';
import type { Permission } from './catalog.js';
import { callDecisionPoint, type DecisionPointCall } from './authz.js';
import { notFound } from './errors.js';
import { tracedBatch } from './tracing.js';

/**
 * Tenancy: organizations are tenants, and every tenant-owned row carries its `organization_id`.
 *
 * A `TenantScope` says, for one permission, which tenants' rows the caller may reach through it:
 * every tenant (an unscoped grant, e.g. a platform administrator), or the organizations its
 * grants of that permission are scoped to, with their descendant organizations (a grant on a
 * parent organization reaches its children through the resource hierarchy). The decision point
 * computes it (`myTenantScopes`); each subgraph asks once per request for all the permissions
 * the request needs, like `myAccess`.
 *
 * Stores convention (Cosmo's `NamespaceRepository(db, organizationId)`): every store method that
 * lists or reads tenant-owned rows takes a `TenantScope` as an argument and narrows its query with
 * `tenantWhere(scope)`, so a query without a tenant cannot be written. A scope is only ever made
 * here (`ALL_TENANTS`, `tenantsOf`) or by `tenantFor(ctx, permission)`.
 */
export type TenantScope = { readonly all: true } | { readonly all: false; readonly organizationIds: readonly string[] };

/** Every tenant: for unscoped holders of a permission, and for system work (seeds, consumers). */
export const ALL_TENANTS: TenantScope = Object.freeze({ all: true });
/** No tenant at all: a caller without the permission anywhere. */
export const NO_TENANTS: TenantScope = Object.freeze({ all: false, organizationIds: Object.freeze([]) as readonly string[] });

/** A scope of exactly these organizations (e.g. the caller's memberships). */
export const tenantsOf = (organizationIds: Iterable<string>): TenantScope => ({ all: false, organizationIds: [...new Set(organizationIds)] });

/** Whether `organizationId` is inside the scope. A row without an organization is inside only ALL_TENANTS. */
export const inTenant = (scope: TenantScope, organizationId: string | null | undefined): boolean =>
  scope.all || (organizationId != null && scope.organizationIds.includes(organizationId));

/** The union of two scopes (e.g. a permission's scope and the caller's own memberships). */
export const unionTenants = (a: TenantScope, b: TenantScope): TenantScope => (a.all || b.all ? ALL_TENANTS : tenantsOf([...a.organizationIds, ...b.organizationIds]));

/**
 * The Prisma `where` fragment of a scope, to spread into a store's query: nothing for every
 * tenant, `organizationId IN (...)` otherwise (an empty list matches no row).
 */
export function tenantWhere<K extends string = 'organizationId'>(scope: TenantScope, column: K = 'organizationId' as K): Partial<Record<K, { in: string[] }>> {
  return scope.all ? {} : ({ [column]: { in: [...scope.organizationIds] } } as Record<K, { in: string[] }>);
}

/** The `where` of `ownedInTenants`, in Prisma's shape. */
export type OwnedInTenantsWhere<K extends string> = Partial<Record<K, string>> & {
  organizationId?: { in: string[] };
  OR?: ({ organizationId: null } | { organizationId: { in: string[] } })[];
};

/**
 * The `where` of a listing that mixes tenant rows and personal ones (rows without an
 * organization, e.g. a personal conversation): without an owner, the rows inside the scope;
 * with one, that owner's rows that are personal or inside the scope (an owner who left an
 * organization no longer lists what it left there).
 */
export function ownedInTenants<K extends string>(scope: TenantScope, ownerId: string | null, ownerColumn: K): OwnedInTenantsWhere<K> {
  const inside = { organizationId: { in: scope.all ? [] : [...scope.organizationIds] } };
  if (ownerId === null) return scope.all ? {} : (inside as OwnedInTenantsWhere<K>);
  const owner = { [ownerColumn]: ownerId } as Partial<Record<K, string>>;
  return scope.all ? owner : { ...owner, OR: [{ organizationId: null }, inside] };
}

/** Answers "which tenants may the caller reach through this permission?", per request. */
export interface TenantResolver {
  scope(permission: Permission): Promise<TenantScope>;
}

export type TenantScopesMany = (permissions: readonly Permission[]) => Promise<TenantScope[]>;
export type TenancyFactory = (input: { authorization: string | undefined; requestId: string; principal: { userId: string; policyVersion?: string } | null }) => TenantResolver;

/** Batched and cached for one request: every permission asked while resolving it, in one call. */
export function createRequestTenancy(many: TenantScopesMany): TenantResolver {
  const loader = new DataLoader<Permission, TenantScope>(tracedBatch('tenant scopes', (batch) => many(batch)));
  return { scope: (permission) => loader.load(permission) };
}

/** A resolver for callers that hold nothing (no token, or a process without a decision point). */
export const noTenancy: TenantResolver = { scope: async () => NO_TENANTS };

const SCOPES_QUERY = /* GraphQL */ `
  query AtriumTenantScopes($permissions: [String!]!) {
    myTenantScopes(permissions: $permissions) { permission all organizationIds }
  }
`;

/** Tenant scopes over HTTP from the decision point, on behalf of the caller whose token is forwarded. */
export function remoteTenantScopes(options: Omit<DecisionPointCall, 'authorization'> & { authorization: string | undefined }): TenantScopesMany {
  return async (permissions) => {
    if (!options.authorization) return permissions.map(() => NO_TENANTS);
    type Row = { permission: string; all: boolean; organizationIds: string[] };
    const rows = await callDecisionPoint({ ...options, authorization: options.authorization }, SCOPES_QUERY, { permissions }, (data) => {
      const found = data.myTenantScopes as Row[] | undefined;
      return found && found.length === permissions.length ? found : undefined;
    });
    return rows.map((r) => (r.all ? ALL_TENANTS : tenantsOf(r.organizationIds)));
  };
}

/** The caller's tenant scope for a permission (batched per request). */
export const tenantFor = (ctx: { tenancy?: TenantResolver }, permission: Permission): Promise<TenantScope> => (ctx.tenancy ?? noTenancy).scope(permission);

/**
 * Refuse unless `organizationId` is inside the caller's scope for `permission`. The refusal is
 * NOT_FOUND naming `what`, exactly as for an object that does not exist: a stranger learns
 * nothing about another tenant's rows.
 */
export async function requireTenant(ctx: { tenancy?: TenantResolver }, permission: Permission, organizationId: string | null | undefined, what: string): Promise<TenantScope> {
  const scope = await tenantFor(ctx, permission);
  if (!inTenant(scope, organizationId)) throw notFound(what);
  return scope;
}

/**
 * The organization roles (seeded by the authorization domain with these fixed ids, permission
 * sets in subgraphs/authorization/src/seed/roles.ts). A membership names one; the authorization
 * domain assigns it scoped to the organization's resource. `rank` orders them: an actor may give
 * a member at most its own rank in that organization (the coverage rule, for these roles).
 */
export const ORGANIZATION_ROLES = {
  org_member: { id: '00000000-0000-4000-8000-00000000a001', rank: 1 },
  org_admin: { id: '00000000-0000-4000-8000-00000000a002', rank: 2 },
  org_owner: { id: '00000000-0000-4000-8000-00000000a003', rank: 3 },
} as const;
export type OrganizationRoleName = keyof typeof ORGANIZATION_ROLES;

/** The organization role with this id, if it is one. */
export function organizationRole(roleId: string | null | undefined): { name: OrganizationRoleName; id: string; rank: number } | undefined {
  for (const [name, role] of Object.entries(ORGANIZATION_ROLES) as [OrganizationRoleName, (typeof ORGANIZATION_ROLES)[OrganizationRoleName]][]) {
    if (role.id === roleId) return { name, ...role };
  }
  return undefined;
}

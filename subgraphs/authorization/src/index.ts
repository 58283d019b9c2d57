import { createRequestAuthorizer, createRequestTenancy, defineSubgraph, NO_TENANTS, tenantsOf, ALL_TENANTS } from '@atrium/kernel';
import { assignBootstrapRole } from './bootstrap.js';
import { authorizationConfig } from './config.js';
import { createContext } from './context.js';
import { consumers } from './events.js';
import { authorizationSubjectData } from './modules/accounts/subject-data.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { assignmentResolvers } from './modules/assignments/resolvers.js';
import { catalogResolvers } from './modules/catalog/resolvers.js';
import { policyInternalCalls } from './modules/policy/internal.js';
import { policyResolvers } from './modules/policy/resolvers.js';
import { PolicyService, toCheck } from './modules/policy/service.js';
import { resourceResolvers } from './modules/resources/resolvers.js';
import { roleResolvers } from './modules/roles/resolvers.js';
import { systemResolvers } from './modules/system/resolvers.js';
import { accessMap } from './permissions.js';
import { seedAuthorization } from './seed/index.js';

/**
 * Authorization: the RBAC tables, the decision point every shield asks, and the system view of
 * failed jobs (decided here in process, where `system:manage` is known without a round trip).
 */
export default defineSubgraph({
  name: 'authorization',
  port: 4102,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  config: authorizationConfig,
  modules: [policyResolvers, catalogResolvers, resourceResolvers, roleResolvers, assignmentResolvers, systemResolvers],
  types: {
    context: './context.js#AuthorizationContext',
    mappers: {
      User: './modules/shared/refs.js#UserRef',
      ResourceType: './db.js#ResourceType',
      Resource: './db.js#Resource',
      ResourceOwnerChange: './db.js#ResourceOwnerChange',
      Role: './db.js#Role',
      Permission: './db.js#Permission',
      RolePermission: './db.js#RolePermission',
      UserRole: './db.js#UserRole',
      UserPermission: './db.js#UserPermission',
      EffectivePermission: './modules/policy/resolvers.js#EffectivePermissionView',
      FailedJob: './modules/system/service.js#FailedJobView',
    },
  },
  accessMap,
  loaders: createLoaders,
  context: createContext,
  decides: true,
  // Shield rules here decide in-process, batched per request; never an HTTP call to itself.
  authorizer:
    ({ db }) =>
    ({ principal }) => {
      const policy = new PolicyService(db);
      return createRequestAuthorizer((requests) =>
        principal ? policy.decideRequests(principal.userId, requests) : Promise.resolve(requests.map(() => ({ allowed: false, reason: 'NO_GRANT' as const, via: null }))),
      );
    },
  // Tenant scopes (kernel tenancy.ts) are computed here too, from the same facts.
  tenancy:
    ({ db }) =>
    ({ principal }) => {
      const policy = new PolicyService(db);
      return createRequestTenancy(async (permissions) => {
        if (!principal) return permissions.map(() => NO_TENANTS);
        const scopes = await policy.tenantScopes(principal.userId, permissions.map((p) => toCheck({ permission: p })));
        return scopes.map((s) => (s.all ? ALL_TENANTS : tenantsOf(s.organizationIds)));
      });
    },
  // Other subgraphs' policy snapshots (kernel policy-snapshot.ts), outside the GraphQL schema.
  internal: ({ db }) => policyInternalCalls(db),
  events: consumers,
  // Its part of data-subject requests: assignments, grants, delegations, ownership (export, erasure).
  subjectData: authorizationSubjectData,
  seed: ({ db }) => seedAuthorization(db),
  onFirstAdmin: ({ db, logger, userId }) => assignBootstrapRole(db, { logger, userId, roleName: 'super_admin' }).then(() => undefined),
});

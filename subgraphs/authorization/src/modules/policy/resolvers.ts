import { parseInput, present } from '@atrium/kernel';
import { z } from 'zod';
import { callerId, type AuthorizationContext } from '../../context.js';
import type { EffectiveGrant } from '@atrium/kernel/policy';
import { checkInput, toCheck } from './service.js';
import type { Resolvers } from '../../schema.generated.js';

const checksInput = z.array(z.object({ permission: z.string(), resourceId: z.string().nullish() })).max(500, 'at most 500 checks per call');
const permissionsInput = z.array(z.string()).min(1).max(100, 'at most 100 permissions per call');
const userCheck = checkInput.extend({ userId: z.uuid('must be a UUID') });
const kind = (k: 'role' | 'direct') => (k === 'role' ? 'ROLE' : 'DIRECT');

const effective = (grant: EffectiveGrant) => ({
  permissionId: grant.permission.id,
  name: grant.permission.name,
  resourceType: grant.permission.resourceType,
  action: grant.permission.action,
  kind: kind(grant.kind),
  via: grant.via,
  grantId: grant.grantId,
  scopeId: grant.scope,
  validFrom: grant.validFrom,
  validUntil: grant.validUntil,
  conditions: grant.conditions,
});
export type EffectivePermissionView = ReturnType<typeof effective>;

export const policyResolvers: Resolvers = {
  Query: {
    myAccess: (_, args, ctx) => {
      const checks = parseInput(checksInput, args.checks, ['checks']);
      return ctx.policy.decideMany(callerId(ctx), checks.map((c, i) => toCheck(c, ['checks', i])));
    },
    myTenantScopes: async (_, args, ctx) => {
      const permissions = parseInput(permissionsInput, args.permissions, ['permissions']);
      const scopes = await ctx.policy.tenantScopes(callerId(ctx), permissions.map((permission, i) => toCheck({ permission }, ['permissions', i])));
      return scopes.map((scope, i) => ({ permission: permissions[i]!, ...scope }));
    },
    myPermissions: async (_, __, ctx) => (await ctx.effectivePermissions.load(callerId(ctx))).map(effective),
    checkAccess: async (_, args, ctx) => {
      const { userId, ...check } = parseInput(userCheck, args);
      const [decision] = await ctx.policy.decideMany(userId, [{ ...check, resourceId: check.resourceId ?? null }]);
      return decision!;
    },
    explainAccess: async (_, args, ctx) => {
      const { userId, ...check } = parseInput(userCheck, args);
      const resourceId = check.resourceId ?? null;
      const { decision, candidates, resource } = await ctx.policy.explain(userId, { ...check, resourceId });
      return {
        userId,
        permission: `${check.resourceType}:${check.action}`,
        resourceId,
        resourceStatus: resource,
        ...decision,
        candidates: candidates.map((c) => ({ ...c, kind: kind(c.kind), checksPassed: c.passed })),
      };
    },
  },
  User: {
    effectivePermissions: async (user, _, ctx) => (await ctx.effectivePermissions.load(user.id)).map(effective),
  },
  EffectivePermission: {
    permission: (e, _, ctx) => present(ctx.loaders.permission.load(e.permissionId), 'Permission'),
    scope: (e, _, ctx) => (e.scopeId ? ctx.loaders.resource.load(e.scopeId) : null),
  },
};

import { tracedBatch, unauthenticated, type BaseContext, type SubgraphContext } from '@atrium/kernel';
import DataLoader from 'dataloader';
import type { AuthorizationSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { AuthorizationLoaders } from './loaders.js';
import type { EffectiveGrant } from '@atrium/kernel/policy';
import { PolicyService } from './modules/policy/service.js';

type Standard = SubgraphContext<PrismaClient, AuthorizationSettings, AuthorizationLoaders>;

/** Authorization's request context: the standard one plus the decision point and its batch. */
export interface AuthorizationContext extends Standard {
  policy: PolicyService;
  /** Effective permissions by user id, batched across a request (User.effectivePermissions). */
  effectivePermissions: DataLoader<string, EffectiveGrant[]>;
}

/** Per request: a decision point over this request's reads, and its effective-permissions batch. */
export function createContext(ctx: Standard): AuthorizationContext {
  const policy = new PolicyService(ctx.db);
  return { ...ctx, policy, effectivePermissions: new DataLoader(tracedBatch('authorization.effectivePermissions', (userIds: readonly string[]) => policy.effectiveMany(userIds))) };
}

/** The caller's id. Shield already refuses anonymous callers; this is the second lock. */
export function callerId(ctx: BaseContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

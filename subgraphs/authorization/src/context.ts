import { unauthenticated, type BaseContext, type Config } from '@atrium/kernel';
import DataLoader from 'dataloader';
import type { AuthorizationDb } from './db.js';
import { createLoaders, type AuthorizationLoaders } from './loaders.js';
import type { EffectiveGrant } from './modules/policy/evaluate.js';
import { PolicyService } from './modules/policy/service.js';

export interface AuthorizationDeps {
  db: AuthorizationDb;
  config: Config;
  /** Overridable clock for the decision point (tests, benchmarks). */
  clock?: () => Date;
}

export interface AuthorizationContext extends BaseContext {
  db: AuthorizationDb;
  config: Config;
  loaders: AuthorizationLoaders;
  policy: PolicyService;
  /** Effective permissions by user id, batched across a request (User.effectivePermissions). */
  effectivePermissions: DataLoader<string, EffectiveGrant[]>;
}

/** Per-request context: fresh loaders every time, so no row is ever served across requests. */
export function createContext(base: BaseContext, deps: AuthorizationDeps): AuthorizationContext {
  const policy = new PolicyService(deps.db, deps.clock);
  return {
    ...base,
    db: deps.db,
    config: deps.config,
    loaders: createLoaders(deps.db),
    policy,
    effectivePermissions: new DataLoader((userIds: readonly string[]) => policy.effectiveMany(userIds)),
  };
}

/** The caller's id. Shield already refuses anonymous callers; this is the second lock. */
export function callerId(ctx: BaseContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

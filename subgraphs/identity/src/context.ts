import type { BaseContext, Config, TokenSigner } from '@atrium/kernel';
import type { IdentityDb } from './db.js';
import { createLoaders, type IdentityLoaders } from './loaders.js';

export interface IdentityDeps {
  db: IdentityDb;
  config: Config;
  sign: TokenSigner;
}

export interface IdentityContext extends BaseContext, IdentityDeps {
  loaders: IdentityLoaders;
}

/** Per-request context: fresh loaders every time, so no row is ever served across requests. */
export function createContext(base: BaseContext, deps: IdentityDeps): IdentityContext {
  return { ...base, ...deps, loaders: createLoaders(deps.db) };
}

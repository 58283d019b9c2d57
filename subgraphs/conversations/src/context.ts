import type { BaseContext, Config } from '@atrium/kernel';
import type { ConversationsDb } from './db.js';
import { createLoaders, type ConversationsLoaders } from './loaders.js';
import type { TemplateValidator } from './modules/templates/render.js';
import type { ProviderDeps } from './providers/index.js';

/** What lives as long as the runtime: the client, configuration, provider settings and rate windows, the template validator. */
export interface ConversationsDeps {
  db: ConversationsDb;
  config: Config;
  llm: ProviderDeps;
  templates: TemplateValidator;
}

export interface ConversationsContext extends BaseContext, ConversationsDeps {
  loaders: ConversationsLoaders;
}

/** Per-request context: fresh loaders every time, so no row is ever served across requests. */
export function createContext(base: BaseContext, deps: ConversationsDeps): ConversationsContext {
  return { ...base, ...deps, loaders: createLoaders(deps.db) };
}

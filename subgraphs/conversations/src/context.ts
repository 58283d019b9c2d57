import type { EnvelopeCipher, SubgraphContext } from '@atrium/kernel';
import type { ConversationsSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { ConversationsLoaders } from './loaders.js';
import type { TemplateValidator } from './modules/templates/render.js';
import type { ProviderDeps } from './providers/index.js';

/** What lives as long as the process: provider settings and rate windows, envelope encryption, the template validator. */
export interface ConversationsDeps {
  llm: ProviderDeps;
  /** Envelope encryption of provider API keys under data keys compliance manages (kernel keys.ts). */
  envelope: EnvelopeCipher;
  templates: TemplateValidator;
}

/** Conversations' request context. */
export type ConversationsContext = SubgraphContext<PrismaClient, ConversationsSettings, ConversationsLoaders, ConversationsDeps>;

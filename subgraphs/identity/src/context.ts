import type { SubgraphContext, TokenSigner } from '@atrium/kernel';
import type { IdentitySettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { IdentityLoaders } from './loaders.js';

/** What identity keeps for the whole process besides its client: the token signer. */
export interface IdentityDeps {
  sign: TokenSigner;
}

/** Identity's request context: base, client, settings, fresh loaders, the signer. */
export type IdentityContext = SubgraphContext<PrismaClient, IdentitySettings, IdentityLoaders, IdentityDeps>;

import type { EnvelopeCipher, SubgraphContext, TokenSigner } from '@atrium/kernel';
import type { IdentitySettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { IdentityLoaders } from './loaders.js';
import type { Throttle } from './modules/auth/throttle.js';

/** What identity keeps for the whole process besides its client: the token signer and sign-in throttling. */
export interface IdentityDeps {
  sign: TokenSigner;
  /** Sign-in throttling per IP and per account, shared by every request of the process. */
  throttle: Throttle;
  /** EnvelopeCipher encryption of its secrets under data keys compliance manages (kernel keys.ts). */
  envelope: EnvelopeCipher;
}

/** Identity's request context: base, client, settings, fresh loaders, the signer, the throttle. */
export type IdentityContext = SubgraphContext<PrismaClient, IdentitySettings, IdentityLoaders, IdentityDeps>;

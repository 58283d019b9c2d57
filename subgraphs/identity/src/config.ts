import { defineConfig, env, unescapePem } from '@atrium/kernel';
import { z } from 'zod';

/** Identity's settings: the signing key, token lifetimes and the lockout policy. */
export const identityConfig = defineConfig(
  'identity',
  {
    ATRIUM_JWT_PRIVATE_KEY: { schema: z.string().min(1).optional(), doc: 'Ed25519 PKCS#8 PEM (`\\n` escapes allowed); only identity signs. Generated with the public key in development', secret: true },
    ATRIUM_ACCESS_TOKEN_TTL_SECONDS: { schema: env.int(900, 1), doc: 'access token lifetime' },
    ATRIUM_REFRESH_TOKEN_TTL_SECONDS: { schema: env.int(30 * 24 * 3600, 1), doc: 'refresh token lifetime' },
    ATRIUM_LOGIN_MAX_FAILURES: { schema: env.int(5, 1), doc: 'failed sign-ins that lock an account' },
    ATRIUM_LOGIN_LOCK_SECONDS: { schema: env.int(900, 1), doc: 'how long a locked account stays locked' },
  },
  (raw, base) => ({
    // A configured public key without its private key: this process cannot sign (only identity needs to).
    jwtPrivateKey: raw.ATRIUM_JWT_PRIVATE_KEY ? unescapePem(raw.ATRIUM_JWT_PRIVATE_KEY) : (base.secrets.devJwtPrivateKey ?? ''),
    accessTtlSeconds: raw.ATRIUM_ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlSeconds: raw.ATRIUM_REFRESH_TOKEN_TTL_SECONDS,
    login: { maxFailures: raw.ATRIUM_LOGIN_MAX_FAILURES, lockSeconds: raw.ATRIUM_LOGIN_LOCK_SECONDS },
  }),
);
export type IdentitySettings = ReturnType<typeof identityConfig.build>;

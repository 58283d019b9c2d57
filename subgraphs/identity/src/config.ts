import { defineConfig, env, unescapePem } from '@atrium/kernel';
import { z } from 'zod';

/** Sign-in operations throttled per client IP and per account. */
export const THROTTLED_OPERATIONS = ['login', 'register', 'refresh', 'mfa'] as const;
export type ThrottledOperation = (typeof THROTTLED_OPERATIONS)[number];

/** Identity's settings: the signing key, the refresh-token lifetime, the lockout policy and sign-in throttling. */
export const identityConfig = defineConfig(
  'identity',
  {
    ATRIUM_JWT_PRIVATE_KEY: { schema: z.string().min(1).optional(), doc: 'Ed25519 PKCS#8 PEM (`\\n` escapes allowed); only identity signs. Generated with the public key in development', secret: true },
    ATRIUM_REFRESH_TOKEN_TTL_SECONDS: { schema: env.int(30 * 24 * 3600, 1), doc: 'refresh token lifetime' },
    ATRIUM_LOGIN_MAX_FAILURES: { schema: env.int(5, 1), doc: 'failed sign-ins that lock an account' },
    ATRIUM_LOGIN_LOCK_SECONDS: { schema: env.int(900, 1), doc: 'how long a locked account stays locked' },
    // Sign-in throttling (rate-limiter-flexible, Postgres store in identity.rate_limits): requests
    // per client IP and per account (email, or user id) in one rolling window.
    ATRIUM_THROTTLE_WINDOW_SECONDS: { schema: env.int(900, 1), doc: 'window of every sign-in throttle' },
    ATRIUM_THROTTLE_LOGIN_PER_IP: { schema: env.int(100, 1), doc: '`login` calls per client IP in a window' },
    ATRIUM_THROTTLE_LOGIN_PER_ACCOUNT: { schema: env.int(20, 1), doc: '`login` calls per email in a window' },
    ATRIUM_THROTTLE_REGISTER_PER_IP: { schema: env.int(20, 1), doc: '`register` calls per client IP in a window' },
    ATRIUM_THROTTLE_REGISTER_PER_ACCOUNT: { schema: env.int(5, 1), doc: '`register` calls per email in a window' },
    ATRIUM_THROTTLE_REFRESH_PER_IP: { schema: env.int(300, 1), doc: '`refreshToken` calls per client IP in a window' },
    ATRIUM_THROTTLE_REFRESH_PER_ACCOUNT: { schema: env.int(60, 1), doc: '`refreshToken` calls per user in a window' },
    ATRIUM_THROTTLE_MFA_PER_IP: { schema: env.int(50, 1), doc: 'MFA codes (sign-in, `confirmMfa`) per client IP in a window' },
    ATRIUM_THROTTLE_MFA_PER_ACCOUNT: { schema: env.int(10, 1), doc: 'MFA codes per user in a window' },
  },
  (raw, base) => ({
    // A configured public key without its private key: this process cannot sign (only identity needs to).
    jwtPrivateKey: raw.ATRIUM_JWT_PRIVATE_KEY ? unescapePem(raw.ATRIUM_JWT_PRIVATE_KEY) : (base.secrets.devJwtPrivateKey ?? ''),
    refreshTtlSeconds: raw.ATRIUM_REFRESH_TOKEN_TTL_SECONDS,
    login: { maxFailures: raw.ATRIUM_LOGIN_MAX_FAILURES, lockSeconds: raw.ATRIUM_LOGIN_LOCK_SECONDS },
    throttle: {
      windowSeconds: raw.ATRIUM_THROTTLE_WINDOW_SECONDS,
      login: { perIp: raw.ATRIUM_THROTTLE_LOGIN_PER_IP, perAccount: raw.ATRIUM_THROTTLE_LOGIN_PER_ACCOUNT },
      register: { perIp: raw.ATRIUM_THROTTLE_REGISTER_PER_IP, perAccount: raw.ATRIUM_THROTTLE_REGISTER_PER_ACCOUNT },
      refresh: { perIp: raw.ATRIUM_THROTTLE_REFRESH_PER_IP, perAccount: raw.ATRIUM_THROTTLE_REFRESH_PER_ACCOUNT },
      mfa: { perIp: raw.ATRIUM_THROTTLE_MFA_PER_IP, perAccount: raw.ATRIUM_THROTTLE_MFA_PER_ACCOUNT },
    } satisfies { windowSeconds: number } & Record<ThrottledOperation, { perIp: number; perAccount: number }>,
  }),
);
export type IdentitySettings = ReturnType<typeof identityConfig.build>;

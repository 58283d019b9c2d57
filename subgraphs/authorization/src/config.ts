import { defineConfig, env } from '@atrium/kernel';

/** Authorization's settings. */
export const authorizationConfig = defineConfig(
  'authorization',
  {
    ATRIUM_MAX_DELEGATION_DEPTH: { schema: env.int(2, 0), doc: 'how many times a role may be delegated onwards' },
  },
  (raw) => ({ maxDelegationDepth: raw.ATRIUM_MAX_DELEGATION_DEPTH }),
);
export type AuthorizationSettings = ReturnType<typeof authorizationConfig.build>;

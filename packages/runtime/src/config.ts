import { defineConfig, env } from '@atrium/kernel';
import { z } from 'zod';

/** What only the composition root reads: the first administrator and the embedded PostgreSQL. */
export const runtimeConfig = defineConfig(
  'runtime',
  {
    ATRIUM_ADMIN_EMAIL: { schema: z.email().optional(), doc: 'first administrator; unset: `admin@atrium.local` with a password printed once', secret: true },
    ATRIUM_ADMIN_PASSWORD: { schema: z.string().min(12).optional(), doc: "first administrator's password (at least 12 characters)", secret: true },
    ATRIUM_EMBEDDED_PG_PORT: { schema: env.port(0), doc: 'port of the embedded PostgreSQL (0: a free one)' },
  },
  (raw) => ({ admin: { email: raw.ATRIUM_ADMIN_EMAIL, password: raw.ATRIUM_ADMIN_PASSWORD }, embeddedPgPort: raw.ATRIUM_EMBEDDED_PG_PORT }),
);
export type RuntimeSettings = ReturnType<typeof runtimeConfig.build>;

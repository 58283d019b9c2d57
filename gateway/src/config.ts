import { defineConfig, env } from '@atrium/kernel';
import { z } from 'zod';
import { resolve } from 'node:path';

/** The gateway's own settings: its port, the production supergraph, query limits, GraphiQL. */
export const gatewayConfig = defineConfig(
  'gateway',
  {
    ATRIUM_GATEWAY_PORT: { schema: env.port(4000), doc: 'gateway port' },
    ATRIUM_SUPERGRAPH_PATH: { schema: z.string().min(1).default('supergraph.graphql'), doc: 'supergraph served in production' },
    ATRIUM_GRAPHIQL: { schema: env.bool(true), doc: 'serve GraphiQL at `GET /`' },
    ATRIUM_CORS_ORIGINS: {
      schema: z
        .string()
        .default('')
        .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
        .pipe(z.array(z.url({ protocol: /^https?$/ }).refine((o) => new URL(o).origin === o, 'must be an exact origin (scheme://host[:port], no path)'))),
      doc: 'comma-separated exact origins browsers may call the gateway from (no wildcard: credentials are allowed)',
    },
    ATRIUM_SUBGRAPH_TIMEOUT_MS: { schema: env.int(30000, 1), doc: 'longest the gateway waits for one subgraph fetch' },
    ATRIUM_SUBGRAPH_RETRIES: { schema: env.int(1, 0, 5), doc: 'extra attempts of a failed subgraph fetch, for queries only' },
    ATRIUM_CIRCUIT_FAILURES: { schema: env.int(5, 1), doc: "consecutive failed fetches that open a subgraph's circuit" },
    ATRIUM_CIRCUIT_COOLDOWN_MS: { schema: env.int(10000, 1), doc: 'how long an open circuit refuses before one probe (half-open)' },
    ATRIUM_MAX_RESPONSE_BYTES: { schema: env.int(5 * 1024 * 1024, 1024), doc: 'subgraph response bytes one client request may receive; past it the request stops' },
  },
  (raw) => ({
    port: raw.ATRIUM_GATEWAY_PORT,
    supergraphPath: resolve(raw.ATRIUM_SUPERGRAPH_PATH),
    graphiql: raw.ATRIUM_GRAPHIQL,
    corsOrigins: raw.ATRIUM_CORS_ORIGINS,
    traffic: {
      timeoutMs: raw.ATRIUM_SUBGRAPH_TIMEOUT_MS,
      retries: raw.ATRIUM_SUBGRAPH_RETRIES,
      breakerFailures: raw.ATRIUM_CIRCUIT_FAILURES,
      breakerCooldownMs: raw.ATRIUM_CIRCUIT_COOLDOWN_MS,
      maxResponseBytes: raw.ATRIUM_MAX_RESPONSE_BYTES,
    },
  }),
);
export type GatewaySettings = ReturnType<typeof gatewayConfig.build>;

import { defineConfig, env } from '@atrium/kernel';
import { z } from 'zod';
import { resolve } from 'node:path';

/** The gateway's own settings: its port, the production supergraph, query limits, GraphiQL. */
export const gatewayConfig = defineConfig(
  'gateway',
  {
    ATRIUM_GATEWAY_PORT: { schema: env.port(4000), doc: 'gateway port' },
    ATRIUM_SUPERGRAPH_PATH: { schema: z.string().min(1).default('supergraph.graphql'), doc: 'supergraph served in production' },
    ATRIUM_MAX_QUERY_DEPTH: { schema: env.int(12, 1), doc: 'deepest selection the gateway plans' },
    ATRIUM_MAX_ALIASES: { schema: env.int(30, 1), doc: 'most aliases in one operation' },
    ATRIUM_GRAPHIQL: { schema: env.bool(true), doc: 'serve GraphiQL at `GET /`' },
  },
  (raw) => ({
    port: raw.ATRIUM_GATEWAY_PORT,
    supergraphPath: resolve(raw.ATRIUM_SUPERGRAPH_PATH),
    limits: { maxDepth: raw.ATRIUM_MAX_QUERY_DEPTH, maxAliases: raw.ATRIUM_MAX_ALIASES },
    graphiql: raw.ATRIUM_GRAPHIQL,
  }),
);
export type GatewaySettings = ReturnType<typeof gatewayConfig.build>;

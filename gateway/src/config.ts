import { ConfigError, defineConfig, env } from '@atrium/kernel';
import { z } from 'zod';
import { resolve } from 'node:path';
import { PERSISTED_MODES } from './persisted.js';

/** A switch whose default depends on NODE_ENV: unset stays undefined. */
const optionalBool = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1'));

/** The gateway's own settings: its port, the production supergraph, query limits, GraphiQL. */
export const gatewayConfig = defineConfig(
  'gateway',
  {
    ATRIUM_GATEWAY_PORT: { schema: env.port(4000), doc: 'gateway port' },
    ATRIUM_SUPERGRAPH_PATH: { schema: z.string().min(1).default('supergraph.graphql'), doc: 'supergraph served in production' },
    ATRIUM_GRAPHIQL: { schema: optionalBool, doc: 'serve GraphiQL at `GET /` (default: on outside production, off in production)' },
    ATRIUM_DASHBOARD: {
      schema: env.bool(true),
      doc: 'serve the usage dashboard at `GET /dashboard` (offline, signs in and reads through GraphQL with the user\'s own permissions)',
    },
    ATRIUM_INTROSPECTION: {
      schema: optionalBool,
      doc: 'answer introspection queries (default: on outside production, off in production unless GraphiQL is on); with it off, "Did you mean" suggestions are hidden too',
    },
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
    ATRIUM_USAGE_CAPTURE: { schema: env.bool(true), doc: 'record every request as an api_usage_logs row (analytics), asynchronously' },
    ATRIUM_USAGE_BUFFER: { schema: env.int(20000, 1), doc: 'usage entries held at most while waiting for a flush; past it entries are dropped and counted' },
    ATRIUM_USAGE_BATCH: { schema: env.int(500, 1, 1000), doc: 'usage entries per flushed batch (one job each)' },
    ATRIUM_USAGE_FLUSH_MS: { schema: env.int(250, 1), doc: 'longest a usage entry waits before its batch is flushed' },
    ATRIUM_RATE_LIMIT_PER_USER: { schema: env.int(600, 0), doc: 'GraphQL requests one signed-in user may make per window at the gateway (0: no limit)' },
    ATRIUM_RATE_LIMIT_PER_IP: { schema: env.int(1200, 0), doc: 'GraphQL requests from one client IP per window at the gateway, signed in or not (0: no limit)' },
    ATRIUM_RATE_LIMIT_WINDOW_SECONDS: { schema: env.int(60, 1), doc: 'window of the gateway rate limits' },
    ATRIUM_PERSISTED_OPERATIONS: {
      schema: z.enum(PERSISTED_MODES).optional(),
      doc: 'persisted operations (Cosmo modes): `off`, `log` (unknown operations run, logged and counted), `safelist` (only manifest operations, by id or exact body), `block` (only manifest operations by id); default `off`, production `log`',
    },
    ATRIUM_PERSISTED_OPERATIONS_MANIFEST: { schema: z.string().min(1).default('operations/persisted-query-manifest.json'), doc: 'the persisted query manifest the gateway enforces' },
    ATRIUM_METRICS: { schema: env.bool(true), doc: 'serve Prometheus metrics at `GET /metrics` on the gateway port (keep the path off the public route)' },
    ATRIUM_MAX_RESPONSE_BYTES: { schema: env.int(5 * 1024 * 1024, 1024), doc: 'subgraph response bytes one client request may receive; past it the request stops' },
  },
  (raw, base) => {
    const graphiql = raw.ATRIUM_GRAPHIQL ?? !base.isProduction;
    // GraphiQL cannot work without introspection, so turning GraphiQL on implies it.
    const introspection = raw.ATRIUM_INTROSPECTION ?? (!base.isProduction || graphiql);
    if (graphiql && !introspection) throw new ConfigError(['ATRIUM_GRAPHIQL: GraphiQL needs introspection, but ATRIUM_INTROSPECTION=false']);
    return {
      port: raw.ATRIUM_GATEWAY_PORT,
      supergraphPath: resolve(raw.ATRIUM_SUPERGRAPH_PATH),
      graphiql,
      dashboard: raw.ATRIUM_DASHBOARD,
      introspection,
      corsOrigins: raw.ATRIUM_CORS_ORIGINS,
      metrics: raw.ATRIUM_METRICS,
      persisted: { mode: raw.ATRIUM_PERSISTED_OPERATIONS ?? (base.isProduction ? 'log' : 'off'), manifestPath: resolve(raw.ATRIUM_PERSISTED_OPERATIONS_MANIFEST) },
      rateLimits: {
        perUser: raw.ATRIUM_RATE_LIMIT_PER_USER,
        perIp: raw.ATRIUM_RATE_LIMIT_PER_IP,
        windowSeconds: raw.ATRIUM_RATE_LIMIT_WINDOW_SECONDS,
        redisUrl: base.redis.url,
        redisPrefix: base.redis.prefix,
      },
      usage: { enabled: raw.ATRIUM_USAGE_CAPTURE, bufferSize: raw.ATRIUM_USAGE_BUFFER, batchSize: raw.ATRIUM_USAGE_BATCH, flushIntervalMs: raw.ATRIUM_USAGE_FLUSH_MS },
      traffic: {
        timeoutMs: raw.ATRIUM_SUBGRAPH_TIMEOUT_MS,
        retries: raw.ATRIUM_SUBGRAPH_RETRIES,
        breakerFailures: raw.ATRIUM_CIRCUIT_FAILURES,
        breakerCooldownMs: raw.ATRIUM_CIRCUIT_COOLDOWN_MS,
        maxResponseBytes: raw.ATRIUM_MAX_RESPONSE_BYTES,
      },
    };
  },
);
export type GatewaySettings = ReturnType<typeof gatewayConfig.build>;

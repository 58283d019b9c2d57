import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  settingsOf,
  bearerToken,
  apolloLimits,
  contextError,
  createErrorFormatter,
  errorLoggingPlugin,
  healthRoute,
  createTokenVerifier,
  listen,
  stringifyResult,
  type Config,
  type HttpServerHandle,
  type Logger,
  type PoolSources,
  type Route,
  type SessionCheck,
  type SystemSampler,
  tracingPlugins,
} from '@atrium/kernel';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { graphiqlRoute } from './graphiql.js';
import { dashboardRoute } from './dashboard.js';
import { gatewayConfig } from './config.js';
import { AtriumDataSource, type GatewayContext } from './traffic.js';
import { corsRoute } from './cors.js';
import { CoordinateCache, UsageRecorder, usagePlugin, type UsageRecord, type UsageSink } from './usage.js';
import { GatewayRateLimits, type RateLimitRefusal } from './ratelimit.js';
import { GatewayMetrics, type RefusalReason } from './metrics.js';
import { PersistedOperations } from './persisted.js';

// Gateway 2.14 reports usage to Apollo unless told not to.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

const ENDPOINT = '/graphql';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export type { GatewayContext } from './traffic.js';

export interface StartGatewayOptions {
  config: Config;
  logger: Logger;
  /** Development composition targets: every registered subgraph at its URL (the runtime passes them). */
  subgraphs?: { name: string; url: string }[];
  /** Serve this supergraph instead of composing (tests; production reads `config.supergraphPath`). */
  supergraphSdl?: string;
  port?: number;
  /**
   * Refuses access tokens of ended sessions (logout, reuse, deactivation) before any subgraph
   * is asked. `null` only for tests in front of fixture subgraphs, which have no database.
   */
  sessions: SessionCheck | null;
  /** Database pools of the subgraphs this process serves, by name, reported at `/metrics`. */
  pools?: PoolSources;
  /**
   * Where usage batches go (analytics, through the job queue: usage.ts `createUsageSink`).
   * Absent or null: no capture (tests in front of fixture subgraphs; ATRIUM_USAGE_CAPTURE=false).
   */
  usage?: UsageSink | null;
  /** The gateway's system metrics sampler (kernel sampler.ts): every `/graphql` request's latency is observed. */
  sampler?: SystemSampler | null;
}

function supergraph(options: StartGatewayOptions) {
  const { config } = options;
  if (options.supergraphSdl !== undefined) return options.supergraphSdl;
  if (config.isProduction) return readFileSync(settingsOf(config, gatewayConfig).supergraphPath, 'utf8');
  if (!options.subgraphs?.length) throw new Error('Outside production the gateway composes from running subgraphs: pass them');
  return new IntrospectAndCompose({ subgraphs: options.subgraphs });
}

/**
 * Subgraph errors reach the gateway already formatted, so the kernel formatter trusts them.
 * A subgraph that forgot to mask would still leak SQL or driver text through
 * INTERNAL_SERVER_ERROR, so the gateway masks that code once more, unless the subgraph
 * described the failure on purpose: a deliberate internal error carries `extensions.reason`
 * (e.g. an LLM provider timing out), and its message was written for the client.
 */
function createGatewayErrorFormatter(logger: Logger, hideSuggestions: boolean) {
  const format = createErrorFormatter({ hideSuggestions });
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    if (out.extensions?.code !== 'INTERNAL_SERVER_ERROR' || out.message === 'Internal server error') return out;
    if (typeof out.extensions.reason === 'string') return out;
    logger.error({ message: out.message, path: out.path, serviceName: out.extensions.serviceName }, 'unmasked internal error from a subgraph');
    return { ...out, message: 'Internal server error' };
  };
}

/** Apollo merges `extensions.http.headers` only from its HeaderMap (graphql-yoga, in the tree, types them as a record). */
const retryAfter = (seconds: number) => new HeaderMap([['retry-after', String(seconds)]]) as unknown as Record<string, string>;

/** A spent rate limit: 429 with Retry-After, `RATE_LIMITED` with `retryAfterSeconds`, before any subgraph is asked. */
function rateLimited({ scope, retryAfterSeconds }: RateLimitRefusal): never {
  const who = scope === 'user' ? 'this account' : 'this address';
  throw new GraphQLError(`Too many requests from ${who}; try again in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, scope, http: { status: 429, headers: retryAfter(retryAfterSeconds) } },
  });
}

/**
 * A request refused for what it sent is a 400 whatever Apollo chose: in gateway mode an unknown
 * operation name comes out as HTTP 500, though the kernel formatter already calls it BAD_USER_INPUT.
 */
const clientErrorStatus: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.http.status !== 500) return;
        const { data, errors } = response.body.singleResult;
        if (data == null && errors?.length && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) response.http.status = 400;
      },
    };
  },
};

const firstHeader = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Start the gateway over node:http: `/graphql`, `/health` and, when enabled, GraphiQL at `/` and the dashboard at `/dashboard`. */
export async function startGateway(
  options: StartGatewayOptions,
): Promise<
  HttpServerHandle & { gateway: ApolloGateway; dataSources: Map<string, AtriumDataSource>; usage: UsageRecorder | null; coordinates: CoordinateCache; rateLimits: GatewayRateLimits; metrics: GatewayMetrics | null; persisted: PersistedOperations }
> {
  const { config, logger } = options;
  const settings = settingsOf(config, gatewayConfig);
  const recorder = options.usage && settings.usage.enabled ? new UsageRecorder(options.usage, settings.usage, logger) : null;
  // Schema coordinates per distinct operation, for fieldUsage (computed once each).
  const coordinates = new CoordinateCache();
  const verify = await createTokenVerifier(config, options.sessions);
  const dataSources = new Map<string, AtriumDataSource>();
  const rateLimits = GatewayRateLimits.create(settings.rateLimits, logger);
  const metrics = settings.metrics ? new GatewayMetrics(options.pools) : null;
  if (metrics && recorder) metrics.usageCapture(() => recorder.stats());
  const persisted = PersistedOperations.load(settings.persisted.mode, settings.persisted.manifestPath, logger, metrics?.persisted, (reason) =>
    metrics?.refused(reason.toLowerCase() as RefusalReason),
  );
  const limits = apolloLimits<GatewayContext>(config.limits);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph(options),
    // A configured routing URL wins over the one baked into the supergraph file (containers, scale-out).
    buildService: ({ name, url }) => {
      const source = new AtriumDataSource({
        name,
        url: config.subgraphs[name]?.url ?? url ?? '',
        traffic: settings.traffic,
        logger,
        signatureSecret: config.secrets.subgraphHmacSecret,
        onFetch: metrics?.fetched,
        onCircuit: metrics?.circuit,
      });
      metrics?.circuit(name, source.breaker.state);
      dataSources.set(name, source);
      return source;
    },
    logger,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Suggestions ("Did you mean …?") name fields: hidden whenever introspection is off.
    formatError: createGatewayErrorFormatter(logger, !settings.introspection),
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    csrfPrevention: true,
    stringifyResult,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    logger,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(logger),
      limits.plugin,
      clientErrorStatus,
      ...tracingPlugins<GatewayContext>(),
      ...(recorder ? [usagePlugin<GatewayContext>(coordinates)] : []),
      ...(metrics ? [metrics.plugin<GatewayContext>()] : []),
      // Last: usage capture reads the persisted query hash before this plugin takes the extension off.
      persisted.plugin<GatewayContext>(),
    ],
    // Automatic persisted queries would let any client register any document (persisted.ts).
    persistedQueries: false,
    // Apollo would otherwise stop itself on SIGINT/SIGTERM and re-raise the signal, racing the
    // owner's orderly close() (HTTP server first) and exiting 130/143 instead of 0.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // The request id is settled before anything answers, so every response carries it,
  // a 401 from a bad token included.
  const requestIds = new WeakMap<IncomingMessage, string>();
  const usageRecords = new WeakMap<IncomingMessage, UsageRecord>();
  const tagRequest: Route = (req, res, url) => {
    const incoming = firstHeader(req.headers['x-request-id']);
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    requestIds.set(req, requestId);
    res.setHeader('x-request-id', requestId);
    const sampler = options.sampler;
    if (sampler && url.pathname === ENDPOINT && req.method !== 'OPTIONS') {
      const started = performance.now();
      res.once('finish', () => sampler.observe(performance.now() - started));
    }
    // Only GraphQL requests are usage (not health probes, GraphiQL, the dashboard page or CORS preflights).
    if (recorder && url.pathname === ENDPOINT && req.method !== 'OPTIONS') {
      const record = recorder.begin(req);
      usageRecords.set(req, record);
      recorder.watch(record, () => requestId, res);
    }
    return false;
  };
  const routes: Route[] = [
    tagRequest,
    corsRoute(settings.corsOrigins, () => metrics?.refused('cors')),
    healthRoute({
      supergraph: async () => (gateway.__testing().state.phase === 'loaded' ? true : 'supergraph not loaded'),
      subgraphs: async () => {
        const open = [...dataSources].filter(([, source]) => source.breaker.state === 'open').map(([name]) => name);
        return open.length ? `circuit open: ${open.join(', ')}` : true;
      },
    }),
  ];
  if (metrics) routes.push(metrics.route());
  if (settings.graphiql) routes.push(graphiqlRoute(ENDPOINT));
  if (settings.dashboard) routes.push(dashboardRoute(ENDPOINT, (id) => persisted.has(id)));

  const handle = await listen<GatewayContext>({
    apollo,
    host: config.host,
    port: options.port ?? settings.port,
    logger,
    path: ENDPOINT,
    serviceName: 'gateway',
    routes,
    compress: true,
    onRefused: metrics?.refused,
    context: async (req) => {
      const authorization = req.headers.authorization || undefined;
      const usage = usageRecords.get(req);
      const ip = req.socket.remoteAddress;
      const clientIp = ip ? ip.replace(/^::ffff:/, '') : null;
      if (usage) usage.clientIp = clientIp;
      // The address first: a flood of bad tokens is refused before any is verified.
      const refuse = (refusal: RateLimitRefusal) => {
        metrics?.rateLimited(refusal.scope);
        rateLimited(refusal);
      };
      const byIp = await rateLimits.consume('ip', clientIp);
      if (byIp) refuse(byIp);
      let userId: string | null = null;
      let session: GatewayContext['session'];
      try {
        // No header is an anonymous call (login is public); a bad one is refused outright.
        const token = bearerToken(authorization);
        if (token) {
          const principal = await verify(token);
          userId = principal.userId;
          if (principal.policyVersion !== undefined) session = { userId: principal.userId, sessionId: principal.sessionId, policyVersion: principal.policyVersion };
          if (usage) {
            usage.userId = principal.userId;
            usage.sessionId = principal.sessionId;
          }
        }
      } catch (error) {
        metrics?.refused('unauthenticated');
        contextError(error);
      }
      const byUser = await rateLimits.consume('user', userId);
      if (byUser) refuse(byUser);
      return {
        requestId: requestIds.get(req) ?? randomUUID(),
        authorization,
        session,
        clientIp,
        userAgent: firstHeader(req.headers['user-agent'])?.slice(0, 512) ?? null,
        responseBytes: { used: 0, exceeded: false },
        usage,
      };
    },
  });
  return {
    ...handle,
    gateway,
    dataSources,
    usage: recorder,
    coordinates,
    rateLimits,
    metrics,
    persisted,
    async close() {
      await handle.close();
      await rateLimits.close();
      // After the server: every answered request is in the buffer, and all of it is flushed.
      await recorder?.close();
      await gateway.stop();
      for (const source of dataSources.values()) source.close();
    },
  };
}

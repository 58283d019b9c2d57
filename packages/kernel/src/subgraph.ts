import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { createRequestAuthorizer, remoteDecider, type Authorizer } from './authz.js';
import { createBaseContext, type BaseContext } from './context.js';
import { loadConfig, subgraphUrl, type Config, type SubgraphName } from './env.js';
import { AppError, createErrorFormatter, errorLoggingPlugin } from './errors.js';
import { listen, type HttpServerHandle } from './http.js';
import { createLogger, type Logger } from './logger.js';
import type { QueryCounter } from './db.js';
import type { AccessMap } from './shield.js';
import { createTokenVerifier, type Principal, type TokenVerifier } from './tokens.js';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

export interface ServeSubgraphOptions<TContext extends BaseContext> {
  name: SubgraphName;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  verify: TokenVerifier;
  /** Extend the base context with the subgraph's loaders and services. */
  context: (base: BaseContext) => TContext;
  /** Override how decisions are made (the authorization subgraph decides locally). */
  authorizer?: (input: { authorization: string | undefined; requestId: string; principal: Principal | null }) => Authorizer;
  port?: number;
}

/** Turn an error thrown while building the context into a GraphQL error with an HTTP status. */
export function contextError(error: unknown): never {
  if (error instanceof AppError) {
    const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'BAD_USER_INPUT' ? 400 : 500;
    throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status } } });
  }
  throw error;
}

/** Build an Apollo Server for a subgraph schema with Atrium's error masking and no CDN landing page. */
export function createApollo<TContext extends BaseContext>(schema: GraphQLSchema, logger: Logger, config: Config) {
  return new ApolloServer<TContext>({
    schema,
    formatError: createErrorFormatter(),
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    // The process owner handles signals; Apollo's own handler would exit before cleanup.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), errorLoggingPlugin(logger)],
  });
}

/** Start one subgraph on its port. Used by `pnpm start`, by each subgraph's `server.ts`, and by tests. */
export async function serveSubgraph<TContext extends BaseContext>(options: ServeSubgraphOptions<TContext>): Promise<HttpServerHandle> {
  const { config, logger } = options;
  const apollo = createApollo<TContext>(options.schema, logger, config);
  await apollo.start();
  const authzUrl = subgraphUrl(config, 'authorization');
  const authorizer =
    options.authorizer ??
    ((input) => createRequestAuthorizer(remoteDecider({ url: authzUrl, authorization: input.authorization, requestId: input.requestId })));
  return listen({
    apollo,
    host: config.host,
    port: options.port ?? config.ports[options.name],
    logger,
    context: async (req: IncomingMessage) => {
      const base = await createBaseContext({
        headers: req.headers,
        remoteAddress: req.socket.remoteAddress,
        verify: options.verify,
        logger,
        authorizer,
        trustForwarded: true,
      }).catch(contextError);
      return options.context(base);
    },
  });
}

/** What a subgraph package gives the composition root (`packages/runtime`) and the test kit. */
export interface SubgraphRuntime<TContext extends BaseContext = BaseContext> {
  schema: GraphQLSchema;
  context: (base: BaseContext) => TContext;
  authorizer?: ServeSubgraphOptions<TContext>['authorizer'];
  /** SQL statement counter of the subgraph's client (N+1 guards in tests and benchmarks). */
  queries?: QueryCounter;
  close(): Promise<void>;
}

export interface SubgraphRuntimeInput {
  databaseUrl: string;
  config: Config;
  logger: Logger;
}

export interface SubgraphPackage {
  name: SubgraphName;
  /** The Postgres schema the subgraph owns. */
  dbSchema: string;
  /** `prisma/<name>/migrations`, absolute. */
  migrationsDir: string;
  /** The subgraph schema without shield: composition, SDL checks and the mirror test read it. */
  buildSchema(): GraphQLSchema;
  /** Field → access rule map applied by shield; the mirror test checks it covers every field. */
  accessMap: AccessMap;
  /** Idempotent system rows (catalog, built-in roles...). */
  seed?(input: SubgraphRuntimeInput): Promise<void>;
  create(input: SubgraphRuntimeInput): Promise<SubgraphRuntime<any>>;
  /** Called by `pnpm start` with the first administrator's user id (idempotent). */
  onAdminBootstrapped?(input: SubgraphRuntimeInput & { userId: string }): Promise<void>;
}

type ResolverMap = Record<string, unknown>;
/** Merge per-module resolver maps type by type (Query, Mutation, entity types...). */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: Record<string, Record<string, unknown> | unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      const plain = (v: unknown) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
      // Scalars (GraphQLScalarType instances) are taken whole; plain maps are merged.
      merged[type] = plain(existing) && plain(fields) ? { ...(existing as object), ...(fields as object) } : fields;
    }
  }
  return merged;
}

/**
 * Run one subgraph package as its own process (docker-compose, scale-out): configuration,
 * its own database client, its port, and an orderly stop on SIGINT/SIGTERM.
 */
export async function runStandalone(pkg: SubgraphPackage): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(`subgraph-${pkg.name}`, config.logLevel);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run a subgraph on its own');
  const runtime = await pkg.create({ databaseUrl: config.databaseUrl, config, logger });
  const server = await serveSubgraph({ name: pkg.name, schema: runtime.schema, config, logger, verify: await createTokenVerifier(config), context: runtime.context, authorizer: runtime.authorizer });
  logger.info({ url: server.url }, `${pkg.name} subgraph ready`);
  const stop = async () => {
    await server.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

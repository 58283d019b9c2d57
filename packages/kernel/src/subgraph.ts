import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { GraphQLError, parse, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import type { TaskList } from 'graphile-worker';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { auditMutations, auditTransactions, type AuditMap } from './audit.js';
import { createRequestAuthorizer, type Authorizer } from './authz.js';
import { PolicySnapshots, remoteSnapshot, snapshotAccess } from './policy-snapshot.js';
import { redisSnapshots } from './policy-share.js';
import { internalRoute, type InternalHandler } from './internal.js';
import { createBaseContext, type BaseContext } from './context.js';
import { createPrisma, type Client, type PoolStats, type PrismaClass, type PrismaLike, type WithQueryCounter } from './db.js';
import { settingsOf, subgraphUrl, type Config, type ConfigModel } from './env.js';
import { AppError, createErrorFormatter, errorLoggingPlugin } from './errors.js';
import { consumerTasks, type EventBus, type EventHandler } from './events.js';
import { consumedEvents, type SubjectDataHandler } from './subject-data.js';
import type { RawExecutor } from './jobs.js';
import { healthRoute, type ReadinessCheck } from './health.js';
import { listen, requestBodyOf, stringifyResult, type HttpServerHandle, type Route } from './http.js';
import { SESSION_ASSERTION_HEADER, SessionAssertions } from './signature.js';
import { migrationNames, pendingMigrations } from './migrate.js';
import { subgraphMetricsRoute } from './metrics.js';
import { apolloLimits } from './limits.js';
import { PLATFORM_SCHEMA } from './sessions.js';
import { queueDepthOf, SystemSampler } from './sampler.js';
import type { Logger } from './logger.js';
import { DateTimeScalar, JSONScalar } from './scalars.js';
import { applyShield, type AccessMap } from './shield.js';
import { createRequestTenancy, type TenancyFactory } from './tenancy.js';
import type { Principal, TokenVerifier, TokenVerifierStats } from './tokens.js';
import { tracingOn, tracingPlugins } from './tracing.js';
import { nameLoaders } from './loaders.js';
import { applyMasking, flushMaskingAccess, maskingKeyFrom, type ClassifiedFields } from './masking.js';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** What lives as long as a subgraph runs: its own client, configuration, settings, logger and the event bus. */
export interface SubgraphServices<Db, Settings> {
  db: Client<Db>;
  config: Config;
  settings: Settings;
  logger: Logger;
  events: EventBus;
}

/** A subgraph's request context: the base, its services and per-request loaders, plus what `services` adds. */
export type SubgraphContext<Db, Settings, Loaders, Deps = object> = BaseContext & SubgraphServices<Db, Settings> & { loaders: Loaders } & Deps;

export type AuthorizerFactory = (input: { authorization: string | undefined; requestId: string; principal: Principal | null }) => Authorizer;

/** Resolvers of one module (codegen's `Resolvers` type, partially filled); merged type by type. */
export type ModuleResolvers = object;

/** Setup outside any request (seeds, the first administrator) gets a small client of its own. */
export interface SubgraphSetup<Db, Settings> {
  db: Client<Db>;
  config: Config;
  settings: Settings;
  logger: Logger;
  /** A seed may publish catalog events (identity announces users created before events carried their state). */
  events: EventBus;
}

/** Everything a subgraph is, declared once; the runtime serves it, the registry checks it. */
export interface SubgraphDefinition<Db extends PrismaLike = any, Settings = any, Loaders = any, Deps = any, Ctx extends BaseContext = any> {
  name: string;
  /** Default port; `ATRIUM_<NAME>_PORT` overrides it. */
  port: number;
  /** The SDL file (`schema.graphql`), source and published artefact at once. */
  schema: URL;
  /** The subgraph's own generated Prisma client; it sees only the Postgres schema named like the subgraph. */
  database: PrismaClass<Db>;
  config?: ConfigModel<Settings>;
  /** Custom scalars beyond `DateTime` and `JSON`, which every subgraph gets. */
  scalars?: Record<string, GraphQLScalarType>;
  modules: readonly ModuleResolvers[];
  /** Codegen's view of the resolvers: the context type and the model each GraphQL type maps to (paths from `src/`). */
  types?: { context: string; mappers?: Record<string, string>; scalars?: Record<string, string> };
  accessMap: AccessMap;
  /**
   * Its classified fields (masking.ts): GraphQL `Type.field` → the `schema.table.column` a
   * compliance data element names, and the object's owner (who always sees it in clear).
   */
  classified?: ClassifiedFields;
  /** How its Mutation fields are audited, where the field name's verb does not say it (audit.ts); every field is audited anyway. */
  audit?: AuditMap;
  /** Per-request dataloaders, created fresh for every request. */
  loaders(db: Client<Db>): Loaders;
  /**
   * Long-lived dependencies (token signer, rate windows...), created once per process.
   * `databaseUrl` is for a library that needs a connection of its own (a pg pool it is given).
   */
  services?(s: SubgraphServices<Db, Settings> & { databaseUrl: string }): Deps | Promise<Deps>;
  /** Release what `services` opened (its own pools), when the subgraph stops, before its client disconnects. */
  disposeServices?(deps: Deps): Promise<void>;
  /** Extend the standard request context (per-request services). */
  context?(ctx: SubgraphContext<Db, Settings, Loaders, Deps>): Ctx;
  /** How shield rules get decisions; default: `myAccess` of the decision point over HTTP, batched per request. */
  authorizer?(s: SubgraphServices<Db, Settings> & Deps): AuthorizerFactory;
  /** How tenant scopes are resolved; default: `myTenantScopes` of the decision point over HTTP, batched per request. */
  tenancy?(s: SubgraphServices<Db, Settings> & Deps): TenancyFactory;
  /** This subgraph is the decision point: it serves `myAccess`, which every other subgraph's shield asks. */
  decides?: boolean;
  /**
   * Calls between subgraphs that are not GraphQL fields (never in the gateway's API), by path:
   * signed like every subgraph request, on behalf of the caller whose bearer token they carry
   * (internal.ts). The decision point serves policy snapshots this way.
   */
  internal?(s: SubgraphServices<Db, Settings> & Deps): Record<string, InternalHandler>;
  /** Catalog events this subgraph consumes. */
  events?: readonly EventHandler<SubgraphServices<Db, Settings> & Deps>[];
  /**
   * Its part of data-subject requests (subject-data.ts): what it holds about a user, how it erases
   * it, and the verification pass. Deps are its event-handler deps (like `events`); the compliance
   * fan-out runs it for every subgraph that declares one, and a request completes only when each confirmed.
   */
  subjectData?: SubjectDataHandler<SubgraphServices<Db, Settings> & Deps>;
  /** Its own background tasks (not events), by graphile-worker task name. */
  tasks?(s: SubgraphServices<Db, Settings> & Deps): TaskList;
  /** Idempotent system rows, run by `db:migrate` and `pnpm start`. */
  seed?(s: SubgraphSetup<Db, Settings>): Promise<void>;
  /** The one subgraph that owns accounts creates the first administrator (idempotent). */
  createFirstAdmin?(s: SubgraphSetup<Db, Settings> & { email?: string; password?: string }): Promise<FirstAdmin | null>;
  /** Every subgraph may give the first administrator what it needs (idempotent). */
  onFirstAdmin?(s: SubgraphSetup<Db, Settings> & { userId: string }): Promise<void>;
}

export interface FirstAdmin {
  userId: string;
  email: string;
  /** Set only when the password was generated now; print it once and never again. */
  generatedPassword?: string;
  created: boolean;
}

/** Postgres schemas that are not a subgraph's: the job queue's, the kernel's, the default one. */
const RESERVED_SCHEMAS = ['graphile_worker', PLATFORM_SCHEMA, 'public'];

/** Declare a subgraph. The identity function keeps every part typed against the others. */
export function defineSubgraph<Db extends PrismaLike, Settings, Loaders, Deps = object, Ctx extends BaseContext = SubgraphContext<Db, Settings, Loaders, Deps>>(
  definition: SubgraphDefinition<Db, Settings, Loaders, Deps, Ctx>,
): SubgraphDefinition<Db, Settings, Loaders, Deps, Ctx> {
  if (!/^[a-z][a-z0-9_]*$/.test(definition.name)) throw new Error(`Subgraph name ${definition.name} must be lowercase letters, digits and underscores`);
  // A subgraph owns the Postgres schema named like it: never one the platform owns.
  if (RESERVED_SCHEMAS.includes(definition.name)) throw new Error(`Subgraph name ${definition.name} is the name of a schema the platform owns (${RESERVED_SCHEMAS.join(', ')})`);
  return definition;
}

type ResolverMap = Record<string, unknown>;
/** Merge per-module resolver maps type by type (Query, Mutation, entity types...). */
function mergeResolvers(...maps: readonly object[]): ResolverMap {
  const merged: ResolverMap = {};
  const plain = (v: unknown) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
  for (const map of maps as ResolverMap[]) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      // Scalars (GraphQLScalarType instances) are taken whole; plain maps are merged.
      merged[type] = plain(existing) && plain(fields) ? { ...(existing as object), ...(fields as object) } : fields;
    }
  }
  return merged;
}

/** The SDL text a definition reads. */
const sdlOf = (definition: Pick<SubgraphDefinition, 'schema'>) => readFileSync(definition.schema, 'utf8');

/** The subgraph schema without shield: composition, the SDL drift check and the mirror test read it. */
export function buildSchemaOf(definition: SubgraphDefinition): GraphQLSchema {
  const resolvers = mergeResolvers({ DateTime: DateTimeScalar, JSON: JSONScalar, ...definition.scalars }, ...definition.modules);
  // The one untyped step: codegen types each module against the SDL; Apollo's map type is looser.
  return buildSubgraphSchema([{ typeDefs: parse(sdlOf(definition)), resolvers: resolvers as GraphQLResolverMap<unknown> }]);
}

/** A subgraph running in this process: its guarded schema, context factory, tasks, and how to stop it. */
export interface SubgraphInstance {
  name: string;
  schema: GraphQLSchema;
  context: (base: BaseContext) => BaseContext;
  authorizer?: AuthorizerFactory;
  tenancy?: TenancyFactory;
  /** Its internal calls (internal.ts), by path. */
  internal?: Record<string, InternalHandler>;
  /** Its own tasks and its event consumers, for the process's one job runner. */
  tasks: TaskList;
  /** SQL statement counter of the subgraph's client (N+1 guards in tests and benchmarks). */
  queries: WithQueryCounter['queries'];
  /** Its database pool's use right now (`/metrics`). */
  poolStats(): PoolStats;
  /** What `/health/ready` on its port checks: the database answers, every migration on disk is applied. */
  readiness: Record<string, ReadinessCheck>;
  /** Its system metrics (sampler.ts), sampled every ATRIUM_SYSTEM_METRICS_INTERVAL_MS once started. */
  sampler: SystemSampler;
  close(): Promise<void>;
}

/** Settings of a definition's model in a loaded configuration. */
const settingsFor = <S>(definition: SubgraphDefinition<any, S>, config: Config): S => (definition.config ? settingsOf(config, definition.config) : (undefined as S));

/**
 * Everything a running subgraph needs, built once: its Prisma client (pool sized from
 * configuration), services, context factory, tasks. `shield: false` serves the bare schema
 * (benchmarks measure shield's cost with it).
 */
export async function createSubgraphInstance(
  definition: SubgraphDefinition,
  input: { databaseUrl: string; config: Config; logger: Logger; events: EventBus; shield?: boolean; migrationsDir?: string },
): Promise<SubgraphInstance> {
  const { config, logger, events } = input;
  const pool = config.subgraphs[definition.name]?.poolMax;
  // Interactive transactions opened by a mutation carry its audit event (audit.ts).
  const db = auditTransactions(createPrisma(definition.database, { url: input.databaseUrl, schema: definition.name, logger, max: pool }));
  let own: object | undefined;
  let sampler: SystemSampler | undefined;
  const close = async () => {
    try {
      await sampler?.close();
      if (own) await definition.disposeServices?.(own);
    } finally {
      await db.$disconnect();
    }
  };
  try {
    const settings = settingsFor(definition, config);
    const services: SubgraphServices<PrismaLike, unknown> = { db, config, settings, logger, events };
    own = (await definition.services?.({ ...services, databaseUrl: input.databaseUrl })) ?? {};
    const deps = { ...services, ...own };
    // Every Mutation field runs in an audit scope and publishes `audit.recorded` (audit.ts).
    const traced = tracingOn();
    const audited = auditMutations(buildSchemaOf(definition), { service: definition.name, executor: db as unknown as RawExecutor, map: definition.audit });
    // Classified fields are masked by the caller's plan from compliance (masking.ts), inside shield.
    const bare = definition.classified
      ? applyMasking(audited, {
          service: definition.name,
          classified: definition.classified,
          planUrl: config.subgraphs.compliance ? subgraphUrl(config, 'compliance') : undefined,
          signatureSecret: config.secrets.subgraphHmacSecret,
          maskingKey: maskingKeyFrom(config.secrets.subgraphHmacSecret),
          executor: db as unknown as RawExecutor,
          events,
          unlogged: ['compliance.audit_logs'],
        })
      : audited;
    const tasks = { ...definition.tasks?.(deps), ...consumerTasks(definition.name, consumedEvents(definition as Parameters<typeof consumedEvents>[0]), deps as never) };
    const raw = db as unknown as RawExecutor;
    sampler = new SystemSampler({
      host: definition.name,
      intervalMs: config.systemMetrics.intervalMs,
      events,
      executor: () => raw,
      pools: { [definition.name]: db.poolStats },
      queueDepth: Object.keys(tasks).length ? () => queueDepthOf(raw, definition.name) : undefined,
      logger,
    });
    return {
      name: definition.name,
      schema: input.shield === false ? bare : applyShield(bare, definition.accessMap),
      context: (base) => {
        const loaders = definition.loaders(db);
        if (traced) nameLoaders(definition.name, loaders);
        const ctx = { ...base, ...deps, loaders };
        return definition.context ? definition.context(ctx) : ctx;
      },
      authorizer: definition.authorizer?.(deps),
      tenancy: definition.tenancy?.(deps),
      internal: definition.internal?.(deps),
      tasks,
      queries: db.queries,
      poolStats: db.poolStats,
      readiness: readinessOf(definition.name, raw, input.migrationsDir),
      sampler,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A subgraph's readiness: its database answers, and (given its migrations folder) every migration
 * on disk is recorded as applied in its schema. The folder is read once: a running process serves
 * the code it started with.
 */
function readinessOf(schema: string, db: RawExecutor, migrationsDir: string | undefined): Record<string, ReadinessCheck> {
  const checks: Record<string, ReadinessCheck> = {
    database: async () => {
      await db.$queryRawUnsafe('SELECT 1');
      return true;
    },
  };
  if (migrationsDir) {
    const names = migrationNames(migrationsDir);
    checks.migrations = async () => {
      const pending = await pendingMigrations(db, schema, names);
      return pending.length ? `not applied: ${pending.join(', ')}` : true;
    };
  }
  return checks;
}

/** Run `work` with a small client of the subgraph's own, outside any request (seeds, bootstrap). */
export async function withSubgraphSetup<T>(
  definition: SubgraphDefinition,
  input: { databaseUrl: string; config: Config; logger: Logger; events: EventBus },
  work: (s: SubgraphSetup<any, any>) => Promise<T>,
): Promise<T> {
  const db = createPrisma(definition.database, { url: input.databaseUrl, schema: definition.name, logger: input.logger, max: 2 });
  try {
    return await work({ db, config: input.config, settings: settingsFor(definition, input.config), logger: input.logger, events: input.events });
  } finally {
    await db.$disconnect();
  }
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
function createApollo<TContext extends BaseContext>(schema: GraphQLSchema, logger: Logger, config: Config, sampler?: SystemSampler) {
  // The gateway's limits again on the subgraph's own port: a container exposes it too.
  const limits = apolloLimits<TContext>(config.limits);
  return new ApolloServer<TContext>({
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // Introspection is off in production, and so are suggestions that would name the schema.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    schema,
    formatError: createErrorFormatter({ hideSuggestions: config.isProduction }),
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    stringifyResult,
    // The process owner handles signals; Apollo's own handler would exit before cleanup.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      errorLoggingPlugin(logger),
      limits.plugin,
      ...tracingPlugins<TContext>(),
      // Clear reads of access-logged classified columns: one `access` audit event per request (masking.ts).
      { requestDidStart: async () => ({ willSendResponse: async ({ contextValue }) => void (await flushMaskingAccess(contextValue)) }) },
      // The request's latency, for the service's system metrics (a push into a bounded array).
      ...(sampler
        ? [
            {
              requestDidStart: async () => {
                const started = performance.now();
                return { willSendResponse: async () => sampler.observe(performance.now() - started) };
              },
            },
          ]
        : []),
    ],
  });
}

export interface ServeSubgraphOptions {
  name: string;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  verify: TokenVerifier;
  /** Extend the base context with the subgraph's loaders and services. */
  context: (base: BaseContext) => BaseContext;
  /** Override how decisions are made (the decision point decides locally). */
  authorizer?: AuthorizerFactory;
  /** Override how tenant scopes are resolved (the decision point computes them locally). */
  tenancy?: TenancyFactory;
  /** Where `myAccess` is served, for the default authorizer. */
  decisionsUrl?: string;
  /**
   * The process's policy snapshots (policy-snapshot.ts), shared by the subgraphs it serves;
   * default: one of this subgraph's own, sized by ATRIUM_POLICY_SNAPSHOT_USERS. `null`: none.
   */
  policySnapshots?: PolicySnapshots | null;
  /** Internal calls it serves (internal.ts), by path. */
  internal?: Record<string, InternalHandler>;
  port?: number;
  /**
   * What `/health/ready` on the subgraph's port checks (the instance's `readiness`, plus the job
   * runner where the process runs one). `/health/live` is always served.
   */
  readiness?: Record<string, ReadinessCheck>;
  /** Its database pool, reported at `GET /metrics` on its port. */
  poolStats?: () => PoolStats;
  /** The counters of `verify` (tokens.ts `stats()`), reported at `GET /metrics` on its port. */
  verifierStats?: () => TokenVerifierStats;
  /** Its system metrics sampler: every GraphQL request's latency is observed. */
  sampler?: SystemSampler;
}

/**
 * The snapshots of one process whose subgraphs ask the decision point at `decisionsUrl`, shared
 * with the other replicas through Redis when ATRIUM_REDIS_URL is set (policy-share.ts); null when
 * ATRIUM_POLICY_SNAPSHOT_USERS is 0. Close it when the process stops (its Redis connection).
 */
export function createPolicySnapshots(config: Config, decisionsUrl: string, logger: Logger): PolicySnapshots | null {
  if (config.policy.snapshotUsers === 0) return null;
  const signatureSecret = config.secrets.subgraphHmacSecret;
  const shared = config.redis.url ? redisSnapshots({ url: config.redis.url, prefix: config.redis.prefix, secret: signatureSecret, logger }) : null;
  return new PolicySnapshots({ fetch: remoteSnapshot({ url: decisionsUrl, signatureSecret }), maxUsers: config.policy.snapshotUsers, shared });
}

/** Start one subgraph on its port. Used by `pnpm start`, `pnpm serve <name>`, and tests. */
export async function serveSubgraph(options: ServeSubgraphOptions): Promise<HttpServerHandle> {
  const { config, logger } = options;
  const apollo = createApollo<BaseContext>(options.schema, logger, config, options.sampler);
  await apollo.start();
  const { decisionsUrl } = options;
  if (!options.authorizer && !decisionsUrl) throw new Error(`${options.name}: no authorizer and no decision point to ask`);
  const signatureSecret = config.secrets.subgraphHmacSecret;
  // Decisions in process from the caller's policy snapshot while it is current, from the
  // decision point otherwise (policy-snapshot.ts).
  const own = options.policySnapshots === undefined;
  const snapshots = !own ? (options.policySnapshots ?? null) : decisionsUrl ? createPolicySnapshots(config, decisionsUrl, logger) : null;
  const point = { url: decisionsUrl!, signatureSecret };
  const authorizer: AuthorizerFactory =
    options.authorizer ??
    ((input) => {
      const access = snapshotAccess(snapshots, point, input);
      return createRequestAuthorizer(access.decide, access.decideNow);
    });
  const tenancy: TenancyFactory | undefined =
    options.tenancy ?? (decisionsUrl ? (input) => createRequestTenancy(snapshotAccess(snapshots, point, input).tenantScopes) : undefined);
  const routes: Route[] = [healthRoute(options.readiness ?? {})];
  if (options.poolStats || options.verifierStats) {
    routes.push(subgraphMetricsRoute({ pools: options.poolStats ? { [options.name]: options.poolStats } : {}, verifier: options.verifierStats }));
  }
  if (options.internal) routes.push(internalRoute(options.internal, { verify: options.verify, signatureSecret, logger }));
  // The gateway's signed word that it checked the session for this request spares the second
  // statement; without one (a direct call, a replay, a stale one) the session is checked here.
  const assertions = new SessionAssertions(signatureSecret);
  const handle = await listen({
    apollo,
    routes,
    serviceName: options.name,
    // Only the gateway (and subgraphs asking the decision point) hold the secret: `_entities`,
    // `_service` and every other field are closed to anyone else on the network.
    signatureSecret,
    host: config.host,
    port: options.port ?? config.subgraphs[options.name]?.port ?? 0,
    logger,
    context: async (req: IncomingMessage) => {
      const assertion = req.headers[SESSION_ASSERTION_HEADER];
      const body = typeof assertion === 'string' ? requestBodyOf(req) : undefined;
      const base = await createBaseContext({
        headers: req.headers,
        remoteAddress: req.socket.remoteAddress,
        verify: body === undefined ? options.verify : (token) => options.verify(token, (who) => assertions.verify(assertion as string, body, who)),
        logger,
        authorizer,
        tenancy,
        trustForwarded: true,
      }).catch(contextError);
      return options.context(base);
    },
  });
  if (!own || !snapshots) return handle;
  // Snapshots of its own: their shared cache's connection closes with the server.
  return { ...handle, close: async () => void (await handle.close(), await snapshots.close()) };
}

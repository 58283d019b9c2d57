import { createHmac, randomBytes, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { QueryLimits } from './limits.js';
import type { TracingSettings } from './tracing.js';

/**
 * Configuration, validated once. Nothing else in Atrium reads `process.env`.
 *
 * The kernel declares only what every service needs (database, host, logging, token
 * verification, the shared encryption key, pools); each package that needs more (the gateway,
 * the runtime, every subgraph) declares its own model with {@link defineConfig}, and every
 * subgraph gets `ATRIUM_<NAME>_PORT`, `_URL` and `_DB_POOL_MAX` from its registration. The
 * union of all models defines which `ATRIUM_*` variables exist: an unknown one stops startup,
 * because a typo that silently falls back to a default is worse than a crash.
 */

/** One environment variable: its zod schema (string in, value out) and a line for operators. */
export interface Variable<S extends z.ZodType = z.ZodType> {
  schema: S;
  doc: string;
  /** Printed commented out in `.env.example` (secrets, first-run credentials). */
  secret?: boolean;
}
type Variables = Record<string, Variable>;
type RawOf<V extends Variables> = { [K in keyof V]: z.output<V[K]['schema']> };

/** A package's configuration: its variables and how they become typed settings. */
export interface ConfigModel<T = unknown> {
  /** The package that owns it (messages, `.env.example` sections, the README table). */
  owner: string;
  variables: Variables;
  build(raw: Record<string, unknown>, base: Config): T;
}

/** Declare a package's configuration model. `build` turns the parsed variables into settings. */
export function defineConfig<V extends Variables, T>(owner: string, variables: V, build: (raw: RawOf<V>, base: Config) => T): ConfigModel<T> {
  for (const name of Object.keys(variables)) {
    if (!name.startsWith('ATRIUM_')) throw new Error(`${owner}: configuration variable ${name} must start with ATRIUM_`);
  }
  return { owner, variables, build: build as ConfigModel<T>['build'] };
}

/** Shared zod pieces for variables. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  bool: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1'),
  int: (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max).default(fallback),
  url: z.url({ protocol: /^https?$/ }),
};

/** A subgraph as configuration knows it: its name and default port. */
export interface SubgraphAddress {
  name: string;
  port: number;
}

/** `ATRIUM_<NAME>_<SUFFIX>` for a subgraph name (`conversations` → `ATRIUM_CONVERSATIONS_PORT`). */
export const subgraphVariable = (name: string, suffix: 'PORT' | 'URL' | 'DB_POOL_MAX') => `ATRIUM_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${suffix}`;

/** The variables every subgraph gets from its registration. */
function subgraphVariables(subgraph: SubgraphAddress): Variables {
  return {
    [subgraphVariable(subgraph.name, 'PORT')]: { schema: env.port(subgraph.port), doc: `${subgraph.name} subgraph port` },
    [subgraphVariable(subgraph.name, 'URL')]: {
      schema: env.url.optional(),
      doc: `${subgraph.name} routing URL when it runs elsewhere (also overrides the production supergraph's)`,
    },
    [subgraphVariable(subgraph.name, 'DB_POOL_MAX')]: { schema: z.coerce.number().int().min(1).max(500).optional(), doc: `Prisma pool size of ${subgraph.name} (default ATRIUM_DB_POOL_MAX)` },
  };
}

/** What the kernel itself reads: every service needs these. */
export const KERNEL_VARIABLES = {
  NODE_ENV: { schema: z.enum(['development', 'production', 'test']).default('development'), doc: '`production` refuses to start without configured secrets and serves the committed supergraph' },
  DATABASE_URL: { schema: z.url({ protocol: /^postgres(ql)?$/ }).optional(), doc: 'PostgreSQL to use; unset: `pnpm start` runs an embedded PostgreSQL under ATRIUM_DATA_DIR/postgres' },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), doc: 'pino level (`silent` … `trace`); lines are pretty on a terminal outside production, JSON otherwise' },
  ATRIUM_DATA_DIR: { schema: z.string().min(1).default('.data'), doc: 'embedded cluster and generated development secrets' },
  ATRIUM_HOST: { schema: z.string().min(1).default('127.0.0.1'), doc: 'interface every server binds' },
  ATRIUM_JWT_PUBLIC_KEY: { schema: z.string().min(1).optional(), doc: 'Ed25519 SPKI PEM (`\\n` escapes allowed); the gateway and every subgraph verify with it. Generated in development', secret: true },
  ATRIUM_JWT_ISSUER: { schema: z.string().min(1).default('atrium'), doc: 'JWT `iss`' },
  ATRIUM_JWT_AUDIENCE: { schema: z.string().min(1).default('atrium'), doc: 'JWT `aud`' },
  // Every verifier needs it, not only the signer: no access token older than this is accepted,
  // whatever its `exp`, and ended sessions are remembered exactly this long.
  ATRIUM_ACCESS_TOKEN_TTL_SECONDS: { schema: env.int(900, 1), doc: 'access token lifetime: identity signs with it, every verifier refuses older tokens' },
  ATRIUM_ENCRYPTION_KEY: {
    schema: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
      .optional(),
    doc: '32 bytes, base64: AES-256-GCM for secrets at rest (SSO client secrets, MFA secrets, provider keys). Generated in development',
    secret: true,
  },
  ATRIUM_SUBGRAPH_HMAC_SECRET: {
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    doc: "shared secret of the gateway and every subgraph: each subgraph request carries Hive Gateway's HMAC signature made with it, and subgraphs refuse unsigned calls. Generated in development",
    secret: true,
  },
  ATRIUM_KEY_REENCRYPT_BATCH: { schema: env.int(100, 1, 10_000), doc: "values one transaction of an owning subgraph's re-encryption job rewrites under its active data key (keys.ts)" },
  ATRIUM_DB_POOL_MAX: { schema: env.int(5, 1, 500), doc: "connections of each subgraph's Prisma pool (see the README's connection budget)" },
  ATRIUM_JOB_CONCURRENCY: { schema: env.int(4, 1, 100), doc: "jobs the process's one job runner works on at once; its pool holds this + 1 connections" },
  ATRIUM_EVENT_MAX_ATTEMPTS: { schema: env.int(10, 1, 25), doc: 'attempts of one event delivery to one consumer before it is kept as a failed job' },
  ATRIUM_MAX_TOKENS: { schema: env.int(5000, 100), doc: 'parser token limit of every GraphQL port (graphql-js `maxTokens`)' },
  ATRIUM_MAX_DEFINITIONS: { schema: env.int(50, 1), doc: 'operations plus fragments in one document, on every GraphQL port' },
  ATRIUM_MAX_QUERY_DEPTH: { schema: env.int(12, 1), doc: 'deepest selection the gateway and every subgraph execute' },
  ATRIUM_MAX_ALIASES: { schema: env.int(30, 1), doc: 'most aliases in one operation, on every GraphQL port' },
  ATRIUM_MAX_QUERY_COST: { schema: env.int(10000, 1), doc: 'largest estimated cost (IBM cost directive model) an operation may have, on every GraphQL port' },
  ATRIUM_DEFAULT_LIST_SIZE: { schema: env.int(10, 1), doc: 'assumed size of a list no `first`/`last` bounds, in the cost estimate' },
  ATRIUM_MAX_VARIABLE_DEPTH: { schema: env.int(64, 1, 1000), doc: 'deepest nesting of a JSON variable value' },
  ATRIUM_POLICY_SNAPSHOT_USERS: {
    schema: env.int(10000, 0, 1000000),
    doc: "users whose policy snapshot each process keeps for in-process decisions, checked against the policy version on every request (0: every request asks the authorization subgraph)",
  },
  ATRIUM_REDIS_URL: {
    schema: z.url({ protocol: /^rediss?$/ }).optional(),
    doc: "Redis shared by every replica, optional: the gateways' rate-limit counters and every subgraph's policy snapshots (in process first, Redis second, the authorization subgraph last); unset: each process keeps its own, in memory",
  },
  ATRIUM_REDIS_PREFIX: { schema: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('atrium'), doc: 'prefix of every Redis key (several deployments on one Redis)' },
  ATRIUM_SYSTEM_METRICS_INTERVAL_MS: {
    schema: env.int(60000, 0, 3_600_000),
    doc: "how often the gateway and each subgraph sample themselves (request rate, latency p50/p95, pool use, job queue depth) into analytics' system_metrics; 0: never",
  },
  ATRIUM_SESSION_CHECK_POOL_MAX: { schema: env.int(4, 1, 100), doc: "connections of the process's ended-session check (the gateway's only database client)" },
  ATRIUM_OTLP_ENDPOINT: {
    schema: env.url.optional(),
    doc: 'OTLP/HTTP collector base URL (`http://collector:4318`): turns OpenTelemetry tracing on, spans exported as JSON to `<url>/v1/traces`; unset: no tracing, no SDK loaded',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: { schema: env.url.optional(), doc: "OpenTelemetry's standard name for the same endpoint, used when ATRIUM_OTLP_ENDPOINT is unset" },
  ATRIUM_OTEL_SERVICE_NAME: {
    schema: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).optional(),
    doc: '`service.name` of the process in traces (default `atrium-gateway`, `atrium-<subgraph>` for a process serving one, `atrium` for `pnpm start`)',
  },
  ATRIUM_OTEL_SAMPLE_RATIO: { schema: z.coerce.number().min(0).max(1).default(1), doc: "share of new traces recorded (0…1); a sampled caller's `traceparent` is always followed" },
} satisfies Variables;

type KernelRaw = RawOf<typeof KERNEL_VARIABLES>;

export interface Secrets {
  jwtPublicKey: string;
  encryptionKey: Buffer;
  /** The private key generated with a development public key; null when the public key is configured. */
  devJwtPrivateKey: string | null;
  /** Signs every request to a subgraph; each subgraph refuses requests without a valid signature (signature.ts). */
  subgraphHmacSecret: string;
}

export interface Config {
  env: KernelRaw['NODE_ENV'];
  isProduction: boolean;
  databaseUrl: string | undefined;
  logLevel: KernelRaw['LOG_LEVEL'];
  dataDir: string;
  host: string;
  jwt: { issuer: string; audience: string; accessTtlSeconds: number };
  secrets: Secrets;
  jobs: { concurrency: number; eventMaxAttempts: number };
  /** Query limits of every GraphQL port, the gateway's and each subgraph's (limits.ts). */
  limits: QueryLimits;
  /** The ended-session check every verifier of the process shares (sessions.ts). */
  sessions: { poolMax: number };
  /** System metrics every service samples of itself (sampler.ts); 0: off. */
  systemMetrics: { intervalMs: number };
  /** OpenTelemetry tracing (tracing.ts); off without an endpoint. */
  tracing: TracingSettings;
  /** Managed data keys (keys.ts): the re-encryption jobs' batch size. */
  keys: { reencryptBatch: number };
  /** In-process policy snapshots (policy-snapshot.ts): how many users each process keeps. */
  policy: { snapshotUsers: number };
  /** Optional Redis every replica shares (gateway rate limits, policy snapshots); no URL: none. */
  redis: { url: string | undefined; prefix: string };
  /** Every registered subgraph: its port, explicit routing URL and pool size. */
  subgraphs: Record<string, { port: number; url: string | undefined; poolMax: number }>;
  /** The settings of every model, by model (read them with {@link settingsOf}). */
  settings: Map<ConfigModel, unknown>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface ConfigRegistry {
  subgraphs?: readonly SubgraphAddress[];
  models?: readonly ConfigModel[];
}

/** Every variable the registry knows, with the owner that declared it. */
export function knownVariables(registry: ConfigRegistry = {}): Map<string, { owner: string; variable: Variable }> {
  const known = new Map<string, { owner: string; variable: Variable }>();
  const add = (owner: string, variables: Variables) => {
    for (const [name, variable] of Object.entries(variables)) {
      const taken = known.get(name);
      if (taken) throw new Error(`Configuration variable ${name} is declared by both ${taken.owner} and ${owner}`);
      known.set(name, { owner, variable });
    }
  };
  add('kernel', KERNEL_VARIABLES);
  for (const s of registry.subgraphs ?? []) add(s.name, subgraphVariables(s));
  for (const m of registry.models ?? []) add(m.owner, m.variables);
  return known;
}

/**
 * Parse and validate configuration from an environment map against the kernel's variables and
 * every registered model. Collects every problem before failing.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, registry: ConfigRegistry = {}): Config {
  const known = knownVariables(registry);
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    if (key.startsWith('ATRIUM_') && !known.has(key)) problems.push(`${key}: unknown variable`);
  }
  const raw: Record<string, unknown> = {};
  for (const [key, { variable }] of known) {
    const value = source[key];
    const parsed = variable.schema.safeParse(value === '' ? undefined : value);
    if (parsed.success) raw[key] = parsed.data;
    else for (const issue of parsed.error.issues) problems.push(`${[key, ...issue.path].join('.')}: ${issue.message}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const k = raw as KernelRaw;
  const isProduction = k.NODE_ENV === 'production';
  const dataDir = resolve(k.ATRIUM_DATA_DIR);
  const config: Config = {
    env: k.NODE_ENV,
    isProduction,
    databaseUrl: k.DATABASE_URL,
    logLevel: k.LOG_LEVEL,
    dataDir,
    host: k.ATRIUM_HOST,
    jwt: { issuer: k.ATRIUM_JWT_ISSUER, audience: k.ATRIUM_JWT_AUDIENCE, accessTtlSeconds: k.ATRIUM_ACCESS_TOKEN_TTL_SECONDS },
    secrets: resolveSecrets(k, isProduction, dataDir),
    jobs: { concurrency: k.ATRIUM_JOB_CONCURRENCY, eventMaxAttempts: k.ATRIUM_EVENT_MAX_ATTEMPTS },
    sessions: { poolMax: k.ATRIUM_SESSION_CHECK_POOL_MAX },
    systemMetrics: { intervalMs: k.ATRIUM_SYSTEM_METRICS_INTERVAL_MS },
    tracing: { endpoint: k.ATRIUM_OTLP_ENDPOINT ?? k.OTEL_EXPORTER_OTLP_ENDPOINT ?? null, serviceName: k.ATRIUM_OTEL_SERVICE_NAME, sampleRatio: k.ATRIUM_OTEL_SAMPLE_RATIO },
    policy: { snapshotUsers: k.ATRIUM_POLICY_SNAPSHOT_USERS },
    redis: { url: k.ATRIUM_REDIS_URL, prefix: k.ATRIUM_REDIS_PREFIX },
    keys: { reencryptBatch: k.ATRIUM_KEY_REENCRYPT_BATCH },
    limits: {
      maxTokens: k.ATRIUM_MAX_TOKENS,
      maxDefinitions: k.ATRIUM_MAX_DEFINITIONS,
      maxDepth: k.ATRIUM_MAX_QUERY_DEPTH,
      maxAliases: k.ATRIUM_MAX_ALIASES,
      maxCost: k.ATRIUM_MAX_QUERY_COST,
      defaultListSize: k.ATRIUM_DEFAULT_LIST_SIZE,
      maxVariableDepth: k.ATRIUM_MAX_VARIABLE_DEPTH,
    },
    subgraphs: Object.fromEntries(
      (registry.subgraphs ?? []).map((s) => [
        s.name,
        {
          port: raw[subgraphVariable(s.name, 'PORT')] as number,
          url: raw[subgraphVariable(s.name, 'URL')] as string | undefined,
          poolMax: (raw[subgraphVariable(s.name, 'DB_POOL_MAX')] as number | undefined) ?? k.ATRIUM_DB_POOL_MAX,
        },
      ]),
    ),
    settings: new Map(),
  };
  for (const model of registry.models ?? []) {
    const own = Object.fromEntries(Object.keys(model.variables).map((key) => [key, raw[key]]));
    config.settings.set(model, model.build(own, config));
  }
  return config;
}

/** The typed settings of one model; throws when the model was not registered with the config. */
export function settingsOf<T>(config: Config, model: ConfigModel<T>): T {
  if (!config.settings.has(model)) throw new Error(`The configuration was loaded without ${model.owner}'s model`);
  return config.settings.get(model) as T;
}

/** Ports and URLs of every subgraph when they run elsewhere: replace them (tests pick free ports). */
export function withSubgraphPorts(config: Config, ports: Record<string, number>): Config {
  const subgraphs = Object.fromEntries(Object.entries(config.subgraphs).map(([name, s]) => [name, { ...s, port: ports[name] ?? s.port, url: undefined }]));
  return { ...config, subgraphs };
}

/** PEM from an environment value: `\n` escapes allowed. */
export const unescapePem = (v: string) => v.replace(/\\n/g, '\n');

/**
 * Production refuses to start without configured secrets. Development generates them
 * once into `<dataDir>/secrets.json` (git-ignored) so restarts keep sessions valid.
 */
function resolveSecrets(raw: KernelRaw, isProduction: boolean, dataDir: string): Secrets {
  const pub = raw.ATRIUM_JWT_PUBLIC_KEY;
  const enc = raw.ATRIUM_ENCRYPTION_KEY;
  const hmac = raw.ATRIUM_SUBGRAPH_HMAC_SECRET;
  if (isProduction) {
    const missing = [!pub && 'ATRIUM_JWT_PUBLIC_KEY', !enc && 'ATRIUM_ENCRYPTION_KEY', !hmac && 'ATRIUM_SUBGRAPH_HMAC_SECRET'].filter(Boolean) as string[];
    if (missing.length) throw new ConfigError(missing.map((m) => `${m}: required when NODE_ENV=production`));
  }
  const generated = !pub || !enc || !hmac ? devSecrets(dataDir) : undefined;
  return {
    jwtPublicKey: pub ? unescapePem(pub) : generated!.jwtPublicKey,
    encryptionKey: Buffer.from(enc ?? generated!.encryptionKey, 'base64'),
    // A private key only makes sense together with its public key.
    devJwtPrivateKey: pub ? null : generated!.jwtPrivateKey,
    subgraphHmacSecret: hmac ?? generated!.subgraphHmacSecret,
  };
}

interface DevSecrets {
  jwtPrivateKey: string;
  jwtPublicKey: string;
  encryptionKey: string;
  subgraphHmacSecret: string;
}

/**
 * A file written before the subgraph secret existed lacks it: every process derives the same one
 * from the file's encryption key (no rewrite, so no race between processes starting together).
 */
function completed(stored: Omit<DevSecrets, 'subgraphHmacSecret'> & { subgraphHmacSecret?: string }): DevSecrets {
  const subgraphHmacSecret = stored.subgraphHmacSecret ?? createHmac('sha256', Buffer.from(stored.encryptionKey, 'base64')).update('atrium subgraph hmac secret').digest('base64url');
  return { ...stored, subgraphHmacSecret };
}

function devSecrets(dataDir: string): DevSecrets {
  const file = resolve(dataDir, 'secrets.json');
  if (existsSync(file)) return completed(JSON.parse(readFileSync(file, 'utf8')));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const secrets: DevSecrets = {
    jwtPrivateKey: privateKey,
    jwtPublicKey: publicKey,
    encryptionKey: randomBytes(32).toString('base64'),
    subgraphHmacSecret: randomBytes(32).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process won the race: use what it wrote.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return completed(JSON.parse(readFileSync(file, 'utf8')));
    throw error;
  }
  return secrets;
}

/** The URL a subgraph is reached at: configured, or derived from host and port. */
export function subgraphUrl(config: Config, name: string): string {
  const subgraph = config.subgraphs[name];
  if (!subgraph) throw new Error(`Subgraph ${name} is not registered`);
  return subgraph.url ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${subgraph.port}/graphql`;
}

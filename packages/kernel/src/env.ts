import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Configuration, validated once. Nothing else in Atrium reads `process.env`.
 * Every `ATRIUM_*` variable must be known here; an unknown one stops startup,
 * because a typo that silently falls back to a default is worse than a crash.
 */
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');
const url = z.url({ protocol: /^https?$/ });

export const SUBGRAPHS = ['identity', 'authorization', 'conversations'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];
const DEFAULT_PORTS: Record<SubgraphName, number> = { identity: 4101, authorization: 4102, conversations: 4103 };

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ATRIUM_DATA_DIR: z.string().min(1).default('.data'),
  ATRIUM_HOST: z.string().min(1).default('127.0.0.1'),
  ATRIUM_GATEWAY_PORT: port(4000),
  ATRIUM_IDENTITY_PORT: port(DEFAULT_PORTS.identity),
  ATRIUM_AUTHORIZATION_PORT: port(DEFAULT_PORTS.authorization),
  ATRIUM_CONVERSATIONS_PORT: port(DEFAULT_PORTS.conversations),
  ATRIUM_IDENTITY_URL: url.optional(),
  ATRIUM_AUTHORIZATION_URL: url.optional(),
  ATRIUM_CONVERSATIONS_URL: url.optional(),
  ATRIUM_SUPERGRAPH_PATH: z.string().min(1).default('supergraph.graphql'),
  /** Ed25519 private key (PKCS#8 PEM, `\n` escapes allowed). Only the identity subgraph signs. */
  ATRIUM_JWT_PRIVATE_KEY: z.string().min(1).optional(),
  /** Ed25519 public key (SPKI PEM). Gateway and every subgraph verify with it. */
  ATRIUM_JWT_PUBLIC_KEY: z.string().min(1).optional(),
  ATRIUM_JWT_ISSUER: z.string().min(1).default('atrium'),
  ATRIUM_JWT_AUDIENCE: z.string().min(1).default('atrium'),
  /** 32 bytes, base64. Encrypts SSO client secrets, MFA secrets and provider keys at rest. */
  ATRIUM_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
    .optional(),
  ATRIUM_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  ATRIUM_REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
  ATRIUM_ADMIN_EMAIL: z.email().optional(),
  ATRIUM_ADMIN_PASSWORD: z.string().min(12).optional(),
  ATRIUM_EMBEDDED_PG_PORT: port(0),
  ATRIUM_MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  ATRIUM_MAX_ALIASES: z.coerce.number().int().positive().default(30),
  ATRIUM_MAX_DELEGATION_DEPTH: z.coerce.number().int().min(0).default(2),
  ATRIUM_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  ATRIUM_LOGIN_LOCK_SECONDS: z.coerce.number().int().positive().default(900),
  ATRIUM_GRAPHIQL: bool(true),
  /** One LLM provider call (OpenAI-compatible HTTP), per attempt. */
  ATRIUM_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Retries after a 429 or 5xx answer (so at most 1 + this many attempts). */
  ATRIUM_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** First backoff delay; doubles each retry (with jitter) unless the server sends retry-after. */
  ATRIUM_LLM_RETRY_BASE_MS: z.coerce.number().int().min(0).default(250),
  /** Longest retry-after honoured; a longer one fails the call with RATE_LIMITED at once. */
  ATRIUM_LLM_MAX_RETRY_AFTER_MS: z.coerce.number().int().min(0).default(20_000),
  /** Attempts a document processing job gets before it is marked failed. */
  ATRIUM_DOCUMENT_JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(3),
});

type Raw = z.infer<typeof schema>;

export interface Secrets {
  jwtPrivateKey: string;
  jwtPublicKey: string;
  encryptionKey: Buffer;
}

export interface Config {
  env: Raw['NODE_ENV'];
  isProduction: boolean;
  databaseUrl: string | undefined;
  logLevel: Raw['LOG_LEVEL'];
  dataDir: string;
  host: string;
  gatewayPort: number;
  ports: Record<SubgraphName, number>;
  /** Explicit routing URLs; when absent the subgraph is assumed on `host:port`. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  supergraphPath: string;
  jwt: { issuer: string; audience: string; accessTtlSeconds: number; refreshTtlSeconds: number };
  secrets: Secrets;
  admin: { email?: string; password?: string };
  embeddedPgPort: number;
  limits: { maxDepth: number; maxAliases: number };
  maxDelegationDepth: number;
  login: { maxFailures: number; lockSeconds: number };
  graphiql: boolean;
  llm: { timeoutMs: number; maxRetries: number; retryBaseMs: number; maxRetryAfterMs: number };
  documentJobs: { maxAttempts: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const KNOWN = new Set(Object.keys(schema.shape));

/** Parse and validate configuration from an environment map. Collects every problem before failing. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    if (key.startsWith('ATRIUM_') && !KNOWN.has(key)) problems.push(`${key}: unknown variable`);
  }
  const picked: Record<string, string> = {};
  for (const key of KNOWN) {
    const value = source[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === 'production';
  const dataDir = resolve(raw.ATRIUM_DATA_DIR);
  const secrets = resolveSecrets(raw, isProduction, dataDir);

  return {
    env: raw.NODE_ENV,
    isProduction,
    databaseUrl: raw.DATABASE_URL,
    logLevel: raw.LOG_LEVEL,
    dataDir,
    host: raw.ATRIUM_HOST,
    gatewayPort: raw.ATRIUM_GATEWAY_PORT,
    ports: { identity: raw.ATRIUM_IDENTITY_PORT, authorization: raw.ATRIUM_AUTHORIZATION_PORT, conversations: raw.ATRIUM_CONVERSATIONS_PORT },
    subgraphUrls: { identity: raw.ATRIUM_IDENTITY_URL, authorization: raw.ATRIUM_AUTHORIZATION_URL, conversations: raw.ATRIUM_CONVERSATIONS_URL },
    supergraphPath: resolve(raw.ATRIUM_SUPERGRAPH_PATH),
    jwt: {
      issuer: raw.ATRIUM_JWT_ISSUER,
      audience: raw.ATRIUM_JWT_AUDIENCE,
      accessTtlSeconds: raw.ATRIUM_ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlSeconds: raw.ATRIUM_REFRESH_TOKEN_TTL_SECONDS,
    },
    secrets,
    admin: { email: raw.ATRIUM_ADMIN_EMAIL, password: raw.ATRIUM_ADMIN_PASSWORD },
    embeddedPgPort: raw.ATRIUM_EMBEDDED_PG_PORT,
    limits: { maxDepth: raw.ATRIUM_MAX_QUERY_DEPTH, maxAliases: raw.ATRIUM_MAX_ALIASES },
    maxDelegationDepth: raw.ATRIUM_MAX_DELEGATION_DEPTH,
    login: { maxFailures: raw.ATRIUM_LOGIN_MAX_FAILURES, lockSeconds: raw.ATRIUM_LOGIN_LOCK_SECONDS },
    graphiql: raw.ATRIUM_GRAPHIQL,
    llm: {
      timeoutMs: raw.ATRIUM_LLM_TIMEOUT_MS,
      maxRetries: raw.ATRIUM_LLM_MAX_RETRIES,
      retryBaseMs: raw.ATRIUM_LLM_RETRY_BASE_MS,
      maxRetryAfterMs: raw.ATRIUM_LLM_MAX_RETRY_AFTER_MS,
    },
    documentJobs: { maxAttempts: raw.ATRIUM_DOCUMENT_JOB_MAX_ATTEMPTS },
  };
}

const unescapePem = (v: string) => v.replace(/\\n/g, '\n');

/**
 * Production refuses to start without configured secrets. Development generates them
 * once into `<dataDir>/secrets.json` (git-ignored) so restarts keep sessions valid.
 */
function resolveSecrets(raw: Raw, isProduction: boolean, dataDir: string): Secrets {
  const configured = {
    priv: raw.ATRIUM_JWT_PRIVATE_KEY,
    pub: raw.ATRIUM_JWT_PUBLIC_KEY,
    enc: raw.ATRIUM_ENCRYPTION_KEY,
  };
  if (isProduction) {
    const missing = [
      !configured.pub && 'ATRIUM_JWT_PUBLIC_KEY',
      !configured.enc && 'ATRIUM_ENCRYPTION_KEY',
    ].filter(Boolean) as string[];
    if (missing.length) {
      throw new ConfigError(missing.map((m) => `${m}: required when NODE_ENV=production`));
    }
  }
  let generated: { jwtPrivateKey: string; jwtPublicKey: string; encryptionKey: string } | undefined;
  const needGenerated = !configured.pub || !configured.enc || (!configured.priv && !configured.pub);
  if (needGenerated && !isProduction) generated = devSecrets(dataDir);
  const jwtPublicKey = configured.pub ? unescapePem(configured.pub) : generated!.jwtPublicKey;
  // A private key only makes sense together with its public key.
  const jwtPrivateKey = configured.priv
    ? unescapePem(configured.priv)
    : configured.pub
      ? ''
      : generated!.jwtPrivateKey;
  const encryptionKey = Buffer.from(configured.enc ?? generated!.encryptionKey, 'base64');
  return { jwtPrivateKey, jwtPublicKey, encryptionKey };
}

function devSecrets(dataDir: string) {
  const file = resolve(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const secrets = {
    jwtPrivateKey: privateKey,
    jwtPublicKey: publicKey,
    encryptionKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process won the race: use what it wrote.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return JSON.parse(readFileSync(file, 'utf8'));
    throw error;
  }
  return secrets;
}

/** The URL a subgraph is reached at: configured, or derived from host and port. */
export function subgraphUrl(config: Config, name: SubgraphName): string {
  return config.subgraphUrls[name] ?? `http://${config.host}:${config.ports[name]}/graphql`;
}

import { createLogger, type Config } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { loadSystemConfig } from '@atrium/runtime/registry';
import { startSystem, type RunningSystem } from '@atrium/runtime/system';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from './db.js';

export interface GqlResult<T = any> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] | undefined;
  raw: string;
}

export interface Session {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

export interface TestSystem {
  gatewayUrl: string;
  config: Config;
  db: TestDatabase;
  system: RunningSystem;
  admin: Session;
  /** POST a GraphQL operation to the real gateway over HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Register a fresh user through the gateway and return its session. */
  register(overrides?: Partial<{ email: string; username: string; password: string }>): Promise<Session>;
  login(email: string, password: string, mfaCode?: string): Promise<GqlResult>;
  stop(): Promise<void>;
}

export const ADMIN_PASSWORD = 'admin-password-for-tests-only';

/**
 * Every test request reaches identity from 127.0.0.1, and a test file signs up and signs in
 * far more people than one office would: per-IP throttling is out of the way unless a test
 * sets it (test/identity/throttle.test.ts). Per-account limits keep their defaults. The
 * gateway's request limits likewise, unless a test sets them (test/edge/ratelimit.test.ts).
 */
export const ROOMY_PER_IP_THROTTLES: Record<string, string> = {
  ATRIUM_RATE_LIMIT_PER_IP: '1000000',
  ATRIUM_RATE_LIMIT_PER_USER: '1000000',
  ATRIUM_THROTTLE_LOGIN_PER_IP: '1000000',
  ATRIUM_THROTTLE_REGISTER_PER_IP: '1000000',
  ATRIUM_THROTTLE_REFRESH_PER_IP: '1000000',
  ATRIUM_THROTTLE_MFA_PER_IP: '1000000',
};

export function testConfig(env: Record<string, string> = {}): Config {
  // No system metrics sampling unless a test asks for it (test/analytics/system-metrics.test.ts): its rows and jobs would be noise elsewhere.
  return loadSystemConfig({ NODE_ENV: 'test', ATRIUM_DATA_DIR: inject('dataDir'), LOG_LEVEL: 'silent', ATRIUM_SYSTEM_METRICS_INTERVAL_MS: '0', ...env });
}

/** A whole Atrium (every subgraph + gateway) on its own database and free ports. */
export async function startTestSystem(env: Record<string, string> = {}): Promise<TestSystem> {
  const db = await createTestDatabase();
  const adminEmail = `admin-${randomBytes(4).toString('hex')}@atrium.test`;
  const config = testConfig({ ATRIUM_ADMIN_EMAIL: adminEmail, ATRIUM_ADMIN_PASSWORD: ADMIN_PASSWORD, ...ROOMY_PER_IP_THROTTLES, ...env });
  const logger = createLogger('test', process.env.TEST_LOG_LEVEL ?? 'silent');
  const input = { databaseUrl: db.url, config, logger };
  const bootstrapped = await bootstrapFirstAdmin(input);
  const system = await startSystem({ ...input, ephemeralPorts: true });

  const gql = async <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GqlResult<T>> => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await response.text();
    const body = JSON.parse(raw) as { data?: T; errors?: GqlResult['errors'] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors, raw };
  };

  const login = (email: string, password: string, mfaCode?: string) =>
    gql(
      `mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id email } } }`,
      { input: { email, password, ...(mfaCode ? { mfaCode } : {}) } },
    );

  const sessionFrom = (result: GqlResult, field: string, password: string): Session => {
    const payload = result.data?.[field];
    if (!payload) throw new Error(`${field} failed: ${result.raw}`);
    return { userId: payload.user.id, email: payload.user.email, password, accessToken: payload.accessToken, refreshToken: payload.refreshToken };
  };

  const register = async (overrides: Partial<{ email: string; username: string; password: string }> = {}) => {
    const tag = randomBytes(5).toString('hex');
    const password = overrides.password ?? `password-${tag}-long`;
    const result = await gql(
      `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email } } }`,
      { input: { email: overrides.email ?? `user-${tag}@atrium.test`, username: overrides.username ?? `user_${tag}`, password } },
    );
    return sessionFrom(result, 'register', password);
  };

  const admin = sessionFrom(await login(bootstrapped!.email, ADMIN_PASSWORD), 'login', ADMIN_PASSWORD);

  return {
    gatewayUrl: system.gatewayUrl,
    config: system.config,
    db,
    system,
    admin,
    gql,
    register,
    login,
    async stop() {
      await system.stop();
      await db.drop();
    },
  };
}

/** The error codes of a result, in order. */
export const codes = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions?.code);

/**
 * SQL statement counters of the subgraphs a request resolves through, for N+1 guards. Analytics
 * is left out: it ingests the gateway's usage records from the job queue, in the background, so
 * its count depends on when a batch flushes, not on the request. Compliance likewise: it takes in
 * the request's `access` audit events in the background (its one statement per request, the
 * masking plan, is constant).
 */
export function requestStatementCounters(t: TestSystem) {
  return Object.entries(t.system.runtimes)
    .filter(([name]) => name !== 'analytics' && name !== 'compliance')
    .map(([name, r]) => [name, r.queries!] as const);
}

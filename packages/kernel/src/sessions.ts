import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { closerOf } from './db.js';
import { AppError } from './errors.js';
import type { RawExecutor } from './jobs.js';
import type { Logger } from './logger.js';

/**
 * Sessions end when they are ended. Access tokens are short-lived JWTs verified without a
 * call to identity, so "logout", "refresh-token reuse" and "deactivated" must reach every
 * verifier some other way: a tiny platform schema (`atrium_platform`) that identity writes
 * inside its own transactions and that the gateway and every subgraph read once per request,
 * right after the signature check, in one indexed statement.
 */
export const PLATFORM_SCHEMA = 'atrium_platform';

/** Migrations of the platform schema, applied after the job queue's and before any subgraph's. */
export const PLATFORM_MIGRATIONS_DIR = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

/** The platform schema as a Prisma schema, for the drift check only (no client is generated from it). */
export const PLATFORM_PRISMA_SCHEMA = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));

export interface TokenSession {
  userId: string;
  sessionId: string;
  /** The token's `iat`, in seconds. */
  issuedAt: number;
}

/** What the session check reads for a token, in one statement. */
export interface SessionState {
  ended: boolean;
  /**
   * The caller's policy version (`catalog`, `resources` and the user's own row of
   * `policy_versions`, as one label, with `masking`): any RBAC write that could change one of
   * the caller's decisions, and any masking write, has changed it by the time the write's
   * response returns (policy-snapshot.ts, masking.ts).
   */
  policyVersion: string;
}

/** Answers "has this token's session been ended?" for the token verifier, with the caller's policy version. */
export interface SessionCheck {
  ended(token: TokenSession): Promise<boolean>;
  check(token: TokenSession): Promise<SessionState>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// One statement, every lookup by primary key: the session, the principal, and the caller's
// three policy versions (policy-snapshot.ts) plus the masking version (compliance's triggers bump
// it with every classification, data element or masking policy write; masking.ts keys its plan
// cache by it), so knowing the policy is current costs no round trip.
const CHECK = `
  SELECT EXISTS (SELECT 1 FROM "atrium_platform"."revoked_sessions" WHERE session_id = $1::uuid)
      OR EXISTS (SELECT 1 FROM "atrium_platform"."principals" WHERE user_id = $2::uuid AND tokens_valid_from > to_timestamp($3::double precision)) AS ended,
         coalesce((SELECT string_agg(v.scope || '=' || v.version, ',' ORDER BY v.scope) FROM "atrium_platform"."policy_versions" v
                    WHERE v.scope IN ('catalog', 'resources', 'masking', lower($4::text))), '') AS policy`;

/** A session check on its own small pool (the gateway has no other database client). */
export function createSessionCheck(options: { databaseUrl: string; logger: Logger; max?: number }): SessionCheck {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.max ?? 4, application_name: 'atrium-sessions' });
  pool.on('error', (err) => options.logger.warn({ err: err.message }, 'session check connection lost'));
  const check = async (token: TokenSession): Promise<SessionState> => {
    // Tokens are signed only by identity, with UUIDs; anything else cannot be vouched for.
    if (!UUID.test(token.sessionId) || !UUID.test(token.userId)) return { ended: true, policyVersion: '' };
    try {
      const { rows } = await pool.query<{ ended: boolean; policy: string }>({ name: 'atrium-session-check', text: CHECK, values: [token.sessionId, token.userId, token.issuedAt, token.userId] });
      return { ended: rows[0]!.ended, policyVersion: rows[0]!.policy };
    } catch (error) {
      // Fail closed: without the answer the token is not accepted.
      options.logger.error({ err: (error as Error).message }, 'session check failed');
      throw new AppError('INTERNAL_SERVER_ERROR', 'Sessions cannot be checked right now');
    }
  };
  return {
    check,
    ended: async (token) => (await check(token)).ended,
    close: closerOf(pool),
  };
}

/**
 * End sessions inside the caller's transaction (logout, refresh-token reuse, deactivation).
 * `accessTtlSeconds` bounds how long a token of the session can still be presented; rows
 * past that are purged on the way, so the table stays small.
 */
export async function revokeSessions(tx: RawExecutor, input: { userId: string; sessionIds: readonly string[]; reason: string; accessTtlSeconds: number }): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM "atrium_platform"."revoked_sessions" WHERE expires_at < now()`);
  if (input.sessionIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "atrium_platform"."revoked_sessions" (session_id, user_id, reason, expires_at)
     SELECT s, $2::uuid, $3, now() + make_interval(secs => $4::int) FROM unnest($1::uuid[]) AS s
     ON CONFLICT (session_id) DO NOTHING`,
    [...new Set(input.sessionIds)],
    input.userId,
    input.reason.slice(0, 50),
    input.accessTtlSeconds,
  );
}

/** Refuse every access token of the user issued before now (deactivation), inside the caller's transaction. */
export async function revokeTokensIssuedBefore(tx: RawExecutor, userId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO "atrium_platform"."principals" (user_id, tokens_valid_from) VALUES ($1::uuid, now())
     ON CONFLICT (user_id) DO UPDATE SET tokens_valid_from = now(), updated_at = now()`,
    userId,
  );
}

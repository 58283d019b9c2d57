import { importPKCS8, importSPKI, jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import type { Config } from './env.js';
import { unauthenticated } from './errors.js';
import type { SessionCheck } from './sessions.js';
import type { SessionAssertion } from './signature.js';

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Session family the token was issued for; lets logout end it. */
  sid: string;
}

export interface Principal {
  userId: string;
  sessionId: string;
  /**
   * The caller's policy version read with the session check (sessions.ts), when there is one:
   * a policy snapshot taken under this version is current for this request (policy-snapshot.ts).
   */
  policyVersion?: string;
}

const ALG = 'EdDSA';

/** Verified tokens one verifier remembers at most (about 200 bytes each). */
export const VERIFIED_TOKENS_MAX = 10_000;

type VerifiedToken = Principal & { issuedAt: number; validUntilMs: number };

/**
 * Tokens whose signature and claims were verified, by the sha256 of the token, each until the
 * moment it would be refused anyway (`exp`, or `iat` + the lifetime, whichever is first); least
 * recently used first out past `max`. Only what a valid signature proved is kept: the session
 * check is never cached.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedToken>();
  constructor(private readonly max: number) {}

  get(key: string, now: number): VerifiedToken | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.validUntilMs <= now) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: VerifiedToken) {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
  }

  get size() {
    return this.entries.size;
  }
}

/**
 * What the gateway asserted for this request, given the token's user and session: a verified
 * session assertion (signature.ts) or `undefined`, in which case the session is checked here.
 */
export type AssertedSession = (who: { userId: string; sessionId: string }) => SessionAssertion | undefined;

export type TokenVerifier = (token: string, asserted?: AssertedSession) => Promise<Principal>;

/** How often a verifier checked a signature and how often it found the token already verified. */
export interface TokenVerifierStats {
  signatures: number;
  cached: number;
  /** Requests whose session the gateway had checked (a verified assertion): no statement here. */
  asserted: number;
  size: number;
}

/**
 * Verifies access tokens. Every subgraph and the gateway build one from configuration.
 * A token must carry `exp`, `iat`, `sub` and `sid`, be no older than the configured lifetime,
 * and belong to a session that was not ended (`sessions`, one statement per request). `null`
 * skips that last check: only for tests and benchmarks that measure something else.
 *
 * The gateway verified the token a moment before a subgraph sees it, and a client sends the same
 * token for up to its lifetime: the signature is checked once per verifier and the result kept
 * until the token expires ({@link VerifiedTokens}), so a request costs a sha256 instead of an
 * Ed25519 verification and jose's claim checks. The ended-session check still runs on every
 * request, cached or not: logout, reuse and deactivation end access on the very next request.
 */
export async function createTokenVerifier(config: Config, sessions: SessionCheck | null, options: { cacheMax?: number } = {}): Promise<TokenVerifier & { stats(): TokenVerifierStats }> {
  const key = await importSPKI(config.secrets.jwtPublicKey, ALG);
  const verified = new VerifiedTokens(options.cacheMax ?? VERIFIED_TOKENS_MAX);
  const counts = { signatures: 0, cached: 0, asserted: 0 };
  const verify = async function verify(token: string, asserted?: AssertedSession): Promise<Principal> {
    const now = Date.now();
    const hash = createHash('sha256').update(token).digest('base64url');
    let principal: VerifiedToken | undefined = verified.get(hash, now);
    if (principal) counts.cached += 1;
    else principal = await verifySignature(token, hash);
    if (!sessions) return { userId: principal.userId, sessionId: principal.sessionId };
    // The gateway checked this very session a moment ago, for this very body: one statement, not two.
    const claim = asserted?.({ userId: principal.userId, sessionId: principal.sessionId });
    if (claim) {
      counts.asserted += 1;
      return { userId: principal.userId, sessionId: principal.sessionId, policyVersion: claim.policyVersion };
    }
    const state = await sessions.check(principal);
    if (state.ended) throw unauthenticated('The session has ended; sign in again');
    return { userId: principal.userId, sessionId: principal.sessionId, policyVersion: state.policyVersion };
  };
  async function verifySignature(token: string, hash: string): Promise<VerifiedToken> {
    counts.signatures += 1;
    let principal: VerifiedToken;
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: [ALG],
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
        requiredClaims: ['exp', 'iat', 'sub', 'sid'],
        // A token can never be older than the lifetime tokens are issued with, whatever its `exp`
        // says: ended-session rows are kept exactly that long.
        maxTokenAge: config.jwt.accessTtlSeconds,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw unauthenticated('Invalid token');
      // jose refuses at `exp` and past `iat` + maxTokenAge: the cached copy stops at the earlier one.
      const validUntilMs = Math.min(payload.exp! * 1000, (payload.iat! + config.jwt.accessTtlSeconds) * 1000);
      principal = { userId: payload.sub, sessionId: payload.sid, issuedAt: payload.iat!, validUntilMs };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Access token expired');
      throw unauthenticated('Invalid access token');
    }
    verified.set(hash, principal);
    return principal;
  }
  return Object.assign(verify, { stats: (): TokenVerifierStats => ({ ...counts, size: verified.size }) });
}

/** Signs access tokens. Only the subgraph that owns accounts holds the private key. */
export async function createTokenSigner(config: Config, options: { privateKey: string; ttlSeconds: number }) {
  if (!options.privateKey) throw new Error('ATRIUM_JWT_PRIVATE_KEY is required to issue tokens');
  const key = await importPKCS8(options.privateKey, ALG);
  return async function sign(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + options.ttlSeconds;
    const token = await new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(config.jwt.issuer)
      .setAudience(config.jwt.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .setJti(randomUUID())
      .sign(key);
    return { token, expiresAt: new Date(exp * 1000) };
  };
}
export type TokenSigner = Awaited<ReturnType<typeof createTokenSigner>>;

/** Extract a bearer token from an Authorization header value. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
  return match[1];
}

import { importPKCS8, importSPKI, jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { randomUUID } from 'node:crypto';
import type { Config } from './env.js';
import { unauthenticated } from './errors.js';
import type { SessionCheck } from './sessions.js';

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Session family the token was issued for; lets logout end it. */
  sid: string;
}

export interface Principal {
  userId: string;
  sessionId: string;
}

const ALG = 'EdDSA';

/**
 * Verifies access tokens. Every subgraph and the gateway build one from configuration.
 * A token must carry `exp`, `iat`, `sub` and `sid`, be no older than the configured lifetime,
 * and belong to a session that was not ended (`sessions`, one statement per request). `null`
 * skips that last check: only for tests and benchmarks that measure something else.
 */
export async function createTokenVerifier(config: Config, sessions: SessionCheck | null) {
  const key = await importSPKI(config.secrets.jwtPublicKey, ALG);
  return async function verify(token: string): Promise<Principal> {
    let principal: Principal & { issuedAt: number };
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
      principal = { userId: payload.sub, sessionId: payload.sid, issuedAt: payload.iat! };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Access token expired');
      throw unauthenticated('Invalid access token');
    }
    if (sessions && (await sessions.ended(principal))) throw unauthenticated('The session has ended; sign in again');
    return { userId: principal.userId, sessionId: principal.sessionId };
  };
}
export type TokenVerifier = Awaited<ReturnType<typeof createTokenVerifier>>;

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

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/**
 * Subgraphs answer only callers holding the shared secret: the gateway, and subgraphs asking the
 * decision point. The format is Hive Gateway's HMAC upstream signature, so a Hive Gateway with
 * `hmacSignature: { secret }` can sign for these subgraphs unchanged: `extensions["hmac-signature"]`
 * is base64 HMAC-SHA256 over the key-sorted JSON of `{ query, variables }` (variables left out
 * when empty). The signature binds the document and its variables, not the time: it proves the
 * caller knows the secret, it does not stop a captured request from being replayed.
 */
export const SIGNATURE_EXTENSION = 'hmac-signature';

interface Signed {
  query?: unknown;
  variables?: unknown;
}

function payload({ query, variables }: Signed): string {
  const some = variables !== null && typeof variables === 'object' && Object.keys(variables).length > 0;
  return stringify({ query, variables: some ? variables : undefined }) ?? '';
}

/** The signature of one operation. */
export function signOperation(secret: string, operation: Signed): string {
  return createHmac('sha256', secret).update(payload(operation)).digest('base64');
}

/** A GraphQL request body with its signature in `extensions` (what every caller of a subgraph sends). */
export function signedBody(secret: string, body: { query: string; variables?: unknown; operationName?: string | null; extensions?: Record<string, unknown> }) {
  return { ...body, extensions: { ...body.extensions, [SIGNATURE_EXTENSION]: signOperation(secret, body) } };
}

/** Does this parsed request body carry a valid signature? Anything else (no body, a batch, a GET) does not. */
export function hasValidSignature(secret: string, body: unknown): boolean {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  const { query, variables, extensions } = body as Signed & { extensions?: unknown };
  if (typeof query !== 'string' || extensions === null || typeof extensions !== 'object') return false;
  const given = (extensions as Record<string, unknown>)[SIGNATURE_EXTENSION];
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(signOperation(secret, { query, variables }), 'base64');
  const actual = Buffer.from(given, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * The gateway's word that it checked the caller's session for this request (sessions.ts), so the
 * subgraph need not check it again. Header value: `v1.<ms>.<nonce>.<policy version, base64url>.<mac>`,
 * the mac an HMAC-SHA256 with the shared secret over the user, the session, the policy version, the
 * time, the nonce and the sha256 of the exact body sent. A subgraph takes it only once per nonce and
 * only within {@link SESSION_ASSERTION_WINDOW_MS} of its time; anything else (missing, tampered,
 * another body or token, too old, replayed) is ignored and the subgraph checks the session itself.
 */
export const SESSION_ASSERTION_HEADER = 'x-atrium-session';

/** How long an assertion is good for after the gateway's session check (and how far a clock may lead). */
export const SESSION_ASSERTION_WINDOW_MS = 5000;

export interface SessionAssertion {
  userId: string;
  sessionId: string;
  policyVersion: string;
}

function assertionMac(secret: string, claim: SessionAssertion, at: string, nonce: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest('base64url');
  return createHmac('sha256', secret)
    .update(['atrium-session-assertion-v1', claim.userId, claim.sessionId, claim.policyVersion, at, nonce, bodyHash].join('\n'))
    .digest('base64url');
}

/** The header value asserting `claim` for one subgraph call with this body. */
export function signSessionAssertion(secret: string, claim: SessionAssertion, body: string, now = Date.now()): string {
  const at = String(now);
  const nonce = randomBytes(16).toString('base64url');
  return ['v1', at, nonce, Buffer.from(claim.policyVersion).toString('base64url'), assertionMac(secret, claim, at, nonce, body)].join('.');
}

/**
 * Verifies assertions for one subgraph port, each nonce once. The user and session are not in the
 * header: they come from the token the subgraph verified, so an assertion made for one token proves
 * nothing for another.
 */
export class SessionAssertions {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly secret: string,
    private readonly options: { windowMs?: number; maxNonces?: number } = {},
  ) {}

  /** The claim, when `value` verifies for this body, user and session now; `undefined` otherwise (the session is then checked). */
  verify(value: string | undefined, body: string, who: { userId: string; sessionId: string }, now = Date.now()): SessionAssertion | undefined {
    if (!value || value.length > 1024) return undefined;
    const parts = value.split('.');
    if (parts.length !== 5 || parts[0] !== 'v1') return undefined;
    const [, at, nonce, version, mac] = parts as [string, string, string, string, string];
    const time = Number(at);
    const window = this.options.windowMs ?? SESSION_ASSERTION_WINDOW_MS;
    if (!/^\d{1,15}$/.test(at) || time < now - window || time > now + window || !/^[\w-]{16,64}$/.test(nonce)) return undefined;
    const claim = { userId: who.userId, sessionId: who.sessionId, policyVersion: Buffer.from(version, 'base64url').toString() };
    const expected = Buffer.from(assertionMac(this.secret, claim, at, nonce, body));
    const actual = Buffer.from(mac);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
    this.prune(now);
    if (this.seen.has(nonce)) return undefined;
    // Full of live nonces: take no more assertions until some expire (the session is checked instead).
    if (this.seen.size >= (this.options.maxNonces ?? 100_000)) return undefined;
    this.seen.set(nonce, time + window);
    return claim;
  }

  private prune(now: number) {
    // A nonce is kept while its assertion could still be taken; insertion order is nearly time order.
    for (const [nonce, until] of this.seen) {
      if (until >= now) break;
      this.seen.delete(nonce);
    }
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';
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

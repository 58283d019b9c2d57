import DataLoader from 'dataloader';
import type { Permission } from './catalog.js';
import { AppError } from './errors.js';
import { signedBody } from './signature.js';
import { injectTraceHeaders, SpanKind, tracedBatch, withSpan } from './tracing.js';

export const DENY_REASONS = ['NO_GRANT', 'EXPIRED', 'NOT_YET_VALID', 'REVOKED', 'OUT_OF_SCOPE', 'CONDITION_FALSE', 'PENDING_APPROVAL'] as const;
export type DenyReason = (typeof DENY_REASONS)[number];
export type DecisionReason = 'GRANTED' | DenyReason;

export interface AccessRequest {
  permission: Permission;
  /** The protected object's id in its own domain (resources.resource_id), if the check is about one. */
  resourceId?: string | null;
}

export interface Decision {
  allowed: boolean;
  reason: DecisionReason;
  /** The role chain or direct grant that decided it, e.g. `role:manager>user`. */
  via: string | null;
}

/** Answers "may the caller do this?" Implemented locally by the authorization subgraph, remotely elsewhere. */
export interface Authorizer {
  decide(request: AccessRequest): Promise<Decision>;
  /**
   * The decision at once, when the process already knows it without waiting (a current policy
   * snapshot that covers the request); `undefined` means "ask {@link decide}". Shield uses it so
   * a list's fields stay synchronous instead of each waiting on a promise.
   */
  decideNow?(request: AccessRequest): Decision | undefined;
}

export type DecideNow = (request: AccessRequest) => Decision | undefined;

export type DecideMany = (requests: readonly AccessRequest[]) => Promise<Decision[]>;

const keyOf = (r: AccessRequest) => `${r.permission}|${r.resourceId ?? ''}`;

/**
 * Per-request authorizer: every check made while resolving one request is batched into a
 * single call and cached for that request only, so revocation shows on the next request.
 */
export function createRequestAuthorizer(decideMany: DecideMany, decideNow?: DecideNow): Authorizer {
  const loader = new DataLoader<AccessRequest, Decision, string>(tracedBatch('authorization decisions', (batch) => decideMany(batch)), { cacheKeyFn: keyOf });
  return decideNow ? { decide: (request) => loader.load(request), decideNow } : { decide: (request) => loader.load(request) };
}

/** Longest a subgraph waits for the decision point before failing closed. */
export const DECISION_TIMEOUT_MS = 5000;

const DECIDE_QUERY = /* GraphQL */ `
  query AtriumDecide($checks: [AccessCheckInput!]!) {
    myAccess(checks: $checks) { allowed reason via }
  }
`;

export interface DecisionPointCall {
  url: string;
  authorization: string;
  requestId: string;
  /** The subgraphs' shared secret: the decision point answers signed requests only. */
  signatureSecret: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

/**
 * One GraphQL call to the authorization subgraph on behalf of the caller whose bearer token is
 * forwarded, with a timeout. It fails closed and says why: "no rule covers this field" would send
 * an operator the wrong way. `pick` returns the answer, or undefined when the body has none.
 */
export async function callDecisionPoint<T>(options: DecisionPointCall, query: string, variables: unknown, pick: (data: Record<string, unknown>) => T | undefined): Promise<T> {
  const unavailable = () => new AppError('INTERNAL_SERVER_ERROR', 'Authorization decisions are unavailable', { reason: 'AUTHORIZATION_UNAVAILABLE' });
  let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } | null;
  try {
    // A client span carrying traceparent: the decision point's work joins the caller's trace.
    body = await withSpan('decision point', SpanKind.CLIENT, { 'atrium.subgraph': 'authorization', 'url.full': options.url }, async () => {
      const response = await (options.fetchImpl ?? fetch)(options.url, {
        signal: AbortSignal.timeout(options.timeoutMs ?? DECISION_TIMEOUT_MS),
        method: 'POST',
        headers: injectTraceHeaders({
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: options.authorization,
          'x-request-id': options.requestId,
        }),
        body: JSON.stringify(signedBody(options.signatureSecret, { query, variables })),
      });
      return (await response.json().catch(() => null)) as typeof body;
    });
  } catch {
    throw unavailable();
  }
  const answer = body?.data ? pick(body.data) : undefined;
  if (answer === undefined) {
    if (body?.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') throw new AppError('UNAUTHENTICATED', 'Invalid access token');
    throw unavailable();
  }
  return answer;
}

/**
 * Decisions over HTTP from the authorization subgraph, on behalf of the caller whose
 * bearer token is forwarded. No other subgraph ever reads the authorization tables.
 */
export function remoteDecider(options: Omit<DecisionPointCall, 'authorization'> & { authorization: string | undefined }): DecideMany {
  return async (requests) => {
    if (!options.authorization) return requests.map(() => ({ allowed: false, reason: 'NO_GRANT' as const, via: null }));
    const variables = { checks: requests.map((r) => ({ permission: r.permission, resourceId: r.resourceId ?? null })) };
    return callDecisionPoint({ ...options, authorization: options.authorization }, DECIDE_QUERY, variables, (data) => {
      const decisions = data.myAccess as Decision[] | undefined;
      return decisions && decisions.length === requests.length ? decisions : undefined;
    });
  };
}

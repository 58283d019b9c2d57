import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from './errors.js';
import { readBody, sendJson, type Route } from './http.js';
import type { Logger } from './logger.js';
import { hasValidSignature } from './signature.js';
import { bearerToken, type Principal, type TokenVerifier } from './tokens.js';

/**
 * Internal calls: answers one subgraph gives another that are not GraphQL fields, so they are in
 * no schema and never in the gateway's API (the decision point's policy snapshots). They travel
 * like a GraphQL request, so the caller uses the same client (authz.ts `callDecisionPoint`): a
 * POST of `{ query, variables }` signed with the subgraphs' secret, the caller's bearer token
 * verified here, and `{ data: { <name>: answer } }` or `{ errors }` back.
 */
export type InternalHandler = (input: { principal: Principal; requestId: string; variables: Record<string, unknown>; authorization: string }) => Promise<unknown>;

/** A service call: asked by a subgraph for itself (a job has no user), named in `variables.service`, which the signature covers. */
export type ServiceHandler = (input: { service: string; requestId: string; variables: Record<string, unknown> }) => Promise<unknown>;
const SERVICE = Symbol('service call');

/**
 * Declare an internal call answered without a user's token: the signature proves a subgraph
 * sent it, and the subgraph names itself. Every holder of the subgraphs' secret can name any
 * service, so what the callee enforces by that name (compliance's `allowed_services`) holds
 * within that trust domain, not against a compromised subgraph.
 */
export function serviceCall(handler: ServiceHandler): InternalHandler {
  return Object.assign(async () => {
    throw new AppError('INTERNAL_SERVER_ERROR', 'service call reached as a user call');
  }, { [SERVICE]: handler });
}

/** The path of an internal call on a subgraph whose GraphQL endpoint is `graphqlUrl`. */
export const internalUrl = (graphqlUrl: string, name: string) => new URL(`/internal/${name}`, graphqlUrl).toString();

const failure = (res: ServerResponse, status: number, code: string, message: string, reason?: unknown) =>
  sendJson(res, status, { errors: [{ message, extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) } }] });

export function internalRoute(handlers: Record<string, InternalHandler>, options: { verify: TokenVerifier; signatureSecret: string; logger: Logger }): Route {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const name = url.pathname.startsWith('/internal/') ? url.pathname.slice('/internal/'.length) : undefined;
    const handler = name !== undefined && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler) return false;
    if (req.method !== 'POST') return (failure(res, 405, 'BAD_REQUEST', 'POST only'), true);
    let body: { query?: unknown; variables?: unknown } | null;
    try {
      body = JSON.parse(await readBody(req)) as { query?: unknown; variables?: unknown } | null;
    } catch {
      return (failure(res, 400, 'BAD_USER_INPUT', 'Request body is not valid JSON'), true);
    }
    if (!hasValidSignature(options.signatureSecret, body)) return (failure(res, 403, 'FORBIDDEN', 'Only subgraphs may call this'), true);
    const requestId = String(req.headers['x-request-id'] ?? '');
    try {
      const variables = body?.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
      const service = (handler as { [SERVICE]?: ServiceHandler })[SERVICE];
      if (service) {
        if (typeof variables.service !== 'string' || !/^[a-z][a-z0-9_]*$/.test(variables.service)) throw new AppError('BAD_USER_INPUT', 'A service call names its service');
        sendJson(res, 200, { data: { [name!]: await service({ service: variables.service, requestId, variables }) } });
        return true;
      }
      const header = req.headers.authorization;
      const token = bearerToken(Array.isArray(header) ? header[0] : header);
      if (!token) throw new AppError('UNAUTHENTICATED', 'A bearer token is required');
      const principal = await options.verify(token);
      sendJson(res, 200, { data: { [name!]: await handler({ principal, requestId, variables, authorization: `Bearer ${token}` }) } });
    } catch (error) {
      if (error instanceof AppError) failure(res, error.code === 'UNAUTHENTICATED' ? 401 : 400, error.code, error.message, error.extensions.reason);
      else {
        options.logger.error({ err: error, requestId }, 'internal call failed');
        failure(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    }
    return true;
  };
}

import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Authorizer } from './authz.js';
import type { Logger } from './logger.js';
import { noTenancy, type TenancyFactory, type TenantResolver } from './tenancy.js';
import { bearerToken, type Principal, type TokenVerifier } from './tokens.js';

/** What every subgraph resolver can rely on. Subgraphs extend it with their loaders and services. */
export interface BaseContext {
  requestId: string;
  /** Verified from the bearer token in this process; identity headers are never trusted. */
  principal: Principal | null;
  /** The caller's Authorization header, forwarded as is to the authorization subgraph. */
  authorization: string | undefined;
  /** Caller IP as seen by the first hop (the gateway forwards it). */
  clientIp: string | null;
  userAgent: string | null;
  logger: Logger;
  authz: Authorizer;
  /** The caller's tenant scope per permission (tenancy.ts), batched per request like `authz`. */
  tenancy?: TenantResolver;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Build the per-request base context: request id, verified principal, request-scoped authorizer. */
export async function createBaseContext(options: {
  headers: IncomingHttpHeaders;
  remoteAddress: string | undefined;
  verify: TokenVerifier;
  logger: Logger;
  authorizer: (input: { authorization: string | undefined; requestId: string; principal: Principal | null }) => Authorizer;
  /** How tenant scopes are resolved; default: no tenant at all. */
  tenancy?: TenancyFactory;
  /** Trust `x-forwarded-for` (only behind the gateway or a known proxy). */
  trustForwarded?: boolean;
}): Promise<BaseContext> {
  const incoming = header(options.headers, 'x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  const authorization = header(options.headers, 'authorization');
  const token = bearerToken(authorization);
  const principal = token ? await options.verify(token) : null;
  const forwarded = options.trustForwarded ? header(options.headers, 'x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const clientIp = normaliseIp(forwarded || options.remoteAddress);
  return {
    requestId,
    principal,
    authorization: token ? authorization : undefined,
    clientIp,
    userAgent: header(options.headers, 'user-agent') ?? null,
    logger: options.logger.child({ requestId }),
    authz: options.authorizer({ authorization: token ? authorization : undefined, requestId, principal }),
    tenancy: options.tenancy ? options.tenancy({ authorization: token ? authorization : undefined, requestId, principal }) : noTenancy,
  };
}

function normaliseIp(ip: string | undefined): string | null {
  if (!ip) return null;
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

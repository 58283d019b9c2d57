import type { Route } from '@atrium/kernel';

/** Request headers a browser client may send: the token, JSON, the request id, Apollo's CSRF preflight headers. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * CORS for exact origins only (`ATRIUM_CORS_ORIGINS`): the allowed origin is echoed, never `*`,
 * because the gateway accepts credentials (the Authorization header). A preflight from a
 * listed origin gets 204 with the allowed methods and headers; any other origin gets no CORS
 * headers at all, so the browser refuses to hand the answer to the page.
 */
export function corsRoute(origins: readonly string[], onRefused?: () => void): Route {
  const allowed = new Set(origins);
  return (req, res) => {
    const origin = req.headers.origin;
    const listed = typeof origin === 'string' && allowed.has(origin);
    res.setHeader('vary', 'origin');
    if (listed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-expose-headers', 'x-request-id');
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
    if (listed) {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-allow-headers', ALLOWED_HEADERS.join(', '));
      res.setHeader('access-control-max-age', '600');
    } else onRefused?.();
    res.writeHead(204).end();
    return true;
  };
}

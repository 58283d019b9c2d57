import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

const LOGIN = /* GraphQL */ `# 1. Run Login, then copy data.login.accessToken.
# 2. Open the "Me" tab, paste the token into its Headers, run Me.
mutation Login {
  login(input: { email: "admin@example.com", password: "change-me-please" }) {
    accessToken
  }
}
`;

const ME = /* GraphQL */ `query Me {
  me {
    id
    email
  }
}
`;

export const AUTH_HEADER_PLACEHOLDER = JSON.stringify({ Authorization: 'Bearer <paste accessToken here>' }, null, 2);

/**
 * The GraphiQL page. `@graphql-yoga/render-graphiql` inlines everything: the app bundle and
 * CSS in the page, fonts and icons as `data:` URIs, Monaco's workers as `blob:` URLs built
 * from inlined source. Nothing is fetched from a CDN. It imports only types from its
 * `graphql-yoga` peer, so the server does not need Yoga at run time.
 *
 * The placeholder header sits on the second tab only: GraphiQL sends the active tab's
 * headers with its schema introspection and with Login, and the gateway answers a
 * malformed Authorization header with 401, so a placeholder on the first tab would
 * break both until replaced.
 */
export function graphiqlHtml(endpoint: string): string {
  return renderGraphiQL({
    title: 'Atrium GraphiQL',
    endpoint,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
    // Access tokens stay out of localStorage.
    shouldPersistHeaders: false,
    defaultTabs: [
      { query: LOGIN, headers: '{}' },
      { query: ME, headers: AUTH_HEADER_PLACEHOLDER },
    ],
  });
}

/** A route serving GraphiQL at `GET /`. The ~9 MB page is rendered and gzipped once, on first use. */
export function graphiqlRoute(endpoint: string) {
  let page: { raw: Buffer; gzip: Buffer } | undefined;
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (url.pathname !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    if (!page) {
      const raw = Buffer.from(graphiqlHtml(endpoint), 'utf8');
      page = { raw, gzip: gzipSync(raw) };
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzip : page.raw;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

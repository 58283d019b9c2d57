import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { AUTH_HEADER_PLACEHOLDER } from '../src/graphiql.js';
import { accounts, compose, logger, serveFixture, testConfig } from './fixtures.js';

// One copy of graphql in tests, as at run time (see gateway.test.ts).

const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
/**
 * Absolute URLs the bundled GraphiQL contains as plain strings, never loaded: XML and JSON
 * Schema namespace identifiers, links a user may click, and doc links in comments and
 * error messages. A new host here after an upgrade must be looked at before it is added.
 */
const INERT_HOSTS = new Set([
  'www.w3.org', 'lists.w3.org', 'json-schema.org', 'github.com', 'en.wikipedia.org', 'www.rapidtables.com',
  'code.visualstudio.com', 'yarnpkg.com', 'www.example.com', '24ways.org', 'prettier.io', 'commonmark.org',
  'react.dev', 'radix-ui.com', 'www.onegraph.com', 'dummyhostname.com', 'microsoft.com',
]);

const hostOf = (url: string) => url.replace(/^(?:[a-z]+:)?\/\//i, '').split(/[/?#"'`\\\s)]/)[0]!;

let subgraph: Awaited<ReturnType<typeof serveFixture>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
let html: string;
let response: Response;

beforeAll(async () => {
  subgraph = await serveFixture(accounts);
  gateway = await startGateway({ config: testConfig(), logger, port: 0, supergraphSdl: compose([{ fixture: accounts, url: subgraph.url }]).supergraphSdl, sessions: null });
  response = await fetch(new URL('/', gateway.url));
  html = await response.text();
});

afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
});

describe('GraphiQL at GET /', () => {
  it('is an HTML page with GraphiQL aimed at /graphql', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(html).toContain('graphiql');
    expect(html).toContain('<title>Atrium GraphiQL</title>');
    expect(html).toContain('"endpoint":"/graphql"');
    expect(html).toContain('"isHeadersEditorEnabled":true');
    expect(html).toContain(JSON.stringify(AUTH_HEADER_PLACEHOLDER));
    expect(html).toContain('mutation Login');
    expect(html).toContain('query Me');
  });

  it('loads nothing from another host', () => {
    // Every script is inline and every <link> (the favicon) is a data: URI.
    expect(html.match(/<script\b[^>]*\bsrc\s*=/gi)).toBeNull();
    const links = [...html.matchAll(/<link\b[^>]*\bhref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!);
    expect(links).toHaveLength(1);
    expect(links.every((href) => href.startsWith('data:'))).toBe(true);

    // Nothing in a position that makes a browser fetch: HTML or JSX src/href on loading
    // elements, CSS url()/@import, worker scripts, fetch() with a literal absolute URL.
    const loading =
      /(?:\b(?:src|srcset|poster)\s*[=:]\s*|url\(\s*|@import\s+(?:url\(\s*)?|importScripts\(\s*|fetch\(\s*|Worker\(\s*|jsx?s?\("(?:link|script|img|iframe)",\{[^}]{0,200}?href\s*:\s*)\\?["'`]?\s*((?:[a-z]+:)?\/\/[^"'`\s\\)]+)/gi;
    const offHost = [...html.matchAll(loading)].map((m) => m[1]!).filter((url) => !LOCAL.test(hostOf(url)));
    expect(offHost).toEqual([]);

    // Any other absolute URL is a known inert string, never a CDN.
    const hosts = new Set([...html.matchAll(/https?:\/\/[^\s"'`\\)<>]+/g)].map((m) => hostOf(m[0])));
    const unknown = [...hosts].filter((host) => !LOCAL.test(host) && !INERT_HOSTS.has(host));
    expect(unknown).toEqual([]);
    expect(html).not.toMatch(/jsdelivr|unpkg|cdnjs|googleapis|gstatic|esm\.sh|apollographql\.com/i);
  });

  it('is not served when GraphiQL is turned off', async () => {
    const off = await startGateway({
      config: testConfig({ ATRIUM_GRAPHIQL: 'false' }),
      logger,
      port: 0,
      supergraphSdl: compose([{ fixture: accounts, url: subgraph.url }]).supergraphSdl,
      sessions: null,
    });
    try {
      const res = await fetch(new URL('/', off.url));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    } finally {
      await off.close();
    }
  });
});

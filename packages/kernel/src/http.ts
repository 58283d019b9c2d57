import { HeaderMap, type ApolloServer, type BaseContext as ApolloBaseContext } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Logger } from './logger.js';
import { hasValidSignature } from './signature.js';
import { tracingOn, withServerSpan } from './tracing.js';

const MAX_BODY_BYTES = 1024 * 1024;
const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HttpServerHandle {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering, answer 413 now; the rest of the body is read and dropped so the client
        // gets to read the answer instead of a reset socket (see the handler).
        over = true;
        chunks.length = 0;
        reject(Object.assign(new Error('Request body too large'), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** The raw body of a signed GraphQL request, for checking what the gateway asserted about it (signature.ts). */
const requestBodies = new WeakMap<IncomingMessage, string>();
export const requestBodyOf = (req: IncomingMessage): string | undefined => requestBodies.get(req);

/** Smaller answers are sent as they are: compressing them costs more than it saves. */
const COMPRESS_MIN_BYTES = 1024;

/** The encoding to answer with: br, else gzip, when the client accepts it (q > 0); none otherwise. */
export function negotiateEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) if ((accepted.get(encoding) ?? wildcard) > 0) return encoding;
  return null;
}

/** Compress a complete answer when the client accepts it (brotli at a fast quality, or gzip). */
async function compressed(body: string, acceptEncoding: string | undefined): Promise<{ encoding: 'br' | 'gzip'; data: Buffer } | null> {
  const encoding = Buffer.byteLength(body) >= COMPRESS_MIN_BYTES ? negotiateEncoding(acceptEncoding) : null;
  if (!encoding) return null;
  const data = encoding === 'br' ? await brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : await gzipped(body, { level: 6 });
  return { encoding, data };
}

/**
 * Apollo Server's default stringifier appends a newline to every answer; this one is the same
 * compact JSON without it. Every Apollo Server of Atrium (gateway and subgraphs) uses it.
 */
export const stringifyResult = (value: unknown): string => JSON.stringify(value);

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Serve an Apollo Server on node:http at `/graphql`, plus `/health` and any extra routes.
 * Errors raised while building the context (a bad token) become GraphQL errors with
 * their own HTTP status, never a stack trace.
 */
export async function listen<TContext extends ApolloBaseContext>(options: {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  host: string;
  port: number;
  logger: Logger;
  routes?: Route[];
  path?: string;
  /** Compress GraphQL answers (br, gzip) for clients that accept it: the gateway's port, not the internal hops. */
  compress?: boolean;
  /**
   * A subgraph's shared secret: GraphQL requests without a valid signature (signature.ts) are
   * refused with 403 before anything parses them. The gateway's own port takes clients, so has none.
   */
  signatureSecret?: string;
  /** Told of each request refused here, before Apollo sees it (the gateway's `/metrics` counts them). */
  onRefused?: (reason: 'body_too_large' | 'invalid_json') => void;
  /** Who serves this port (`gateway`, a subgraph's name): the `atrium.service` of its request spans. */
  serviceName?: string;
}): Promise<HttpServerHandle> {
  const path = options.path ?? '/graphql';
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      for (const route of options.routes ?? []) if (await route(req, res, url)) return;
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname !== path) return sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const raw = req.method === 'POST' ? await readBody(req) : '';
      let body: unknown = raw;
      if (raw && (headers.get('content-type') ?? '').includes('json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          options.onRefused?.('invalid_json');
          return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
        }
      }
      if (options.signatureSecret !== undefined && !hasValidSignature(options.signatureSecret, body)) {
        return sendJson(res, 403, {
          errors: [{ message: 'This service answers only the gateway: the request signature is missing or invalid', extensions: { code: 'FORBIDDEN', reason: 'SIGNATURE_REQUIRED' } }],
        });
      }
      if (options.signatureSecret !== undefined && raw) requestBodies.set(req, raw);
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        const packed = options.compress ? await compressed(response.body.string, firstOf(req.headers['accept-encoding'])) : null;
        if (options.compress) {
          // Keep what CORS (origin) or Apollo already vary on.
          const vary = [res.getHeader('vary')].flat().filter(Boolean).join(', ');
          res.setHeader('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
        }
        if (!packed) return void res.end(response.body.string);
        res.setHeader('content-encoding', packed.encoding);
        res.removeHeader('content-length');
        res.end(packed.data);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 413) {
        options.onRefused?.('body_too_large');
        res.setHeader('connection', 'close');
        sendJson(res, 413, {
          errors: [{ message: `Request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_USER_INPUT', limit: { name: 'bodyBytes', estimated: null, maximum: MAX_BODY_BYTES } } }],
        });
        // A client still sending gets a few seconds to finish and read the answer, then the socket goes.
        setTimeout(() => req.destroy(), 5000).unref();
        return;
      }
      options.logger.error({ err: error }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  };
  // Traced, every GraphQL request is a server span continuing the caller's traceparent; the
  // rest (health, metrics, GraphiQL, preflights) is not traced. Decided once: off costs nothing.
  const traced = tracingOn();
  const service = options.serviceName ?? 'graphql';
  const serve = traced
    ? (req: IncomingMessage, res: ServerResponse) => {
        const pathname = (req.url ?? '/').split('?')[0];
        if (pathname !== path || req.method === 'OPTIONS') return handler(req, res);
        const attributes = { 'atrium.service': service, 'http.request.method': req.method ?? 'GET', 'url.path': path };
        return withServerSpan(req.headers, `${req.method ?? 'GET'} ${path}`, attributes, async (span) => {
          await handler(req, res);
          span?.setAttribute('http.response.status_code', res.statusCode);
        });
      }
    : handler;
  const server = createServer((req, res) => void serve(req, res));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}${path}`;
  return {
    server,
    port,
    url,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await options.apollo.stop();
    },
  };
}

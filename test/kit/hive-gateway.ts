/**
 * Hive Gateway (`@graphql-hive/gateway-runtime`) on the committed supergraph, as a process of its
 * own for bench/gateway.ts and test/edge/hive.test.ts: the subgraph URLs are rewritten to the running ones, the caller's
 * Authorization header is propagated, and every subgraph call carries Hive's HMAC signature, which
 * Atrium's subgraphs verify. Env: HIVE_PORT, HIVE_SUPERGRAPH (path), HIVE_URLS (JSON name → url),
 * ATRIUM_SUBGRAPH_HMAC_SECRET.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

process.env.APOLLO_TELEMETRY_DISABLED = '1';
const urls = JSON.parse(process.env.HIVE_URLS!) as Record<string, string>;
let supergraph = readFileSync(process.env.HIVE_SUPERGRAPH!, 'utf8');
for (const [name, url] of Object.entries(urls)) supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+(")`), `$1${url}$2`);

const gateway = createGatewayRuntime({
  supergraph,
  hmacSignature: { secret: process.env.ATRIUM_SUBGRAPH_HMAC_SECRET! },
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }) },
  logging: (process.env.HIVE_LOG as 'debug' | 'error' | undefined) ?? 'error',
  graphiql: false,
  landingPage: false,
});
const server = createServer(gateway);
server.listen(Number(process.env.HIVE_PORT), '127.0.0.1', () => console.log('hive gateway ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

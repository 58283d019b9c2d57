import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { createLogger, createTokenSigner, listen, loadConfig, settingsOf, type Config, type HttpServerHandle } from '@atrium/kernel';
import { gatewayConfig } from '../src/config.js';
import { parse, type DocumentNode } from 'graphql';
import { mkdtempSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const logger = createLogger('gateway-test', 'silent');

/** Gateway request limits out of the way unless a test sets them (test/edge/ratelimit.test.ts). */
export const ROOMY_RATE_LIMITS = { ATRIUM_RATE_LIMIT_PER_IP: '1000000', ATRIUM_RATE_LIMIT_PER_USER: '1000000' };

/** A fresh config with its own generated dev keys. */
export function testConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', ATRIUM_DATA_DIR: mkdtempSync(join(tmpdir(), 'atrium-gateway-')), ...ROOMY_RATE_LIMITS, ...extra }, { models: [gatewayConfig] });
}

/** The gateway's own settings in a test configuration. */
export const gatewaySettings = (config: Config) => settingsOf(config, gatewayConfig);

/** A token signer with the key generated alongside the configuration's public key (or the one given). */
export function tokenSigner(config: Config, privateKey = config.secrets.devJwtPrivateKey ?? '') {
  return createTokenSigner(config, { privateKey, ttlSeconds: 900 });
}

/** What each fixture subgraph saw, so tests can assert what the gateway forwarded. */
export interface Seen {
  headers: IncomingHttpHeaders[];
}

interface Context {
  headers: IncomingHttpHeaders;
}

const header = (ctx: Context, name: string) => {
  const v = ctx.headers[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? null);
};

/** The headers a subgraph saw for this request, echoed back as data. */
const echo = (_: unknown, __: unknown, ctx: Context) => ({
  authorization: header(ctx, 'authorization'),
  requestId: header(ctx, 'x-request-id'),
  forwardedFor: header(ctx, 'x-forwarded-for'),
  names: Object.keys(ctx.headers).sort(),
});

const ECHO_TYPE = /* GraphQL */ `
  type Echo @shareable {
    authorization: String
    requestId: String
    forwardedFor: String
    names: [String!]!
  }
`;

export interface Fixture {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
}

/** Owns users. `friend` recurses so depth limits can be exercised. */
export const accounts: Fixture = {
  name: 'accounts',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
    type Query {
      me: User
      echo: Echo!
      boom: String
      "Finds no one: its input is there to be mistyped (variable errors)."
      find(filter: UserFilter!): [User!]!
    }
    input UserFilter {
      email: String
    }
    type User @key(fields: "id") {
      id: ID!
      email: String!
      friend: User
    }
    ${ECHO_TYPE}
  `),
  resolvers: {
    Query: {
      me: () => ({ id: 'u1', email: 'ada@example.com' }),
      echo,
      find: () => [],
      boom: () => {
        throw new Error('relation "users" does not exist SELECT * FROM identity.users WHERE id = $1');
      },
    },
    User: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id, email: `${ref.id}@example.com` }),
      friend: (user: { id: string }) => ({ id: `${user.id}f`, email: `${user.id}f@example.com` }),
    },
  },
};

/** Extends User from a second service, so one query fans out to both subgraphs. */
export const reviews: Fixture = {
  name: 'reviews',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
    type User @key(fields: "id") {
      id: ID!
      reviewsEcho: Echo!
    }
    ${ECHO_TYPE}
  `),
  resolvers: {
    User: {
      __resolveReference: (ref: { id: string }) => ref,
      reviewsEcho: echo,
    },
  },
};

/**
 * Serve a fixture on a free port. It deliberately does no masking and includes stack traces,
 * like a careless subgraph would, so the tests prove the gateway masks on its own.
 */
export async function serveFixture(fixture: Fixture, options: { signatureSecret?: string } = {}): Promise<HttpServerHandle & { name: string; seen: Seen }> {
  const seen: Seen = { headers: [] };
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs: fixture.typeDefs, resolvers: fixture.resolvers }]),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const handle = await listen<Context>({
    apollo,
    host: '127.0.0.1',
    port: 0,
    logger,
    // As a real subgraph does: unsigned requests are refused before Apollo sees them.
    signatureSecret: options.signatureSecret,
    context: async (req) => {
      seen.headers.push(req.headers);
      return { headers: req.headers };
    },
  });
  return { ...handle, name: fixture.name, seen };
}

/** Compose running fixtures offline, as `supergraph.graphql` is built; also returns the API schema. */
export function compose(services: { fixture: Fixture; url: string }[]) {
  const result = composeServices(services.map(({ fixture, url }) => ({ name: fixture.name, url, typeDefs: fixture.typeDefs })));
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return { supergraphSdl: result.supergraphSdl, apiSchema: result.schema.toAPISchema().toGraphQLJSSchema() };
}

/** POST a GraphQL request to the gateway and return status, headers and parsed body. */
export async function gql(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as GraphQLBody };
}

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

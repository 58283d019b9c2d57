import { getIntrospectionQuery } from 'graphql';
import { SignJWT, importPKCS8 } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { accounts, gatewaySettings, gql, logger, reviews, serveFixture, testConfig, tokenSigner } from './fixtures.js';

// Vite resolves `graphql` for workspace .ts files to its ESM build, while Node loads the Apollo
// packages with the CommonJS build: two copies, so `instanceof GraphQLError` fails between
// kernel and Apollo Server. Under tsx/node (production) there is one copy; this restores that.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ECHO = 'authorization requestId forwardedFor names';

const config = testConfig();
let subgraphs: Awaited<ReturnType<typeof serveFixture>>[];
let gateway: Awaited<ReturnType<typeof startGateway>>;
let token: string;

beforeAll(async () => {
  subgraphs = await Promise.all([serveFixture(accounts), serveFixture(reviews)]);
  gateway = await startGateway({ config, logger, port: 0, subgraphs: subgraphs.map(({ name, url }) => ({ name, url })), sessions: null });
  token = (await (await tokenSigner(config))({ sub: 'u1', sid: 's1' })).token;
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all(subgraphs?.map((s) => s.close()) ?? []);
});

// Composition introspected the fixtures at start; each test looks only at its own requests.
beforeEach(() => subgraphs.forEach((s) => (s.seen.headers.length = 0)));
const seenBy = (name: string) => subgraphs.find((s) => s.name === name)!.seen.headers;

describe('forwarding to subgraphs', () => {
  it('passes Authorization and x-request-id unchanged to every subgraph and echoes the id', async () => {
    const res = await gql(gateway.url, `{ echo { ${ECHO} } me { id reviewsEcho { ${ECHO} } } }`, {
      authorization: `Bearer ${token}`,
      'x-request-id': 'req-42:abc.DEF_1',
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.headers.get('x-request-id')).toBe('req-42:abc.DEF_1');
    for (const seen of [res.body.data!.echo, res.body.data!.me.reviewsEcho]) {
      expect(seen.authorization).toBe(`Bearer ${token}`);
      expect(seen.requestId).toBe('req-42:abc.DEF_1');
      expect(seen.forwardedFor).toBe('127.0.0.1');
    }
    expect(seenBy('accounts')).toHaveLength(1);
    expect(seenBy('reviews')).toHaveLength(1);
  });

  it('forwards no other identity header and replaces a client-sent x-forwarded-for', async () => {
    const res = await gql(gateway.url, `{ echo { ${ECHO} } }`, {
      'x-user-id': 'admin',
      'x-forwarded-for': '6.6.6.6',
      cookie: 'session=stolen',
      'x-api-key': 'k',
    });
    expect(res.body.errors).toBeUndefined();
    const echo = res.body.data!.echo;
    expect(echo.authorization).toBeNull();
    expect(echo.forwardedFor).toBe('127.0.0.1');
    expect(echo.names).not.toContain('x-user-id');
    expect(echo.names).not.toContain('cookie');
    expect(echo.names).not.toContain('x-api-key');
    expect(echo.names).not.toContain('authorization');
  });

  it('replaces an unsafe request id with a UUID, the same one the subgraph sees', async () => {
    const res = await gql(gateway.url, '{ echo { requestId } }', { 'x-request-id': 'has spaces <script>' });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(res.body.data!.echo.requestId).toBe(id);
  });

  it('generates a request id when none is sent', async () => {
    const res = await gql(gateway.url, '{ echo { requestId } }');
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(res.body.data!.echo.requestId).toBe(res.headers.get('x-request-id'));
  });
});

describe('token check at the gateway', () => {
  it('lets an anonymous request through', async () => {
    const res = await gql(gateway.url, '{ echo { authorization } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { echo: { authorization: null } } });
  });

  it.each([
    ['a garbage token', 'Bearer not-a-jwt'],
    ['a non-bearer scheme', 'Basic YWRtaW46YWRtaW4='],
    ['a bearer header without a token', 'Bearer'],
  ])('refuses %s with 401 UNAUTHENTICATED before calling any subgraph', async (_label, authorization) => {
    const res = await gql(gateway.url, '{ echo { authorization } }', { authorization, 'x-request-id': 'bad-token-1' });
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(res.headers.get('x-request-id')).toBe('bad-token-1');
    expect(seenBy('accounts')).toHaveLength(0);
  });

  it('refuses a token signed with another key', async () => {
    const stranger = await tokenSigner(testConfig());
    const { token: forged } = await stranger({ sub: 'u1', sid: 's1' });
    const res = await gql(gateway.url, '{ echo { authorization } }', { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(res.body.errors![0]).toMatchObject({ message: 'Invalid access token', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ sid: 's1' })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject('u1')
      .setIssuer(config.jwt.issuer)
      .setAudience(config.jwt.audience)
      .setIssuedAt(now - 120)
      .setExpirationTime(now - 60)
      .sign(await importPKCS8(config.secrets.devJwtPrivateKey!, 'EdDSA'));
    const res = await gql(gateway.url, '{ echo { authorization } }', { authorization: `Bearer ${expired}` });
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(seenBy('accounts')).toHaveLength(0);
  });
});

describe('error masking', () => {
  it('masks an unexpected subgraph error: no SQL, no stack trace', async () => {
    const res = await gql(gateway.url, '{ boom me { id } }', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ boom: null, me: { id: 'u1' } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toEqual({
      message: 'Internal server error',
      path: ['boom'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'accounts' },
    });
    expect(res.text).not.toMatch(/SELECT|relation|identity\.users/);
    expect(res.text).not.toContain('stacktrace');
    expect(res.text).not.toContain('exception');
    // The fixture really did leak: the gateway is what masked it.
    const direct = await gql(subgraphs[0]!.url, '{ boom }');
    expect(direct.text).toContain('SELECT * FROM');
    expect(direct.text).toContain('stacktrace');
  });
});

describe('query limits', () => {
  // `{ me { id } }` is depth 2; each `friend` adds one.
  const nested = (depth: number) => `{ me { ${'friend { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: echo { requestId }`).join(' ')} }`;

  it('accepts a query exactly at the depth limit', async () => {
    expect(config.limits.maxDepth).toBe(12);
    const res = await gql(gateway.url, nested(12));
    expect(res.body.errors).toBeUndefined();
  });

  it('refuses a query one level deeper with BAD_USER_INPUT, without calling a subgraph', async () => {
    const res = await gql(gateway.url, nested(13));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.message).toBe('The operation is nested 13 levels deep; the limit is 12.');
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(seenBy('accounts')).toHaveLength(0);
  });

  it('counts depth through fragments', async () => {
    // me (1) + 12 × friend + id = 14
    const query = `query Deep { me { ...F } } fragment F on User { ${'friend { '.repeat(12)}id${' }'.repeat(12)} }`;
    const res = await gql(gateway.url, query);
    expect(res.body.errors![0]!.message).toBe('Operation "Deep" is nested 14 levels deep; the limit is 12.');
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('accepts exactly the alias limit and refuses one more', async () => {
    expect(config.limits.maxAliases).toBe(30);
    const ok = await gql(gateway.url, aliased(30));
    expect(ok.body.errors).toBeUndefined();
    expect(Object.keys(ok.body.data!)).toHaveLength(30);
    const res = await gql(gateway.url, aliased(31));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.message).toBe('The operation uses 31 aliases; the limit is 30.');
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('counts aliases inside fragments once per spread', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `x${i}: id`).join(' ');
    const res = await gql(gateway.url, `{ me { ...A friend { ...A } } } fragment A on User { ${fields} }`);
    expect(res.body.errors![0]!.message).toBe('The operation uses 32 aliases; the limit is 30.');
  });

  it('lets the full GraphiQL introspection query through', async () => {
    // GraphiQL (via Yoga) asks for descriptions, schemaDescription and inputValueDeprecation;
    // the rest is added for margin. Not `oneOf`: GraphiQL does not ask for it, and the gateway's
    // query planner (federation 2.14) does not know `__Type.isOneOf`.
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await gql(gateway.url, query);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.__schema.queryType.name).toBe('Query');
  });

  it('still limits introspection that recurses through fields', async () => {
    const res = await gql(gateway.url, `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`);
    expect(res.body.errors![0]!.message).toBe('The operation is nested 15 levels deep; the limit is 12.');
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('shutdown', () => {
  it('close() stops the HTTP server and the gateway', async () => {
    const own = await startGateway({ config, logger, port: 0, subgraphs: subgraphs.map(({ name, url }) => ({ name, url })), sessions: null });
    expect((await gql(own.url, '{ me { id } }')).body.data).toEqual({ me: { id: 'u1' } });
    await own.close();
    expect(own.server.listening).toBe(false);
    expect(own.gateway.__testing().state.phase).toBe('stopped');
    await expect(fetch(own.url, { method: 'POST' })).rejects.toThrow();
  });
});

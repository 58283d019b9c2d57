import { subgraphUrl, estimateCost, signedBody } from '@atrium/kernel';
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, parse, Kind, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, codes, type TestSystem } from '../kit/system.js';

let t: TestSystem;
let user: Awaited<ReturnType<TestSystem['register']>>;

beforeAll(async () => {
  t = await startTestSystem();
  user = await t.register();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

/** The worst query: organizations → members → organization → members …, `first: 100` at each level (depth 12). */
const WORST = `query Worst { organizations(first: 100) { nodes { members(first: 100) { nodes { organization { members(first: 100) {
  nodes { organization { members(first: 100) { nodes { user { id } } } } } } } } } } } }`;

const post = async (url: string, body: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
};

describe('cost and size limits, at the gateway', () => {
  it('refuses the worst query on its estimated cost, before any subgraph runs a statement', async () => {
    const identity = t.system.runtimes.identity!;
    const before = identity.queries.count;
    const res = await t.gql(WORST, {}, user.accessToken);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const limit = res.errors![0]!.extensions!.limit;
    expect(limit.name).toBe('cost');
    expect(limit.maximum).toBe(10000);
    expect(limit.estimated).toBeGreaterThan(100_000_000);
    expect(identity.queries.count).toBe(before);
  });

  it('takes first from variables and the argument default: a small page passes, a big one does not', async () => {
    const query = `query Members($n: Int) { organizations(first: $n) { nodes { members(first: $n) { nodes { user { id } } } } } }`;
    expect(codes(await t.gql(query, { n: 5 }, user.accessToken))).toEqual([]);
    const big = await t.gql(query, { n: 500 }, user.accessToken);
    expect(big.errors![0]!.extensions!.limit).toMatchObject({ name: 'cost', maximum: 10000 });
  });

  it('refuses the 45,000-operation document at the parser token limit', async () => {
    const doc = Array.from({ length: 45_000 }, (_, i) => `query Q${i}{me{id}}`).join("\n");
    expect(doc.length).toBeGreaterThan(900_000);
    expect(doc.length).toBeLessThan(1024 * 1024);
    const res = await post(t.gatewayUrl, JSON.stringify({ query: doc, operationName: 'Q44999' }));
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'tokens', maximum: 5000 } });
  });

  it('refuses more than 50 operations and fragments in one document', async () => {
    const doc = Array.from({ length: 51 }, (_, i) => `query Q${i} { __typename }`).join('\n');
    const res = await post(t.gatewayUrl, JSON.stringify({ query: doc, operationName: 'Q0' }));
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'definitions', estimated: 51, maximum: 50 } });
  });

  it('answers a deeply nested document with BAD_USER_INPUT, not a stack overflow', async () => {
    const res = await post(t.gatewayUrl, JSON.stringify({ query: `{ ${'me { '.repeat(20_000)}id${' }'.repeat(20_000)} }` }));
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('writes 413 with a GraphQL error body for a body over the limit', async () => {
    const res = await post(t.gatewayUrl, JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'bodyBytes', maximum: 1024 * 1024 } });
  });

  it('refuses NUL bytes in variables and in literals, and over-deep JSON variables', async () => {
    const login = `mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const nul = await t.gql(login, { input: { email: 'a\u0000@b.c', password: 'x'.repeat(12) } });
    expect(nul.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'nul' } });
    const literal = await t.gql(`mutation { login(input: { email: "a\\u0000@b.c", password: "xxxxxxxxxxxx" }) { accessToken } }`);
    expect(literal.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'nul' } });
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { a: deep };
    const assign = `mutation A($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
    const res = await t.gql(assign, { input: { userId: user.userId, roleId: user.userId, contextConditions: deep } }, t.admin.accessToken);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'variableDepth', maximum: 64 } });
  });

  it('answers a malformed cursor with BAD_USER_INPUT', async () => {
    const res = await t.gql(`{ organizations(first: 5, after: "%%%not-a-cursor") { nodes { id } } }`, {}, t.admin.accessToken);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('a bad custom-scalar variable is BAD_USER_INPUT with nothing internal', async () => {
    const assign = `mutation A($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
    const res = await t.gql(assign, { input: { userId: user.userId, roleId: user.userId, validFrom: 'not a date' } }, t.admin.accessToken);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.raw).not.toMatch(/"response"|127\.0\.0\.1|:\d{4,5}\/graphql|stacktrace/);
  });
});

describe('the same limits on every subgraph port', () => {
  /** A body signed as the gateway signs it: subgraphs refuse unsigned calls before any limit (test/edge/production.test.ts). */
  const signed = (body: { query: string; operationName?: string }) => JSON.stringify(signedBody(t.config.secrets.subgraphHmacSecret, body));
  it('identity refuses the worst query itself (depth, cost) and the 45,000-operation document', async () => {
    const url = subgraphUrl(t.config, 'identity');
    const res = await post(url, signed({ query: WORST }), { authorization: `Bearer ${user.accessToken}` });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'cost' } });
    const doc = Array.from({ length: 45_000 }, (_, i) => `query Q${i}{me{id}}`).join("\n");
    const big = await post(url, signed({ query: doc, operationName: 'Q1' }));
    expect(big.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'tokens' } });
  });

  it.each(['authorization', 'conversations'])('%s refuses over-deep and over-aliased operations', async (name) => {
    const url = subgraphUrl(t.config, name);
    const deep = await post(url, signed({ query: `{ ${'__schema { types { fields { type { fields { type { '.repeat(2)}name${' } } } } } }'.repeat(2)} }` }));
    expect(deep.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'depth', maximum: 12 } });
    const aliases = await post(url, signed({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }` }));
    expect(aliases.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: 'aliases', maximum: 30 } });
  });
});

describe('the cost model', () => {
  it('every operation of the persisted manifest costs less than the limit with its defaults', async () => {
    const schema = buildClientSchema((await t.gql(getIntrospectionQuery())).data);
    const manifest = JSON.parse(readFileSync('operations/persisted-query-manifest.json', 'utf8')) as { operations: { name: string; body: string }[] };
    const costs = manifest.operations.map(({ name, body }) => {
      const document = parse(body);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      return { name, cost: estimateCost(schema, document, operation, {}, 10) };
    });
    expect(costs.filter((c) => c.cost > 10000)).toEqual([]);
    expect(costs.length).toBeGreaterThan(50);
  });
});

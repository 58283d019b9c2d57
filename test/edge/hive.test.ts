/**
 * The scale-out path: the committed supergraph runs unchanged on Hive Gateway. Hive Gateway
 * (`@graphql-hive/gateway-runtime`, its own process, Hive's HMAC signer) serves the running
 * subgraphs beside Atrium's gateway, and every query of the persisted manifest goes through both as
 * the same personas (anonymous, a plain user, the platform administrator), with variables generated
 * from the operation's definitions: the data and the error codes must be the same. Mutations are
 * compared as well on what cannot differ between two runs (refusals: error codes for personas that
 * may not call them). Differences that are the gateways' own are listed in `KNOWN`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, parse, typeFromAST, isNonNullType, isListType, isEnumType, isInputObjectType, isScalarType, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@atrium/runtime/postgres';
import { startTestSystem, type Session, type TestSystem } from '../kit/system.js';

const root = new URL('../..', import.meta.url).pathname;
let t: TestSystem;
let hive: ChildProcess;
let hiveUrl: string;
let user: Session;
let schema: GraphQLSchema;

interface Operation {
  name: string;
  type: 'query' | 'mutation';
  body: string;
}
const manifest = JSON.parse(readFileSync(join(root, 'operations/persisted-query-manifest.json'), 'utf8')).operations as Operation[];

/** A value of an input type: required fields only; ids that exist nowhere. */
function value(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return value(type.ofType);
  if (isListType(type)) return [value(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, value(f.type)]));
  if (isScalarType(type)) return ({ ID: '00000000-0000-4000-8000-0000000000ff', Int: 1, Float: 1, Boolean: false, DateTime: '2030-01-01T00:00:00.000Z', JSON: {} } as Record<string, unknown>)[type.name] ?? 'x';
  throw new Error(`no value for ${String(type)}`);
}

function variablesOf(op: Operation): Record<string, unknown> {
  const definition = parse(op.body).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return Object.fromEntries((definition.variableDefinitions ?? []).filter((v) => v.type.kind === 'NonNullType' && !v.defaultValue).map((v) => [v.variable.name.value, value(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
}

async function call(url: string, op: Operation, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: op.body, variables: variablesOf(op), operationName: op.name }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string }; path?: unknown[] }[] };
  return { data: body.data ?? null, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? null).sort() };
}

/** What two runs of one read may differ in: nothing but tokens that are minted per call. */
const normalise = (answer: unknown) => JSON.stringify(answer).replace(/"(accessToken|refreshToken|token)":"[^"]+"/g, '"$1":"T"');

beforeAll(async () => {
  t = await startTestSystem({ ATRIUM_RATE_LIMIT_PER_USER: '1000000', ATRIUM_RATE_LIMIT_PER_IP: '1000000' });
  user = await t.register();
  const port = await freePort();
  hiveUrl = `http://127.0.0.1:${port}/graphql`;
  const urls = Object.fromEntries(t.system.subgraphs.map((s) => [s.name, s.url]));
  hive = spawn(process.execPath, ['--import', 'tsx', join('test', 'kit', 'hive-gateway.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', HIVE_PORT: String(port), HIVE_SUPERGRAPH: join(root, 'supergraph.graphql'), HIVE_URLS: JSON.stringify(urls), ATRIUM_SUBGRAPH_HMAC_SECRET: t.config.secrets.subgraphHmacSecret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Hive Gateway did not start: ${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk;
      if (out.includes('hive gateway ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    hive.stdout!.on('data', onData);
    hive.stderr!.on('data', onData);
  });
  // The API schema, to type the generated variables.
  const introspection = (await (await fetch(hiveUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: getIntrospectionQuery() }) })).json()) as { data: never };
  schema = buildClientSchema(introspection.data);
}, 120_000);
afterAll(async () => {
  hive?.kill('SIGTERM');
  await t?.stop();
});

describe('the supergraph on Hive Gateway', () => {
  it('answers every query of the manifest with the same data and error codes as Atrium\'s gateway, for every persona', async () => {
    const queries = manifest.filter((op) => op.type === 'query');
    expect(queries.length).toBeGreaterThan(20);
    const differences: string[] = [];
    let compared = 0;
    let answered = 0;
    for (const [persona, token] of [['anonymous', undefined], ['user', user.accessToken], ['admin', t.admin.accessToken]] as const) {
      for (const op of queries) {
        const [atrium, other] = await Promise.all([call(t.gatewayUrl, op, token), call(hiveUrl, op, token)]);
        compared += 1;
        if (atrium.codes.length === 0 && atrium.data) answered += 1;
        if (normalise(atrium) !== normalise(other)) differences.push(`${persona} ${op.name}: Atrium ${normalise(atrium).slice(0, 300)} | Hive ${normalise(other).slice(0, 300)}`);
      }
    }
    console.log(`Hive Gateway comparison: ${compared - differences.length} of ${compared} query runs match (${answered} answered with data and no error)`);
    // Not only refusals: the administrator's reads return data through both.
    expect(answered).toBeGreaterThan(20);
    expect(differences).toEqual([]);
  });

  it('refuses the mutations a persona may not call with the same codes', async () => {
    const mutations = manifest.filter((op) => op.type === 'mutation');
    const differences: string[] = [];
    let compared = 0;
    for (const [persona, token] of [['anonymous', undefined], ['user', user.accessToken]] as const) {
      for (const op of mutations) {
        const atrium = await call(t.gatewayUrl, op, token);
        // Only refusals are compared: a call that succeeded changed state the second run would see.
        if (atrium.codes.length === 0 || !atrium.codes.every((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED' || c === 'BAD_USER_INPUT' || c === 'NOT_FOUND')) continue;
        const other = await call(hiveUrl, op, token);
        compared += 1;
        if (JSON.stringify(atrium.codes) !== JSON.stringify(other.codes)) differences.push(`${persona} ${op.name}: Atrium ${atrium.codes} | Hive ${other.codes}`);
      }
    }
    console.log(`Hive Gateway comparison: ${compared - differences.length} of ${compared} refused mutation runs match`);
    expect(compared).toBeGreaterThan(30);
    expect(differences).toEqual([]);
  });
});


/**
 * fieldUsage (issue 13 §1) through the real gateway and analytics: the gateway records which
 * schema coordinates each request asked for (fields through fragments, arguments passed),
 * analytics counts them per hour, and fieldUsage answers platform readers only. The schema check
 * then reads it through the gateway as its second usage source: a field no manifest operation
 * selects, but real traffic requested, is "used" and its removal fails.
 */
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { MANIFEST_FILE, checkWorkspace, fetchTrafficUsage, publishWorkspace, sdlFileText } from '@atrium/schema-registry';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { sql } from '@atrium/test/db';
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { createTenant } from '../kit/tenants.js';
import { parse } from 'graphql';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { waitFor } from '../authz-kit.js';

// One copy of graphql, as under tsx (see schema-check.test.ts).
vi.mock('graphql', async () => (await import('node:module')).createRequire(import.meta.url)('graphql'));

let t: TestSystem;
let root: string;
beforeAll(async () => (t = await startTestSystem()));
afterAll(async () => {
  await t?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const FIELD_USAGE = `query FU($from: DateTime!, $to: DateTime!, $typeName: String) {
  fieldUsage(from: $from, to: $to, typeName: $typeName) { coordinate typeName fieldName argumentName requests errors firstSeen lastSeen }
}`;
const POSTAL = `query Postal { me { ...Where } }
fragment Where on User { id profile { postalCode } }`;
const tag = () => `fu-${randomBytes(6).toString('hex')}`;

it('counts the coordinates real traffic requested, for platform readers only, and the schema check treats them as used', async () => {
  const from = new Date().toISOString();
  const ids = [tag(), tag(), tag()];
  expect((await t.gql(POSTAL, {}, t.admin.accessToken, { 'x-request-id': ids[0]! })).errors).toBeUndefined();
  expect((await t.gql(POSTAL, {}, t.admin.accessToken, { 'x-request-id': ids[1]! })).errors).toBeUndefined();
  // An argument passed, and an error in the answer (a null required argument value is refused).
  expect(codes(await t.gql('query Lookup($id: ID!) { user(id: $id) { id profile { postalCode } } }', { id: 'not-a-uuid' }, t.admin.accessToken, { 'x-request-id': ids[2]! }))).toEqual(['BAD_USER_INPUT']);
  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.api_usage_logs WHERE request_id = ANY($1)`, [ids])).length === 3, 'three usage rows');
  const to = new Date(Date.now() + 3_600_000).toISOString();

  const res = await t.gql(FIELD_USAGE, { from, to, typeName: 'UserProfile' }, t.admin.accessToken);
  expect(res.errors).toBeUndefined();
  expect(res.data.fieldUsage).toEqual([
    { coordinate: 'UserProfile.postalCode', typeName: 'UserProfile', fieldName: 'postalCode', argumentName: null, requests: 3, errors: 1, firstSeen: expect.any(String), lastSeen: expect.any(String) },
  ]);
  const all = (await t.gql(FIELD_USAGE, { from, to }, t.admin.accessToken)).data.fieldUsage as { coordinate: string; requests: number; argumentName: string | null }[];
  const byCoordinate = new Map(all.map((f) => [f.coordinate, f]));
  expect(byCoordinate.get('User.profile')?.requests).toBeGreaterThanOrEqual(3);
  expect(byCoordinate.get('Query.user.id')).toMatchObject({ argumentName: 'id', requests: 1 });
  // Introspection is not a schema coordinate.
  expect(all.some((f) => f.coordinate.includes('__'))).toBe(false);

  // Platform-wide: an organization's administrator (analytics:read scoped to it) and a plain user are refused.
  const acme = await createTenant(t, `FU Acme ${randomBytes(3).toString('hex')}`);
  expect(codes(await t.gql(FIELD_USAGE, { from, to }, acme.admin.accessToken))).toEqual(['FORBIDDEN']);
  expect(codes(await t.gql(FIELD_USAGE, { from, to }, acme.outsider.accessToken))).toEqual(['FORBIDDEN']);
  expect(codes(await t.gql(FIELD_USAGE, { from, to }))).toEqual(['UNAUTHENTICATED']);
  expect(codes(await t.gql(FIELD_USAGE, { from: to, to: from }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(FIELD_USAGE, { from: '2020-01-01T00:00:00Z', to: '2022-01-01T00:00:00Z' }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(FIELD_USAGE, { from, to, typeName: 'User%' }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);

  // The schema check: a copy of the repository's schema files, published, then UserProfile.postalCode removed.
  const repo = new URL('../..', import.meta.url).pathname;
  root = mkdtempSync(join(tmpdir(), 'atrium-field-usage-'));
  for (const file of ['supergraph.yaml', 'schema-changes.yaml']) cpSync(join(repo, file), join(root, file));
  cpSync(join(repo, 'operations'), join(root, 'operations'), { recursive: true });
  rmSync(join(root, MANIFEST_FILE));
  for (const p of SUBGRAPHS) cpSync(join(repo, 'subgraphs', p.name, 'schema.graphql'), join(root, 'subgraphs', p.name, 'schema.graphql'));
  const build = (_pkg: unknown, sdl: string) => printSubgraphSchema(buildSubgraphSchema(parse(sdl)));
  expect((await publishWorkspace({ root, build, resolverTypes: false })).blocking).toEqual([]);
  const identity = join(root, 'subgraphs/identity/schema.graphql');
  const without = readFileSync(identity, 'utf8').replace(/\n  """Postal code\."""\n  postalCode: String\n/, '\n');
  writeFileSync(identity, sdlFileText(build(undefined, without)));

  const breaking = async (trafficUsage: Awaited<ReturnType<typeof fetchTrafficUsage>> | null) =>
    (await checkWorkspace({ root, build, resolverTypes: false, trafficUsage })).findings.filter((f) => f.check === 'breaking').map((f) => [f.severity, f.rule, f.coordinate, f.message]);
  // The manifest alone: nobody selects it, so the removal is safe.
  expect(await breaking(null)).toEqual([['info', 'FIELD_REMOVED', 'UserProfile.postalCode', expect.stringMatching(/^breaking but safe: no operation in the manifest uses it\./)]]);
  // With fieldUsage read through the gateway: real traffic used it, so it is BREAKING.
  const traffic = await fetchTrafficUsage({ url: t.gatewayUrl, token: t.admin.accessToken, days: 1 });
  expect(traffic.requests.get('UserProfile.postalCode')).toBe(3);
  expect(await breaking(traffic)).toEqual([
    ['error', 'FIELD_REMOVED', 'UserProfile.postalCode', expect.stringContaining('No operation in the manifest uses UserProfile.postalCode, but real traffic (fieldUsage over the last 1 days) requested it 3 times.')],
  ]);
  // A platform reader's token is needed.
  await expect(fetchTrafficUsage({ url: t.gatewayUrl, token: acme.admin.accessToken, days: 1 })).rejects.toThrow(/FORBIDDEN/);
});

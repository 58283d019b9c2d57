import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { requestStatementCounters, startTestSystem, type TestSystem } from '../kit/system.js';

let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem();
});
afterAll(() => t?.stop());

/** Insert n users, each with a profile and two organization memberships, straight into the database. */
async function seedUsers(n: number, tag: string) {
  await sql(t.db.url, `INSERT INTO identity.organizations (name, slug, display_name) VALUES ($1::text, $1::text, $1::text), ($2::text, $2::text, $2::text)`, [`${tag}-a`, `${tag}-b`]);
  await sql(
    t.db.url,
    `WITH u AS (
       INSERT INTO identity.users (email, username) SELECT $1::text || g || '@bulk.test', $1::text || '_' || g FROM generate_series(1, $2::int) g RETURNING id
     ), p AS (INSERT INTO identity.user_profiles (user_id, job_title) SELECT id, 'Bulk' FROM u)
     INSERT INTO identity.organization_members (organization_id, user_id, role_id)
     SELECT o.id, u.id, '00000000-0000-4000-8000-00000000a001'::uuid FROM u CROSS JOIN identity.organizations o WHERE o.slug IN ($1::text || '-a', $1::text || '-b')`,
    [tag, n],
  );
}

const QUERY = `query($first: Int!, $text: String) { users(first: $first, filter: { text: $text }) { nodes { id email profile { jobTitle } organizations { id name } } } }`;

async function statementsFor(first: number, text: string) {
  const counters = requestStatementCounters(t);
  counters.forEach(([, c]) => c.reset());
  const res = await t.gql(QUERY, { first, text }, t.admin.accessToken);
  expect(res.errors).toBeUndefined();
  const bySubgraph = Object.fromEntries(counters.map(([name, c]) => [name, c.count]));
  return { count: counters.reduce((sum, [, c]) => sum + c.count, 0), bySubgraph, nodes: res.data.users.nodes };
}

it('lists 50 users with profiles and organizations in a bounded number of SQL statements', async () => {
  await seedUsers(50, 'fifty');
  await seedUsers(5, 'five');
  // The first request naming organizations its policy snapshot has not seen fetches them once
  // (a constant number of statements, however many users); count it, then count the warm path.
  const cold = await statementsFor(50, 'fifty');
  expect(cold.bySubgraph.authorization).toBeLessThanOrEqual(14);
  await statementsFor(5, 'five');
  const fifty = await statementsFor(50, 'fifty');
  expect(fifty.nodes).toHaveLength(50);
  expect(fifty.nodes.every((n: { profile: { jobTitle: string }; organizations: unknown[] }) => n.profile.jobTitle === 'Bulk' && n.organizations.length === 2)).toBe(true);
  const five = await statementsFor(5, 'five');
  expect(five.nodes).toHaveLength(5);
  // Same statements for 5 users as for 50, in every subgraph: nothing runs per user.
  expect(fifty.bySubgraph).toEqual(five.bySubgraph);
  // identity: users, profiles, memberships, organizations, and the one `access` audit event of
  // the request's clear reads of classified emails (masking.ts).
  expect(fifty.bySubgraph.identity).toBe(5);
  // authorization: nothing once the snapshot is current (decisions in process).
  expect(fifty.bySubgraph.authorization).toBeLessThanOrEqual(14);
  console.log(`SQL statements for 50 users with profiles and organizations: ${fifty.count} (${JSON.stringify(fifty.bySubgraph)})`);
});

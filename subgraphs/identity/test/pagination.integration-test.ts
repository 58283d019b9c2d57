/**
 * The kernel's keyset pagination on a real table whose rows were inserted by raw SQL inside one
 * millisecond (microseconds apart, and some at the very same microsecond): a walk with every
 * page size sees each row exactly once, in (created_at, id) order, and a cursor whose row was
 * deleted, or outside the list's filter, is refused instead of reading as the end of the list
 * or paging on.
 */
import { connection, createLogger, createPrisma, page, type AppError, type Connection } from '@atrium/kernel';
import { createTestDatabase, sql, type TestDatabase } from '@atrium/test/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { OrganizationStore } from '../src/modules/organizations/store.js';
import { UserStore } from '../src/modules/users/store.js';

let db: TestDatabase;
let client: ReturnType<typeof createPrisma<PrismaClient>>;
const ROWS = 9;

beforeAll(async () => {
  db = await createTestDatabase();
  client = createPrisma(PrismaClient, { url: db.url, schema: 'identity', logger: createLogger('test', 'silent') });
  // 2030-01-01 00:00:00.123 plus 1..4 µs, twice each, plus one more: all in one millisecond,
  // pairs at the same microsecond (the id decides their order).
  await sql(
    db.url,
    `INSERT INTO identity.users (email, username, created_at)
     SELECT 'walk' || g || '@atrium.test', 'walk_' || g, timestamptz '2030-01-01 00:00:00.123+00' + ((g + 1) / 2 || ' microseconds')::interval
       FROM generate_series(1, ${ROWS}) g`,
  );
});
afterAll(async () => {
  await client?.$disconnect();
  await db?.drop();
});

async function walk<T extends { id: string }>(first: number, fetch: (args: { first: number; after?: string | null }) => Promise<T[]>) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const p = page({ first, after });
    const result: Connection<T> = connection(await fetch({ first, after }), p);
    seen.push(...result.nodes.map((n) => n.id));
    if (!result.pageInfo.hasNextPage) return seen;
    after = result.pageInfo.endCursor;
  }
  throw new Error('the walk did not end');
}

describe('keyset pagination', () => {
  it('walks rows created within one millisecond exactly once, at every page size', async () => {
    const expected = (await sql<{ id: string }>(db.url, `SELECT id::text FROM identity.users WHERE username LIKE 'walk_%' ORDER BY created_at, id`)).map((r) => r.id);
    expect(expected).toHaveLength(ROWS);
    // The inserted timestamps really differ below the millisecond.
    const [{ n }] = (await sql<{ n: number }>(db.url, `SELECT count(DISTINCT created_at)::int AS n FROM identity.users WHERE username LIKE 'walk_%'`)) as [{ n: number }];
    expect(n).toBe(5);
    const users = new UserStore(client);
    for (const first of [1, 2, 3, 4, ROWS, ROWS + 1]) {
      const seen = await walk(first, (args) => users.list({ text: 'walk' }, page(args)));
      expect(seen, `first: ${first}`).toEqual(expected);
    }
  });

  it('walks memberships in joined_at order the same way', async () => {
    const [org] = await sql<{ id: string }>(db.url, `INSERT INTO identity.organizations (name, slug, display_name) VALUES ('Walkers', 'walkers', 'Walkers') RETURNING id::text`);
    await sql(
      db.url,
      `INSERT INTO identity.organization_members (organization_id, user_id, role_id, joined_at)
       SELECT $1::uuid, u.id, '00000000-0000-4000-8000-00000000a001'::uuid, timestamptz '2030-01-01 00:00:00.456+00' + (row_number() OVER (ORDER BY u.id) % 3 || ' microseconds')::interval
         FROM identity.users u WHERE u.username LIKE 'walk_%'`,
      [org!.id],
    );
    const expected = (await sql<{ id: string }>(db.url, `SELECT id::text FROM identity.organization_members WHERE organization_id = $1 ORDER BY joined_at, id`, [org!.id])).map((r) => r.id);
    expect(expected).toHaveLength(ROWS);
    const store = new OrganizationStore(client);
    for (const first of [1, 2, 5]) expect(await walk(first, (args) => store.members(org!.id, page(args)))).toEqual(expected);
  });

  it('refuses a cursor whose row was deleted instead of ending the list early', async () => {
    const users = new UserStore(client);
    const p = page({ first: 2 });
    const firstPage = connection(await users.list({ text: 'walk' }, p), p);
    const cursorRow = firstPage.nodes.at(-1)!.id;
    await sql(db.url, `DELETE FROM identity.user_profiles WHERE user_id = $1`, [cursorRow]);
    await sql(db.url, `DELETE FROM identity.users WHERE id = $1`, [cursorRow]);
    const error = await users.list({ text: 'walk' }, page({ first: 2, after: firstPage.pageInfo.endCursor })).then(() => null, (e: AppError) => e);
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions.fields).toEqual([{ path: ['after'], message: 'is not a cursor of this list (its row is gone or outside it); start again from the first page' }]);
  });

  it("refuses a cursor of a row outside the list's filter exactly as one that exists nowhere", async () => {
    // Prisma's cursor finds its row anywhere in the table; without the kernel's check this would
    // page on after the outsider's position and prove that the row exists.
    const [outsider] = await sql<{ id: string }>(db.url, `INSERT INTO identity.users (email, username, created_at) VALUES ('elsewhere@atrium.test', 'elsewhere', timestamptz '2029-01-01+00') RETURNING id::text`);
    const users = new UserStore(client);
    const refusal = (id: string) => users.list({ text: 'walk' }, page({ first: 2, after: Buffer.from(id).toString('base64url') })).then(() => null, (e: AppError) => ({ code: e.code, fields: e.extensions.fields }));
    const foreign = await refusal(outsider!.id);
    expect(foreign?.code).toBe('BAD_USER_INPUT');
    expect(foreign).toEqual(await refusal(crypto.randomUUID()));
  });

  it('refuses a cursor that is not one', () => {
    expect(() => page({ first: 2, after: Buffer.from('2030-01-01T00:00:00.123Z').toString('base64url') })).toThrow('after: is not a valid cursor');
  });
});

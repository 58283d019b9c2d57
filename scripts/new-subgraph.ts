/**
 * `pnpm new:subgraph <name> [--port <n>]`: a working subgraph in one command. It writes the
 * package (`subgraphs/<name>/`: definition, one example module resolver → service → store, its
 * shield map, loaders, an end-to-end test through the gateway) and its Prisma schema with a
 * first migration (`prisma/<name>/`), links the package (`pnpm install`, which also generates its
 * Prisma client), then `pnpm schema:publish` regenerates everything that follows from the
 * registry: its printed SDL and resolver types, supergraph.yaml, supergraph.graphql,
 * docker-compose.yml and .env.example. Nothing outside the new folders is edited by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPHS } from '@atrium/runtime/registry';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { port: { type: 'string' }, 'no-install': { type: 'boolean', default: false } } });
const name = positionals[0];
const root = new URL('..', import.meta.url).pathname;

function fail(message: string): never {
  console.error(`new:subgraph: ${message}`);
  process.exit(1);
}

if (!name || !/^[a-z][a-z0-9]*$/.test(name)) fail('give a name of lowercase letters and digits, e.g. `pnpm new:subgraph lore`');
if (SUBGRAPHS.some((s) => s.name === name) || existsSync(join(root, 'subgraphs', name)) || existsSync(join(root, 'prisma', name))) fail(`${name} exists already`);
const port = values.port ? Number(values.port) : Math.max(4100, ...SUBGRAPHS.map((s) => s.port)) + 1;
if (!Number.isInteger(port) || port < 1024 || port > 65535) fail('--port must be a port number');
if (SUBGRAPHS.some((s) => s.port === port)) fail(`port ${port} is taken by ${SUBGRAPHS.find((s) => s.port === port)!.name}`);

const Pascal = name[0]!.toUpperCase() + name.slice(1);
const Item = `${Pascal}Item`;
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

const files: Record<string, string> = {
  [`subgraphs/${name}/package.json`]: `${JSON.stringify(
    {
      name: `@atrium/${name}`,
      private: true,
      type: 'module',
      // `atrium-compiled`: the production runtime's JavaScript (pnpm build), like every workspace package.
      exports: { '.': { 'atrium-compiled': './dist/index.js', default: './src/index.ts' }, './*': { 'atrium-compiled': './dist/*.js', default: './src/*.ts' } },
      dependencies: {
        '@atrium/kernel': 'workspace:*',
        '@prisma/adapter-pg': 'catalog:',
        '@prisma/client': 'catalog:',
        dataloader: 'catalog:',
        graphql: 'catalog:',
        zod: 'catalog:',
      },
      devDependencies: { '@atrium/test': 'workspace:*', '@types/node': 'catalog:', vitest: 'catalog:' },
    },
    null,
    2,
  )}\n`,

  [`subgraphs/${name}/schema.graphql`]: `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])

"""An ISO-8601 date-time, serialised in UTC."""
scalar DateTime

"""Any JSON value."""
scalar JSON

"""Cursor pagination state of a connection."""
type PageInfo
  @shareable
{
  """Whether more items follow the last one returned."""
  hasNextPage: Boolean!

  """
  Cursor of the last item returned; pass it as \`after\` to get the next page.
  """
  endCursor: String
}

"""An example ${name} object: replace it with the domain's own."""
type ${Item}
  @key(fields: "id")
{
  """Identifier."""
  id: ID!

  """Display name."""
  name: String!

  """The user who created it."""
  createdById: ID!

  """When it was created."""
  createdAt: DateTime!
}

"""One edge of a ${name} item connection."""
type ${Item}Edge {
  """Cursor of this edge."""
  cursor: String!

  """The item."""
  node: ${Item}!
}

"""A page of ${name} items."""
type ${Item}Connection {
  """Edges with cursors."""
  edges: [${Item}Edge!]!

  """The items of this page."""
  nodes: [${Item}!]!

  """Pagination state."""
  pageInfo: PageInfo!
}

"""Input of create${Item}."""
input Create${Item}Input {
  """Display name, 1 to 200 characters."""
  name: String!
}

type Query {
  """The caller's ${name} items, oldest first."""
  ${name}Items(first: Int = 20, after: String): ${Item}Connection!

  """One of the caller's ${name} items."""
  ${name}Item(id: ID!): ${Item}
}

type Mutation {
  """Create a ${name} item owned by the caller."""
  create${Item}(input: Create${Item}Input!): ${Item}!
}
`,

  [`subgraphs/${name}/src/index.ts`]: `import { defineSubgraph } from '@atrium/kernel';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { itemResolvers } from './modules/items/resolvers.js';
import { accessMap } from './permissions.js';

/** ${Pascal}: written by \`pnpm new:subgraph ${name}\`. */
export default defineSubgraph({
  name: '${name}',
  port: ${port},
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  modules: [itemResolvers],
  types: { context: './context.js#${Pascal}Context', mappers: { ${Item}: './db.js#${Item}' } },
  accessMap,
  loaders: createLoaders,
});
`,

  [`subgraphs/${name}/src/context.ts`]: `import type { SubgraphContext } from '@atrium/kernel';
import type { PrismaClient } from './generated/prisma/client.js';
import type { ${Pascal}Loaders } from './loaders.js';

/** ${Pascal}'s request context: base, client, fresh loaders. */
export type ${Pascal}Context = SubgraphContext<PrismaClient, undefined, ${Pascal}Loaders>;
`,

  [`subgraphs/${name}/src/db.ts`]: `import type { Client } from '@atrium/kernel';
import type { PrismaClient, Prisma } from './generated/prisma/client.js';

/** The ${name} subgraph's own client; it sees only the \`${name}\` schema. */
export type ${Pascal}Db = Client<PrismaClient>;
/** Either the client or an open interactive transaction: stores accept both. */
export type DbClient = ${Pascal}Db | Prisma.TransactionClient;

export type { Prisma };
export type { ${Item} } from './generated/prisma/client.js';
`,

  [`subgraphs/${name}/src/loaders.ts`]: `import { loaderBy } from '@atrium/kernel';
import type { ${Pascal}Db } from './db.js';
import { ItemStore } from './modules/items/store.js';

/** Per-request dataloaders for every entity of the ${name} graph. */
export function createLoaders(db: ${Pascal}Db) {
  const items = new ItemStore(db);
  return {
    item: loaderBy((ids) => items.byIds(ids), (i) => i.id),
  };
}
export type ${Pascal}Loaders = ReturnType<typeof createLoaders>;
`,

  [`subgraphs/${name}/src/permissions.ts`]: `import { access, type AccessMap } from '@atrium/kernel';

const { public: open, authenticated, owner } = access;

/** Connection wrappers hold no data of their own; their nodes are guarded. */
const page = { '*': open };

/**
 * Every field of the ${name} schema → who may read or call it. Deny by default: a field missing
 * here is refused, and the mirror check fails. Items belong to their creator.
 */
export const accessMap: AccessMap = {
  Query: {
    ${name}Items: authenticated, // the caller's own
    ${name}Item: authenticated, // service: the creator only
  },
  Mutation: {
    create${Item}: authenticated,
  },
  ${Item}: { '*': owner((i) => i.createdById) },
  PageInfo: page,
  ${Item}Edge: page,
  ${Item}Connection: page,
};
`,

  [`subgraphs/${name}/src/modules/items/resolvers.ts`]: `import type { Resolvers } from '../../schema.generated.js';
import * as items from './service.js';

/** Thin: parse nothing here, call the service, shape nothing. */
export const itemResolvers: Resolvers = {
  Query: {
    ${name}Items: (_, args, ctx) => items.listItems(ctx, args),
    ${name}Item: (_, args, ctx) => items.getItem(ctx, args.id),
  },
  Mutation: {
    create${Item}: (_, args, ctx) => items.createItem(ctx, args.input),
  },
  ${Item}: {
    __resolveReference: (ref, ctx) => ctx.loaders.item.load(ref.id),
  },
};
`,

  [`subgraphs/${name}/src/modules/items/service.ts`]: `import { connection, idArg, page, parseInput, text, unauthenticated } from '@atrium/kernel';
import { z } from 'zod';
import type { ${Pascal}Context } from '../../context.js';
import { ItemStore } from './store.js';

const createInput = z.object({ name: text(200).min(1, 'must not be empty') });

function callerId(ctx: ${Pascal}Context): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

/** The caller's items, a page at a time. */
export async function listItems(ctx: ${Pascal}Context, args: unknown) {
  const p = page(args);
  return connection(await new ItemStore(ctx.db).listForUser(callerId(ctx), p), p);
}

/** One item, for its creator only; someone else's reads as absent. */
export async function getItem(ctx: ${Pascal}Context, rawId: unknown) {
  const item = await ctx.loaders.item.load(idArg(rawId));
  return item && item.createdById === callerId(ctx) ? item : null;
}

export async function createItem(ctx: ${Pascal}Context, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  return new ItemStore(ctx.db).create({ name: input.name, createdById: callerId(ctx) });
}
`,

  [`subgraphs/${name}/src/modules/items/store.ts`]: `import { paginate, unique, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Every Prisma call touching ${name} items. */
export class ItemStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.${name}Item.findMany({ where: { id: { in: [...ids] } } });
  }

  listForUser(createdById: string, p: Page) {
    return paginate(p, { createdById }, (q) => this.db.${name}Item.findMany(q), (where) => this.db.${name}Item.count({ where }));
  }

  create(data: Prisma.${Item}UncheckedCreateInput) {
    return unique(this.db.${name}Item.create({ data }), 'You already have an item with this name', ['name']);
  }
}
`,

  [`subgraphs/${name}/test/${name}.test.ts`]: `/**
 * ${Pascal} through the real gateway: a user creates and lists their items, another user sees
 * none of them, bad input and anonymous calls get their codes, and a name is unique per user.
 */
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { afterAll, beforeAll, expect, it } from 'vitest';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()));
afterAll(async () => t?.stop());

const CREATE = \`mutation($i: Create${Item}Input!) { create${Item}(input: $i) { id name createdById createdAt } }\`;
const LIST = \`query($after: String) { ${name}Items(first: 2, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }\`;

it('creates, pages and reads the caller’s own items through the gateway', async () => {
  const alice = await t.register();
  const names = ['one', 'two', 'three'];
  const created = [];
  for (const n of names) {
    const res = await t.gql(CREATE, { i: { name: n } }, alice.accessToken);
    expect(res.errors).toBeUndefined();
    created.push(res.data.create${Item});
  }
  expect(created[0]).toMatchObject({ name: 'one', createdById: alice.userId });
  const first = (await t.gql(LIST, {}, alice.accessToken)).data.${name}Items;
  expect(first.nodes.map((n: { name: string }) => n.name)).toEqual(['one', 'two']);
  const second = (await t.gql(LIST, { after: first.pageInfo.endCursor }, alice.accessToken)).data.${name}Items;
  expect(second).toEqual({ nodes: [{ id: created[2].id, name: 'three' }], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
  expect((await t.gql(\`query($id: ID!) { ${name}Item(id: $id) { name } }\`, { id: created[1].id }, alice.accessToken)).data.${name}Item).toEqual({ name: 'two' });

  const bob = await t.register();
  expect((await t.gql(LIST, {}, bob.accessToken)).data.${name}Items.nodes).toEqual([]);
  expect((await t.gql(\`query($id: ID!) { ${name}Item(id: $id) { name } }\`, { id: created[1].id }, bob.accessToken)).data.${name}Item).toBeNull();
});

it('answers bad input, duplicates and anonymous calls with their codes', async () => {
  const alice = await t.register();
  expect(codes(await t.gql(CREATE, { i: { name: '' } }, alice.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(CREATE, { i: { name: 'same' } }, alice.accessToken))).toEqual([]);
  expect(codes(await t.gql(CREATE, { i: { name: 'same' } }, alice.accessToken))).toEqual(['CONFLICT']);
  expect(codes(await t.gql(\`query($id: ID!) { ${name}Item(id: $id) { name } }\`, { id: 'nope' }, alice.accessToken))).toEqual(['BAD_USER_INPUT']);
  expect(codes(await t.gql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
});
`,

  [`prisma/${name}/prisma.config.ts`]: `import { defineConfig } from 'prisma/config';

// Read process.env directly: prisma's env() throws when the variable is unset,
// and \`prisma generate\` must work with no database at all.
export default defineConfig({
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
`,

  [`prisma/${name}/schema.prisma`]: `// ${Pascal} domain. The SQL in migrations/ is written by hand to match this file; test/drift checks it.

generator client {
  provider            = "prisma-client"
  output              = "../../subgraphs/${name}/src/generated/prisma"
  moduleFormat        = "esm"
  importFileExtension = "js"
}

datasource db {
  provider = "postgresql"
  schemas  = ["${name}"]
}

/// An example object: replace it with the domain's own.
model ${Item} {
  id          String   @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  name        String   @db.VarChar(200)
  createdById String   @map("created_by_id") @db.Uuid
  createdAt   DateTime @default(now()) @map("created_at") @db.Timestamptz(6)

  @@unique([createdById, name], map: "items_created_by_id_name_key")
  @@map("items")
  @@schema("${name}")
}
`,

  [`prisma/${name}/migrations/migration_lock.toml`]: `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "postgresql"
`,

  [`prisma/${name}/migrations/${stamp}_init/migration.sql`]: `-- ${Pascal} domain: the example items table (pnpm new:subgraph).
CREATE SCHEMA IF NOT EXISTS "${name}";

CREATE TABLE "${name}"."items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(200) NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "items_created_by_id_name_key" ON "${name}"."items"("created_by_id", "name");
`,
};

for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text, { flag: 'wx' });
}
console.log(`new:subgraph wrote subgraphs/${name}/ and prisma/${name}/ (port ${port})`);

const run = (args: string[]) => execFileSync('pnpm', args, { cwd: root, stdio: 'inherit', env: process.env });
// Link the package and generate its Prisma client (the root postinstall generates every client).
if (!values['no-install']) run(['install', '--prefer-offline', '--no-frozen-lockfile']);
// Everything that follows from the registry: printed SDL, resolver types, supergraph, compose, env.
run(['schema:publish']);
console.log(`\n${name} is registered. Start it with \`pnpm start\`; its test: pnpm vitest run subgraphs/${name}/test`);

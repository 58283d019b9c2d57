/**
 * Every Prisma schema must match what its hand-written migrations build (see ARCHITECTURE.md,
 * "Migrations"). Then proofs that the checker sees drift on either side: a changed schema
 * against the real database, and a changed database against the real schema.
 */
import { PLATFORM_PRISMA_SCHEMA, migrate } from '@atrium/kernel';
import { readPrismaSchema, schemaDrift } from '@atrium/schema-registry/db-drift';
import { createTestDatabase, sql, type TestDatabase } from '@atrium/test/db';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const prismaDir = join(import.meta.dirname, '..', 'prisma');
const schemas = readdirSync(prismaDir)
  .filter((name) => existsSync(join(prismaDir, name, 'schema.prisma')))
  .sort();
const identitySchema = join(prismaDir, 'identity', 'schema.prisma');

let db: TestDatabase;
let scratch: string;

beforeAll(async () => {
  db = await createTestDatabase();
  scratch = mkdtempSync(join(tmpdir(), 'atrium-drift-'));
  // The template already holds every registered subgraph's migrations (the runner skips those);
  // this also applies a prisma/<name>/ whose subgraph is not wired into the runtime yet.
  for (const name of schemas) {
    const [schema] = readPrismaSchema(join(prismaDir, name, 'schema.prisma')).schemas;
    await migrate({ url: db.url, schema: schema ?? name, dir: join(prismaDir, name, 'migrations') });
  }
});
afterAll(async () => {
  await db?.drop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('every Prisma schema matches its migrated database', () => {
  it('finds the subgraph schemas', () => {
    expect(schemas).toContain('identity');
  });

  it.each(schemas)('prisma/%s has no drift', async (name) => {
    expect(await schemaDrift({ schemaPath: join(prismaDir, name, 'schema.prisma'), databaseUrl: db.url })).toEqual([]);
  });

  it('the kernel’s atrium_platform schema (ended sessions) has no drift', async () => {
    expect(readPrismaSchema(PLATFORM_PRISMA_SCHEMA).schemas).toEqual(['atrium_platform']);
    expect(await schemaDrift({ schemaPath: PLATFORM_PRISMA_SCHEMA, databaseUrl: db.url })).toEqual([]);
  });
});

describe('a changed schema is reported against the real database', () => {
  /** Write the identity schema with one textual edit into the scratch dir and check it. */
  async function driftAfterEdit(from: string, to: string): Promise<string[]> {
    const source = readFileSync(identitySchema, 'utf8');
    expect(source).toContain(from);
    const path = join(scratch, `schema-${Math.random().toString(36).slice(2)}.prisma`);
    writeFileSync(path, source.replace(from, to));
    return schemaDrift({ schemaPath: path, databaseUrl: db.url });
  }

  it('a different VarChar length', async () => {
    expect(
      await driftAfterEdit('email               String    @unique @db.VarChar(255)', 'email               String    @unique @db.VarChar(200)'),
    ).toEqual(['identity.users.email: type character varying(200) in schema, character varying(255) in database']);
  });

  it('a removed @@index (the database now has an undeclared one)', async () => {
    expect(await driftAfterEdit('  @@index([createdAt], map: "idx_users_created_at")\n', '')).toEqual([
      'extra index identity.idx_users_created_at on users (created_at)',
    ]);
  });

  it('a nullable column made required', async () => {
    expect(await driftAfterEdit('avatarUrl           String?', 'avatarUrl           String ')).toEqual([
      'identity.users.avatar_url: NOT NULL in schema, nullable in database',
    ]);
  });

  it('a different onDelete action', async () => {
    expect(await driftAfterEdit('onDelete: NoAction, map: "user_profiles_manager_id_fkey"', 'onDelete: SetNull, map: "user_profiles_manager_id_fkey"')).toEqual([
      'foreign key identity.user_profiles (manager_id): ON DELETE SET NULL in schema, NO ACTION in database',
    ]);
  });

  it('a different foreign-key constraint name', async () => {
    expect(await driftAfterEdit('map: "teams_organization_id_fkey"', 'map: "teams_org_fkey"')).toEqual([
      'foreign key identity.teams (organization_id): name teams_org_fkey in schema, teams_organization_id_fkey in database',
    ]);
  });

  it('a different partial-index predicate', async () => {
    expect(await driftAfterEdit('map: "idx_users_username", where: raw("deleted_at IS NULL")', 'map: "idx_users_username", where: raw("deleted_at IS NOT NULL")')).toEqual([
      'index identity.idx_users_username: WHERE deleted_at is not null in schema, deleted_at is null in database',
    ]);
  });

  it('a different default, enum value and index column', async () => {
    const source = readFileSync(identitySchema, 'utf8')
      .replace('timezone            String?   @default("UTC")', 'timezone            String?   @default("Europe/Paris")')
      .replace('  trial\n', '  trial\n  archived\n')
      .replace('@@index([company], map: "idx_user_profiles_company")', '@@index([department], map: "idx_user_profiles_company")');
    const path = join(scratch, 'several.prisma');
    writeFileSync(path, source);
    expect(await schemaDrift({ schemaPath: path, databaseUrl: db.url })).toEqual([
      'enum identity.org_status: values (active, suspended, trial, archived, inactive) in schema, (active, suspended, trial, inactive) in database',
      "identity.users.timezone: default 'Europe/Paris' in schema, 'UTC' in database",
      'index identity.idx_user_profiles_company: on user_profiles (department) in schema, user_profiles (company) in database',
    ]);
  });
});

describe('a changed database is reported against the real schema', () => {
  let changed: TestDatabase;
  beforeEach(async () => {
    changed = await createTestDatabase();
    return () => changed.drop();
  });
  const drift = () => schemaDrift({ schemaPath: identitySchema, databaseUrl: changed.url });

  it('a dropped default', async () => {
    await sql(changed.url, 'ALTER TABLE identity.users ALTER COLUMN timezone DROP DEFAULT');
    expect(await drift()).toEqual(["identity.users.timezone: default 'UTC' in schema, none in database"]);
  });

  it('a dropped index', async () => {
    await sql(changed.url, 'DROP INDEX identity.idx_users_email');
    expect(await drift()).toEqual(['missing index identity.idx_users_email on users (email)']);
  });

  it('an extra column, table, enum and index', async () => {
    await sql(changed.url, 'ALTER TABLE identity.users ADD COLUMN nickname TEXT');
    await sql(changed.url, 'CREATE TABLE identity.scratch (id INTEGER PRIMARY KEY)');
    await sql(changed.url, "CREATE TYPE identity.mood AS ENUM ('calm')");
    await sql(changed.url, 'CREATE INDEX idx_users_locale ON identity.users (locale)');
    expect(await drift()).toEqual([
      'extra enum identity.mood',
      'extra table identity.scratch',
      'extra column identity.users.nickname',
      'extra index identity.idx_users_locale on users (locale)',
      'extra index identity.scratch_pkey on scratch (id)',
    ]);
  });

  it('a changed type, nullability, foreign key and unique index', async () => {
    await sql(changed.url, 'ALTER TABLE identity.users ALTER COLUMN locale TYPE VARCHAR(20), ALTER COLUMN locale SET NOT NULL');
    await sql(changed.url, 'ALTER TABLE identity.teams DROP CONSTRAINT teams_organization_id_fkey');
    await sql(changed.url, 'DROP INDEX identity.users_username_key');
    await sql(changed.url, 'CREATE INDEX users_username_key ON identity.users (username)');
    expect(await drift()).toEqual([
      'identity.users.locale: type character varying(10) in schema, character varying(20) in database',
      'identity.users.locale: nullable in schema, NOT NULL in database',
      'index identity.users_username_key: unique index in schema, index in database',
      'missing foreign key identity.teams (organization_id) -> identity.organizations (id)',
    ]);
  });

  it('SQL-only CHECK constraints are allowed', async () => {
    await sql(changed.url, 'ALTER TABLE identity.users ADD CONSTRAINT users_attempts_check CHECK (failed_login_attempts >= 0)');
    expect(await drift()).toEqual([]);
  });

  it('an equivalent predicate in Postgres spelling is not drift', async () => {
    // Postgres stores `(is_active AND ((deleted_at IS NULL) OR ((locale)::text = 'x'::text)))`.
    await sql(changed.url, `CREATE INDEX idx_users_mixed ON identity.users (locale DESC) WHERE is_active AND (deleted_at IS NULL OR locale = 'x')`);
    const source = readFileSync(identitySchema, 'utf8').replace(
      '  @@map("users")',
      `  @@index([locale(sort: Desc)], map: "idx_users_mixed", where: raw("is_active AND (deleted_at IS NULL OR locale = 'x')"))\n  @@map("users")`,
    );
    const path = join(scratch, 'mixed.prisma');
    writeFileSync(path, source);
    expect(await schemaDrift({ schemaPath: path, databaseUrl: changed.url })).toEqual([]);
  });
});

/**
 * The kernel migration runner (packages/kernel/src/migrate.ts), each case on a fresh empty
 * database with migration folders written here in Prisma's layout.
 */
import { migrate } from '@atrium/kernel';
import { ensureDatabase } from '@atrium/runtime/postgres';
import { sql } from '@atrium/test/db';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';

const SCHEMA = 'mig_test';
const A = '20250101000000_create_things';
const B = '20250102000000_add_label';
const C = '20250103000000_seed_things';

let url: string;
let name: string;
let dir: string;

beforeEach(async () => {
  // The pid suffix of the template lets global teardown find this database if a test crashes.
  name = `atrium_t_${inject('templateDatabase').split('_').pop()}_mig_${randomBytes(4).toString('hex')}`;
  url = await ensureDatabase(inject('pgServerUrl'), name);
  dir = mkdtempSync(join(tmpdir(), 'atrium-migrations-'));
});

afterEach(async () => {
  const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

function write(migration: string, text: string | Buffer): void {
  mkdirSync(join(dir, migration), { recursive: true });
  writeFileSync(join(dir, migration, 'migration.sql'), text);
}

/** Three migrations that only work in order: B alters A's table, C uses B's column. */
function writeThree(): void {
  write(A, `CREATE TABLE "${SCHEMA}"."things" ("id" SERIAL PRIMARY KEY);\nSELECT pg_sleep(0.05);\n`);
  // CRLF line endings and non-ASCII text: the checksum is over the bytes as stored.
  write(B, Buffer.from(`-- étiquette\r\nALTER TABLE "${SCHEMA}"."things" ADD COLUMN "label" TEXT NOT NULL DEFAULT 'é';\r\n`, 'utf8'));
  write(C, `INSERT INTO "${SCHEMA}"."things" ("label") VALUES ('one'), ('two');\n`);
  writeFileSync(join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
}

const run = () => migrate({ url, schema: SCHEMA, dir });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}
const rows = () => sql<MigrationRow>(url, `SELECT * FROM "${SCHEMA}"."_prisma_migrations" ORDER BY migration_name`);

describe('kernel migration runner', () => {
  it('applies migrations in order and records them in Prisma’s _prisma_migrations layout', async () => {
    writeThree();
    expect(await run()).toEqual({ applied: [A, B, C] });

    expect(await sql(url, `SELECT label FROM "${SCHEMA}"."things" ORDER BY id`)).toEqual([{ label: 'one' }, { label: 'two' }]);

    const columns = await sql(
      url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = $1 AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      [SCHEMA],
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
    ]);
    const [pk] = await sql<{ columns: string }>(
      url,
      `SELECT string_agg(a.attname, ',') AS columns FROM pg_index x
         JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey)
        WHERE x.indrelid = '"${SCHEMA}"._prisma_migrations'::regclass AND x.indisprimary`,
    );
    expect(pk?.columns).toBe('id');

    const recorded = await rows();
    expect(recorded.map((r) => r.migration_name)).toEqual([A, B, C]);
    for (const row of recorded) {
      expect(row.checksum).toBe(sha256(join(dir, row.migration_name, 'migration.sql')));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
    // The CRLF file is hashed as stored, not after line-ending normalisation.
    const crlf = readFileSync(join(dir, B, 'migration.sql'));
    expect(crlf.includes('\r\n')).toBe(true);
    expect(recorded[1]!.checksum).toBe(createHash('sha256').update(crlf).digest('hex'));
    // finished_at is when the migration finished, not when its transaction started.
    expect(recorded[0]!.finished_at!.getTime() - recorded[0]!.started_at.getTime()).toBeGreaterThanOrEqual(40);
    // Started in order.
    expect(recorded[0]!.started_at.getTime()).toBeLessThanOrEqual(recorded[1]!.started_at.getTime());
    expect(recorded[1]!.started_at.getTime()).toBeLessThanOrEqual(recorded[2]!.started_at.getTime());
  });

  it('applies nothing on a second run, and only the new migration after one is added', async () => {
    write(A, `CREATE TABLE "${SCHEMA}"."things" ("id" SERIAL PRIMARY KEY);\n`);
    expect(await run()).toEqual({ applied: [A] });
    const before = await rows();
    expect(await run()).toEqual({ applied: [] });
    expect(await rows()).toEqual(before);

    write(B, `ALTER TABLE "${SCHEMA}"."things" ADD COLUMN "label" TEXT;\n`);
    expect(await run()).toEqual({ applied: [B] });
    expect((await rows()).map((r) => r.migration_name)).toEqual([A, B]);
  });

  it('two concurrent runs apply each migration exactly once and both succeed', async () => {
    write(A, `CREATE TABLE "${SCHEMA}"."applications" ("migration" TEXT NOT NULL);\nSELECT pg_sleep(0.3);\nINSERT INTO "${SCHEMA}"."applications" VALUES ('A');\n`);
    write(B, `INSERT INTO "${SCHEMA}"."applications" VALUES ('B');\nSELECT pg_sleep(0.2);\n`);
    write(C, `INSERT INTO "${SCHEMA}"."applications" VALUES ('C');\n`);

    const results = await Promise.all([run(), run(), run()]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual([A, B, C]);
    expect(await sql(url, `SELECT migration FROM "${SCHEMA}"."applications" ORDER BY migration`)).toEqual([
      { migration: 'A' },
      { migration: 'B' },
      { migration: 'C' },
    ]);
    const recorded = await rows();
    expect(recorded.map((r) => r.migration_name)).toEqual([A, B, C]);
    expect(recorded.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    writeThree();
    await run();
    write(B, `ALTER TABLE "${SCHEMA}"."things" ADD COLUMN "label" VARCHAR(10);\n`);
    await expect(run()).rejects.toThrow(`Migration ${SCHEMA}/${B} was modified after it was applied`);
    // Nothing was touched: still three rows with the original checksums.
    expect((await rows()).map((r) => r.migration_name)).toEqual([A, B, C]);
  });

  it('accepts a file whose line endings alone changed (git autocrlf), as Prisma does, and a UTF-8 BOM', async () => {
    writeThree();
    await run();
    const recorded = await rows();
    // LF -> CRLF for A and C, CRLF -> LF for B: same SQL, different bytes.
    for (const migration of [A, B, C]) {
      const file = join(dir, migration, 'migration.sql');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n'));
    }
    expect(await run()).toEqual({ applied: [] });
    expect(await rows()).toEqual(recorded);

    const D = '20250104000000_with_bom';
    write(D, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`INSERT INTO "${SCHEMA}"."things" ("label") VALUES ('bom');\n`)]));
    expect(await run()).toEqual({ applied: [D] });
    expect((await rows()).at(-1)?.checksum).toBe(sha256(join(dir, D, 'migration.sql')));
  });

  it('rolls a failing migration back whole, records nothing for it and names it', async () => {
    write(A, `CREATE TABLE "${SCHEMA}"."things" ("id" SERIAL PRIMARY KEY);\n`);
    write(
      B,
      [
        `CREATE TABLE "${SCHEMA}"."half_done" ("id" INTEGER);`,
        `INSERT INTO "${SCHEMA}"."things" DEFAULT VALUES;`,
        `ALTER TABLE "${SCHEMA}"."things" ADD COLUMN "label" TEXT;`,
        `SELECT * FROM "${SCHEMA}"."no_such_table";`,
        `CREATE TABLE "${SCHEMA}"."after_error" ("id" INTEGER);`,
      ].join('\n'),
    );
    write(C, `INSERT INTO "${SCHEMA}"."things" DEFAULT VALUES;\n`);

    const error = await run().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain(`${SCHEMA}/${B}`);
    expect(error!.message).toContain('no_such_table');

    // A stays applied; none of B's statements persisted; C never ran.
    expect((await rows()).map((r) => r.migration_name)).toEqual([A]);
    const tables = await sql<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [SCHEMA]);
    expect(tables.map((t) => t.table_name)).toEqual(['_prisma_migrations', 'things']);
    expect(await sql(url, `SELECT count(*)::int AS n FROM "${SCHEMA}"."things"`)).toEqual([{ n: 0 }]);
    const labelColumn = await sql(url, `SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'things' AND column_name = 'label'`, [SCHEMA]);
    expect(labelColumn).toEqual([]);

    // Once fixed, the runner picks up where it stopped.
    write(B, `ALTER TABLE "${SCHEMA}"."things" ADD COLUMN "label" TEXT;\n`);
    expect(await run()).toEqual({ applied: [B, C] });
  });
});

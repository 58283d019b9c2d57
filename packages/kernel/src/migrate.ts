import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from './logger.js';

export interface MigrateOptions {
  url: string;
  /** Postgres schema that owns the migrations and `_prisma_migrations` table. */
  schema: string;
  /** `prisma/<name>/migrations` */
  dir: string;
  logger?: Logger;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** Migrations in Prisma's layout, ordered by their timestamped folder name. */
function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory() && existsSync(join(dir, entry, 'migration.sql')))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, 'migration.sql'));
      // The checksum covers the bytes as stored; a BOM some editors add is not SQL.
      return { name, sql: bytes.toString('utf8').replace(/^\uFEFF/, ''), checksum: sha256(bytes) };
    });
}

/** The migrations of a Prisma migrations folder, by name, in the order they apply. */
export const migrationNames = (dir: string): string[] => readMigrations(dir).map((m) => m.name);

/**
 * Which of `names` (on disk) the schema's `_prisma_migrations` does not record as applied
 * (finished, not rolled back): what `/health/ready` reports. A schema never migrated has none.
 */
export async function pendingMigrations(db: { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> }, schema: string, names: readonly string[]): Promise<string[]> {
  const table = `${quote(schema)}._prisma_migrations`;
  const exists = await db.$queryRawUnsafe<{ found: boolean }[]>('SELECT to_regclass($1) IS NOT NULL AS found', table);
  if (!exists[0]?.found) return [...names];
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM ${table} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
  const applied = new Set(rows.map((r) => r.migration_name));
  return names.filter((name) => !applied.has(name));
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Whether an applied migration's recorded checksum still matches the file. Like Prisma's
 * `script_matches_checksum`, a checkout that only changed line endings (git autocrlf) matches.
 */
function checksumMatches(file: MigrationFile, recorded: string): boolean {
  if (file.checksum === recorded) return true;
  const lf = file.sql.replace(/\r\n/g, '\n');
  return sha256(lf) === recorded || sha256(lf.replace(/\n/g, '\r\n')) === recorded;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** A stable 63-bit advisory-lock key per schema. */
function lockKey(schema: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`atrium:migrate:${schema}`).digest('hex').slice(0, 16)}`)).toString();
}

/**
 * Apply pending migrations, compatible with Prisma's `_prisma_migrations` bookkeeping.
 * Holds a session advisory lock so concurrent starters apply each migration exactly once.
 * Each migration runs in its own transaction; a failure rolls it back whole and stops.
 * An applied migration whose file changed is refused, as `prisma migrate` would.
 */
export async function migrate(options: MigrateOptions): Promise<{ applied: string[] }> {
  const files = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: options.url, application_name: `atrium-migrate-${options.schema}` });
  // A dropped connection surfaces as the failing query's error; without a listener it would crash the process.
  client.on('error', (error) => options.logger?.warn({ err: error, schema: options.schema }, 'migration connection error'));
  await client.connect();
  const table = `${quote(options.schema)}._prisma_migrations`;
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [lockKey(options.schema)]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(options.schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
      id                  VARCHAR(36) PRIMARY KEY NOT NULL,
      checksum            VARCHAR(64) NOT NULL,
      finished_at         TIMESTAMPTZ,
      migration_name      VARCHAR(255) NOT NULL,
      logs                TEXT,
      rolled_back_at      TIMESTAMPTZ,
      started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
      applied_steps_count INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM ${table} WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    for (const file of files) {
      const previous = done.get(file.name);
      if (previous) {
        if (!previous.finished_at) {
          throw new Error(`Migration ${options.schema}/${file.name} failed earlier and needs manual resolution`);
        }
        if (!checksumMatches(file, previous.checksum)) {
          throw new Error(
            `Migration ${options.schema}/${file.name} was modified after it was applied ` +
              `(recorded checksum ${previous.checksum}, file ${file.checksum}); restore the file and put the change in a new migration`,
          );
        }
        continue;
      }
      const id = randomUUID();
      await client.query('BEGIN');
      try {
        await client.query(
          `INSERT INTO ${table} (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, file.checksum, file.name],
        );
        await client.query(file.sql);
        // clock_timestamp(): now() would repeat the transaction's start time.
        await client.query(`UPDATE ${table} SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${options.schema}/${file.name} failed: ${(error as Error).message}`);
      }
      applied.push(file.name);
      options.logger?.info({ schema: options.schema, migration: file.name }, 'migration applied');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await client.end();
  }
  return { applied };
}

/**
 * `pnpm db:migrate` and `pnpm db:reset` as real child processes against test databases.
 */
import { ensureDatabase } from '@atrium/runtime/postgres';
import { createTestDatabase, sql, type TestDatabase } from '@atrium/test/db';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let dataDir: string;

beforeAll(() => {
  // Development secrets are generated into the data directory: keep them out of the repository.
  dataDir = mkdtempSync(join(tmpdir(), 'atrium-db-scripts-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScript(script: string, env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [join(root, 'scripts', script)], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'error', ATRIUM_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tablesIn = async (url: string, schema: string) =>
  (await sql<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [schema])).map(
    (r) => r.table_name,
  );

describe('pnpm db:reset', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('refuses with NODE_ENV=production, exit code 1, and leaves the database alone', async () => {
    const before = await tablesIn(db.url, 'identity');
    expect(before).toContain('users');
    const [{ n: usersBefore } = { n: -1 }] = await sql<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM identity.users');

    const result = await runScript('db-reset.ts', { NODE_ENV: 'production', DATABASE_URL: db.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/production/);
    expect(result.stdout).toBe('');

    expect(await tablesIn(db.url, 'identity')).toEqual(before);
    expect(await sql(db.url, 'SELECT count(*)::int AS n FROM identity.users')).toEqual([{ n: usersBefore }]);
  });

  it('drops every subgraph schema and migrates and seeds again outside production', async () => {
    await sql(db.url, 'CREATE TABLE identity.leftover (id INTEGER)');
    const result = await runScript('db-reset.ts', { NODE_ENV: 'development', DATABASE_URL: db.url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Reset DATABASE_URL: dropped graphile_worker, identity/);
    const tables = await tablesIn(db.url, 'identity');
    expect(tables).toContain('users');
    expect(tables).not.toContain('leftover');
  });
});

describe('pnpm db:migrate', () => {
  let name: string;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('migrates and seeds a fresh empty database, then finds nothing to do', async () => {
    name = `atrium_t_${inject('templateDatabase').split('_').pop()}_dbm_${randomBytes(4).toString('hex')}`;
    const url = await ensureDatabase(inject('pgServerUrl'), name);
    expect(await tablesIn(url, 'identity')).toEqual([]);

    const first = await runScript('db-migrate.ts', { NODE_ENV: 'test', DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Migrated DATABASE_URL: [1-9]\d* migration\(s\) applied, seeds run\./);
    expect(first.stdout).toMatch(/identity: \d{14}_init/);
    const tables = await tablesIn(url, 'identity');
    expect(tables).toEqual(expect.arrayContaining(['_prisma_migrations', 'users', 'organizations', 'refresh_sessions']));

    const second = await runScript('db-migrate.ts', { NODE_ENV: 'test', DATABASE_URL: url });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^Migrated DATABASE_URL: 0 migration\(s\) applied/);
    expect(second.stdout).toMatch(/identity: up to date/);
  });
});

/**
 * `pnpm new:subgraph` in a temporary copy of the repository, as a developer runs it: the copy
 * installs, the command writes and registers a subgraph, and then the copy typechecks,
 * `pnpm schema:check` passes and the new subgraph's own end-to-end test passes through the
 * gateway. No file outside the new folders is edited by hand: the command regenerates the rest.
 * The sample is named and placed where no real subgraph will ever be (the real ones take 4101-4106).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const repo = new URL('..', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'atrium-new-subgraph-'));
// A checkout is world-readable: as root the embedded PostgreSQL runs its binaries, inside the
// copy's node_modules, as the `postgres` user (mkdtemp makes the folder 0700).
chmodSync(copy, 0o755);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The environment a developer's shell would have: no variables of the outer test run. */
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', CI: 'true', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) };
function pnpm(...args: string[]) {
  const result = spawnSync('pnpm', args, { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

it('writes a working subgraph: typecheck, schema:check and its own gateway test pass', async () => {
  // The working tree as git sees it (tracked and new files, nothing ignored).
  execFileSync('bash', ['-c', `git ls-files -co --exclude-standard -z | tar --null -cf - -T - | tar -xf - -C "${copy}"`], { cwd: repo });
  const before = readFileSync(join(copy, 'supergraph.yaml'), 'utf8');
  expect(pnpm('install', '--prefer-offline', '--frozen-lockfile').status).toBe(0);

  const created = pnpm('new:subgraph', 'widgets', '--port', '4190');
  expect(created.status, created.output).toBe(0);
  expect(created.output).toContain('new:subgraph wrote subgraphs/widgets/ and prisma/widgets/ (port 4190)');
  // What the command regenerated (never edited by hand): the registry's files now name widgets.
  const after = readFileSync(join(copy, 'supergraph.yaml'), 'utf8');
  expect(after).not.toBe(before);
  expect(after).toContain('  widgets:\n    routing_url: http://127.0.0.1:4190/graphql\n    schema:\n      file: ./subgraphs/widgets/schema.graphql');
  expect(readFileSync(join(copy, 'docker-compose.yml'), 'utf8')).toContain('command: ["node", "--conditions=atrium-compiled", "scripts/dist/serve.js", "widgets"]');
  expect(readFileSync(join(copy, '.env.example'), 'utf8')).toContain('ATRIUM_WIDGETS_URL=http://widgets:4190/graphql');
  expect(readFileSync(join(copy, 'supergraph.graphql'), 'utf8')).toContain('WIDGETS @join__graph(name: "widgets", url: "http://127.0.0.1:4190/graphql")');

  const typecheck = pnpm('typecheck');
  expect(typecheck.status, typecheck.output).toBe(0);
  const check = pnpm('schema:check');
  expect(check.status, check.output).toBe(0);
  expect(check.output).toMatch(/schema:check passed: 0 error\(s\)/);
  const test = pnpm('vitest', 'run', 'subgraphs/widgets/test');
  expect(test.status, test.output).toBe(0);
  expect(test.output).toMatch(/Tests\s+2 passed/);

  // A second subgraph of the same name is refused, touching nothing.
  const again = pnpm('new:subgraph', 'widgets', '--no-install');
  expect(again.status).toBe(1);
  expect(again.output).toContain('new:subgraph: widgets exists already');
}, 600_000);

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { loadConfig } from '@atrium/kernel';
import { SUBGRAPH_PACKAGES } from '@atrium/runtime/subgraphs';

const root = new URL('..', import.meta.url).pathname;

function workspacePackages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of ['gateway', ...['subgraphs', 'packages'].flatMap((d) => (existsSync(join(root, d)) ? readdirSync(join(root, d)).map((n) => `${d}/${n}`) : []))]) {
    const pkg = join(root, dir, 'package.json');
    if (existsSync(pkg)) found.set(JSON.parse(readFileSync(pkg, 'utf8')).name, dir);
  }
  return found;
}

it('docker-compose.yml parses and every service it names exists in the workspace', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
  const packages = workspacePackages();
  const services = Object.entries(compose.services as Record<string, any>);
  expect(services.map(([name]) => name)).toEqual(expect.arrayContaining(['postgres', 'migrate', 'identity', 'authorization', 'conversations', 'gateway']));
  expect(compose.services.postgres.image).toMatch(/^pgvector\/pgvector:/);
  for (const [name, service] of services) {
    if (name === 'postgres') continue;
    expect(service.env_file, name).toEqual(['.env.example']);
    if (name === 'migrate') continue;
    expect(service.healthcheck?.test, `${name} healthcheck`).toBeDefined();
    const pkg = service.labels?.['atrium.package'];
    expect(packages.has(pkg), `${name} → ${pkg}`).toBe(true);
    expect(service.command).toEqual(['pnpm', '--filter', pkg, 'start']);
    expect(existsSync(join(root, packages.get(pkg)!, 'src/server.ts')), `${pkg} has src/server.ts`).toBe(true);
  }
  // And the other way round: every subgraph the runtime serves has its container.
  const labelled = new Set(services.map(([, service]) => service.labels?.['atrium.package']));
  for (const sub of SUBGRAPH_PACKAGES) expect(labelled.has(`@atrium/${sub.name}`), `${sub.name} service`).toBe(true);
});

it('.env.example holds only known, valid configuration', () => {
  const env = Object.fromEntries(
    readFileSync(join(root, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  expect(() => loadConfig({ ...env, ATRIUM_DATA_DIR: tmpdir() + '/atrium-env-check' })).not.toThrow();
});

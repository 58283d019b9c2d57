/**
 * `prisma generate` for every subgraph, offline. Prisma's CLI insists on a schema-engine
 * binary it would otherwise download; generation never runs it, so any existing file will do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const prismaDir = join(root, 'prisma');
const bin = join(root, 'node_modules', '.bin', 'prisma');

for (const name of readdirSync(prismaDir).sort()) {
  const config = join(prismaDir, name, 'prisma.config.ts');
  if (!existsSync(config)) continue;
  execFileSync(bin, ['generate', '--config', config], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
      PRISMA_DISABLE_WARNINGS: '1',
    },
  });
  console.log(`prisma client generated for ${name}`);
}

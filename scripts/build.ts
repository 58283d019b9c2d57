/**
 * `pnpm build`: the production runtime's JavaScript. Every workspace package's `src/` becomes its
 * `dist/` (same layout, one file per module, so `new URL('../schema.graphql', import.meta.url)` and
 * the migrations beside `src/` resolve the same from both), and the entry scripts become
 * `scripts/dist/`. esbuild only strips types, file by file (`isolatedModules` is on, so that is
 * exactly what tsc would emit); `pnpm typecheck` is the type check. The packages export `dist/`
 * under the `atrium-compiled` condition, which `scripts/run.sh` passes to node with
 * NODE_ENV=production; tsx, vitest and tsc see `src/` as before.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();

/** Every workspace package that has sources (pnpm-workspace.yaml's list, the test kit aside: tests run on tsx). */
const packages = ['packages', 'subgraphs']
  .flatMap((group) => readdirSync(join(root, group)).map((dir) => `${group}/${dir}`))
  .concat('gateway')
  .filter((dir) => existsSync(join(root, dir, 'package.json')) && existsSync(join(root, dir, 'src')))
  .sort();

/** What the production processes start: `pnpm start`, `pnpm serve <name>`, `pnpm db:migrate` (and what they import). */
const ENTRY_SCRIPTS = ['start.ts', 'serve.ts', 'db-migrate.ts', ...readdirSync(join(root, 'scripts/lib')).filter((f) => f.endsWith('.ts')).map((f) => `lib/${f}`)];

/** `.ts` files under a folder, relative to the root. */
const sources = (dir: string) => (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`);

async function compile(entryPoints: string[], outbase: string, outdir: string) {
  rmSync(join(root, outdir), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints,
    outbase,
    outdir,
    bundle: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The root tsconfig's semantics (class fields, module syntax), the same ones tsx applies in development.
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

let files = 0;
for (const dir of packages) {
  const name = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).name as string;
  // Unit specs stay sources; generated Prisma clients are compiled with the rest.
  const entries = sources(`${dir}/src`).filter((f) => !f.endsWith('.spec.ts') && !f.endsWith('.d.ts'));
  await compile(entries, `${dir}/src`, `${dir}/dist`);
  files += entries.length;
  if (process.env.LOG_LEVEL === 'debug') console.log(`  ${name}: ${entries.length} files → ${dir}/dist`);
}
const scripts = ENTRY_SCRIPTS.map((file) => `scripts/${file}`);
await compile(scripts, 'scripts', 'scripts/dist');
files += scripts.length;
console.log(`Built ${files} modules of ${packages.length} packages and the entry scripts in ${((Date.now() - started) / 1000).toFixed(1)}s (${relative(process.cwd(), join(root, 'scripts/dist')) || '.'}, <package>/dist)`);

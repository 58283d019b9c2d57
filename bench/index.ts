/** `pnpm bench`: run every benchmark in bench/ one after another, each in its own process. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
let failed = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(tsx, [join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

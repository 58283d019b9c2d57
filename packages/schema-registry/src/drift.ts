import type { Finding } from './findings.js';

/** The committed text of a printed subgraph schema: `printSubgraphSchema` output and a final newline. */
export const sdlFileText = (printed: string) => `${printed.replace(/\n+$/, '')}\n`;

/**
 * Check 1: the committed SDL file is exactly what the subgraph's code builds
 * (`printSubgraphSchema(buildSchema())`, which is also what `_service { sdl }` serves).
 */
export function checkDrift(subgraph: string, file: string, committed: string, built: string): Finding[] {
  const expected = sdlFileText(built);
  if (committed === expected) return [];
  const have = committed.split('\n');
  const want = expected.split('\n');
  let line = 0;
  while (line < have.length && line < want.length && have[line] === want[line]) line++;
  const show = (text: string | undefined) => (text === undefined ? 'end of file' : JSON.stringify(text));
  return [
    {
      check: 'drift',
      severity: 'error',
      rule: 'sdl-drift',
      subgraphs: [subgraph],
      coordinate: null,
      message: `${file} differs from what the code builds (printSubgraphSchema) at line ${line + 1}: the file has ${show(have[line])}, the code builds ${show(want[line])}. Run pnpm schema:publish.`,
    },
  ];
}

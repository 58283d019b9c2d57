/**
 * `pnpm serve <subgraph>|gateway`: run one service alone, as each docker-compose container does.
 * `pnpm start` runs everything in one process instead.
 */
import { serveStandalone } from '@atrium/runtime/standalone';

const name = process.argv[2];
if (!name) {
  console.error('usage: pnpm serve <subgraph>|gateway');
  process.exit(1);
}
await serveStandalone(name).catch((error: unknown) => {
  // Say which subgraph is missing or which setting is wrong instead of ending on a stack trace.
  console.error(`Atrium ${name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/** Run the conversations subgraph alone (docker-compose, scale-out). `pnpm start` runs everything in one process. */
import { runStandalone } from '@atrium/kernel';
import { subgraph } from './index.js';

await runStandalone(subgraph);

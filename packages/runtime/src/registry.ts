import { createEventBus, eventRoutes, loadConfig, settingsOf, type Config, type ConfigModel, type EventBus, type Logger, type SubgraphDefinition } from '@atrium/kernel';
import { gatewayConfig } from '@atrium/gateway/config';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runtimeConfig } from './config.js';

/**
 * The registry: every subgraph is a package under `subgraphs/<name>/` whose `src/index.ts`
 * exports its `defineSubgraph(...)` by default. Nothing else lists them: ports, routing URLs,
 * configuration, event routes, `supergraph.yaml`, `docker-compose.yml` and `.env.example` all
 * follow from what is found here (the generated files are checked by `pnpm schema:check`).
 */
export const ROOT = new URL('../../../', import.meta.url).pathname;

/** This process runs the compiled JavaScript of `pnpm build` (packages/runtime/dist), not the sources. */
const COMPILED = import.meta.url.endsWith('.js');

export interface RegisteredSubgraph {
  definition: SubgraphDefinition;
  /** `subgraphs/<name>`, relative to the root. */
  dir: string;
  /** `prisma/<name>/migrations`, absolute. */
  migrationsDir: string;
  /** `prisma/<name>/schema.prisma`, absolute. */
  prismaSchema: string;
}

/** Find every subgraph package under `<root>/subgraphs`, in port order (migrations, seeds and starts follow it). */
export async function discoverSubgraphs(root = ROOT): Promise<RegisteredSubgraph[]> {
  const base = join(root, 'subgraphs');
  const found: RegisteredSubgraph[] = [];
  for (const dir of existsSync(base) ? readdirSync(base).sort() : []) {
    const entry = join(base, dir, 'src', 'index.ts');
    if (!existsSync(entry)) continue;
    // Compiled (`pnpm build`, NODE_ENV=production) this module is JavaScript: so is every subgraph.
    const compiled = join(base, dir, 'dist', 'index.js');
    if (COMPILED && !existsSync(compiled)) throw new Error(`subgraphs/${dir} has no compiled dist/index.js: run pnpm build`);
    const definition = (await import(pathToFileURL(COMPILED ? compiled : entry).href)).default as SubgraphDefinition | undefined;
    if (!definition?.name) throw new Error(`subgraphs/${dir}/src/index.ts must export its defineSubgraph(...) as default`);
    if (definition.name !== dir) throw new Error(`subgraphs/${dir} defines a subgraph named ${definition.name}: the folder and the name must match`);
    found.push({ definition, dir: `subgraphs/${dir}`, migrationsDir: join(root, 'prisma', dir, 'migrations'), prismaSchema: join(root, 'prisma', dir, 'schema.prisma') });
  }
  found.sort((a, b) => a.definition.port - b.definition.port);
  const ports = new Map<number, string>();
  for (const { definition } of found) {
    const other = ports.get(definition.port);
    if (other) throw new Error(`Subgraphs ${other} and ${definition.name} both take port ${definition.port}`);
    ports.set(definition.port, definition.name);
  }
  return found;
}

export const REGISTERED: readonly RegisteredSubgraph[] = await discoverSubgraphs();
/** Every registered subgraph definition, in port order. */
export const SUBGRAPHS: readonly SubgraphDefinition[] = REGISTERED.map((r) => r.definition);

/** Every configuration model of the system: the runtime's, the gateway's and each subgraph's. */
export const CONFIG_MODELS: readonly ConfigModel[] = [runtimeConfig, gatewayConfig, ...SUBGRAPHS.flatMap((s) => (s.config ? [s.config] : []))];

/** The registry as configuration sees it. */
export const CONFIG_REGISTRY = { subgraphs: SUBGRAPHS.map((s) => ({ name: s.name, port: s.port })), models: CONFIG_MODELS };

/** Load and validate configuration for any Atrium process: the union of every model defines what is known. */
export const loadSystemConfig = (source: NodeJS.ProcessEnv = process.env): Config => loadConfig(source, CONFIG_REGISTRY);

export const runtimeSettings = (config: Config) => settingsOf(config, runtimeConfig);

/** The subgraph `name`, or a clear error naming the registered ones. */
export function subgraphNamed(name: string): SubgraphDefinition {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`No subgraph named ${name}; registered: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}

/** The decision point every other subgraph's shield asks (`decides: true`). */
export function decisionPoint(): SubgraphDefinition {
  const found = SUBGRAPHS.filter((s) => s.decides);
  if (found.length !== 1) throw new Error(`Exactly one subgraph must be the decision point (decides: true); found ${found.length}`);
  return found[0]!;
}

/** The process's event bus: routes come from every registered subgraph, wherever it runs. */
export const systemEventBus = (config: Config, logger?: Logger): EventBus =>
  createEventBus({ routes: eventRoutes(SUBGRAPHS), maxAttempts: config.jobs.eventMaxAttempts, logger });

import { printSubgraphSchema } from '@apollo/subgraph';
import { ALL_PERMISSIONS, type SubgraphDefinition, buildSchemaOf } from '@atrium/kernel';
import { CONFIG_REGISTRY, REGISTERED, SUBGRAPHS } from '@atrium/runtime/registry';
import { registryArtifacts, type Artifact } from './artifacts.js';
import { resolverTypeArtifacts } from './codegen.js';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { runChecks, type CheckInput, type CheckReport, type SubgraphInput } from './check.js';
import { NO_ACKNOWLEDGMENTS, parseAcknowledgments, parseSupergraphConfig } from './config.js';
import { sdlFileText } from './drift.js';
import type { Finding } from './findings.js';
import { MANIFEST_FILE, manifestText, type OperationFile } from './operations.js';
import type { TrafficUsage } from './traffic.js';

export const SUPERGRAPH_CONFIG = 'supergraph.yaml';
export const SUPERGRAPH_FILE = 'supergraph.graphql';
export const ACKNOWLEDGMENTS_FILE = 'schema-changes.yaml';
export const OPERATIONS_DIR = 'operations';

/** The SDL file a subgraph's code reads (`subgraphs/<name>/src/schema.ts`). */
export const sdlPath = (name: string) => `subgraphs/${name}/schema.graphql`;

export interface WorkspaceOptions {
  /** Repository root: where supergraph.yaml, supergraph.graphql, schema-changes.yaml and operations/ live. */
  root: string;
  /** Registered subgraphs; defaults to `SUBGRAPHS`. */
  packages?: readonly SubgraphDefinition[];
  /** What the code builds for a subgraph, given its committed SDL; defaults to `printSubgraphSchema(buildSchemaOf(pkg))`. */
  build?: (pkg: SubgraphDefinition, committedSdl: string) => string;
  /** Supergraph to measure breaking changes against; defaults to `<root>/supergraph.graphql`. */
  against?: string;
  /** Generate each subgraph's resolver types from its SDL and compare (or write) them; default true. */
  resolverTypes?: boolean;
  /** Usage measured on real traffic (fieldUsage), beside the manifest's, for breaking changes. */
  trafficUsage?: TrafficUsage | null;
}

/** Generated files that differ from what was committed, as drift findings. */
function generatedDrift(root: string, artifacts: readonly Artifact[], generated: ReadonlyMap<string, string> = new Map()): Finding[] {
  return artifacts
    .filter((a) => (generated.get(a.file) ?? readIfExists(join(root, a.file))) !== a.text)
    .map((a) => ({
      check: 'drift' as const,
      severity: 'error' as const,
      rule: 'generated-file',
      subgraphs: [],
      coordinate: null,
      message: `${a.file} is not what the registered subgraphs and configuration models generate: run pnpm schema:publish.`,
    }));
}

const readIfExists = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

function operationFiles(root: string): OperationFile[] {
  const dir = join(root, OPERATIONS_DIR);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => posix.join(OPERATIONS_DIR, file.split('\\').join('/')))
    .sort()
    .map((file) => ({ file, source: readFileSync(join(root, file), 'utf8') }));
}

const configError = (subgraph: string | null, message: string): Finding => ({
  check: 'composition',
  severity: 'error',
  rule: 'supergraph-config',
  subgraphs: subgraph ? [subgraph] : [],
  coordinate: null,
  message,
});

/** Read everything the checks need from a repository (or a temporary copy of one). */
export function loadWorkspace(options: WorkspaceOptions, generated: ReadonlyMap<string, string> = new Map()): CheckInput {
  const root = resolve(options.root);
  const packages = options.packages ?? SUBGRAPHS;
  const build = options.build ?? ((pkg: SubgraphDefinition) => printSubgraphSchema(buildSchemaOf(pkg)));
  const configText = generated.get(SUPERGRAPH_CONFIG) ?? readIfExists(join(root, SUPERGRAPH_CONFIG));
  if (configText === null) throw new Error(`${SUPERGRAPH_CONFIG} is missing in ${root}`);
  const config = parseSupergraphConfig(configText);
  const loadFindings: Finding[] = [];
  const subgraphs: SubgraphInput[] = [];

  for (const [name, entry] of Object.entries(config.subgraphs)) {
    const pkg = packages.find((p) => p.name === name);
    if (!pkg) {
      loadFindings.push(configError(name, `${SUPERGRAPH_CONFIG} lists subgraph "${name}", which is not a registered subgraph (a package under subgraphs/).`));
      continue;
    }
    const file = posix.normalize(entry.schema.file);
    if (file !== sdlPath(name)) {
      loadFindings.push(configError(name, `${SUPERGRAPH_CONFIG}: subgraphs.${name}.schema.file is ${entry.schema.file}, but the code reads ./${sdlPath(name)}.`));
    }
    const sdl = readIfExists(join(root, file));
    if (sdl === null) {
      loadFindings.push(configError(name, `${file} (subgraphs.${name}.schema.file) does not exist.`));
      continue;
    }
    subgraphs.push({ name, url: entry.routing_url, file, sdl, built: build(pkg, sdl), access: { schema: buildSchemaOf(pkg), accessMap: pkg.accessMap } });
  }
  for (const pkg of packages) {
    if (!(pkg.name in config.subgraphs)) loadFindings.push(configError(pkg.name, `Subgraph "${pkg.name}" is registered (subgraphs/${pkg.name}) but missing from ${SUPERGRAPH_CONFIG}.`));
  }

  loadFindings.push(...generatedDrift(root, registryArtifacts(REGISTERED, CONFIG_REGISTRY), generated));

  const againstPath = options.against ? resolve(options.against) : join(root, SUPERGRAPH_FILE);
  const baselineText = readIfExists(againstPath);
  const acknowledgmentsText = readIfExists(join(root, ACKNOWLEDGMENTS_FILE));
  return {
    subgraphs,
    baseline: baselineText === null ? null : { file: relative(root, againstPath) || againstPath, sdl: baselineText },
    operationFiles: operationFiles(root),
    committedManifest: readIfExists(join(root, MANIFEST_FILE)),
    acknowledgments: acknowledgmentsText === null ? NO_ACKNOWLEDGMENTS : parseAcknowledgments(acknowledgmentsText),
    permissionCatalog: ALL_PERMISSIONS,
    loadFindings,
    trafficUsage: options.trafficUsage ?? null,
  };
}

/** `pnpm schema:check`: load the workspace and run the six checks. */
export async function checkWorkspace(options: WorkspaceOptions): Promise<CheckReport> {
  const input = loadWorkspace(options);
  if (options.resolverTypes !== false) input.loadFindings!.push(...generatedDrift(resolve(options.root), await resolverTypeArtifacts(resolve(options.root), REGISTERED)));
  return runChecks(input);
}

/**
 * What stops `schema:publish`. Composition errors leave nothing to write. Unacknowledged breaking
 * changes must stop it because publishing makes the new graph the baseline, and the next check
 * could no longer see them. Everything else (lint, operations, the mirror) is reported and left
 * to `schema:check`, which keeps failing until it is fixed.
 */
const blocksPublish = (f: Finding) => f.severity === 'error' && (f.check === 'composition' || f.check === 'breaking');

export interface PublishResult {
  report: CheckReport;
  /** Findings that stopped the publish; empty when it wrote. */
  blocking: Finding[];
  /** Files rewritten, relative to the root. */
  written: string[];
  /** `schema:check` on the published files; null when nothing was published. */
  after: CheckReport | null;
}

/**
 * `pnpm schema:publish`: compose what the code builds and rewrite the SDL files,
 * `supergraph.graphql` and the manifest, unless composition fails or a breaking change is not
 * acknowledged in `schema-changes.yaml`.
 */
export async function publishWorkspace(options: WorkspaceOptions): Promise<PublishResult> {
  const root = resolve(options.root);
  const written: string[] = [];
  const write = (file: string, text: string) => {
    if (readIfExists(join(root, file)) === text) return;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    written.push(file);
  };
  // The registry's files as they will be written: supergraph.yaml is what the checks read the subgraphs from.
  const artifacts = registryArtifacts(REGISTERED, CONFIG_REGISTRY);
  const input = loadWorkspace(options, new Map(artifacts.map((a) => [a.file, a.text])));
  const report = await runChecks({ ...input, composeFrom: 'code' });
  const blocking = report.findings.filter(blocksPublish);
  if (blocking.length || report.supergraph === null) return { report, blocking, written, after: null };
  for (const artifact of artifacts) write(artifact.file, artifact.text);
  for (const s of input.subgraphs) write(s.file, sdlFileText(s.built));
  // Resolver types follow the SDL just written.
  if (options.resolverTypes !== false) for (const artifact of await resolverTypeArtifacts(root, REGISTERED)) write(artifact.file, artifact.text);
  write(SUPERGRAPH_FILE, report.supergraph);
  write(MANIFEST_FILE, manifestText(report.manifest));
  return { report, blocking, written, after: await checkWorkspace(options) };
}

import type { AccessMap } from '@atrium/kernel';
import type { GraphQLSchema } from 'graphql';
import { checkBreakingChanges } from './breaking.js';
import { apiSchemaOf, composeSubgraphs } from './compose.js';
import type { Acknowledgments } from './config.js';
import { checkDrift } from './drift.js';
import { sortFindings, summarize, type Finding, type Summary } from './findings.js';
import { applyLintAcknowledgments, lintApiSchema, lintDeprecations } from './lint.js';
import { checkAccessMirror } from './mirror.js';
import {
  MANIFEST_FILE,
  buildManifest,
  collectUsage,
  manifestText,
  readOperations,
  validateOperations,
  type OperationFile,
  type PersistedQueryManifest,
} from './operations.js';
import type { TrafficUsage } from './traffic.js';
import { NO_OWNERS, combineOwners, ownersFromSupergraph, type Owners } from './owners.js';

export interface SubgraphInput {
  name: string;
  /** Routing URL from `supergraph.yaml`. */
  url: string;
  /** The committed SDL file, relative to the repository root (messages only). */
  file: string;
  /** The committed SDL file's text. */
  sdl: string;
  /** What the subgraph's code builds: `printSubgraphSchema(pkg.buildSchema())`. */
  built: string;
  /** The code's schema and access map, for the authorization mirror (check 6). */
  access?: { schema: GraphQLSchema; accessMap: AccessMap };
}

export interface CheckInput {
  subgraphs: SubgraphInput[];
  /** The committed supergraph (`supergraph.graphql`) that breaking changes are measured against; null on the first publish. */
  baseline: { file: string; sdl: string } | null;
  operationFiles: OperationFile[];
  /** The committed manifest text; null when there is none yet. */
  committedManifest: string | null;
  acknowledgments: Acknowledgments;
  /** Every permission of the catalog (`ALL_PERMISSIONS`). */
  permissionCatalog: readonly string[];
  /** Compose the SDL the code builds instead of the committed files (`schema:publish`, which then rewrites the files). */
  composeFrom?: 'files' | 'code';
  /** Findings found while loading the workspace (supergraph.yaml against the registered subgraphs). */
  loadFindings?: Finding[];
  /** Usage measured on real traffic (analytics' fieldUsage): a second source beside the manifest for breaking changes. */
  trafficUsage?: TrafficUsage | null;
}

export interface CheckReport {
  ok: boolean;
  summary: Summary;
  findings: Finding[];
  /** The new composition, `supergraph.graphql`'s text; null when composition failed. */
  supergraph: string | null;
  manifest: PersistedQueryManifest;
}

/** `supergraph.graphql`'s text: the composed supergraph and a final newline. */
export const supergraphFileText = (supergraphSdl: string) => `${supergraphSdl.replace(/\n+$/, '')}\n`;

const note = (check: Finding['check'], rule: string, message: string): Finding => ({ check, severity: 'info', rule, subgraphs: [], coordinate: null, message });

/** Run the six checks of `pnpm schema:check` on in-memory inputs; it reads and writes no file. */
export async function runChecks(input: CheckInput): Promise<CheckReport> {
  const findings: Finding[] = [...(input.loadFindings ?? [])];

  // 1. Drift.
  for (const s of input.subgraphs) findings.push(...checkDrift(s.name, s.file, s.sdl, s.built));

  // 2. Composition.
  const fromCode = input.composeFrom === 'code';
  const composition = composeSubgraphs(input.subgraphs.map((s) => ({ name: s.name, url: s.url, sdl: fromCode ? s.built : s.sdl })));
  findings.push(...composition.findings);
  const supergraph = composition.supergraphSdl === undefined ? null : supergraphFileText(composition.supergraphSdl);
  if (supergraph && input.baseline && input.baseline.sdl !== supergraph) {
    findings.push({
      check: 'composition',
      severity: 'warning',
      rule: 'supergraph-outdated',
      subgraphs: [],
      coordinate: null,
      message: `${input.baseline.file} is not the current composition, and production serves that file: run pnpm schema:publish.`,
    });
  }

  let baselineSchema: GraphQLSchema | null = null;
  let owners: Owners = supergraph ? ownersFromSupergraph(supergraph) : NO_OWNERS;
  if (input.baseline) {
    try {
      baselineSchema = apiSchemaOf(input.baseline.sdl);
      owners = combineOwners(owners, ownersFromSupergraph(input.baseline.sdl));
    } catch (error) {
      findings.push({ check: 'breaking', severity: 'error', rule: 'baseline-invalid', subgraphs: [], coordinate: null, message: `${input.baseline.file} is not a valid supergraph: ${(error as Error).message}` });
    }
  }

  // Operations and their manifest (the manifest is derived from operations/, and is what usage is measured on).
  const read = readOperations(input.operationFiles);
  findings.push(...read.findings);
  const manifest = buildManifest(read.operations);
  if (input.committedManifest !== manifestText(manifest)) {
    findings.push({
      check: 'operations',
      severity: 'error',
      rule: 'manifest-outdated',
      subgraphs: [],
      coordinate: null,
      message: `${MANIFEST_FILE} ${input.committedManifest === null ? 'is missing' : 'does not match operations/'}: run pnpm schema:publish.`,
    });
  }

  // 3. Breaking changes against the committed supergraph.
  if (composition.apiSchema && baselineSchema) {
    findings.push(
      ...(await checkBreakingChanges({
        oldSchema: baselineSchema,
        newSchema: composition.apiSchema,
        usage: { ...collectUsage(baselineSchema, read.operations), ...(input.trafficUsage ? { traffic: input.trafficUsage } : {}) },
        acknowledgments: input.acknowledgments.breaking,
        owners,
        baseline: input.baseline!.file,
      })),
    );
  } else if (!input.baseline) {
    findings.push(note('breaking', 'no-baseline', 'No committed supergraph yet: nothing to diff against.'));
  }

  // 4. Operations against the new API schema; 5. lint.
  const lint: Finding[] = input.subgraphs.flatMap((s) => {
    try {
      return lintDeprecations(s.name, fromCode ? s.built : s.sdl);
    } catch {
      return []; // a syntax error is already a composition finding
    }
  });
  if (composition.apiSchema) {
    findings.push(...validateOperations(composition.apiSchema, read.operations, owners));
    lint.push(...lintApiSchema(composition.apiSchema, owners));
  } else {
    findings.push(note('operations', 'skipped', 'Composition failed: operations were not validated.'), note('lint', 'skipped', 'Composition failed: the API schema was not linted.'));
  }
  findings.push(...applyLintAcknowledgments(lint, input.acknowledgments.lint, owners));

  // 6. Authorization mirror.
  for (const s of input.subgraphs) {
    if (s.access) findings.push(...checkAccessMirror(s.name, s.access.schema, s.access.accessMap, input.permissionCatalog));
  }

  const sorted = sortFindings(findings);
  const summary = summarize(sorted);
  return { ok: summary.errors === 0, summary, findings: sorted, supergraph, manifest };
}

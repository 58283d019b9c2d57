import { trafficRequests, type TrafficUsage } from './traffic.js';
import { validate as inspectorValidate } from '@graphql-inspector/core';
import { createHash } from 'node:crypto';
import {
  Kind,
  Source,
  TypeInfo,
  getNamedType,
  isEnumType,
  isInputObjectType,
  parse,
  print,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import type { Finding } from './findings.js';
import type { Owners } from './owners.js';

/** One `.graphql` file of `operations/`, path relative to the repository root. */
export interface OperationFile {
  file: string;
  source: string;
}

export interface Operation {
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  /** The operation followed by the fragments it uses (by name), printed by graphql-js. */
  body: string;
  /** sha256 hex of `body`. */
  id: string;
  file: string;
}

/** Apollo's persisted query manifest (what Apollo Router and GraphOS read). */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: Operation['type']; body: string }[];
}

export const MANIFEST_FILE = 'operations/persisted-query-manifest.json';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function usedFragments(node: OperationDefinitionNode | FragmentDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (seen.has(name) || !fragment) return;
      seen.add(name);
      usedFragments(fragment, fragments, seen);
    },
  });
  return seen;
}

/**
 * Parse every operation file into named operations. Fragments may live in any file.
 * Problems (syntax, anonymous or duplicate operations) are findings of check 4.
 */
export function readOperations(files: readonly OperationFile[]): { operations: Operation[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const problem = (coordinate: string | null, rule: string, message: string) =>
    findings.push({ check: 'operations', severity: 'error', rule, subgraphs: [], coordinate, message });
  const docs: { file: string; doc: DocumentNode }[] = [];
  for (const { file, source } of files) {
    try {
      docs.push({ file, doc: parse(new Source(source, file)) });
    } catch (error) {
      problem(null, 'operation-syntax', `${file}: ${(error as Error).message}`);
    }
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { file, doc } of docs) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.FRAGMENT_DEFINITION) continue;
      if (fragments.has(def.name.value)) problem(def.name.value, 'duplicate-fragment', `${file}: fragment ${def.name.value} is defined twice`);
      fragments.set(def.name.value, def);
    }
  }
  const operations: Operation[] = [];
  for (const { file, doc } of docs) {
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!def.name) {
        problem(null, 'operation-name', `${file}: every operation needs a name (the manifest and usage reports are keyed by it)`);
        continue;
      }
      const name = def.name.value;
      if (operations.some((o) => o.name === name)) {
        problem(name, 'duplicate-operation', `${file}: operation ${name} is defined twice`);
        continue;
      }
      const used = [...usedFragments(def, fragments)].sort();
      const body = [print(def), ...used.map((f) => print(fragments.get(f)!))].join('\n\n');
      operations.push({ name, type: def.operation, body, id: sha256(body), file });
    }
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { operations, findings };
}

export function buildManifest(operations: readonly Operation[]): PersistedQueryManifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: operations.map(({ id, name, type, body }) => ({ id, name, type, body })),
  };
}

export const manifestText = (manifest: PersistedQueryManifest) => `${JSON.stringify(manifest, null, 2)}\n`;

/** Schema coordinate of every field and argument of a document, by its offset in the text. */
function coordinatesByOffset(schema: GraphQLSchema, body: string): Map<number, string> {
  const found = new Map<number, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(body),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && node.loc) found.set(node.loc.start, `${parent.name}.${node.name.value}`);
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field && node.loc) found.set(node.loc.start, `${parent.name}.${field.name}.${node.name.value}`);
      },
    }),
  );
  return found;
}

/**
 * Check 4: every operation validates against the new API schema (graphql-inspector's
 * `validate`, with graphql-js rules), and every use of a deprecated field is reported.
 * Findings carry the schema coordinate involved and name the operation in the message.
 */
export function validateOperations(schema: GraphQLSchema, operations: readonly Operation[], owners: Owners): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map(operations.map((op) => [op.name, op]));
  // One call per operation: each body carries its own fragments, and inspector would count
  // a fragment shared by two bodies as a duplicate (readOperations already rejects real ones).
  const invalid = operations.flatMap((op) =>
    // strictDeprecated collects deprecated uses apart from errors; they are warnings here.
    inspectorValidate(schema, [new Source(op.body, op.name)], { strictDeprecated: true, strictFragments: false }),
  );
  for (const doc of invalid) {
    const op = byName.get(doc.source.name)!;
    const coordinates = coordinatesByOffset(schema, op.body);
    const report = (severity: Finding['severity'], rule: string, error: GraphQLError) => {
      const start = error.nodes?.[0]?.loc?.start;
      const coordinate = (start !== undefined && coordinates.get(start)) || null;
      findings.push({ check: 'operations', severity, rule, subgraphs: coordinate ? owners.of(coordinate) : [], coordinate, message: `${op.name} (${op.file}): ${error.message}` });
    };
    for (const error of doc.errors) report('error', 'operation-invalid', error);
    for (const warning of doc.deprecated) report('warning', 'deprecated-usage', warning);
  }
  return findings;
}

/** What the operations touch in a schema: fields, arguments, and types (input and enum types whole). */
export interface Usage {
  coordinates: Set<string>;
  types: Set<string>;
  /** Input and enum types an operation can send or receive in full: each of their members counts as used. */
  wholeTypes: Set<string>;
  /** The second source: coordinates real traffic requested (analytics' fieldUsage). */
  traffic?: TrafficUsage;
}

export function collectUsage(schema: GraphQLSchema, operations: readonly Operation[]): Usage {
  const usage: Usage = { coordinates: new Set(), types: new Set(), wholeTypes: new Set() };
  const useWhole = (type: GraphQLNamedType | undefined) => {
    if (!type || usage.wholeTypes.has(type.name)) return;
    usage.types.add(type.name);
    if (isEnumType(type)) usage.wholeTypes.add(type.name);
    if (isInputObjectType(type)) {
      usage.wholeTypes.add(type.name);
      for (const field of Object.values(type.getFields())) {
        usage.coordinates.add(`${type.name}.${field.name}`);
        useWhole(getNamedType(field.type));
      }
    }
  };
  for (const op of operations) {
    const typeInfo = new TypeInfo(schema);
    visit(
      parse(op.body),
      visitWithTypeInfo(typeInfo, {
        VariableDefinition(node) {
          const type = typeFromAST(schema, node.type as never);
          if (type) useWhole(getNamedType(type));
        },
        Field(node) {
          const parent = typeInfo.getParentType();
          const fieldDef = typeInfo.getFieldDef();
          if (!parent || !fieldDef) return;
          usage.types.add(parent.name);
          usage.coordinates.add(`${parent.name}.${node.name.value}`);
          const returned = getNamedType(fieldDef.type);
          usage.types.add(returned.name);
          if (isEnumType(returned)) useWhole(returned);
        },
        Argument(node) {
          const parent = typeInfo.getParentType();
          const fieldDef = typeInfo.getFieldDef();
          const argDef = typeInfo.getArgument();
          if (!parent || !fieldDef || !argDef) return;
          usage.coordinates.add(`${parent.name}.${fieldDef.name}.${node.name.value}`);
          useWhole(getNamedType(argDef.type));
        },
        InlineFragment(node) {
          if (node.typeCondition) usage.types.add(node.typeCondition.name.value);
        },
        FragmentDefinition(node) {
          usage.types.add(node.typeCondition.name.value);
        },
      }),
    );
  }
  return usage;
}

/** Whether a manifest operation uses a coordinate (`Type`, `Type.field`, `Type.field.arg`). */
function inManifest(usage: Usage, coordinate: string): boolean {
  const [type, member] = coordinate.split('.');
  if (member === undefined) return usage.types.has(type!);
  return usage.coordinates.has(coordinate) || usage.wholeTypes.has(type!);
}

/** Who uses a coordinate: an operation of the manifest, real traffic, or nobody (null). */
export function usedBy(usage: Usage, coordinate: string): 'manifest' | 'traffic' | null {
  if (inManifest(usage, coordinate)) return 'manifest';
  return trafficRequests(usage.traffic, coordinate) > 0 ? 'traffic' : null;
}

/** Whether any operation of the manifest, or real traffic, uses a coordinate. */
export const isUsed = (usage: Usage, coordinate: string): boolean => usedBy(usage, coordinate) !== null;

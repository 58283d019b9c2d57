import {
  Kind,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
  visit,
  type GraphQLField,
  type GraphQLSchema,
  type StringValueNode,
} from 'graphql';
import type { LintAcknowledgment } from './config.js';
import type { Finding } from './findings.js';
import type { Owners } from './owners.js';

/**
 * Rule codes. The first six are GraphOS schema-linter rules of the same name; the last two are
 * Atrium's own (GraphOS has no rule for them).
 */
export const LINT_RULES = {
  TYPE_NAMES_SHOULD_BE_PASCAL_CASE: 'Type names are PascalCase.',
  FIELD_NAMES_SHOULD_BE_CAMEL_CASE: 'Field and input field names are camelCase.',
  INPUT_ARGUMENT_NAMES_SHOULD_BE_CAMEL_CASE: 'Argument names are camelCase.',
  ENUM_VALUES_SHOULD_BE_SCREAMING_SNAKE_CASE: 'Enum values are SCREAMING_SNAKE_CASE.',
  ALL_ELEMENTS_REQUIRE_DESCRIPTION: 'Every type, field, input field and enum value of the public API has a description.',
  DEPRECATED_DIRECTIVE_MISSING_REASON: 'Every @deprecated gives a reason.',
  CURSOR_PAGINATION: 'A list of objects that can grow is a cursor connection (first/after, edges { cursor node }, pageInfo).',
  MUTATION_RETURNS_PAYLOAD: 'A mutation returns a payload type or the changed object, never a bare scalar such as Boolean.',
} as const;
export type LintRule = keyof typeof LINT_RULES;

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const blank = (text: string | null | undefined) => !text || !text.trim();
/** Connection types hold one page; their lists are the page itself. */
const isConnection = (name: string) => name.endsWith('Connection');

function checkConnectionField(coordinate: string, field: GraphQLField<unknown, unknown>): string | null {
  const connection = getNamedType(field.type);
  if (!isObjectType(connection) || !isConnection(connection.name)) return null;
  const problems: string[] = [];
  const argType = (name: string) => {
    const arg = field.args.find((a) => a.name === name);
    return arg ? getNamedType(arg.type).name : undefined;
  };
  if (argType('first') !== 'Int') problems.push('a `first: Int` argument');
  if (argType('after') !== 'String') problems.push('an `after: String` argument');
  const fields = connection.getFields();
  if (!fields.pageInfo || getNamedType(fields.pageInfo.type).name !== 'PageInfo') problems.push(`${connection.name}.pageInfo: PageInfo`);
  const edge = fields.edges && getNamedType(fields.edges.type);
  if (!edge || !isObjectType(edge) || !edge.getFields().cursor || !edge.getFields().node) problems.push(`${connection.name}.edges with cursor and node`);
  return problems.length ? `${coordinate} returns ${connection.name} but lacks ${problems.join(', ')}` : null;
}

/**
 * Check 5 on the composed API schema: naming, descriptions, pagination and mutation results.
 * Findings name the subgraphs that define each coordinate.
 */
export function lintApiSchema(schema: GraphQLSchema, owners: Owners): Finding[] {
  const findings: Finding[] = [];
  const report = (rule: LintRule, coordinate: string, message: string) =>
    findings.push({ check: 'lint', severity: 'error', rule, subgraphs: owners.of(coordinate), coordinate, message });
  const mutationType = schema.getMutationType();

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!PASCAL.test(type.name)) report('TYPE_NAMES_SHOULD_BE_PASCAL_CASE', type.name, `Type name "${type.name}" is not PascalCase.`);
    if (blank(type.description)) report('ALL_ELEMENTS_REQUIRE_DESCRIPTION', type.name, `Type ${type.name} has no description.`);

    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const coordinate = `${type.name}.${value.name}`;
        if (!SCREAMING_SNAKE.test(value.name)) report('ENUM_VALUES_SHOULD_BE_SCREAMING_SNAKE_CASE', coordinate, `Enum value "${value.name}" is not SCREAMING_SNAKE_CASE.`);
        if (blank(value.description)) report('ALL_ELEMENTS_REQUIRE_DESCRIPTION', coordinate, `Enum value ${coordinate} has no description.`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!CAMEL.test(field.name)) report('FIELD_NAMES_SHOULD_BE_CAMEL_CASE', coordinate, `Input field "${field.name}" is not camelCase.`);
        if (blank(field.description)) report('ALL_ELEMENTS_REQUIRE_DESCRIPTION', coordinate, `Input field ${coordinate} has no description.`);
      }
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!CAMEL.test(field.name)) report('FIELD_NAMES_SHOULD_BE_CAMEL_CASE', coordinate, `Field "${field.name}" is not camelCase.`);
        if (blank(field.description)) report('ALL_ELEMENTS_REQUIRE_DESCRIPTION', coordinate, `Field ${coordinate} has no description.`);
        for (const arg of field.args) {
          if (!CAMEL.test(arg.name)) report('INPUT_ARGUMENT_NAMES_SHOULD_BE_CAMEL_CASE', `${coordinate}.${arg.name}`, `Argument "${arg.name}" is not camelCase.`);
        }
        const named = getNamedType(field.type);
        const composite = isObjectType(named) || isInterfaceType(named) || isUnionType(named);
        const isMutation = type === mutationType;
        if (isListType(getNullableType(field.type)) && composite && !isConnection(type.name) && !isMutation) {
          report('CURSOR_PAGINATION', coordinate, `${coordinate} returns a plain list of ${named.name}, which can grow: return a connection (${named.name}Connection with first/after, edges { cursor node } and pageInfo), or acknowledge in schema-changes.yaml why the list stays small.`);
        }
        const connectionProblem = checkConnectionField(coordinate, field);
        if (connectionProblem) report('CURSOR_PAGINATION', coordinate, connectionProblem);
        if (isMutation && (isScalarType(named) || isEnumType(named))) {
          report('MUTATION_RETURNS_PAYLOAD', coordinate, `Mutation ${field.name} returns ${String(field.type)}: return a payload type or the changed object.`);
        }
      }
    }
  }
  return findings;
}

/**
 * DEPRECATED_DIRECTIVE_MISSING_REASON, on each subgraph's own SDL: in a built schema graphql-js
 * fills in "No longer supported", so only the source shows a missing reason.
 */
export function lintDeprecations(subgraph: string, sdl: string): Finding[] {
  const findings: Finding[] = [];
  const path: string[] = [];
  const enter = (node: { name: { value: string } }) => void path.push(node.name.value);
  const leave = () => void path.pop();
  visit(parse(sdl), {
    ObjectTypeDefinition: { enter, leave },
    ObjectTypeExtension: { enter, leave },
    InterfaceTypeDefinition: { enter, leave },
    InterfaceTypeExtension: { enter, leave },
    InputObjectTypeDefinition: { enter, leave },
    InputObjectTypeExtension: { enter, leave },
    EnumTypeDefinition: { enter, leave },
    EnumTypeExtension: { enter, leave },
    FieldDefinition: { enter, leave },
    InputValueDefinition: { enter, leave },
    EnumValueDefinition: { enter, leave },
    Directive(node) {
      if (node.name.value !== 'deprecated') return;
      const reason = node.arguments?.find((a) => a.name.value === 'reason')?.value;
      if (reason?.kind === Kind.STRING && !blank((reason as StringValueNode).value)) return;
      findings.push({
        check: 'lint',
        severity: 'error',
        rule: 'DEPRECATED_DIRECTIVE_MISSING_REASON',
        subgraphs: [subgraph],
        coordinate: path.join('.') || null,
        message: `@deprecated on ${path.join('.')} gives no reason: say what to use instead.`,
      });
    },
  });
  return findings;
}

/** Turn acknowledged lint findings into notes that carry the reason; report acknowledgments that match nothing. */
export function applyLintAcknowledgments(findings: readonly Finding[], acknowledgments: readonly LintAcknowledgment[], owners: Owners): Finding[] {
  const used = new Set<LintAcknowledgment>();
  const out = findings.map((finding) => {
    const ack = acknowledgments.find((a) => a.rule === finding.rule && a.coordinate === finding.coordinate);
    if (!ack || finding.check !== 'lint') return finding;
    used.add(ack);
    return { ...finding, severity: 'info' as const, message: `acknowledged in schema-changes.yaml: ${ack.reason}` };
  });
  for (const ack of acknowledgments) {
    if (used.has(ack)) continue;
    out.push({
      check: 'lint',
      severity: 'info',
      rule: 'stale-acknowledgment',
      subgraphs: owners.of(ack.coordinate),
      coordinate: ack.coordinate,
      message: `schema-changes.yaml acknowledges ${ack.rule} at ${ack.coordinate}, which no longer fires; remove the entry`,
    });
  }
  return out;
}

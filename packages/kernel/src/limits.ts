import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The limits every GraphQL port applies, the gateway's and each subgraph's own (defence in
 * depth: a container exposes a subgraph's port too). One configuration (kernel `Config.limits`).
 */
export interface QueryLimits {
  /** graphql-js `maxTokens`: the parser stops at this many tokens, before building an AST. */
  maxTokens: number;
  /** Operations plus fragments in one document. */
  maxDefinitions: number;
  maxDepth: number;
  maxAliases: number;
  /** Estimated cost (IBM cost directive model) above which an operation is refused. */
  maxCost: number;
  /** Assumed size of a list field that no `first`/`last` argument bounds (`@listSize(assumedSize)` default). */
  defaultListSize: number;
  /** Deepest nesting of a JSON variable value. */
  maxVariableDepth: number;
}

export type LimitName = 'tokens' | 'definitions' | 'depth' | 'aliases' | 'cost' | 'variableDepth' | 'nul' | 'responseBytes' | 'bodyBytes';

/** A refused request: BAD_USER_INPUT naming the limit, what was estimated or counted and the maximum. */
export function limitError(name: LimitName, message: string, estimated: number | null, maximum: number | null, extra: { nodes?: OperationDefinitionNode } = {}) {
  return new GraphQLError(message, {
    ...extra,
    extensions: { code: 'BAD_USER_INPUT', limit: { name, estimated, maximum }, http: { status: 400 } },
  });
}

interface Measure {
  depth: number;
  aliases: number;
}

/**
 * Measure one operation with its fragments expanded. Fragment results are memoised because a
 * fragment's size does not depend on where it is spread; without that, fragments that spread
 * each other twice per level make the walk itself exponential (a known trick against naive
 * depth limiters). Cycles are the job of graphql's NoFragmentCycles rule; here they count as 0.
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  inIntrospection: boolean,
  memo: Map<string, Measure>,
  path: Set<string>,
): Measure {
  let depth = 0;
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    let child: Measure = { depth: 0, aliases: 0 };
    let own = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases += 1;
      const name = selection.name.value;
      const introspection = inIntrospection || name === '__schema' || name === '__type';
      // `ofType` walks a type's wrappers (NonNull → List → Named): a linear chain the schema
      // bounds, which every introspection query (GraphiQL's included) nests ~8 levels deep.
      // Counting it would reject GraphiQL; `fields { type { fields ...` still counts.
      own = introspection && name === 'ofType' ? 0 : 1;
      if (selection.selectionSet) child = measure(selection.selectionSet, fragments, introspection, memo, path);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      child = measure(selection.selectionSet, fragments, inIntrospection, memo, path);
    } else {
      const name = selection.name.value;
      const key = `${name}|${inIntrospection}`;
      const fragment = fragments.get(name);
      const cached = memo.get(key);
      if (cached) child = cached;
      else if (fragment && !path.has(name)) {
        path.add(name);
        child = measure(fragment.selectionSet, fragments, inIntrospection, memo, path);
        path.delete(name);
        memo.set(key, child);
      }
    }
    depth = Math.max(depth, own + child.depth);
    aliases += child.aliases;
  }
  return { depth, aliases };
}

const nameOf = (operation: OperationDefinitionNode) => (operation.name ? `Operation "${operation.name.value}"` : 'The operation');

/**
 * Document size, depth, aliases and NUL bytes as one validation rule, so an over-limit query is
 * refused before it is planned or executed. Depth counts nested fields (`{ me { id } }` is 2);
 * aliases are counted after expanding fragments, since that is what the subgraphs execute.
 */
export function queryLimitsRule(limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxDefinitions'>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    if (document.definitions.length > limits.maxDefinitions) {
      context.reportError(
        limitError('definitions', `The document holds ${document.definitions.length} operations and fragments; the limit is ${limits.maxDefinitions}.`, document.definitions.length, limits.maxDefinitions),
      );
      // Nothing else is worth checking in such a document.
      return { Document: () => false };
    }
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const memo = new Map<string, Measure>();
    return {
      StringValue(node) {
        // PostgreSQL text cannot hold NUL; refused here rather than failing deep in a store.
        if (node.value.includes('\u0000')) context.reportError(limitError('nul', 'Strings must not contain NUL characters.', null, null));
      },
      OperationDefinition(operation) {
        const { depth, aliases } = measure(operation.selectionSet, fragments, false, memo, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(limitError('depth', `${nameOf(operation)} is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, depth, limits.maxDepth, { nodes: operation }));
        }
        if (aliases > limits.maxAliases) {
          context.reportError(limitError('aliases', `${nameOf(operation)} uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, aliases, limits.maxAliases, { nodes: operation }));
        }
      },
    };
  };
}

const SLICING = ['first', 'last'];

/** `first`/`last` of a field: the literal, the variable's value, or the argument's default. */
function sliceSize(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | null {
  let size: number | null = null;
  for (const argName of SLICING) {
    const definition = field.args.find((a) => a.name === argName);
    if (!definition) continue;
    const given = node.arguments?.find((a) => a.name.value === argName);
    const value = given ? valueFromASTUntyped(given.value, variables) : definition.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, value);
  }
  return size;
}

function isList(type: GraphQLType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/**
 * The IBM cost directive model's default weights, as Apollo Router's demand control applies
 * them: an object, interface or union costs 1 per instance, a scalar or enum 0; a list
 * multiplies by its size. The size comes from the field's own `first`/`last` (the argument's
 * default included) or, for the lists inside a connection (`edges`, `nodes`), from the
 * connection field's slicing argument (`@listSize(slicingArguments, sizedFields)`); a list
 * nothing bounds counts `defaultListSize`. Introspection costs nothing.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, defaultListSize: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, sized: number | null, path: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!isCompositeType(named)) continue;
        const slice = sliceSize(selection, field, variables);
        const list = isList(field.type);
        const multiplier = list ? (slice ?? sized ?? defaultListSize) : 1;
        const childSized = list ? null : slice;
        const own = 1 + (selection.selectionSet ? walk(selection.selectionSet, named, childSized, path) : 0);
        total += multiplier * own;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += walk(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, sized, path);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || path.has(fragment.name.value)) continue;
        const key = `${fragment.name.value}|${sized}|${parent.name}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          const condition = schema.getType(fragment.typeCondition.name.value);
          path.add(fragment.name.value);
          cost = walk(fragment.selectionSet, condition && isCompositeType(condition) ? condition : parent, sized, path);
          path.delete(fragment.name.value);
          memo.set(key, cost);
        }
        total += cost;
      }
      // Past any maximum anyone configures: stop multiplying (and overflowing).
      if (total > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  // A mutation's root fields run one after another: each costs what an object costs, 1... plus its selection.
  return walk(operation.selectionSet, root, null, new Set());
}

/** Depth of a JSON value, stopping as soon as it passes `max` (so a hostile value costs little). */
function jsonTooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

function jsonHasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (key.includes('\u0000')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * Checks that need the variables: their depth and NUL bytes, then the cost estimate. Runs once
 * the operation is resolved, before execution (at the gateway: before any subgraph is called).
 */
export function queryCostPlugin<T extends BaseContext>(limits: QueryLimits, onRefused?: (limit: LimitName) => void): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const variables = request.variables ?? {};
          const refuse = (error: GraphQLError) => {
            onRefused?.((error.extensions.limit as { name: LimitName }).name);
            throw error;
          };
          if (jsonTooDeep(variables, limits.maxVariableDepth + 1)) {
            refuse(limitError('variableDepth', `Variables are nested deeper than ${limits.maxVariableDepth} levels.`, null, limits.maxVariableDepth));
          }
          if (jsonHasNul(variables)) refuse(limitError('nul', 'Strings must not contain NUL characters.', null, null));
          if (!operation) return;
          const cost = estimateCost(schema, document, operation, variables, limits.defaultListSize);
          if (cost > limits.maxCost) {
            refuse(limitError('cost', `${nameOf(operation)} has an estimated cost of ${cost}; the limit is ${limits.maxCost}.`, cost, limits.maxCost));
          }
        },
      };
    },
  };
}

/** Apollo Server options for a port with these limits: parser token cap, validation rule, cost plugin. */
export function apolloLimits<T extends BaseContext>(limits: QueryLimits, onRefused?: (limit: LimitName) => void) {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [queryLimitsRule(limits)],
    plugin: queryCostPlugin<T>(limits, onRefused),
  };
}

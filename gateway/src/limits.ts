import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

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

/**
 * Depth and alias limits as one validation rule, so an over-limit query is refused before the
 * gateway plans it or calls any subgraph. Depth counts nested fields (`{ me { id } }` is 2);
 * aliases are counted after expanding fragments, since that is what the subgraphs execute.
 */
export function queryLimitsRule(limits: { maxDepth: number; maxAliases: number }): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const memo = new Map<string, Measure>();
    return {
      OperationDefinition(operation) {
        const { depth, aliases } = measure(operation.selectionSet, fragments, false, memo, new Set());
        const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`${name} is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, {
              nodes: operation,
              extensions: { code: 'BAD_USER_INPUT', limit: 'depth', value: depth, max: limits.maxDepth },
            }),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            new GraphQLError(`${name} uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, {
              nodes: operation,
              extensions: { code: 'BAD_USER_INPUT', limit: 'aliases', value: aliases, max: limits.maxAliases },
            }),
          );
        }
        return false;
      },
    };
  };
}

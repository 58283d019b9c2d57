import { Kind, parse, type DirectiveNode, type DocumentNode, type StringValueNode } from 'graphql';

/**
 * Which subgraphs define each schema coordinate, read from a supergraph's `@join__*` directives.
 * Lets every finding made on the composed API schema name the subgraphs to fix.
 */
export interface Owners {
  /** Subgraphs defining exactly this coordinate; undefined when it is unknown. */
  exact(coordinate: string): string[] | undefined;
  /** Subgraphs defining the coordinate, or its nearest known parent (a removed field falls back to its type). */
  of(coordinate: string): string[];
}

function nearest(sources: readonly Owners[], coordinate: string): string[] {
  const parts = coordinate.split('.');
  for (let n = parts.length; n > 0; n--) {
    for (const source of sources) {
      const found = source.exact(parts.slice(0, n).join('.'));
      if (found?.length) return found;
    }
  }
  return [];
}

const argValue = (directive: DirectiveNode, name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
const enumArg = (directive: DirectiveNode, name: string) => {
  const value = argValue(directive, name);
  return value?.kind === Kind.ENUM ? value.value : undefined;
};
const directives = (node: { directives?: readonly DirectiveNode[] }, name: string) => (node.directives ?? []).filter((d) => d.name.value === name);

export function ownersFromSupergraph(supergraph: string | DocumentNode): Owners {
  const doc = typeof supergraph === 'string' ? parse(supergraph) : supergraph;
  const graphNames = new Map<string, string>();
  const map = new Map<string, string[]>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const graph = directives(value, 'join__graph')[0];
      const name = graph && argValue(graph, 'name');
      if (name?.kind === Kind.STRING) graphNames.set(value.name.value, (name as StringValueNode).value);
    }
  }
  const names = (enumValues: (string | undefined)[]) => [...new Set(enumValues.filter((v): v is string => !!v).map((v) => graphNames.get(v) ?? v.toLowerCase()))].sort();

  for (const def of doc.definitions) {
    if (!('name' in def) || !def.name || !('directives' in def)) continue;
    const typeName = def.name.value;
    if (typeName.startsWith('join__') || typeName.startsWith('link__')) continue;
    const typeOwners = names(directives(def, 'join__type').map((d) => enumArg(d, 'graph')));
    map.set(typeName, typeOwners);
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const field of def.fields ?? []) {
        const joins = directives(field, 'join__field').filter((d) => {
          const external = argValue(d, 'external');
          return !(external?.kind === Kind.BOOLEAN && external.value);
        });
        const fieldOwners = joins.length ? names(joins.map((d) => enumArg(d, 'graph'))) : typeOwners;
        const coordinate = `${typeName}.${field.name.value}`;
        map.set(coordinate, fieldOwners.length ? fieldOwners : typeOwners);
        if ('arguments' in field) for (const arg of field.arguments ?? []) map.set(`${coordinate}.${arg.name.value}`, map.get(coordinate)!);
      }
    }
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      for (const value of def.values ?? []) {
        const joins = directives(value, 'join__enumValue');
        map.set(`${typeName}.${value.name.value}`, joins.length ? names(joins.map((d) => enumArg(d, 'graph'))) : typeOwners);
      }
    }
  }
  const owners: Owners = { exact: (coordinate) => map.get(coordinate), of: (coordinate) => nearest([owners], coordinate) };
  return owners;
}

/** Several sources of ownership (the new supergraph, then the old one): an exact match anywhere wins over a parent. */
export function combineOwners(...sources: Owners[]): Owners {
  return {
    exact: (coordinate) => sources.map((s) => s.exact(coordinate)).find((found) => found?.length),
    of: (coordinate) => nearest(sources, coordinate),
  };
}

export const NO_OWNERS: Owners = { exact: () => undefined, of: () => [] };

import { generate } from '@graphql-codegen/cli';
import type { SubgraphDefinition } from '@atrium/kernel';
import type { RegisteredSubgraph } from '@atrium/runtime/registry';
import { isEnumType } from 'graphql';
import { buildSchemaOf } from '@atrium/kernel';
import type { Artifact } from './artifacts.js';

/**
 * Typed resolvers, generated from each subgraph's SDL by GraphQL Code Generator
 * (`typescript` + `typescript-resolvers`, federation mode, so `__resolveReference` is typed
 * too). The file is committed beside the code, written by `pnpm schema:publish` and compared by
 * `pnpm schema:check`, so CI typechecks a clean clone without running codegen, and an SDL
 * change that the types did not follow fails the check.
 */
export const resolverTypesFile = (dir: string) => `${dir}/src/schema.generated.ts`;

const HEADER = '/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */';

/** Scalars every subgraph has, as resolvers see them. */
const SCALARS: Record<string, string> = { DateTime: 'Date', JSON: 'unknown' };

/** GraphQL enum → stored value, read from the enum resolvers the modules register (`OrganizationStatus: { ACTIVE: 'active' }`). */
function enumValues(definition: SubgraphDefinition): Record<string, Record<string, string>> {
  const schema = buildSchemaOf(definition);
  const found: Record<string, Record<string, string>> = {};
  for (const module of definition.modules as Record<string, unknown>[]) {
    for (const [type, values] of Object.entries(module)) {
      if (isEnumType(schema.getType(type)) && values && typeof values === 'object') found[type] = values as Record<string, string>;
    }
  }
  return found;
}

/** The generated resolver types of one subgraph. */
export async function resolverTypes(root: string, registered: RegisteredSubgraph): Promise<Artifact> {
  const { definition, dir } = registered;
  const file = resolverTypesFile(dir);
  const types: NonNullable<SubgraphDefinition['types']> = definition.types ?? { context: 'unknown' };
  const enums = enumValues(definition);
  const [output] = await generate(
    {
      cwd: root,
      schema: `${dir}/schema.graphql`,
      silent: true,
      generates: {
        [file]: {
          plugins: ['typescript', 'typescript-resolvers'],
          config: {
            federation: true,
            useTypeImports: true,
            enumsAsTypes: true,
            mapperTypeSuffix: 'Model',
            contextType: types.context,
            mappers: types.mappers ?? {},
            scalars: { ...SCALARS, ...types.scalars },
            enumValues: enums,
          },
        },
      },
    },
    false,
  );
  let body = output!.content.endsWith('\n') ? output!.content : `${output!.content}\n`;
  // typescript-resolvers 6.1 prints `Enum: null` in ResolversTypes for enums given as value maps;
  // the enum's own type (its stored spellings, as resolvers return them) is what belongs there.
  for (const name of Object.keys(enums)) body = body.replaceAll(`\n  ${name}: null;`, `\n  ${name}: ${name};`);
  return { file, text: `${HEADER}\n${body}` };
}

/** Resolver types of every registered subgraph. */
export async function resolverTypeArtifacts(root: string, subgraphs: readonly RegisteredSubgraph[]): Promise<Artifact[]> {
  return Promise.all(subgraphs.map((s) => resolverTypes(root, s)));
}

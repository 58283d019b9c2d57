import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar, JSONScalar, applyShield, mergeResolvers } from '@atrium/kernel';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { assignmentResolvers } from './modules/assignments/resolvers.js';
import { catalogResolvers } from './modules/catalog/resolvers.js';
import { policyResolvers } from './modules/policy/resolvers.js';
import { resourceResolvers } from './modules/resources/resolvers.js';
import { roleResolvers } from './modules/roles/resolvers.js';
import { accessMap } from './permissions.js';

export const name = 'authorization' as const;
export const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(sdl);
export const resolvers = mergeResolvers(
  { DateTime: DateTimeScalar, JSON: JSONScalar },
  policyResolvers,
  catalogResolvers,
  resourceResolvers,
  roleResolvers,
  assignmentResolvers,
);

/** The subgraph schema without authorization (composition, SDL checks, mirror test). */
export function buildSchema() {
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

/** The served schema: deny-by-default shield over every field. */
export function buildGuardedSchema() {
  return applyShield(buildSchema(), accessMap);
}

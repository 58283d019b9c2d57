import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar, JSONScalar, applyShield, mergeResolvers } from '@atrium/kernel';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { authResolvers } from './modules/auth/resolvers.js';
import { organizationResolvers } from './modules/organizations/resolvers.js';
import { ssoResolvers } from './modules/sso/resolvers.js';
import { userResolvers } from './modules/users/resolvers.js';
import { accessMap } from './permissions.js';

export const name = 'identity' as const;
export const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(sdl);
export const resolvers = mergeResolvers({ DateTime: DateTimeScalar, JSON: JSONScalar }, authResolvers, userResolvers, organizationResolvers, ssoResolvers);

/** The subgraph schema without authorization (composition, SDL checks, mirror test). */
export function buildSchema() {
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

/** The served schema: deny-by-default shield over every field. */
export function buildGuardedSchema() {
  return applyShield(buildSchema(), accessMap);
}

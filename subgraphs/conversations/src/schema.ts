import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTimeScalar, JSONScalar, applyShield, mergeResolvers } from '@atrium/kernel';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { agentResolvers } from './modules/agents/resolvers.js';
import { conversationResolvers } from './modules/conversations/resolvers.js';
import { documentResolvers } from './modules/documents/resolvers.js';
import { llmResolvers } from './modules/llm/resolvers.js';
import { enumResolvers } from './modules/shared/enums.js';
import { templateResolvers } from './modules/templates/resolvers.js';
import { accessMap } from './permissions.js';
import { DecimalScalar } from './scalars.js';

export const name = 'conversations' as const;
export const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(sdl);
export const resolvers = mergeResolvers(
  { DateTime: DateTimeScalar, JSON: JSONScalar, Decimal: DecimalScalar },
  enumResolvers,
  llmResolvers,
  conversationResolvers,
  templateResolvers,
  documentResolvers,
  agentResolvers,
);

/** The subgraph schema without authorization (composition, SDL checks, mirror test). */
export function buildSchema() {
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

/** The served schema: deny-by-default shield over every field. */
export function buildGuardedSchema() {
  return applyShield(buildSchema(), accessMap);
}

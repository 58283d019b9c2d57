/**
 * The conversations subgraph composes with identity (which owns User and Organization) and
 * authorization, and its User/Organization fields resolve through federation entities.
 */
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const sdl = (name: string) => parse(readFileSync(join(root, 'subgraphs', name, 'schema.graphql'), 'utf8'));

it('composes with every registered subgraph', () => {
  expect(SUBGRAPHS.map((p) => p.name)).toContain('conversations');
  const result = composeServices(SUBGRAPHS.map((p) => ({ name: p.name, url: `http://${p.name}.invalid/graphql`, typeDefs: sdl(p.name) })));
  expect(result.errors ?? []).toEqual([]);
  const api = result.schema!.toAPISchema().toGraphQLJSSchema();
  const user = api.getType('User') as import('graphql').GraphQLObjectType;
  expect(Object.keys(user.getFields())).toEqual(expect.arrayContaining(['email', 'roles', 'conversations', 'promptTemplates', 'agents']));
  const org = api.getType('Organization') as import('graphql').GraphQLObjectType;
  expect(Object.keys(org.getFields())).toEqual(expect.arrayContaining(['name', 'agents']));
});

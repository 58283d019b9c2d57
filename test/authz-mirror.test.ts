/**
 * The mirror test: shield rules in every subgraph and the seeded RBAC tables describe the
 * same permissions. It fails when a field of any subgraph has no rule, when a rule names a
 * permission the tables do not hold, or when a seeded permission's action is not one of its
 * resource type's available_actions. The last block proves each check would catch a breach.
 */
import { ALL_PERMISSIONS, access, permissionsIn, unguardedFields, type AccessMap, type Permission, buildSchemaOf } from '@atrium/kernel';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { extendSchema, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, sql, type TestDatabase } from './kit/db.js';

interface SeededPermission {
  name: string;
  action: string;
  resource_type: string;
  available_actions: string[];
}

let db: TestDatabase;
let seeded: SeededPermission[];
beforeAll(async () => {
  db = await createTestDatabase();
  seeded = await readSeeded(db.url);
});
afterAll(() => db?.drop());

const readSeeded = (url: string) =>
  sql<SeededPermission>(
    url,
    `SELECT p.name, p.action, t.name AS resource_type, t.available_actions
       FROM "authorization".permissions p JOIN "authorization".resource_types t ON t.id = p.resource_type_id
      ORDER BY p.name`,
  );

/** Rules naming a type or field the schema does not have: stale entries hide real gaps. */
function staleRules(schema: GraphQLSchema, map: AccessMap): string[] {
  const stale: string[] = [];
  for (const [typeName, fields] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) {
      stale.push(typeName);
      continue;
    }
    for (const field of Object.keys(fields)) if (field !== '*' && !type.getFields()[field]) stale.push(`${typeName}.${field}`);
  }
  return stale;
}

/** Every way a subgraph's shield can disagree with the tables, as readable lines. */
function mirrorProblems(name: string, schema: GraphQLSchema, map: AccessMap, tables: SeededPermission[]): string[] {
  const names = new Set(tables.map((p) => p.name));
  return [
    ...unguardedFields(schema, map).map((f) => `${name}: ${f} has no rule`),
    ...staleRules(schema, map).map((f) => `${name}: rule for ${f}, which the schema does not have`),
    ...permissionsIn(map)
      .filter((p) => !names.has(p))
      .map((p) => `${name}: rule names ${p}, which is not in authorization.permissions`),
  ];
}

function tableProblems(tables: SeededPermission[]): string[] {
  return tables.filter((p) => !p.available_actions.includes(p.action)).map((p) => `${p.name}: action ${p.action} is not in ${p.resource_type}.available_actions`);
}

describe('the shield of every subgraph mirrors the seeded tables', () => {
  it('covers the subgraphs that exist', () => {
    expect(SUBGRAPHS.map((p) => p.name)).toEqual(expect.arrayContaining(['identity', 'authorization']));
  });

  it.each(SUBGRAPHS.map((p) => [p.name, p] as const))('%s: every field has a rule naming only seeded permissions', (name, pkg) => {
    expect(mirrorProblems(name, buildSchemaOf(pkg), pkg.accessMap, seeded)).toEqual([]);
  });

  it('seeds every catalog permission, each with an action its resource type offers', () => {
    expect(seeded.map((p) => p.name)).toEqual(expect.arrayContaining(ALL_PERMISSIONS));
    expect(tableProblems(seeded)).toEqual([]);
  });
});

describe('the mirror test catches each kind of breach', () => {
  const pkg = SUBGRAPHS.find((p) => p.name === 'authorization')!;

  it('reports a field without a rule', () => {
    const schema = extendSchema(buildSchemaOf(pkg), parse(`extend type Query { leakedSecret: String } extend type Role { secretNote: String }`));
    expect(mirrorProblems('authorization', schema, pkg.accessMap, seeded)).toEqual(['authorization: Query.leakedSecret has no rule']);
    // `Role` has a '*' rule, so its new field is covered; a type with no entry at all is not.
    const withType = extendSchema(buildSchemaOf(pkg), parse(`type Extra { value: Int } extend type Query { extra: Extra }`));
    expect(mirrorProblems('authorization', withType, { ...pkg.accessMap, Query: { ...pkg.accessMap.Query, extra: access.authenticated } }, seeded)).toEqual(['authorization: Extra.value has no rule']);
  });

  it('reports a rule naming a permission missing from the tables', () => {
    const map: AccessMap = { ...pkg.accessMap, Query: { ...pkg.accessMap.Query, roles: access.can('widget:spin' as Permission) } };
    expect(mirrorProblems('authorization', buildSchemaOf(pkg), map, seeded)).toEqual(['authorization: rule names widget:spin, which is not in authorization.permissions']);
    // A catalog permission deleted from the tables is caught the same way.
    const without = seeded.filter((p) => p.name !== 'role:read');
    expect(mirrorProblems('authorization', buildSchemaOf(pkg), pkg.accessMap, without)).toEqual(['authorization: rule names role:read, which is not in authorization.permissions']);
  });

  it('reports a rule left behind for a field that no longer exists', () => {
    const map: AccessMap = { ...pkg.accessMap, Query: { ...pkg.accessMap.Query, removedField: access.authenticated } };
    expect(mirrorProblems('authorization', buildSchemaOf(pkg), map, seeded)).toEqual(['authorization: rule for Query.removedField, which the schema does not have']);
  });

  it('reports a seeded permission whose action its resource type does not offer', async () => {
    await sql(
      db.url,
      `INSERT INTO "authorization".permissions (name, resource_type_id, action)
       SELECT 'conversation:teleport', id, 'teleport' FROM "authorization".resource_types WHERE name = 'conversation'`,
    );
    expect(tableProblems(await readSeeded(db.url))).toEqual(['conversation:teleport: action teleport is not in conversation.available_actions']);
  });
});

import { permissionsIn, unguardedFields, type AccessMap } from '@atrium/kernel';
import type { GraphQLSchema } from 'graphql';
import type { Finding } from './findings.js';

/**
 * Check 6, the authorization mirror: every field of the subgraph's schema has an access rule
 * (`unguardedFields` is empty), and every permission a rule names is in the catalog.
 */
export function checkAccessMirror(subgraph: string, schema: GraphQLSchema, accessMap: AccessMap, catalog: readonly string[]): Finding[] {
  const findings: Finding[] = unguardedFields(schema, accessMap).map((coordinate) => ({
    check: 'authorization',
    severity: 'error',
    rule: 'unguarded-field',
    subgraphs: [subgraph],
    coordinate,
    message: `${coordinate} has no access rule: shield denies it by default; add it to the subgraph's accessMap (src/permissions.ts).`,
  }));
  for (const [type, fields] of Object.entries(accessMap)) {
    for (const [field, rule] of Object.entries(fields)) {
      for (const permission of permissionsIn({ [type]: { [field]: rule } })) {
        if (catalog.includes(permission)) continue;
        findings.push({
          check: 'authorization',
          severity: 'error',
          rule: 'unknown-permission',
          subgraphs: [subgraph],
          coordinate: `${type}.${field}`,
          message: `The rule of ${type}.${field} names ${permission}, which is not in the permission catalog (packages/kernel/src/catalog.ts).`,
        });
      }
    }
  }
  return findings;
}

import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, or, rule, shield } from 'graphql-shield';
type ShieldRule = Parameters<typeof or>[number];
import type { Permission } from './catalog.js';
import type { BaseContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

type Resolve<T> = (parent: any, args: any, ctx: BaseContext, info: GraphQLResolveInfo) => T;

/**
 * How a field is protected. Every field of every subgraph maps to exactly one of these;
 * the mirror test fails when one is missing or names a permission outside the catalog.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission; resourceId?: Resolve<string | null | undefined> }
  | { kind: 'owner'; ownerId: Resolve<string | null | undefined>; otherwise?: Access }
  | { kind: 'anyOf'; rules: Access[] }
  | { kind: 'internal' };

export const access = {
  /** Anyone, signed in or not (login, register, `_service`). */
  public: { kind: 'public' } as Access,
  /** Any signed-in user. */
  authenticated: { kind: 'authenticated' } as Access,
  /** A catalog permission, optionally about one resource (scoped grants, conditions). */
  can: (permission: Permission, resourceId?: Resolve<string | null | undefined>): Access => ({ kind: 'permission', permission, resourceId }),
  /** The caller owns the object; otherwise fall back to another rule, or deny. */
  owner: (ownerId: Resolve<string | null | undefined>, otherwise?: Access): Access => ({ kind: 'owner', ownerId, otherwise }),
  anyOf: (...rules: Access[]): Access => ({ kind: 'anyOf', rules }),
  /** Federation plumbing (`_entities`): entity types carry their own field rules. */
  internal: { kind: 'internal' } as Access,
};

/** Type name → field name (or `*` for every field of the type) → access. */
export type AccessMap = Record<string, Record<string, Access>>;

function toRule(a: Access): ShieldRule {
  switch (a.kind) {
    case 'public':
    case 'internal':
      return allow;
    case 'authenticated':
      return rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => (ctx.principal ? true : unauthenticated()));
    case 'permission':
      // Without a resource the answer is the same for every object of the request: let shield
      // keep it for the request instead of re-asking for each of a list's thousand items.
      return rule({ cache: a.resourceId ? 'no_cache' : 'contextual' })(async (parent, args, ctx: BaseContext, info) => {
        if (!ctx.principal) return unauthenticated();
        const resourceId = a.resourceId?.(parent, args, ctx, info) ?? null;
        const decision = await ctx.authz.decide({ permission: a.permission, resourceId });
        if (decision.allowed) return true;
        return forbidden(`Missing permission ${a.permission} (${decision.reason})`, { permission: a.permission, reason: decision.reason });
      });
    case 'owner': {
      const mine = rule({ cache: 'no_cache' })((parent, args, ctx: BaseContext, info) => {
        if (!ctx.principal) return unauthenticated();
        const owner = a.ownerId(parent, args, ctx, info);
        return owner != null && owner === ctx.principal.userId ? true : forbidden('Only the owner may do this');
      });
      // graphql-shield's `or` reports the first failing rule's error: put the permission first
      // so a denial names the permission that is missing, not just "only the owner".
      return a.otherwise ? or(toRule(a.otherwise), mine) : mine;
    }
    case 'anyOf':
      return or(...a.rules.map(toRule));
  }
}

/** Federation plumbing {@link applyShield} allows by itself: `_service`, `_entities`, `_Service`. */
const isPlumbing = (type: string, field: string) => (type === 'Query' && (field === '_service' || field === '_entities')) || type === '_Service';

/** Fields the rule map must not leave open: every field of every object type in the schema. */
export function unguardedFields(schema: GraphQLSchema, map: AccessMap): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rules = map[type.name];
    for (const field of Object.keys(type.getFields())) {
      if (isPlumbing(type.name, field)) continue;
      if (!rules || (!rules[field] && !rules['*'])) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}

/** Every permission named anywhere in an access map. */
export function permissionsIn(map: AccessMap): Permission[] {
  const found = new Set<Permission>();
  const walk = (a: Access) => {
    if (a.kind === 'permission') found.add(a.permission);
    if (a.kind === 'owner' && a.otherwise) walk(a.otherwise);
    if (a.kind === 'anyOf') a.rules.forEach(walk);
  };
  Object.values(map).forEach((fields) => Object.values(fields).forEach(walk));
  return [...found];
}

/**
 * Wrap a subgraph schema with graphql-shield, deny by default: any field missing from
 * the map is refused with FORBIDDEN, real resolver errors pass through untouched,
 * and `_service` stays open so the gateway can compose.
 */
export function applyShield(schema: GraphQLSchema, map: AccessMap): GraphQLSchema {
  const tree: Record<string, Record<string, ShieldRule>> = {};
  for (const [type, fields] of Object.entries(map)) {
    tree[type] = Object.fromEntries(Object.entries(fields).map(([field, a]) => [field, toRule(a)]));
  }
  // graphql-middleware refuses rules for fields the schema lacks, so add only what exists.
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  tree.Query = { ...tree.Query, _service: allow, ...('_entities' in queryFields ? { _entities: allow } : {}) };
  if (schema.getType('_Service') && !tree._Service) tree._Service = { '*': allow };
  const permissions = shield(tree, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: forbidden('Not allowed: no access rule covers this field'),
  });
  return applyMiddleware(schema, permissions);
}

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

type Verdict = true | Error;

/**
 * Decisions already known in this request, so a list of a thousand objects does not mean five
 * thousand rule runs: per request for rules without a resource (`authenticated`, a permission
 * without a resource id), per permission and resource id otherwise. Only this request's
 * decisions are kept (the context is per request), so a revocation shows on the next one.
 */
const known = new WeakMap<object, Map<string, { promise: Promise<Verdict>; value?: Verdict }>>();
const memoOf = (ctx: BaseContext) => {
  let memo = known.get(ctx);
  if (!memo) known.set(ctx, (memo = new Map()));
  return memo;
};

function permissionKey(a: Extract<Access, { kind: 'permission' }>, parent: any, args: any, ctx: BaseContext, info: GraphQLResolveInfo) {
  return `${a.permission}|${a.resourceId?.(parent, args, ctx, info) ?? ''}`;
}

const ALLOWED: Promise<Verdict> = Promise.resolve(true);

/** The decision of a permission rule this request is already waiting for, if any. */
function pending(a: Access | undefined, parent: any, args: any, ctx: BaseContext, info: GraphQLResolveInfo): Promise<Verdict> | undefined {
  if (a?.kind !== 'permission') return undefined;
  const entry = known.get(ctx)?.get(permissionKey(a, parent, args, ctx, info));
  return entry && entry.value === undefined ? entry.promise : undefined;
}

/**
 * The synchronous answer when it is already known to be yes: signed in, the owner, or a
 * permission decided earlier in this request; the pending decision when this request is already
 * waiting for it (a list's thousand objects wait on one). `undefined` means "ask shield" (a
 * denial always goes through shield, which builds the error).
 */
function allowedNow(a: Access, parent: any, args: any, ctx: BaseContext, info: GraphQLResolveInfo): true | Promise<Verdict> | undefined {
  switch (a.kind) {
    case 'public':
    case 'internal':
      return true;
    case 'authenticated':
      return ctx.principal ? true : undefined;
    case 'permission': {
      if (!ctx.principal) return undefined;
      const resourceId = a.resourceId?.(parent, args, ctx, info) ?? null;
      const key = `${a.permission}|${resourceId ?? ''}`;
      const memo = memoOf(ctx);
      const entry = memo.get(key);
      if (entry) return entry.value === undefined ? entry.promise : entry.value === true ? true : undefined;
      // Known in process at once (a current policy snapshot): the field stays synchronous. A
      // denial is left to shield, which asks again and builds the error.
      if (ctx.authz.decideNow?.({ permission: a.permission, resourceId })?.allowed) {
        memo.set(key, { promise: ALLOWED, value: true });
        return true;
      }
      return undefined;
    }
    case 'owner': {
      if (!ctx.principal) return undefined;
      const owner = a.ownerId(parent, args, ctx, info);
      if (owner != null && owner === ctx.principal.userId) {
        const waiting = pending(a.otherwise, parent, args, ctx, info);
        return waiting ? waiting.then(() => true as const, () => true as const) : true;
      }
      return a.otherwise ? allowedNow(a.otherwise, parent, args, ctx, info) : undefined;
    }
    case 'anyOf':
      return a.rules.some((r) => allowedNow(r, parent, args, ctx, info) === true) ? true : undefined;
  }
}

/**
 * The full decision. The owner branch decides before any permission is asked; a FORBIDDEN is
 * built only for the real, final denial, never for a branch an `anyOf` or `owner` then allows.
 */
async function verdict(a: Access, parent: any, args: any, ctx: BaseContext, info: GraphQLResolveInfo): Promise<Verdict> {
  switch (a.kind) {
    case 'public':
    case 'internal':
      return true;
    case 'authenticated':
      return ctx.principal ? true : unauthenticated();
    case 'permission': {
      if (!ctx.principal) return unauthenticated();
      const key = permissionKey(a, parent, args, ctx, info);
      const memo = memoOf(ctx);
      let entry = memo.get(key);
      if (!entry) {
        const promise = ctx.authz.decide({ permission: a.permission, resourceId: a.resourceId?.(parent, args, ctx, info) ?? null }).then((decision): Verdict => {
          const value: Verdict = decision.allowed
            ? true
            : forbidden(`Missing permission ${a.permission} (${decision.reason})`, { permission: a.permission, reason: decision.reason });
          entry!.value = value;
          return value;
        });
        memo.set(key, (entry = { promise }));
        // A failed decision (authorization unreachable) is not kept: shield reports it for this field.
        promise.catch(() => memo.delete(key));
      }
      return entry.promise;
    }
    case 'owner': {
      if (!ctx.principal) return unauthenticated();
      const owner = a.ownerId(parent, args, ctx, info);
      if (owner != null && owner === ctx.principal.userId) {
        // The owner needs no permission; but when the same list is already waiting for the
        // other branch's decision, answer together with it so the list's loaders batch once.
        const waiting = pending(a.otherwise, parent, args, ctx, info);
        if (waiting) await waiting.catch(() => undefined);
        return true;
      }
      return a.otherwise ? verdict(a.otherwise, parent, args, ctx, info) : forbidden('Only the owner may do this');
    }
    case 'anyOf': {
      // In order; the first rule's error names the denial, as graphql-shield's `or` did.
      let first: Error | undefined;
      for (const r of a.rules) {
        const v = await verdict(r, parent, args, ctx, info);
        if (v === true) return true;
        first ??= v;
      }
      return first ?? forbidden();
    }
  }
}

const isAllow = (a: Access) => a.kind === 'public' || a.kind === 'internal';

function toRule(a: Access): ShieldRule {
  if (isAllow(a)) return allow;
  // Rules without a resource answer the same for every object of the request: shield keeps
  // those per request; the others are memoised per permission and resource id in `verdict`.
  const contextual = a.kind === 'authenticated' || (a.kind === 'permission' && !a.resourceId);
  return rule({ cache: contextual ? 'contextual' : 'no_cache' })((parent, args, ctx: BaseContext, info) => verdict(a, parent, args, ctx, info));
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
  // graphql-shield wraps every field in an async middleware, `allow` ones included: on a list
  // of a thousand objects that is thousands of promises for nothing. Keep shield's middleware
  // only where a rule decides, and in front of it answer synchronously when the answer is
  // already known to be yes (signed in, the owner, a permission decided earlier in the request).
  const generated = permissions.generate(schema) as Record<string, Record<string, FieldMiddleware>>;
  const fields: Record<string, Record<string, FieldMiddleware>> = {};
  for (const [type, byField] of Object.entries(generated)) {
    for (const [field, middleware] of Object.entries(byField)) {
      if (isPlumbing(type, field)) continue;
      const a = map[type]?.[field] ?? map[type]?.['*'];
      if (a && isAllow(a)) continue;
      (fields[type] ??= {})[field] = a ? fastPath(a, middleware) : middleware;
    }
  }
  return applyMiddleware(schema, fields);
}

type MiddlewareFn = (resolve: Resolve<unknown>, parent: any, args: any, ctx: BaseContext, info: GraphQLResolveInfo) => unknown;
type FieldMiddleware = MiddlewareFn | { resolve: MiddlewareFn; fragment?: string; fragments?: string[] };

function fastPath(a: Access, middleware: FieldMiddleware): FieldMiddleware {
  const guarded = typeof middleware === 'function' ? middleware : middleware.resolve;
  const resolve: MiddlewareFn = (next, parent, args, ctx, info) => {
    const now = allowedNow(a, parent, args, ctx, info);
    if (now === true) return next(parent, args, ctx, info);
    if (now) return now.then((v) => (v === true ? next(parent, args, ctx, info) : guarded(next, parent, args, ctx, info)), () => guarded(next, parent, args, ctx, info));
    return guarded(next, parent, args, ctx, info);
  };
  return typeof middleware === 'function' ? resolve : { ...middleware, resolve };
}

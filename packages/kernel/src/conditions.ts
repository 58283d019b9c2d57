import jsonLogic from 'json-logic-js';

/**
 * Access conditions are JsonLogic (https://jsonlogic.com) over
 * `{ resource: { id, type, ownerId, attributes }, user: { id } }`, e.g.
 * `{ "==": [{ "var": "resource.ownerId" }, { "var": "user.id" }] }`.
 *
 * Only the operators below are accepted: JsonLogic's `method` would call arbitrary
 * JavaScript methods on the data, and `log` writes to the console. An empty object is true.
 */
export const CONDITION_OPERATORS = [
  'var', 'missing', 'missing_some',
  'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%',
  'map', 'filter', 'reduce', 'all', 'none', 'some', 'merge', 'in', 'cat', 'substr',
] as const;
const ALLOWED = new Set<string>(CONDITION_OPERATORS);

export interface ConditionContext {
  resource: { id: string; type: string; ownerId: string | null; attributes: Record<string, unknown> } | null;
  user: { id: string };
}

export const isEmptyCondition = (condition: unknown): boolean =>
  condition == null || (typeof condition === 'object' && !Array.isArray(condition) && Object.keys(condition).length === 0);

/** Problems with a condition, as messages; empty when it is usable. */
export function conditionProblems(condition: unknown): string[] {
  if (isEmptyCondition(condition)) return [];
  if (typeof condition !== 'object' || Array.isArray(condition)) return ['must be a JsonLogic object'];
  const problems: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push(`an operation must have exactly one operator, got ${keys.length === 0 ? 'none' : keys.join(', ')}`);
      return;
    }
    const op = keys[0]!;
    if (!ALLOWED.has(op)) problems.push(`operator "${op}" is not allowed`);
    walk((node as Record<string, unknown>)[op]);
  };
  walk(condition);
  return problems;
}

const DATA_READERS = new Set(['var', 'missing', 'missing_some']);
const readsResourcePath = (path: unknown) => typeof path !== 'string' || path === '' || path === 'resource' || path.startsWith('resource.');

/**
 * Whether a condition may read `resource.*`. Fails closed: a `var` whose path is computed, or
 * the whole data object (`{"var": ""}`), counts as reading the resource.
 */
export function readsResource(condition: unknown): boolean {
  if (Array.isArray(condition)) return condition.some(readsResource);
  if (condition === null || typeof condition !== 'object') return false;
  return Object.entries(condition).some(([op, args]) => {
    if (!DATA_READERS.has(op)) return readsResource(args);
    const list = Array.isArray(args) ? args : [args];
    if (op === 'var') return readsResourcePath(list[0] ?? '') || readsResource(list.slice(1));
    if (op === 'missing_some') return (Array.isArray(list[1]) ? list[1] : [list[1]]).some(readsResourcePath) || readsResource(list[0]);
    return list.some(readsResourcePath);
  });
}

/**
 * Whether every condition holds. A non-empty condition cannot hold without a resource, one
 * that reads `resource.*` cannot hold for a resource that is not registered (nothing is known
 * about it, so `!=` on its owner must not become true for an invented id), and a condition
 * that fails to evaluate is false: errors never grant access.
 */
export function conditionsHold(conditions: unknown[], context: ConditionContext, options: { resourceRegistered?: boolean } = {}): boolean {
  for (const condition of conditions) {
    if (isEmptyCondition(condition)) continue;
    if (!context.resource) return false;
    if (options.resourceRegistered === false && readsResource(condition)) return false;
    if (!jsonLogicHolds(condition, context)) return false;
  }
  return true;
}

/**
 * One JsonLogic condition over any data (masking policies' `condition`): `{}` holds; a condition
 * with an operator outside {@link CONDITION_OPERATORS}, or that fails to evaluate, does not.
 */
export function jsonLogicHolds(condition: unknown, data: unknown): boolean {
  if (isEmptyCondition(condition)) return true;
  if (conditionProblems(condition).length > 0) return false;
  try {
    return jsonLogic.truthy(jsonLogic.apply(condition as jsonLogic.RulesLogic, data));
  } catch {
    return false;
  }
}

import { MASKING_METHODS, type MaskingMethod, type MaskingPlanWire, type MaskingRule } from '@atrium/kernel';
import { jsonLogicHolds } from '@atrium/kernel/conditions';
import type { PlanElement, PlanPolicy } from './store.js';

/** Patterns compiled once (they are few: the active policies'). */
const compiled = new Map<string, RegExp>();

/** `*` matches any run of characters; everything else literally, case-insensitively. */
export function patternMatches(pattern: string, value: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    if (compiled.size >= 1000) compiled.clear();
    compiled.set(pattern, (re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i')));
  }
  return re.test(value);
}

const anyMatches = (patterns: string[] | null, value: string) => !patterns || patterns.length === 0 || patterns.some((p) => patternMatches(p, value));

const isMethod = (m: unknown): m is MaskingMethod => typeof m === 'string' && (MASKING_METHODS as readonly string[]).includes(m);

/**
 * The caller's effective plan: for every active element, the highest-priority active policy that
 * applies to it and to the caller decides its rule (the policy's `maskingRules` over the element's
 * method and parameters); no policy: clear. Access logging comes from the classification.
 */
export function maskingPlan(facts: { elements: PlanElement[]; policies: PlanPolicy[] }, caller: { userId: string; roleIds: readonly string[] }): MaskingPlanWire {
  const columns: MaskingPlanWire['columns'] = {};
  for (const e of facts.elements) {
    const key = `${e.table}.${e.column}`;
    const column = { table: e.table, column: e.column, elementType: e.elementType, classification: e.classification, sensitivityLevel: e.sensitivityLevel };
    const policy = facts.policies.find(
      (p) =>
        anyMatches(p.tables, e.table) &&
        anyMatches(p.columns, e.column) &&
        (!p.users?.length || p.users.includes(caller.userId)) &&
        (!p.roles?.length || p.roles.some((r) => caller.roleIds.includes(r))) &&
        jsonLogicHolds(p.condition, { user: { id: caller.userId, roleIds: caller.roleIds }, column }),
    );
    let rule: MaskingRule | null = null;
    if (policy) {
      const method = isMethod(policy.rules?.method) ? policy.rules.method : isMethod(e.method) ? e.method : 'redact';
      const override = policy.rules?.parameters && typeof policy.rules.parameters === 'object' ? (policy.rules.parameters as Record<string, unknown>) : null;
      rule = { method, parameters: override ?? (method === e.method ? e.parameters : {}) };
    }
    columns[key] = { rule, accessLogged: e.accessLogged, policy: policy?.name ?? null };
  }
  return { columns };
}

/** Whether any active policy needs the caller's roles (only then are they fetched). */
export const needsRoles = (policies: PlanPolicy[]) => policies.some((p) => (p.roles?.length ?? 0) > 0 || JSON.stringify(p.condition ?? {}).includes('roleIds'));

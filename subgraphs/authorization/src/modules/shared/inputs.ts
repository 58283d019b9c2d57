import { badInput, jsonObject as json, type FieldProblem } from '@atrium/kernel';
import { conditionProblems } from '@atrium/kernel/conditions';

export { optionalText, uuid } from '@atrium/kernel';
export const jsonObject = json();

/** A JsonLogic condition; see policy/conditions.ts for the accepted operators. */
export const condition = jsonObject.superRefine((value, ctx) => {
  for (const message of conditionProblems(value)) ctx.addIssue({ code: 'custom', message });
});

/** `validUntil` must come after `validFrom` (or after now when no start is given). */
export function checkWindow(validFrom: Date | null | undefined, validUntil: Date | null | undefined, path: (string | number)[]): void {
  if (!validUntil) return;
  const start = validFrom ?? new Date();
  if (validUntil.getTime() <= start.getTime()) throw badInput([{ path: [...path, 'validUntil'], message: 'must be after validFrom' }]);
}

export function problems(list: FieldProblem[]): void {
  if (list.length) throw badInput(list);
}

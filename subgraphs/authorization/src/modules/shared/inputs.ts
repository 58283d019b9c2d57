import { badInput, type FieldProblem } from '@atrium/kernel';
import { z } from 'zod';
import { conditionProblems } from '../policy/conditions.js';

export const uuid = z.uuid('must be a UUID');
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const jsonObject = z.record(z.string(), z.unknown(), 'must be a JSON object');

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

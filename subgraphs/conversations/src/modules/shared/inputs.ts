import { jsonObject as json } from '@atrium/kernel';
import { z } from 'zod';

export { text, uuid } from '@atrium/kernel';
export const jsonObject = json(65_536);
/** A decimal string (or an integer), as the Decimal scalar accepts it. */
export const decimal = (scale: number, integerDigits: number) =>
  z
    .union([z.string(), z.number().int()])
    .transform((v) => String(v).trim())
    .refine((v) => new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`).test(v), `must be a non-negative decimal with at most ${integerDigits} integer digits and ${scale} decimals`);

/** GraphQL enum values arrive mapped to their stored spelling; keep the accepted set closed. */
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

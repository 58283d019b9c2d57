import { z } from 'zod';

export const uuid = z.uuid('must be a UUID');
export const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const jsonObject = z
  .record(z.string(), z.unknown(), 'must be a JSON object')
  .refine((v) => JSON.stringify(v).length <= 65_536, 'must be at most 64 KB of JSON');
/** A decimal string (or an integer), as the Decimal scalar accepts it. */
export const decimal = (scale: number, integerDigits: number) =>
  z
    .union([z.string(), z.number().int()])
    .transform((v) => String(v).trim())
    .refine((v) => new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`).test(v), `must be a non-negative decimal with at most ${integerDigits} integer digits and ${scale} decimals`);

/** GraphQL enum values arrive mapped to their stored spelling; keep the accepted set closed. */
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

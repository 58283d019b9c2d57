import { z } from 'zod';
import { parseInput } from './errors.js';

/** Input building blocks every subgraph validates with; messages are written for the client. */

export const uuid = z.uuid('must be a UUID');

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** {@link text}, or null/absent. */
export const optionalText = (max: number) => text(max).nullish();

/** An http(s) URL of at most 2000 characters. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

export type JsonValue = string | number | boolean | null | JsonObject | JsonValue[];
export type JsonObject = { [key: string]: JsonValue };

/**
 * A JSON object of at most `maxBytes` once serialised (settings, attributes, conditions). It
 * arrives through the `JSON` scalar, so it is JSON already: typed as such, it goes into a Prisma
 * JSON column as it is.
 */
export const jsonObject = (maxBytes = 65_536) =>
  z
    .record(z.string(), z.unknown(), 'must be a JSON object')
    .refine((v) => JSON.stringify(v).length <= maxBytes, `must be at most ${Math.round(maxBytes / 1024)} KB of JSON`)
    .transform((v) => v as JsonObject);

/** A value built in code, as the JSON object a JSON column stores (what JSON.stringify keeps of it). */
export const toJson = (value: object): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;

/** An `ID!` argument that must be a UUID; BAD_USER_INPUT at `path` otherwise. */
export const idArg = (value: unknown, path: (string | number)[] = ['id']): string => parseInput(uuid, value, path);

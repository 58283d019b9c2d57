import { badInput, jsonObject, type FieldProblem } from '@atrium/kernel';
import { Ajv, type ValidateFunction } from 'ajv';
import { z } from 'zod';
import type { Collection } from '../../db.js';

/**
 * Metadata at the boundary. Every metadata argument (documents, entities, relationships) is a
 * JSON object of at most METADATA_MAX_BYTES of UTF-8 JSON (bytes, not characters: 30,000 `€` are
 * 90 KB) nested at most METADATA_MAX_DEPTH deep; anything else is BAD_USER_INPUT at its path.
 *
 * A collection's `metadata_schema` (000 §3) is a JSON Schema its documents' metadata must
 * satisfy, and its `entity_metadata_schemas` one per entity type for its entities' metadata,
 * checked with ajv as prompt template variables are. Collections never change their schemas,
 * so compiled validators are kept (at most CAPACITY, oldest evicted).
 */
export const METADATA_MAX_BYTES = 65_536;
export const METADATA_MAX_DEPTH = 32;

const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf)) : 0;

export const metadataObject = () =>
  jsonObject(METADATA_MAX_BYTES)
    .refine((v) => Buffer.byteLength(JSON.stringify(v), 'utf8') <= METADATA_MAX_BYTES, `must be at most ${METADATA_MAX_BYTES / 1024} KB of JSON (UTF-8)`)
    .refine((v) => depthOf(v) <= METADATA_MAX_DEPTH, `must be nested at most ${METADATA_MAX_DEPTH} levels deep`);

/** An entity or relationship type: lower case letters, digits, `_`, `-`. */
export const typeName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower case letters, digits, `_` or `-`');

/** `entityMetadataSchemas`: entity type → JSON Schema of that type's metadata (at most 100 types). */
export const entitySchemasInput = () =>
  z
    .record(typeName, jsonObject(), 'must be a JSON object of entity type → JSON Schema')
    .refine((m) => Object.keys(m).length <= 100, 'must name at most 100 entity types')
    .refine((m) => Buffer.byteLength(JSON.stringify(m), 'utf8') <= METADATA_MAX_BYTES, `must be at most ${METADATA_MAX_BYTES / 1024} KB of JSON (UTF-8)`);

const ajv = new Ajv({ allErrors: true, strict: false });
const CAPACITY = 500;
const compiled = new Map<string, ValidateFunction>();

/** Refuse a schema ajv cannot compile. */
export function checkMetadataSchema(schema: object, path: (string | number)[]): void {
  try {
    ajv.compile(schema);
    ajv.removeSchema(schema);
  } catch (error) {
    throw badInput([{ path, message: `is not a valid JSON Schema: ${(error as Error).message}` }]);
  }
}

/** Refuse any entity type's schema ajv cannot compile, at its own path. */
export function checkEntitySchemas(schemas: Record<string, object>, path: (string | number)[]): void {
  for (const [type, schema] of Object.entries(schemas)) checkMetadataSchema(schema, [...path, type]);
}

/** Refuse `metadata` unless it satisfies `schema` (an empty schema accepts anything); `key` names the compiled validator. */
function validateAgainst(key: string, schema: object | undefined, metadata: object, path: (string | number)[]): void {
  if (!schema || Object.keys(schema).length === 0) return;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size >= CAPACITY) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  if (validate(metadata)) return;
  const problems: FieldProblem[] = (validate.errors ?? []).map((e) => ({ path: [...path, ...e.instancePath.split('/').filter(Boolean)], message: e.message ?? 'is invalid' }));
  throw badInput(problems);
}

/** Refuse document metadata that does not satisfy the collection's schema. */
export function validateMetadata(collection: Collection, metadata: object, path: (string | number)[]): void {
  validateAgainst(collection.id, collection.metadataSchema as object, metadata, path);
}

/** Refuse an entity's metadata that does not satisfy its collection's schema for its type (none: anything). */
export function validateEntityMetadata(collection: Collection, entityType: string, metadata: object, path: (string | number)[]): void {
  const schemas = (collection.entityMetadataSchemas ?? {}) as Record<string, object>;
  validateAgainst(`${collection.id}:entity:${entityType}`, Object.hasOwn(schemas, entityType) ? schemas[entityType] : undefined, metadata, path);
}

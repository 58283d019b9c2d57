import { badInput, type FieldProblem } from '@atrium/kernel';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Collection } from '../../db.js';

/**
 * A collection's `metadata_schema` (000 §3) is a JSON Schema its documents' metadata must
 * satisfy, checked with ajv as prompt template variables are. Collections never change their
 * schema, so one compiled validator per collection is kept (at most CAPACITY, oldest evicted).
 */
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

/** Refuse metadata that does not satisfy the collection's schema (an empty schema accepts anything). */
export function validateMetadata(collection: Collection, metadata: object, path: (string | number)[]): void {
  const schema = collection.metadataSchema as object;
  if (!schema || Object.keys(schema).length === 0) return;
  let validate = compiled.get(collection.id);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size >= CAPACITY) compiled.delete(compiled.keys().next().value!);
    compiled.set(collection.id, validate);
  }
  if (validate(metadata)) return;
  const problems: FieldProblem[] = (validate.errors ?? []).map((e) => ({ path: [...path, ...e.instancePath.split('/').filter(Boolean)], message: e.message ?? 'is invalid' }));
  throw badInput(problems);
}

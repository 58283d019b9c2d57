import type { FieldProblem } from '@atrium/kernel';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a `default` export; under NodeNext its default import is the module.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** `{{name}}` with optional spaces; names are identifiers. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholders(content: string): string[] {
  return [...new Set([...content.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export interface TemplateDefinition {
  id?: string;
  templateContent: string;
  requiredVariables: string[];
  optionalVariables: string[];
  variableSchemas: Record<string, unknown>;
}

/** A variable value as text: strings as is, everything else as JSON. */
const asText = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value));

const pointer = (instancePath: string) =>
  instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

function problemOf(error: ErrorObject, prefix: (string | number)[]): FieldProblem {
  const at = pointer(error.instancePath);
  if (error.keyword === 'required') return { path: [...prefix, ...at, (error.params as { missingProperty: string }).missingProperty], message: 'is required' };
  if (error.keyword === 'additionalProperties') return { path: [...prefix, ...at, (error.params as { additionalProperty: string }).additionalProperty], message: 'is not a variable of this template' };
  return { path: [...prefix, ...at], message: error.message ?? 'is invalid' };
}

/**
 * JSON Schema validation of template variables with ajv. One instance per runtime; a compiled
 * validator per template version (versions are immutable), at most `capacity` of them, evicted
 * from ajv's own cache too so a long-running process does not grow.
 */
export class TemplateValidator {
  private readonly ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  private readonly compiled = new Map<string, { schema: object; validate: ValidateFunction }>();

  constructor(private readonly capacity = 500) {}

  /** Problems with a definition: undeclared placeholders, overlapping lists, schemas ajv rejects. */
  definitionProblems(def: TemplateDefinition, prefix: (string | number)[]): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const declared = new Set([...def.requiredVariables, ...def.optionalVariables]);
    for (const name of def.requiredVariables) if (def.optionalVariables.includes(name)) problems.push({ path: [...prefix, 'optionalVariables'], message: `${name} is also required` });
    for (const name of placeholders(def.templateContent)) if (!declared.has(name)) problems.push({ path: [...prefix, 'templateContent'], message: `{{${name}}} is not a declared variable` });
    for (const [name, schema] of Object.entries(def.variableSchemas)) {
      if (!declared.has(name)) {
        problems.push({ path: [...prefix, 'variableSchemas', name], message: 'is not a declared variable' });
        continue;
      }
      try {
        this.ajv.compile(schema as object);
        this.ajv.removeSchema(schema as object);
      } catch (error) {
        problems.push({ path: [...prefix, 'variableSchemas', name], message: `is not a valid JSON Schema: ${(error as Error).message}` });
      }
    }
    return problems;
  }

  private validatorFor(def: TemplateDefinition): ValidateFunction {
    const cached = def.id ? this.compiled.get(def.id) : undefined;
    if (cached) return cached.validate;
    const declared = [...def.requiredVariables, ...def.optionalVariables];
    const schema = {
      type: 'object',
      properties: Object.fromEntries(declared.map((name) => [name, def.variableSchemas[name] ?? {}])),
      required: def.requiredVariables,
      additionalProperties: false,
    };
    const validate = this.ajv.compile(schema);
    if (def.id) {
      if (this.compiled.size >= this.capacity) {
        const [oldest] = this.compiled;
        this.compiled.delete(oldest![0]);
        this.ajv.removeSchema(oldest![1].schema);
      }
      this.compiled.set(def.id, { schema, validate });
    } else {
      this.ajv.removeSchema(schema);
    }
    return validate;
  }

  /** The rendered text, or the problems naming each bad variable under `prefix`. */
  render(def: TemplateDefinition, variables: Record<string, unknown>, prefix: (string | number)[]): { ok: true; text: string } | { ok: false; problems: FieldProblem[] } {
    const validate = this.validatorFor(def);
    if (!validate(variables)) return { ok: false, problems: (validate.errors ?? []).map((e) => problemOf(e, prefix)) };
    return { ok: true, text: def.templateContent.replace(PLACEHOLDER, (_, name: string) => asText(variables[name])) };
  }
}

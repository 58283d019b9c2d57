import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ZodError } from 'zod';
import type { Logger } from './logger.js';

/** The closed list of error codes a client can ever see. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
const CODES = new Set<string>(ERROR_CODES);

export interface FieldProblem {
  /** Path of the offending input field, e.g. `["input", "email"]`. */
  path: (string | number)[];
  message: string;
}

/** An expected failure: safe to show to the client as is. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Authentication required') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed', extra: Record<string, unknown> = {}) =>
  new AppError('FORBIDDEN', message, extra);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string, fields: string[] = []) =>
  new AppError('CONFLICT', message, fields.length ? { fields } : {});
export const rateLimited = (message: string, retryAfterSeconds?: number) =>
  new AppError('RATE_LIMITED', message, retryAfterSeconds ? { retryAfterSeconds } : {});
export const badInput = (problems: FieldProblem[]) =>
  new AppError('BAD_USER_INPUT', problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '), {
    fields: problems,
  });

/** Validate `value` with zod; failures become BAD_USER_INPUT naming each field path. */
export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, value: unknown, prefix: (string | number)[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({
      path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}

interface PrismaLikeError {
  code?: string;
  meta?: {
    target?: unknown;
    modelName?: string;
    driverAdapterError?: { cause?: { table?: string; constraint?: { fields?: string[]; index?: string } } };
  };
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The fields behind a unique violation: from Prisma's target, or from the index name `<table>_<cols>_key`. */
function conflictFields(e: PrismaLikeError): string[] {
  const target = e.meta?.target ?? e.meta?.driverAdapterError?.cause?.constraint?.fields;
  if (Array.isArray(target)) return target.map((f) => camel(String(f)));
  const cause = e.meta?.driverAdapterError?.cause;
  const index = cause?.constraint?.index ?? (typeof target === 'string' ? target : undefined);
  if (!index) return [];
  const bare = index.replace(new RegExp(`^${cause?.table ?? ''}_`), '').replace(/_(key|unique|idx)$/, '');
  return [camel(bare)];
}

/**
 * Translate storage errors into expected outcomes where there is one:
 * unique violations are CONFLICT, missing rows are NOT_FOUND. Everything else stays unexpected.
 */
export function mapStorageError(error: unknown): unknown {
  const e = error as PrismaLikeError;
  if (e?.code === 'P2002') {
    const fields = conflictFields(e);
    return conflict(fields.length ? `Already exists: ${fields.join(', ')}` : 'Already exists', fields);
  }
  if (e?.code === 'P2025') return notFound(e.meta?.modelName ?? 'Record');
  if ((error as { code?: string })?.code === '23505') return conflict('Already exists');
  return error;
}

function originalOf(error: unknown): unknown {
  let current = error as { originalError?: unknown };
  while (current && current.originalError && current.originalError !== current) current = current.originalError as typeof current;
  return current;
}

/**
 * Apollo `formatError`: pass expected errors through, map known storage errors,
 * and mask everything else. Never leaks stack traces, SQL or driver messages.
 */
export function createErrorFormatter(options: { hideSuggestions?: boolean } = {}) {
  if (!options.hideSuggestions) return formatError;
  return (formatted: GraphQLFormattedError, error: unknown) => withoutSuggestions(formatError(formatted, error));
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * graphql-js names neighbouring fields, arguments and enum values ("Did you mean …?") in
 * validation and variable errors. Where introspection is off that would hand out the schema
 * piece by piece; Apollo's `hideSchemaDetailsFromClientErrors` covers validation only, this
 * covers every message, relayed subgraph errors included.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  {
    const original = originalOf(error);
    if (original instanceof AppError) return stripped(formatted, original.message, original.extensions);
    const mapped = mapStorageError(original);
    if (mapped instanceof AppError) return stripped(formatted, mapped.message, mapped.extensions);
    if (original instanceof ZodError) {
      const e = badInput(original.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })));
      return stripped(formatted, e.message, e.extensions);
    }
    // Errors relayed by the gateway from a subgraph arrive as plain objects, already formatted
    // and masked there. Keep them when their code is on the list.
    if (original && typeof original === 'object' && !(original instanceof Error)) {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CODES.has(code)) return stripped(formatted, formatted.message, formatted.extensions);
    }
    // Errors graphql-js or Apollo raise themselves (parse, validation, variable coercion) and
    // errors relayed from a subgraph (already formatted there) carry no original cause.
    if (original instanceof GraphQLError && !original.originalError) {
      const code = formatted.extensions?.code;
      const safeCode = typeof code === 'string' && CODES.has(code) ? code : 'BAD_USER_INPUT';
      return stripped(formatted, formatted.message, { ...formatted.extensions, code: safeCode });
    }
    // A parser that ran out of stack is the document's fault, not the server's.
    if (original instanceof RangeError && /call stack/i.test(original.message)) {
      return stripped(formatted, 'The document is nested too deeply to parse.', { code: 'BAD_USER_INPUT' });
    }
    return stripped(formatted, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
  }
}

/**
 * Logs every error that will reach the client masked, with the request id, so an
 * operator can find the cause a client only sees as INTERNAL_SERVER_ERROR.
 */
export function errorLoggingPlugin(fallback: Logger) {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(request: { contextValue: unknown; errors: readonly GraphQLError[] }) {
          const ctx = request.contextValue as { logger?: Logger; requestId?: string } | undefined;
          const logger = ctx?.logger ?? fallback;
          for (const error of request.errors) {
            // Not every error here is a GraphQLError: a raw fetch failure has no toJSON.
            const json = typeof error.toJSON === 'function' ? error.toJSON() : { message: String((error as { message?: unknown }).message ?? error) };
            if (formatError(json, error).extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
            logger.error({ err: originalOf(error), requestId: ctx?.requestId, path: error.path }, 'unexpected error');
          }
        },
      };
    },
  };
}

/** graphql-js's `maxTokens` refusal, described like every other limit (limits.ts). */
function tokenLimit(message: string): Record<string, unknown> {
  const match = /more tha[nt] (\d+) tokens/.exec(message);
  if (!match) return {};
  return { limit: { name: 'tokens', estimated: null, maximum: Number(match[1]) } };
}

function stripped(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown> | undefined): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...safe } = (extensions ?? {}) as Record<string, unknown>;
  if (safe.code === 'BAD_USER_INPUT' && !safe.limit) Object.assign(safe, tokenLimit(message));
  return { message, locations: formatted.locations, path: formatted.path, extensions: safe };
}

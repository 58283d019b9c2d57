import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, createErrorFormatter, mapStorageError, parseInput } from './errors.js';

const format = createErrorFormatter();
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('error formatting', () => {
  it('masks unexpected errors: no message, SQL or stack reaches the client', () => {
    const out = format({ message: 'relation "identity.users" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrap(new Error('relation "identity.users" does not exist')));
    expect(out).toEqual({ message: 'Internal server error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps expected errors and strips stack traces', () => {
    const err = new AppError('NOT_FOUND', 'User not found');
    const out = format({ message: err.message, extensions: { code: 'NOT_FOUND', stacktrace: ['at y'] } }, wrap(err));
    expect(out.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(out.message).toBe('User not found');
  });

  it('maps unique violations to CONFLICT naming the field', () => {
    const prismaError = Object.assign(new Error('Unique constraint failed'), {
      code: 'P2002',
      meta: { driverAdapterError: { cause: { table: 'users', constraint: { index: 'users_username_key' } } } },
    });
    const mapped = mapStorageError(prismaError) as AppError;
    expect(mapped.code).toBe('CONFLICT');
    expect(mapped.extensions.fields).toEqual(['username']);
    expect(format({ message: 'x' }, wrap(prismaError)).extensions).toEqual({ code: 'CONFLICT', fields: ['username'] });
  });

  it('turns graphql validation codes outside the closed list into BAD_USER_INPUT', () => {
    const out = format({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('Cannot query field "x"'));
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('parseInput reports every failing field with its path', () => {
    const schema = z.object({ email: z.email(), age: z.number().int() });
    try {
      parseInput(schema, { email: 'nope', age: 1.5 }, ['input']);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).extensions.fields).toEqual([
        { path: ['input', 'email'], message: expect.any(String) },
        { path: ['input', 'age'], message: expect.any(String) },
      ]);
    }
  });
});

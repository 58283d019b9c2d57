import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { unique } from './db.js';

const violation = (index?: string) =>
  Object.assign(new Error('Unique constraint failed'), {
    code: 'P2002',
    meta: index ? { driverAdapterError: { cause: { table: 'users', constraint: { index } } } } : {},
  });
const failed = (promise: Promise<unknown>) => promise.then(() => expect.unreachable(), (e: AppError) => e);

describe('unique', () => {
  it('turns a unique violation into CONFLICT with the store’s message, naming the fields', async () => {
    const e = await failed(unique(Promise.reject(violation('users_name_key')), 'A provider with this name already exists', ['name']));
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('A provider with this name already exists');
    expect(e.extensions.fields).toEqual(['name']);
  });

  it('picks the message of the field the database names, else the first one listed', async () => {
    const messages = { email: 'A user with this email already exists', username: 'A user with this username already exists' };
    const byUsername = await failed(unique(Promise.reject(violation('users_username_key')), messages));
    expect([byUsername.message, byUsername.extensions.fields]).toEqual([messages.username, ['username']]);
    const unknown = await failed(unique(Promise.reject(violation()), messages));
    expect([unknown.message, unknown.extensions.fields]).toEqual([messages.email, ['email']]);
  });

  it('without a message keeps the generic CONFLICT; other errors pass through untouched', async () => {
    const generic = await failed(unique(Promise.reject(violation('users_email_key'))));
    expect([generic.code, generic.message, generic.extensions.fields]).toEqual(['CONFLICT', 'Already exists: email', ['email']]);
    const other = new Error('connection reset');
    expect(await failed(unique(Promise.reject(other), 'x'))).toBe(other);
    await expect(unique(Promise.resolve(42), 'x')).resolves.toBe(42);
  });
});

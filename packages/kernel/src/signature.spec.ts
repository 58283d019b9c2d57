import { describe, expect, it } from 'vitest';
import { hasValidSignature, signedBody, signOperation, SIGNATURE_EXTENSION } from './signature.js';

const SECRET = 'a-test-secret-of-at-least-32-characters';

describe("Hive Gateway's HMAC upstream signature", () => {
  it('is base64 HMAC-SHA256 over the key-sorted JSON of query and variables, empty variables left out', async () => {
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', SECRET).update('{"query":"{ a }","variables":{"a":1,"b":{"c":2,"d":3}}}').digest('base64');
    expect(signOperation(SECRET, { query: '{ a }', variables: { b: { d: 3, c: 2 }, a: 1 } })).toBe(expected);
    const bare = createHmac('sha256', SECRET).update('{"query":"{ a }"}').digest('base64');
    expect(signOperation(SECRET, { query: '{ a }', variables: {} })).toBe(bare);
    expect(signOperation(SECRET, { query: '{ a }' })).toBe(bare);
  });

  it('accepts exactly the signed document and variables with the same secret', () => {
    const body = signedBody(SECRET, { query: '{ a }', variables: { x: 1 }, operationName: null });
    expect(hasValidSignature(SECRET, body)).toBe(true);
    expect(hasValidSignature('another-secret-of-at-least-32-characters', body)).toBe(false);
    expect(hasValidSignature(SECRET, { ...body, variables: { x: 2 } })).toBe(false);
    expect(hasValidSignature(SECRET, { ...body, query: '{ b }' })).toBe(false);
    expect(hasValidSignature(SECRET, { ...body, extensions: { [SIGNATURE_EXTENSION]: 'AAAA' } })).toBe(false);
    expect(hasValidSignature(SECRET, { query: '{ a }' })).toBe(false);
    expect(hasValidSignature(SECRET, '')).toBe(false);
    expect(hasValidSignature(SECRET, [body])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { hasValidSignature, SESSION_ASSERTION_WINDOW_MS, SessionAssertions, signedBody, signOperation, signSessionAssertion, SIGNATURE_EXTENSION } from './signature.js';

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

describe('the gateway session assertion', () => {
  const who = { userId: '00000000-0000-4000-8000-000000000001', sessionId: '00000000-0000-4000-8000-000000000002' };
  const claim = { ...who, policyVersion: 'catalog=3,resources=1' };
  const body = '{"query":"{ me { id } }"}';

  it('is taken once, for this body, user and session, within the window', () => {
    const assertions = new SessionAssertions(SECRET);
    const now = 1_800_000_000_000;
    const value = signSessionAssertion(SECRET, claim, body, now);
    expect(assertions.verify(value, body, who, now + 10)).toEqual(claim);
    // Replayed: the nonce was seen.
    expect(assertions.verify(value, body, who, now + 20)).toBeUndefined();
  });

  it('is ignored when tampered, expired, from another secret, for another body or another token', () => {
    const now = 1_800_000_000_000;
    const fresh = () => new SessionAssertions(SECRET);
    const value = signSessionAssertion(SECRET, claim, body, now);
    const parts = value.split('.');
    expect(fresh().verify([...parts.slice(0, 3), Buffer.from('catalog=4').toString('base64url'), parts[4]].join('.'), body, who, now)).toBeUndefined();
    expect(fresh().verify([parts[0], String(now + 1), ...parts.slice(2)].join('.'), body, who, now)).toBeUndefined();
    expect(fresh().verify(value, body, who, now + SESSION_ASSERTION_WINDOW_MS + 1)).toBeUndefined();
    expect(fresh().verify(signSessionAssertion(SECRET, claim, body, now + SESSION_ASSERTION_WINDOW_MS + 1), body, who, now)).toBeUndefined();
    expect(fresh().verify(signSessionAssertion('another-secret-of-at-least-32-characters', claim, body, now), body, who, now)).toBeUndefined();
    expect(fresh().verify(value, '{"query":"{ other }"}', who, now)).toBeUndefined();
    expect(fresh().verify(value, body, { ...who, sessionId: '00000000-0000-4000-8000-000000000003' }, now)).toBeUndefined();
    expect(fresh().verify(value, body, { ...who, userId: '00000000-0000-4000-8000-000000000004' }, now)).toBeUndefined();
    expect(fresh().verify(undefined, body, who, now)).toBeUndefined();
    expect(fresh().verify('garbage', body, who, now)).toBeUndefined();
    expect(fresh().verify(value, body, who, now)).toEqual(claim);
  });
});

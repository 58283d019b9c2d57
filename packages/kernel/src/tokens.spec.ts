/**
 * Verified tokens are cached until they expire: one signature check per token and verifier, a
 * bounded cache, and nothing a bad token could put in it. (Ended sessions on cached tokens:
 * test/identity/sessions.test.ts verifies every token before ending its session.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../../test/kit/system.js';
import { createTokenSigner, createTokenVerifier } from './tokens.js';

const config = testConfig();
const signer = (ttlSeconds = 60) => createTokenSigner(config, { privateKey: config.secrets.devJwtPrivateKey!, ttlSeconds });
const claims = (n: number) => ({ sub: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, sid: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}` });
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.unreachable(), (e: { code: string; message: string }) => [e.code, e.message]);

afterEach(() => vi.useRealTimers());

describe('createTokenVerifier', () => {
  it('checks a signature once per token, then answers from the cache', async () => {
    const verify = await createTokenVerifier(config, null);
    const { token } = await (await signer())(claims(1));
    expect(await verify(token)).toEqual({ userId: claims(1).sub, sessionId: claims(1).sid });
    expect(await verify(token)).toEqual({ userId: claims(1).sub, sessionId: claims(1).sid });
    expect(verify.stats()).toEqual({ signatures: 1, cached: 1, size: 1, asserted: 0 });
  });

  it('never caches a refusal, and a tampered token is its own cache key', async () => {
    const verify = await createTokenVerifier(config, null);
    const { token } = await (await signer())(claims(2));
    await verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    for (let i = 0; i < 2; i++) expect(await refusal(verify(forged))).toEqual(['UNAUTHENTICATED', 'Invalid access token']);
    expect(verify.stats()).toEqual({ signatures: 3, cached: 0, size: 1, asserted: 0 });
  });

  it('keeps a token only until it expires: then it is verified again, and refused', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const verify = await createTokenVerifier(config, null);
    const { token } = await (await signer(5))(claims(3));
    await verify(token);
    vi.setSystemTime(Date.now() + 4_000);
    await verify(token);
    expect(verify.stats()).toMatchObject({ signatures: 1, cached: 1 });
    vi.setSystemTime(Date.now() + 2_000);
    expect(await refusal(verify(token))).toEqual(['UNAUTHENTICATED', 'Access token expired']);
    expect(verify.stats()).toEqual({ signatures: 2, cached: 1, size: 0, asserted: 0 });
  });

  it('is bounded: past its size the least recently used token goes first', async () => {
    const verify = await createTokenVerifier(config, null, { cacheMax: 2 });
    const sign = await signer();
    const [a, b, c] = await Promise.all([1, 2, 3].map(async (n) => (await sign(claims(10 + n))).token));
    await verify(a!);
    await verify(b!);
    await verify(a!); // a is now the most recently used
    await verify(c!); // evicts b
    expect(verify.stats()).toEqual({ signatures: 3, cached: 1, size: 2, asserted: 0 });
    await verify(a!);
    await verify(b!);
    expect(verify.stats()).toEqual({ signatures: 4, cached: 2, size: 2, asserted: 0 });
  });
});

/**
 * Issue 8 §5: sign-in operations are throttled per client IP and per account (rate-limiter-
 * flexible on identity.rate_limits), answering RATE_LIMITED with retryAfterSeconds. The limits
 * come from ATRIUM_THROTTLE_* and are set low here. Every request of the test comes from
 * 127.0.0.1, and the kit's own admin sign-in at start counts once.
 */
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type GqlResult, type Session, type TestSystem } from '../kit/system.js';

const WINDOW = 120;
let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem({
    ATRIUM_THROTTLE_WINDOW_SECONDS: String(WINDOW),
    ATRIUM_THROTTLE_REGISTER_PER_IP: '4',
    ATRIUM_THROTTLE_LOGIN_PER_IP: '7',
    ATRIUM_THROTTLE_LOGIN_PER_ACCOUNT: '3',
    ATRIUM_THROTTLE_REFRESH_PER_ACCOUNT: '2',
    ATRIUM_THROTTLE_MFA_PER_ACCOUNT: '2',
  });
});
afterAll(() => t?.stop());

function throttled(result: GqlResult) {
  expect(codes(result), result.raw).toEqual(['RATE_LIMITED']);
  const retry = result.errors![0]!.extensions!.retryAfterSeconds as number;
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(WINDOW);
  expect(result.errors![0]!.message).toBe('Too many attempts; try again later');
}

describe('throttling per IP and per account', () => {
  const users: Session[] = [];

  it('register: per IP', async () => {
    for (let i = 0; i < 4; i++) users.push(await t.register());
    throttled(await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email: 'one-too-many@atrium.test', username: 'one_too_many', password: 'long-enough-password' } }));
    const [row] = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM identity.users WHERE email = 'one-too-many@atrium.test'`);
    expect(row!.n).toBe(0);
  });

  it('login: per account, even with the right password; another account still signs in', async () => {
    const [a] = users;
    for (let i = 0; i < 3; i++) expect((await t.login(a!.email, a!.password)).errors).toBeUndefined();
    throttled(await t.login(a!.email, a!.password));
    // Keyed by the email as typed, case-folded, known or not.
    throttled(await t.login(a!.email.toUpperCase(), a!.password));
  });

  it('login: per IP, across accounts', async () => {
    // 1 (the kit's admin) + 5 (above) used of 7.
    expect((await t.login(users[1]!.email, users[1]!.password)).errors).toBeUndefined();
    throttled(await t.login(users[2]!.email, users[2]!.password));
    const rows = await sql<{ key: string; points: number }>(t.db.url, `SELECT key, points FROM identity.rate_limits WHERE key LIKE 'login:ip:%'`);
    expect(rows).toEqual([{ key: 'login:ip:127.0.0.1', points: 8 }]);
  });

  it('refreshToken: per account', async () => {
    const s = users[3]!;
    let token = s.refreshToken;
    for (let i = 0; i < 2; i++) {
      const next = await t.gql(`mutation R($t: String!) { refreshToken(refreshToken: $t) { refreshToken } }`, { t: token });
      expect(next.errors).toBeUndefined();
      token = next.data.refreshToken.refreshToken;
    }
    throttled(await t.gql(`mutation R($t: String!) { refreshToken(refreshToken: $t) { refreshToken } }`, { t: token }));
  });

  it('MFA codes: per account', async () => {
    const s = users[3]!;
    const { secret } = (await t.gql(`mutation { enrollMfa { secret } }`, {}, s.accessToken)).data.enrollMfa;
    const wrong = new TOTP({ secret: Secret.fromBase32(secret) }).generate() === '000000' ? '111111' : '000000';
    for (let i = 0; i < 2; i++) expect(codes(await t.gql(`mutation($c: String!) { confirmMfa(code: $c) { backupCodes } }`, { c: wrong }, s.accessToken))).toEqual(['BAD_USER_INPUT']);
    throttled(await t.gql(`mutation($c: String!) { confirmMfa(code: $c) { backupCodes } }`, { c: new TOTP({ secret: Secret.fromBase32(secret) }).generate() }, s.accessToken));
  });
});

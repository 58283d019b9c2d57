import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type TestSystem } from '../kit/system.js';

let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem();
});
afterAll(() => t?.stop());

const ME = `query { me { id email username lastLoginAt } }`;
const REFRESH = `mutation R($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;

describe('register', () => {
  it('creates an account, signs in, and the access token works through the gateway', async () => {
    const s = await t.register({ email: 'Ada.Lovelace@Example.com', username: 'ada_l' });
    expect(s.email).toBe('ada.lovelace@example.com');
    const me = await t.gql(ME, {}, s.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toMatchObject({ id: s.userId, email: 'ada.lovelace@example.com', username: 'ada_l' });
    const [row] = await sql<{ password_hash: string; profile: number }>(t.db.url, `SELECT password_hash, (SELECT count(*)::int FROM identity.user_profiles p WHERE p.user_id = u.id) AS profile FROM identity.users u WHERE id = $1`, [s.userId]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.profile).toBe(1);
  });

  it('refuses a duplicate email or username with CONFLICT naming the field, and writes nothing', async () => {
    const s = await t.register();
    const before = await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM identity.users');
    const dupEmail = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email: s.email.toUpperCase(), username: 'someone_else', password: 'long-enough-password' } });
    expect(codes(dupEmail)).toEqual(['CONFLICT']);
    expect(dupEmail.errors![0]!.extensions!.fields).toEqual(['email']);
    const username = (await sql<{ username: string }>(t.db.url, 'SELECT username FROM identity.users WHERE id = $1', [s.userId]))[0]!.username;
    const dupUser = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email: 'fresh@atrium.test', username, password: 'long-enough-password' } });
    expect(codes(dupUser)).toEqual(['CONFLICT']);
    expect(dupUser.errors![0]!.extensions!.fields).toEqual(['username']);
    const after = await sql<{ n: number }>(t.db.url, 'SELECT count(*)::int AS n FROM identity.users');
    expect(after[0]!.n).toBe(before[0]!.n);
    const sessions = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM identity.refresh_sessions s JOIN identity.users u ON u.id = s.user_id WHERE u.email = 'fresh@atrium.test'`);
    expect(sessions[0]!.n).toBe(0);
  });

  it('validates input at the boundary with BAD_USER_INPUT and field paths', async () => {
    const bad = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email: 'not-an-email', username: 'x', password: 'short' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const paths = bad.errors![0]!.extensions!.fields.map((f: { path: string[] }) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.email', 'input.username', 'input.password']));
    const huge = await t.gql(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email: `${'a'.repeat(300)}@x.io`, username: 'valid_name', password: 'long-enough-password' } });
    expect(codes(huge)).toEqual(['BAD_USER_INPUT']);
    expect(huge.errors![0]!.extensions!.fields[0].path).toEqual(['input', 'email']);
  });
});

describe('login', () => {
  it('updates last_login_at and last_login_ip', async () => {
    const s = await t.register();
    const res = await t.login(s.email, s.password);
    expect(res.errors).toBeUndefined();
    const [row] = await sql<{ last_login_at: Date | null; last_login_ip: string | null }>(t.db.url, 'SELECT last_login_at, host(last_login_ip) AS last_login_ip FROM identity.users WHERE id = $1', [s.userId]);
    expect(row!.last_login_at).toBeInstanceOf(Date);
    expect(Date.now() - row!.last_login_at!.getTime()).toBeLessThan(60_000);
    expect(row!.last_login_ip).toBe('127.0.0.1');
  });

  it('gives a wrong password and an unknown email the same error', async () => {
    const s = await t.register();
    const wrong = await t.login(s.email, 'wrong-password-123');
    const unknown = await t.login('nobody-here@atrium.test', 'wrong-password-123');
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('locks the account for 15 minutes after 5 failures, refusing even the right password', async () => {
    const s = await t.register();
    for (let i = 0; i < 4; i++) expect(codes(await t.login(s.email, 'wrong-password-123'))).toEqual(['UNAUTHENTICATED']);
    const fifth = await t.login(s.email, 'wrong-password-123');
    expect(codes(fifth)).toEqual(['RATE_LIMITED']);
    const right = await t.login(s.email, s.password);
    expect(codes(right)).toEqual(['RATE_LIMITED']);
    const [row] = await sql<{ locked_until: Date }>(t.db.url, 'SELECT locked_until FROM identity.users WHERE id = $1', [s.userId]);
    const minutes = (row!.locked_until.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // Once the lock has passed, the right password works and the counter resets.
    await sql(t.db.url, `UPDATE identity.users SET locked_until = now() - interval '1 second' WHERE id = $1`, [s.userId]);
    expect((await t.login(s.email, s.password)).errors).toBeUndefined();
    const [after] = await sql<{ failed_login_attempts: number }>(t.db.url, 'SELECT failed_login_attempts FROM identity.users WHERE id = $1', [s.userId]);
    expect(after!.failed_login_attempts).toBe(0);
  });

  it('refuses a deactivated account with the generic error', async () => {
    const s = await t.register();
    await sql(t.db.url, `UPDATE identity.users SET deleted_at = now(), is_active = false WHERE id = $1`, [s.userId]);
    const res = await t.login(s.email, s.password);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.errors![0]!.message).toBe('Invalid email or password');
  });
});

describe('refresh tokens', () => {
  it('rotates on every use and stores only hashes', async () => {
    const s = await t.register();
    const first = await t.gql(REFRESH, { t: s.refreshToken });
    expect(first.errors).toBeUndefined();
    const next = first.data.refreshToken;
    expect(next.refreshToken).not.toBe(s.refreshToken);
    expect((await t.gql(ME, {}, next.accessToken)).data.me.id).toBe(s.userId);
    const stored = await sql<{ token_hash: string }>(t.db.url, 'SELECT token_hash FROM identity.refresh_sessions WHERE user_id = $1', [s.userId]);
    expect(stored.map((r) => r.token_hash)).not.toContain(s.refreshToken);
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    const second = await t.gql(REFRESH, { t: next.refreshToken });
    expect(second.errors).toBeUndefined();
  });

  it('revokes the whole family when an old refresh token is reused', async () => {
    const s = await t.register();
    const rotated = (await t.gql(REFRESH, { t: s.refreshToken })).data.refreshToken;
    const reuse = await t.gql(REFRESH, { t: s.refreshToken });
    expect(codes(reuse)).toEqual(['UNAUTHENTICATED']);
    expect(reuse.errors![0]!.message).toMatch(/reuse/);
    // The legitimate newest token of that family is dead too.
    expect(codes(await t.gql(REFRESH, { t: rotated.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    const [row] = await sql<{ open: number }>(t.db.url, 'SELECT count(*) FILTER (WHERE revoked_at IS NULL)::int AS open FROM identity.refresh_sessions WHERE user_id = $1', [s.userId]);
    expect(row!.open).toBe(0);
  });

  it('logout ends the session', async () => {
    const s = await t.register();
    const out = await t.gql(`mutation($t: String) { logout(refreshToken: $t) { revokedSessions } }`, { t: s.refreshToken }, s.accessToken);
    expect(out.errors).toBeUndefined();
    expect(out.data.logout.revokedSessions).toBe(1);
    expect(codes(await t.gql(REFRESH, { t: s.refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('TOTP MFA', () => {
  it('enrolls, confirms, then requires a TOTP or a single-use backup code at login', async () => {
    const s = await t.register();
    const enroll = await t.gql(`mutation { enrollMfa { otpauthUri secret } }`, {}, s.accessToken);
    expect(enroll.errors).toBeUndefined();
    const { otpauthUri, secret } = enroll.data.enrollMfa;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Atrium:/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const [stored] = await sql<{ mfa_secret: string; mfa_enabled: boolean }>(t.db.url, 'SELECT mfa_secret, mfa_enabled FROM identity.users WHERE id = $1', [s.userId]);
    expect(stored!.mfa_secret).not.toContain(secret);
    expect(stored!.mfa_enabled).toBe(false);

    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
    const wrongConfirm = await t.gql(`mutation($c: String!) { confirmMfa(code: $c) { backupCodes } }`, { c: totp.generate() === '000000' ? '111111' : '000000' }, s.accessToken);
    expect(codes(wrongConfirm)).toEqual(['BAD_USER_INPUT']);
    const confirmCode = totp.generate();
    const confirm = await t.gql(`mutation($c: String!) { confirmMfa(code: $c) { backupCodes user { mfaEnabled } } }`, { c: confirmCode }, s.accessToken);
    expect(confirm.errors).toBeUndefined();
    const backupCodes: string[] = confirm.data.confirmMfa.backupCodes;
    expect(backupCodes).toHaveLength(10);
    expect(confirm.data.confirmMfa.user.mfaEnabled).toBe(true);
    const [hashed] = await sql<{ backup_codes: string[] }>(t.db.url, 'SELECT backup_codes FROM identity.users WHERE id = $1', [s.userId]);
    expect(hashed!.backup_codes).toHaveLength(10);
    expect(hashed!.backup_codes).not.toContain(backupCodes[0]);

    const noCode = await t.login(s.email, s.password);
    expect(codes(noCode)).toEqual(['UNAUTHENTICATED']);
    expect(noCode.errors![0]!.extensions!.mfaRequired).toBe(true);
    // The confirming code is spent; the next step's code (inside the skew window) works once.
    expect(codes(await t.login(s.email, s.password, confirmCode))).toEqual(['UNAUTHENTICATED']);
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    expect((await t.login(s.email, s.password, next)).errors).toBeUndefined();
    const replay = await t.login(s.email, s.password, next);
    expect(codes(replay)).toEqual(['UNAUTHENTICATED']);
    expect(replay.errors![0]!.message).toBe('Invalid second factor');
    expect((await t.login(s.email, s.password, backupCodes[0])).errors).toBeUndefined();
    const reused = await t.login(s.email, s.password, backupCodes[0]);
    expect(codes(reused)).toEqual(['UNAUTHENTICATED']);
    expect((await t.login(s.email, s.password, backupCodes[1])).errors).toBeUndefined();
  });
});

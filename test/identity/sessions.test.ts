/**
 * Issue 8 §4: sessions end when they are ended. After deactivateUser, logout, or the
 * revocation of a refresh family for reuse, the very next request with an access token of that
 * user or session is UNAUTHENTICATED: refused by the gateway itself (401, before any subgraph
 * is asked) and by every subgraph asked directly. Tokens without `exp` (or `sid`) are refused.
 */
import { signedBody } from '@atrium/kernel';
import { importPKCS8, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleepUntil } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';

let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem();
});
afterAll(() => t?.stop());

const ME = `query { me { id } }`;
const REFRESH = `mutation R($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;

/** POST straight to one subgraph, signed as the gateway signs, as a caller holding the subgraph secret would. */
async function direct(name: string, token: string, query = ME) {
  const url = t.system.subgraphs.find((s) => s.name === name)!.url;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(signedBody(t.config.secrets.subgraphHmacSecret, { query })) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const SUBGRAPH_PROBES: [string, string][] = [
  ['identity', ME],
  ['authorization', `query { myPermissions { name } }`],
  ['conversations', `query { conversations(first: 1) { nodes { id } } }`],
];

/** Works everywhere before; refused everywhere after, by the gateway and by each subgraph. */
async function expectAccepted(token: string) {
  expect((await t.gql(ME, {}, token)).errors).toBeUndefined();
  for (const [name, query] of SUBGRAPH_PROBES) expect((await direct(name, token, query)).body.errors, name).toBeUndefined();
}
async function expectEnded(token: string, message = 'The session has ended; sign in again') {
  const atGateway = await t.gql(ME, {}, token);
  expect(atGateway.status).toBe(401);
  // The gateway's own refusal: no subgraph answered (no serviceName, no path).
  expect(atGateway.errors).toEqual([{ message, extensions: { code: 'UNAUTHENTICATED' } }]);
  for (const [name, query] of SUBGRAPH_PROBES) {
    const res = await direct(name, token, query);
    expect(res.status, name).toBe(401);
    expect(res.body.errors?.map((e) => [e.extensions?.code, e.message]), name).toEqual([['UNAUTHENTICATED', message]]);
  }
}

describe('deactivateUser', () => {
  it('ends every session of the user at once, everywhere; other users are untouched', async () => {
    const s = await t.register();
    const second = (await t.login(s.email, s.password)).data.login.accessToken as string;
    const bystander = await t.register();
    await expectAccepted(s.accessToken);
    const res = await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id isActive } }`, { id: s.userId }, t.admin.accessToken);
    expect(res.errors).toBeUndefined();
    await expectEnded(s.accessToken);
    await expectEnded(second);
    await expectAccepted(bystander.accessToken);
    const [row] = await sql<{ tokens_valid_from: Date }>(t.db.url, `SELECT tokens_valid_from FROM atrium_platform.principals WHERE user_id = $1`, [s.userId]);
    expect(row!.tokens_valid_from).toBeInstanceOf(Date);
    // Reactivated, the old tokens stay dead; signing in again works.
    expect((await t.gql(`mutation($id: ID!) { reactivateUser(id: $id) { isActive } }`, { id: s.userId }, t.admin.accessToken)).data.reactivateUser.isActive).toBe(true);
    await expectEnded(s.accessToken);
    // Tokens carry whole seconds: one issued in the second of the cut-off would still be refused.
    await sleepUntil(new Date(Math.ceil(row!.tokens_valid_from.getTime() / 1000) * 1000));
    const again = await t.login(s.email, s.password);
    expect(again.errors).toBeUndefined();
    await expectAccepted(again.data.login.accessToken);
  });
});

describe('logout', () => {
  it('ends the session of the access token and of the refresh token at once; the user\'s other sessions go on', async () => {
    const s = await t.register();
    const other = await t.login(s.email, s.password);
    const otherToken = other.data.login.accessToken as string;
    await expectAccepted(s.accessToken);
    const out = await t.gql(`mutation($t: String) { logout(refreshToken: $t) { revokedSessions } }`, { t: s.refreshToken }, s.accessToken);
    expect(out.data.logout.revokedSessions).toBe(1);
    await expectEnded(s.accessToken);
    expect(codes(await t.gql(REFRESH, { t: s.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    await expectAccepted(otherToken);
  });

  it('ends an access token\'s session even when only the access token is given', async () => {
    const s = await t.register();
    const out = await t.gql(`mutation { logout { revokedSessions } }`, {}, s.accessToken);
    expect(out.errors).toBeUndefined();
    await expectEnded(s.accessToken);
    const [row] = await sql<{ reason: string; expires_at: Date }>(t.db.url, `SELECT reason, expires_at FROM atrium_platform.revoked_sessions WHERE user_id = $1`, [s.userId]);
    expect(row!.reason).toBe('logout');
    // Kept only as long as a token of the session could still be presented.
    const ttl = (row!.expires_at.getTime() - Date.now()) / 1000;
    expect(ttl).toBeGreaterThan(t.config.jwt.accessTtlSeconds - 60);
    expect(ttl).toBeLessThanOrEqual(t.config.jwt.accessTtlSeconds);
  });
});

describe('refresh-token reuse', () => {
  it('ends the whole family: the original and the rotated access tokens are refused', async () => {
    const s = await t.register();
    const rotated = (await t.gql(REFRESH, { t: s.refreshToken })).data.refreshToken;
    await expectAccepted(rotated.accessToken);
    await expectAccepted(s.accessToken);
    const reuse = await t.gql(REFRESH, { t: s.refreshToken });
    expect(reuse.errors![0]!.message).toMatch(/reuse/);
    await expectEnded(s.accessToken);
    await expectEnded(rotated.accessToken);
    expect(codes(await t.gql(REFRESH, { t: rotated.refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('token claims', () => {
  const sign = async (claims: Record<string, unknown>, options: { exp?: boolean; iat?: boolean } = {}) => {
    let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' }).setIssuer(t.config.jwt.issuer).setAudience(t.config.jwt.audience);
    if (options.iat !== false) jwt = jwt.setIssuedAt();
    if (options.exp !== false) jwt = jwt.setExpirationTime('10m');
    return jwt.sign(await importPKCS8(t.config.secrets.devJwtPrivateKey!, 'EdDSA'));
  };

  it('refuses a token signed with the right key but without exp, iat or sid, at the gateway and at every subgraph', async () => {
    const s: Session = await t.register();
    const valid = await sign({ sub: s.userId, sid: randomUUID() });
    await expectAccepted(valid);
    for (const token of [await sign({ sub: s.userId, sid: randomUUID() }, { exp: false }), await sign({ sub: s.userId, sid: randomUUID() }, { iat: false }), await sign({ sub: s.userId })]) {
      await expectEnded(token, 'Invalid access token');
    }
  });

  it('refuses a token older than the access-token lifetime whatever its exp says', async () => {
    const s = await t.register();
    const key = await importPKCS8(t.config.secrets.devJwtPrivateKey!, 'EdDSA');
    const old = Math.floor(Date.now() / 1000) - t.config.jwt.accessTtlSeconds - 60;
    const token = await new SignJWT({ sid: randomUUID() })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setSubject(s.userId)
      .setIssuer(t.config.jwt.issuer)
      .setAudience(t.config.jwt.audience)
      .setIssuedAt(old)
      .setExpirationTime(old + 365 * 86_400)
      .sign(key);
    await expectEnded(token, 'Access token expired');
  });
});

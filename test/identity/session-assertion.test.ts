/**
 * Issue 11: the gateway asserts, signed, that it checked the caller's session (signature.ts), so a
 * subgraph skips its own session statement. A tampered, replayed or stale assertion is ignored and
 * the subgraph checks the session itself: a logged-out session is UNAUTHENTICATED whatever is sent.
 */
import { SESSION_ASSERTION_HEADER, SESSION_ASSERTION_WINDOW_MS, signedBody, signSessionAssertion } from '@atrium/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../kit/system.js';

let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem();
});
afterAll(() => t?.stop());

const ME = `query { me { id } }`;

async function direct(token: string, body: string, assertion?: string) {
  const url = t.system.subgraphs.find((s) => s.name === 'identity')!.url;
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (assertion) headers[SESSION_ASSERTION_HEADER] = assertion;
  const response = await fetch(url, { method: 'POST', headers, body });
  const json = (await response.json()) as { data?: { me?: { id: string } }; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, codes: json.errors?.map((e) => e.extensions?.code), id: json.data?.me?.id };
}

describe('the session assertion', () => {
  it('is taken once; replayed, tampered, expired or for another body it falls back to the session check, which sees a logout at once', async () => {
    const s = await t.register();
    const secret = t.config.secrets.subgraphHmacSecret;
    const body = JSON.stringify(signedBody(secret, { query: ME }));
    const claim = { userId: s.userId, sessionId: JSON.parse(Buffer.from(s.accessToken.split('.')[1]!, 'base64url').toString()).sid as string, policyVersion: '' };
    const kept = signSessionAssertion(secret, claim, body);
    expect(await direct(s.accessToken, body, kept)).toEqual({ status: 200, codes: undefined, id: s.userId });
    // Through the gateway, then logged out: the very next request is refused there.
    expect((await t.gql(ME, {}, s.accessToken)).data.me.id).toBe(s.userId);
    await t.gql(`mutation { logout { revokedSessions } }`, {}, s.accessToken);
    const atGateway = await t.gql(ME, {}, s.accessToken);
    expect([atGateway.status, atGateway.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)]).toEqual([401, ['UNAUTHENTICATED']]);
    const ended = { status: 401, codes: ['UNAUTHENTICATED'], id: undefined };
    // Replayed: the nonce was taken, so the subgraph checks and finds the session ended.
    expect(await direct(s.accessToken, body, kept)).toEqual(ended);
    // Tampered (another policy version), expired, or made for another body: the same.
    const parts = signSessionAssertion(secret, claim, body).split('.');
    expect(await direct(s.accessToken, body, [...parts.slice(0, 3), Buffer.from('catalog=999').toString('base64url'), parts[4]].join('.'))).toEqual(ended);
    expect(await direct(s.accessToken, body, signSessionAssertion(secret, claim, body, Date.now() - SESSION_ASSERTION_WINDOW_MS - 1000))).toEqual(ended);
    expect(await direct(s.accessToken, body, signSessionAssertion(secret, claim, JSON.stringify(signedBody(secret, { query: `query { me { id email } }` }))))).toEqual(ended);
    // A fresh, valid one is taken without the statement (the skip is real): only the gateway, right after its own check, can sign one.
    expect(await direct(s.accessToken, body, signSessionAssertion(secret, claim, body))).toEqual({ status: 200, codes: undefined, id: s.userId });
    // Without one (a direct call): checked, refused.
    expect(await direct(s.accessToken, body)).toEqual(ended);
  });

  it("is counted in atrium_session_assertions_accepted_total at /metrics on the subgraph's port; a replay or a direct call is not", async () => {
    const metrics = t.system.subgraphs.find((x) => x.name === 'identity')!.url.replace(/\/graphql$/, '/metrics');
    const accepted = async () => {
      const text = await (await fetch(metrics)).text();
      const line = text.split('\n').find((l) => l.startsWith('atrium_session_assertions_accepted_total '));
      expect(text).toContain('# TYPE atrium_session_assertions_accepted_total counter');
      expect(text).toMatch(/^atrium_token_signatures_verified_total [1-9]/m);
      return Number(line!.split(' ')[1]);
    };
    const s = await t.register();
    const secret = t.config.secrets.subgraphHmacSecret;
    const body = JSON.stringify(signedBody(secret, { query: ME }));
    const claim = { userId: s.userId, sessionId: JSON.parse(Buffer.from(s.accessToken.split('.')[1]!, 'base64url').toString()).sid as string, policyVersion: '' };
    const before = await accepted();
    const assertion = signSessionAssertion(secret, claim, body);
    expect((await direct(s.accessToken, body, assertion)).id).toBe(s.userId);
    expect(await accepted()).toBe(before + 1);
    // Replayed (checked by the subgraph itself) and without one: not counted.
    expect((await direct(s.accessToken, body, assertion)).id).toBe(s.userId);
    expect((await direct(s.accessToken, body)).id).toBe(s.userId);
    expect(await accepted()).toBe(before + 1);
    // Through the gateway: it checked the session and said so.
    expect((await t.gql(ME, {}, s.accessToken)).data.me.id).toBe(s.userId);
    expect(await accepted()).toBe(before + 2);
  });
});

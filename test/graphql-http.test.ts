/**
 * GraphQL-over-HTTP compliance of the running gateway, audited by graphql-http's `auditServer`.
 * Every MUST audit passes. The SHOULD audits the gateway does not meet are pinned here by id,
 * each with its reason in docs/schema-governance.md, so a change in either direction is noticed.
 */
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from './kit/system.js';

let t: TestSystem;
let results: AuditResult[];

beforeAll(async () => {
  t = await startTestSystem();
  results = await auditServer({ url: t.gatewayUrl });
});

afterAll(async () => {
  await t?.stop();
});

const summary = (status: AuditResult['status'], level: string) =>
  results
    .filter((r) => r.status === status && r.name.startsWith(`${level} `))
    .map((r) => ({ id: r.id, name: r.name, ...('reason' in r ? { reason: r.reason } : {}) }));

describe('graphql-http auditServer against the gateway', () => {
  it('passes every MUST audit', () => {
    const must = results.filter((r) => r.name.startsWith('MUST '));
    expect(must.length).toBeGreaterThan(0);
    expect(must.filter((r) => r.status !== 'ok').map((r) => ({ id: r.id, name: r.name, status: r.status, reason: 'reason' in r ? r.reason : '' }))).toEqual([]);
  });

  it('fails only the SHOULD audits documented in docs/schema-governance.md', () => {
    // Apollo Server answers 400 to requests that never execute (parse, validation and variable
    // coercion failures) whatever the Accept header; the spec recommends 200 for legacy
    // application/json clients.
    expect(summary('warn', 'SHOULD')).toEqual([
      { id: '572B', name: 'SHOULD use 200 status code on document parsing failure when accepting application/json', reason: 'Response status code is not 200' },
      { id: 'FDE2', name: 'SHOULD use 200 status code on document validation failure when accepting application/json', reason: 'Response status code is not 200' },
      { id: '7B9B', name: 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json', reason: 'Response status code is not 200' },
    ]);
    expect(results.filter((r) => r.status === 'warn' || r.status === 'error').every((r) => r.name.startsWith('SHOULD '))).toBe(true);
  });

  it('declines only the optional GET forms that CSRF prevention blocks', async () => {
    // csrfPrevention refuses GETs that carry neither a non-simple content type nor a preflight
    // header, so a browser cannot be made to run a query cross-site; the audit sends plain GETs.
    expect(summary('notice', 'MAY').map((r) => r.id)).toEqual(['5A70', 'D6D5', '6A70']);
    const url = `${t.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const plain = await fetch(url, { headers: { accept: 'application/json' } });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toContain('This operation has been blocked as a potential Cross-Site Request Forgery');
    const preflighted = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

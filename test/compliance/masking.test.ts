/**
 * Classification and masking applied to every response (issue 12 §3), through the real gateway:
 * the five classifications seeded exactly; the same query by a manager and by a holder of
 * compliance:unmask returns masked and clear users' emails (identity), session IP addresses of
 * audit rows (compliance) and message content (conversations); a policy change shows on the
 * next request; JsonLogic conditions, never SQL; platform-wide changes need an unscoped grant;
 * clear reads of access-logged columns emit `access` audit events; with compliance down every
 * classified field is redacted (fail closed) but the owner's own.
 */
import { createLogger, createSessionCheck, maskValue, sha256 } from '@atrium/kernel';
import { startGateway } from '@atrium/gateway';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { startSystem } from '@atrium/runtime/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { conversationsKit } from '../conversations/kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type GqlResult, type Session, type TestSystem } from '../kit/system.js';
import { auditRows, waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
let manager: Session;
let unmasker: Session;
let subject: Session;
let conversationId: string;
const stops: (() => Promise<void>)[] = [];

const READ = `query($u: ID!, $c: ID!, $a: AuditLogFilter) {
  user(id: $u) { id email }
  conversation(id: $c) { messages(first: 10) { nodes { role content } } }
  auditLogs(filter: $a, first: 5) { nodes { userId ipAddress } }
}`;
const read = (token: string, headers: Record<string, string> = {}) => t.gql(READ, { u: subject.userId, c: conversationId, a: { userId: subject.userId, eventType: 'create' } }, token, headers);
const values = (r: GqlResult) => {
  const d = ok(r);
  return { email: d.user.email as string, contents: (d.conversation.messages.nodes as { content: string }[]).map((m) => m.content), ips: (d.auditLogs.nodes as { ipAddress: string | null }[]).map((a) => a.ipAddress) };
};

const CREATE = `mutation($i: CreateMaskingPolicyInput!) { createMaskingPolicy(input: $i) { id name priority isActive maskingRules condition createdBy } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateMaskingPolicyInput!) { updateMaskingPolicy(id: $id, input: $i) { id isActive maskingRules } }`;

beforeAll(async () => {
  t = await startTestSystem();
  kit = authz(t);
  const conv = conversationsKit(t);
  [manager, unmasker, subject] = await Promise.all([kit.registered(), kit.registered(), kit.registered()]);
  // The same grants for both readers; only one holds compliance:unmask.
  for (const s of [manager, unmasker]) {
    ok(await kit.assign(s.userId, 'manager'));
    for (const p of ['audit_log:read', 'conversation:read']) ok(await kit.grant(s.userId, p));
  }
  ok(await kit.grant(unmasker.userId, 'compliance:unmask'));
  conversationId = (await conv.createConversation(subject.accessToken, { title: 'Masked' })).id;
  await conv.sendOk(subject.accessToken, conversationId, 'my account number is 12345');
  // The subject's own audit rows (a create from 127.0.0.1), which the readers list.
  await waitForAudit(t, `user_id = $1 AND event_type = 'create'`, [subject.userId]);
}, 120_000);
afterAll(async () => {
  for (const stop of stops) await stop().catch(() => undefined);
  await t?.stop();
});

describe('classifications and data elements', () => {
  it('seeds the five classifications of 004 §5.1 exactly, and the declared classified columns', async () => {
    const r = ok(await t.gql(`{ dataClassifications { name sensitivityLevel complianceFrameworks encryptionRequired maskingRequired accessLoggingRequired retentionPeriodDays } dataElements { tableName columnName elementType maskingMethod classification { name } } }`, {}, t.admin.accessToken));
    expect(r.dataClassifications).toEqual([
      { name: 'public', sensitivityLevel: 1, complianceFrameworks: [], encryptionRequired: false, maskingRequired: false, accessLoggingRequired: true, retentionPeriodDays: null },
      { name: 'internal', sensitivityLevel: 2, complianceFrameworks: [], encryptionRequired: false, maskingRequired: false, accessLoggingRequired: true, retentionPeriodDays: null },
      { name: 'confidential', sensitivityLevel: 3, complianceFrameworks: [], encryptionRequired: true, maskingRequired: false, accessLoggingRequired: true, retentionPeriodDays: null },
      { name: 'restricted', sensitivityLevel: 4, complianceFrameworks: ['GDPR'], encryptionRequired: true, maskingRequired: true, accessLoggingRequired: true, retentionPeriodDays: null },
      { name: 'top_secret', sensitivityLevel: 5, complianceFrameworks: ['GDPR', 'HIPAA'], encryptionRequired: true, maskingRequired: true, accessLoggingRequired: true, retentionPeriodDays: null },
    ]);
    expect(r.dataElements).toEqual(
      expect.arrayContaining([
        { tableName: 'identity.users', columnName: 'email', elementType: 'email', maskingMethod: 'PARTIAL', classification: { name: 'restricted' } },
        { tableName: 'compliance.audit_logs', columnName: 'ip_address', elementType: 'ip_address', maskingMethod: 'HASH', classification: { name: 'confidential' } },
        { tableName: 'conversations.messages', columnName: 'content', elementType: 'message_content', maskingMethod: 'REDACT', classification: { name: 'restricted' } },
      ]),
    );
  });

  it('element CRUD for compliance holders, audited; a classification that does not exist is BAD_USER_INPUT', async () => {
    const admin = t.admin.accessToken;
    const created = ok(await t.gql(`mutation($i: CreateDataElementInput!) { createDataElement(input: $i) { id tableName columnName maskingMethod classification { name } } }`, { i: { tableName: 'identity.user_profiles', columnName: 'bio', elementType: 'free_text', classification: 'internal', maskingMethod: 'TOKENIZE' } }, admin)).createDataElement;
    expect(created).toMatchObject({ tableName: 'identity.user_profiles', columnName: 'bio', maskingMethod: 'TOKENIZE', classification: { name: 'internal' } });
    const bad = await t.gql(`mutation($i: CreateDataElementInput!) { createDataElement(input: $i) { id } }`, { i: { tableName: 'identity.users', columnName: 'nickname', classification: 'secretish' } }, admin);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const dup = await t.gql(`mutation($i: CreateDataElementInput!) { createDataElement(input: $i) { id } }`, { i: { tableName: 'identity.users', columnName: 'email', classification: 'restricted' } }, admin);
    expect(codes(dup)).toEqual(['CONFLICT']);
    ok(await t.gql(`mutation($id: ID!) { updateDataElement(id: $id, input: { classification: "confidential", isActive: false }) { id isActive } }`, { id: created.id }, admin));
    ok(await t.gql(`mutation($id: ID!) { deleteDataElement(id: $id) { id } }`, { id: created.id }, admin));
    const rows = await waitForAudit(t, `resource_id = $1`, [created.id], 3);
    expect(rows.map((r) => [r.event_type, r.operation])).toEqual([
      ['create', 'compliance.Mutation.createDataElement'],
      ['update', 'compliance.Mutation.updateDataElement'],
      ['delete', 'compliance.Mutation.deleteDataElement'],
    ]);
    expect(rows[1]!.changed_fields).toEqual(expect.arrayContaining(['classificationId', 'isActive']));
  });
});

describe('masking policies applied to every response', () => {
  let policyId: string;

  it('no policy: everyone reads in clear', async () => {
    const clear = values(await read(manager.accessToken));
    expect(clear.email).toBe(subject.email);
    expect(clear.contents[0]).toBe('my account number is 12345');
    expect(clear.ips[0]).toBe('127.0.0.1');
  });

  it('a policy masks for the manager; the unmask holder reads the same query in clear', async () => {
    const policy = ok(await t.gql(CREATE, { i: { name: `pii-${randomUUID().slice(0, 6)}`, appliesToTables: ['identity.users', 'compliance.*', 'conversations.messages'], appliesToColumns: ['email', 'ip_address', 'content'], priority: 200 } }, t.admin.accessToken)).createMaskingPolicy;
    policyId = policy.id;
    expect(policy).toMatchObject({ isActive: true, priority: 200, maskingRules: {}, condition: {}, createdBy: t.admin.userId });

    const masked = values(await read(manager.accessToken));
    const local = subject.email.split('@')[0]!;
    expect(masked.email).toBe(`${local[0]}***@atrium.test`);
    expect(masked.contents).toEqual(['[REDACTED]', '[REDACTED]']);
    expect(masked.ips[0]).toBe(`hash:${sha256('127.0.0.1').slice(0, 16)}`);

    const clear = values(await read(unmasker.accessToken));
    expect(clear.email).toBe(subject.email);
    expect(clear.contents[0]).toBe('my account number is 12345');
    expect(clear.ips[0]).toBe('127.0.0.1');

    // The data subject reads their own email in clear (the owner), policy or not.
    expect(ok(await t.gql(`{ me { email } }`, {}, subject.accessToken)).me.email).toBe(subject.email);
  });

  it('a policy change is visible on the next request', async () => {
    ok(await t.gql(UPDATE, { id: policyId, i: { maskingRules: { method: 'tokenize' } } }, t.admin.accessToken));
    const tokenized = values(await read(manager.accessToken));
    expect(tokenized.email).toMatch(/^tok_[0-9a-f]{24}$/);
    expect(tokenized.contents[0]).toMatch(/^tok_[0-9a-f]{24}$/);
    // Stable: the same value gives the same token.
    expect(values(await read(manager.accessToken)).email).toBe(tokenized.email);

    ok(await t.gql(UPDATE, { id: policyId, i: { isActive: false } }, t.admin.accessToken));
    expect(values(await read(manager.accessToken)).email).toBe(subject.email);
    ok(await t.gql(UPDATE, { id: policyId, i: { isActive: true, maskingRules: {} } }, t.admin.accessToken));
    expect(values(await read(manager.accessToken)).email).toBe(`${subject.email[0]}***@atrium.test`);
  });

  it('conditions are JsonLogic over the caller and the column; SQL text is refused', async () => {
    const sqlText = await t.gql(CREATE, { i: { name: `sql-${randomUUID().slice(0, 6)}`, condition: "user_id = '1' OR 1=1" } }, t.admin.accessToken);
    expect(codes(sqlText)).toEqual(['BAD_USER_INPUT']);
    const unsafe = await t.gql(CREATE, { i: { name: `m-${randomUUID().slice(0, 6)}`, condition: { method: [{ var: 'user' }, 'toString'] } } }, t.admin.accessToken);
    expect(codes(unsafe)).toEqual(['BAD_USER_INPUT']);
    // Higher priority, redact, only for the unmask holder's own id and emails: the manager keeps the partial mask.
    const p = ok(await t.gql(CREATE, { i: { name: `cond-${randomUUID().slice(0, 6)}`, appliesToColumns: ['email'], priority: 300, maskingRules: { method: 'redact' }, condition: { '==': [{ var: 'user.id' }, manager.userId] } } }, t.admin.accessToken)).createMaskingPolicy;
    expect(values(await read(manager.accessToken)).email).toBe('[REDACTED]');
    // The unmask holder still reads in clear.
    expect(values(await read(unmasker.accessToken)).email).toBe(subject.email);
    ok(await t.gql(`mutation($id: ID!) { deleteMaskingPolicy(id: $id) { id } }`, { id: p.id }, t.admin.accessToken));
    expect(values(await read(manager.accessToken)).email).toBe(`${subject.email[0]}***@atrium.test`);
  });

  it('policies are platform-wide: a grant scoped to one organization may not change them (FORBIDDEN); a manager without compliance:create neither', async () => {
    const officer = await kit.registered();
    const org = await kit.resource({ resourceType: 'organization' });
    // A compliance officer of one tenant: compliance:create and compliance:update scoped to it.
    const root = t.admin.accessToken;
    const role = ok(await t.gql(`mutation($n: String!) { createRole(input: { name: $n }) { id } }`, { n: `masking_officer_${randomUUID().slice(0, 6)}` }, root)).createRole.id;
    for (const p of ['compliance:create', 'compliance:update']) ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role, permissionId: await kit.permissionId(p) } }, root));
    ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: officer.userId, roleId: role, resourceScope: org.id } }, root));
    const scoped = await t.gql(CREATE, { i: { name: `tenant-${randomUUID().slice(0, 6)}` } }, officer.accessToken);
    expect(codes(scoped)).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(UPDATE, { id: policyId, i: { isActive: false } }, officer.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE, { i: { name: `m-${randomUUID().slice(0, 6)}` } }, manager.accessToken))).toEqual(['FORBIDDEN']);
    // Still active: the refused update changed nothing.
    expect(values(await read(manager.accessToken)).email).toBe(`${subject.email[0]}***@atrium.test`);
  });

  it('reads in clear of access-logged columns emit access audit events; masked reads do not', async () => {
    const clearId = `mask-clear-${randomUUID()}`;
    const maskedId = `mask-masked-${randomUUID()}`;
    await read(manager.accessToken, { 'x-request-id': maskedId });
    await read(unmasker.accessToken, { 'x-request-id': clearId });
    const rows = await waitForAudit(t, `request_id = $1 AND event_type = 'access'`, [clearId], 2);
    const byService = Object.fromEntries(rows.map((r) => [r.service_name, r]));
    expect(Object.keys(byService).sort()).toEqual(['conversations', 'identity']);
    expect(byService.identity).toMatchObject({ event_category: 'data_access', user_id: unmasker.userId, resource_type: 'identity.users', risk_level: 'medium', operation: 'identity.Query.user' });
    expect(byService.identity!.additional_data).toMatchObject({ unmasked: true, columns: [{ column: 'identity.users.email', rows: 1 }] });
    expect(byService.conversations!.additional_data).toMatchObject({ unmasked: true, columns: [{ column: 'conversations.messages.content', rows: 2 }] });
    // Reading the audit trail does not append to it (compliance.audit_logs is never access-logged).
    expect(await auditRows(t, `request_id = $1 AND service_name = 'compliance' AND event_type = 'access'`, [clearId])).toEqual([]);
    // The manager's masked read published nothing (it was sent before the one waited for).
    expect(await auditRows(t, `request_id = $1`, [maskedId])).toEqual([]);
  });
});

describe('the masking methods', () => {
  const key = Buffer.alloc(32, 7);
  it('hash, tokenize, encrypt, redact, partial', () => {
    expect(maskValue('a@b.io', { method: 'hash', parameters: { length: 8 } }, key)).toBe(`hash:${sha256('a@b.io').slice(0, 8)}`);
    expect(maskValue('x', { method: 'tokenize', parameters: {} }, key)).toBe(maskValue('x', { method: 'tokenize', parameters: {} }, key));
    expect(String(maskValue('x', { method: 'encrypt', parameters: {} }, key))).toMatch(/^enc:v1\./);
    expect(maskValue('secret', { method: 'redact', parameters: { replacement: '***' } }, key)).toBe('***');
    expect(maskValue('+33 6 12 34 56 78', { method: 'partial', parameters: { showFirst: 0, showLast: 2 } }, key)).toBe('***78');
    expect(maskValue('jane.doe@example.com', { method: 'partial', parameters: {} }, key)).toBe('j***@example.com');
    expect(maskValue(null, { method: 'redact', parameters: {} }, key)).toBeNull();
  });
});

describe('compliance down', () => {
  it('fails closed: every classified field is redacted, but the owner reads their own', async () => {
    const logger = createLogger('test', 'silent');
    // Every subgraph but compliance, on fresh ports: the compliance port they know has no server.
    const others = await startSystem({ databaseUrl: t.db.url, config: t.config, logger, serve: SUBGRAPHS.map((s) => s.name).filter((n) => n !== 'compliance'), gateway: false, ephemeralPorts: true });
    stops.unshift(() => others.stop());
    const sessions = createSessionCheck({ databaseUrl: t.db.url, logger });
    stops.push(() => sessions.close());
    const gateway = await startGateway({ config: others.config, logger, subgraphs: others.subgraphs.filter((s) => s.name !== 'compliance'), port: 0, sessions });
    stops.unshift(() => gateway.close());
    const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
      const r = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      return (await r.json()) as { data?: any; errors?: unknown[] };
    };
    const q = `query($u: ID!, $c: ID!) { user(id: $u) { email } conversation(id: $c) { messages(first: 10) { nodes { content } } } }`;
    for (const token of [manager.accessToken, unmasker.accessToken]) {
      const r = await gql(q, { u: subject.userId, c: conversationId }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data.user.email).toBe('[REDACTED]');
      expect(r.data.conversation.messages.nodes.map((m: { content: string }) => m.content)).toEqual(['[REDACTED]', '[REDACTED]']);
    }
    const own = await gql(`{ me { email } }`, {}, subject.accessToken);
    expect(own.data.me.email).toBe(subject.email);
    // No clear read, no access event.
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'compliance:audit.recorded:v1'`))[0]!.n === 0, 'the audit queue drained');
  });
});

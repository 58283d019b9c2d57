/**
 * The README's GraphiQL examples, pasted as a newcomer would, against a running system:
 * if one of them stops working the README is no longer true.
 */
import { waitFor } from './authz-kit.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestSystem, type TestSystem } from './kit/system.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = new Map(
  [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => [/(?:query|mutation)\s+(\w+)/.exec(m[1]!)![1]!, m[1]!]),
);

let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem();
});
afterAll(() => t?.stop());

it('every GraphiQL example in the README runs without errors, in order', async () => {
  expect([...examples.keys()]).toEqual(['Login', 'Me', 'Directory', 'NewOrg', 'Chat', 'Send', 'WhatCanIDo', 'WhyNot', 'MyTenants', 'Repositories', 'Latency', 'CostByModel', 'Run', 'ExportAudit', 'Keys', 'GiveConsent']);
  const login = await t.gql(examples.get('Login')!.replace('admin@atrium.local', t.admin.email).replace('<printed password>', ADMIN_PASSWORD));
  expect(login.errors).toBeUndefined();
  const token: string = login.data.login.accessToken;
  const run = async (name: string, variables: Record<string, unknown> = {}) => {
    const result = await t.gql(examples.get(name)!, variables, token);
    expect(result.errors, `${name}: ${result.raw}`).toBeUndefined();
    return result.data;
  };
  expect((await run('Me')).me.email).toBe(t.admin.email);
  expect((await run('Directory')).users.nodes.length).toBeGreaterThan(0);
  const org = (await run('NewOrg')).createOrganization;
  expect(org.slug).toBe('acme-corp');
  const conversation = (await run('Chat')).createConversation;
  const sent = (await run('Send', { id: conversation.id })).sendMessage;
  expect(sent.assistantMessage.content.length).toBeGreaterThan(0);
  expect(sent.conversation.totalMessages).toBe(2);
  expect((await run('WhatCanIDo')).myPermissions.length).toBeGreaterThan(0);
  expect((await run('WhyNot', { userId: t.admin.userId })).explainAccess.allowed).toBe(true);
  expect((await run('MyTenants')).myTenantScopes).toEqual([
    { permission: 'organization:read', all: true, organizationIds: [] },
    { permission: 'conversation:read', all: true, organizationIds: [] },
  ]);
  expect((await run('Repositories')).contentRepositories.map((r: { name: string }) => r.name)).toEqual(['ai_agents', 'automations', 'documents', 'prompts', 'videos']);
  expect((await run('Repositories')).myAssignedContent.nodes).toEqual(expect.any(Array));
  expect((await run('Latency')).metricSeries).toMatchObject({ source: expect.any(String), points: expect.any(Array) });
  const report = (await run('CostByModel', { org: org.id })).createReport;
  expect(report.nextRunAt).not.toBeNull();
  const ran = (await run('Run', { id: report.id })).runReport;
  expect(ran).toMatchObject({ status: 'COMPLETED' });
  const exported = (await run('ExportAudit')).exportAuditLogs;
  expect(exported.truncated).toBe(false);
  expect(exported.content.split('\r\n')[0]).toMatch(/^id,sequence,timestamp,/);
  // identity's first data key exists once its startup job asked for it.
  const keys = await waitFor(async () => {
    const data = await run('Keys');
    return data.encryptionKeys.nodes.some((k: { allowedServices: string[] }) => k.allowedServices.includes('identity')) ? data : null;
  }, "identity's data key");
  expect(keys.encryptedDataRegistry.nodes).toEqual(expect.any(Array));
  expect((await run('GiveConsent')).grantConsent).toEqual({ status: 'GRANTED', valid: true, activity: { name: 'Product analytics', lawfulBasis: 'CONSENT' } });
});

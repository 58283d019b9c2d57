/**
 * The audit coverage test, in the spirit of the authorization mirror: every Mutation field of
 * every registered subgraph runs inside the kernel's audit scope (it fails when a subgraph serves
 * one that is not wrapped), and a run of real mutations of every subgraph through the gateway
 * finds one audit row per call, named by its operation. It prints the figures.
 */
import { auditedFields, buildSchemaOf } from '@atrium/kernel';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ok } from '../authz-kit.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { waitForAudit } from './kit.js';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()), 120_000);
afterAll(async () => t?.stop());

const mutationFields = () =>
  SUBGRAPHS.flatMap((s) => Object.keys(buildSchemaOf(s).getMutationType()?.getFields() ?? {}).map((f) => `${s.name}.Mutation.${f}`)).sort();

it('every Mutation field of every subgraph is wrapped by the audit hook', () => {
  const all = mutationFields();
  const wrapped = SUBGRAPHS.flatMap((s) => auditedFields(s.name).map((f) => `${s.name}.Mutation.${f}`)).sort();
  expect(all.filter((f) => !wrapped.includes(f))).toEqual([]);
  console.log(`audit coverage (static): ${wrapped.length}/${all.length} Mutation fields wrapped`);
});

it('real mutations of every subgraph through the gateway each leave their audit row', async () => {
  const root = t.admin.accessToken;
  const user = await t.register();
  const called: string[] = [];
  const run = async (operation: string, query: string, variables: Record<string, unknown>, token = root) => {
    const data = ok(await t.gql(query, variables, token));
    called.push(operation);
    return data;
  };
  // identity
  await run('identity.Mutation.updateMyProfile', `mutation { updateMyProfile(input: { displayName: "Covered" }) { id } }`, {}, user.accessToken);
  const org = (await run('identity.Mutation.createOrganization', `mutation($n: String!) { createOrganization(input: { name: $n }) { id } }`, { n: `Cov ${randomUUID().slice(0, 6)}` })).createOrganization.id;
  await run('identity.Mutation.updateOrganization', `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "x" }) { id } }`, { id: org });
  const team = (await run('identity.Mutation.createTeam', `mutation($o: ID!) { createTeam(input: { organizationId: $o, name: "T" }) { id } }`, { o: org })).createTeam.id;
  await run('identity.Mutation.updateTeam', `mutation($id: ID!) { updateTeam(id: $id, input: { name: "T2" }) { id } }`, { id: team });
  await run('identity.Mutation.deactivateUser', `mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: user.userId });
  await run('identity.Mutation.reactivateUser', `mutation($id: ID!) { reactivateUser(id: $id) { id } }`, { id: user.userId });
  await run('identity.Mutation.unlockUser', `mutation($id: ID!) { unlockUser(id: $id) { id } }`, { id: user.userId });
  // authorization
  const role = (await run('authorization.Mutation.createRole', `mutation($n: String!) { createRole(input: { name: $n }) { id } }`, { n: `cov_${randomUUID().slice(0, 6)}` })).createRole.id;
  await run('authorization.Mutation.updateRole', `mutation($id: ID!) { updateRole(id: $id, input: { description: "covered" }) { id } }`, { id: role });
  await run('authorization.Mutation.deleteRole', `mutation($id: ID!) { deleteRole(id: $id) { id } }`, { id: role });
  // conversations
  const conversation = (await run('conversations.Mutation.createConversation', `mutation { createConversation(input: { title: "Covered" }) { id } }`, {})).createConversation.id;
  await run('conversations.Mutation.updateConversation', `mutation($id: ID!) { updateConversation(id: $id, input: { title: "Covered 2" }) { id } }`, { id: conversation });
  await run('conversations.Mutation.archiveConversation', `mutation($id: ID!) { archiveConversation(id: $id) { id } }`, { id: conversation });
  await run('conversations.Mutation.unarchiveConversation', `mutation($id: ID!) { unarchiveConversation(id: $id) { id } }`, { id: conversation });
  await run('conversations.Mutation.deleteConversation', `mutation($id: ID!) { deleteConversation(id: $id) { id } }`, { id: conversation });

  const rows = await waitForAudit(t, `operation = ANY($1::text[]) AND "timestamp" > now() - interval '5 minutes'`, [called], called.length);
  const seen = new Set(rows.map((r) => r.operation));
  expect(called.filter((c) => !seen.has(c))).toEqual([]);
  console.log(`audit coverage (dynamic): ${seen.size} distinct fields called through the gateway, ${seen.size}/${called.length} audited; ${mutationFields().length} Mutation fields in all`);
});

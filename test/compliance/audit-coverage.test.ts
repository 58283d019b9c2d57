/**
 * The audit coverage test, in the spirit of the authorization mirror. Statically: every Mutation
 * field of every registered subgraph runs inside the kernel's audit scope. Dynamically: every
 * Mutation field of the composed supergraph (the gateway's own schema) has an entry in the
 * table of mutations.ts, each entry's call succeeds through the gateway under a request id of
 * its own, and auditLogs finds that request's audit row for that field. A field without an
 * entry, a failing call or a call without its row fails the test. It prints the figures.
 */
import { auditedFields, buildSchemaOf } from '@atrium/kernel';
import { SUBGRAPHS } from '@atrium/runtime/registry';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { startFakeOpenAi, type FakeOpenAi } from '../conversations/fake-openai.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { pendingAuditJobs } from './kit.js';
import { arrange, CALLS, documentOf } from './mutations.js';

let t: TestSystem;
let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
  t = await startTestSystem({ ATRIUM_LLM_MAX_RETRIES: '0', ATRIUM_LLM_TIMEOUT_MS: '2000' });
}, 120_000);
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});

it('every Mutation field of every subgraph is wrapped by the audit hook', () => {
  const all = SUBGRAPHS.flatMap((s) => Object.keys(buildSchemaOf(s).getMutationType()?.getFields() ?? {}).map((f) => `${s.name}.Mutation.${f}`)).sort();
  const wrapped = SUBGRAPHS.flatMap((s) => auditedFields(s.name).map((f) => `${s.name}.Mutation.${f}`)).sort();
  expect(all.filter((f) => !wrapped.includes(f))).toEqual([]);
  console.log(`audit coverage (static): ${wrapped.length}/${all.length} Mutation fields wrapped`);
});

it('every Mutation field of the supergraph has a table entry whose call leaves its audit row, found by request id', async () => {
  const supergraph = (ok(await t.gql(`{ __schema { mutationType { fields { name } } } }`)).__schema.mutationType.fields as { name: string }[]).map((f) => f.name).sort();
  const tabled = CALLS.map((c) => c.field);
  expect(supergraph.filter((f) => !tabled.includes(f)), 'Mutation fields with no entry in test/compliance/mutations.ts').toEqual([]);
  expect(tabled.filter((f) => !supergraph.includes(f)), 'entries for fields the supergraph does not have').toEqual([]);
  expect(tabled.length, 'one entry per field').toBe(new Set(tabled).size);

  const s = await arrange(t, fake);
  const requests: { field: string; requestId: string }[] = [];
  const failed: string[] = [];
  for (const call of CALLS) {
    await call.before?.(s);
    const requestId = `coverage-${call.field}-${randomUUID()}`;
    const token = call.as ? call.as(s) : t.admin.accessToken;
    const res = await t.gql(documentOf(call), call.vars?.(s) ?? {}, token ?? undefined, { 'x-request-id': requestId });
    if (res.errors?.length || !res.data) {
      failed.push(`${call.field}: ${res.raw}`);
      continue;
    }
    call.keep?.(res.data, s);
    requests.push({ field: call.field, requestId });
  }
  expect(failed, 'calls that did not succeed').toEqual([]);

  // Through the API, once compliance has taken in every queued event: the auditor's view of each
  // request names the field it ran.
  await waitFor(async () => (await pendingAuditJobs(t)) === 0, 'the audit intake to drain', 30_000);
  const missing: string[] = [];
  for (const { field, requestId } of requests) {
    const nodes = ok(await t.gql(`query($r: String!) { auditLogs(filter: { requestId: $r }) { nodes { operation } } }`, { r: requestId }, t.admin.accessToken)).auditLogs.nodes as { operation: string }[];
    if (!nodes.some((n) => n.operation.endsWith(`.Mutation.${field}`))) missing.push(field);
  }
  expect(missing, 'calls without their audit row').toEqual([]);
  console.log(`audit coverage (dynamic): ${requests.length - missing.length}/${supergraph.length} Mutation fields of the supergraph called through the gateway and found in auditLogs by request id`);
});

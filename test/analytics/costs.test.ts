/**
 * LLM usage and costs (issue 13 §2, §3 tenancy) through the real gateway: conversations'
 * sendMessage publishes `llm.usage` in the transaction that records its tokens and cost, and
 * analytics stores it once, allocates its exact cost to a cost center in the month's billing
 * period and adds it to the usage session; cost centers form a hierarchy without cycles, spend
 * rolls up, thresholds are crossed once per period; and an organization's administrator sees
 * that organization's usage and cost centers only.
 */
import { EVENTS } from '@atrium/kernel';
import { sql } from '@atrium/test/db';
import { publish } from '@atrium/test/events';
import { codes, startTestSystem, type Session, type TestSystem } from '@atrium/test/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { conversationsKit } from '../conversations/kit.js';
import { startFakeOpenAi } from '../conversations/fake-openai.js';
import { adminTenant } from './tenants.js';

const DEFAULT_CENTER = '00000000-0000-4000-8000-00000000cc01';

let t: TestSystem;
let A: { id: string; admin: Session };
let B: { id: string; admin: Session };

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([adminTenant(t, `Costs A ${randomUUID().slice(0, 8)}`), adminTenant(t, `Costs B ${randomUUID().slice(0, 8)}`)]);
}, 120_000);
afterAll(async () => t?.stop());

const firstOfMonth = (d = new Date()) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString().slice(0, 10);

/** An llm.usage event as a producer publishes it. */
const usage = (over: Partial<Parameters<typeof publish<any>>[2]> & { cost: string; organizationId: string | null; userId: string }) => ({
  provider: 'test-provider',
  model: 'test-model',
  operation: 'chat' as const,
  inputTokens: 100,
  outputTokens: 50,
  latencyMs: 12,
  success: true,
  errorCode: null,
  requestId: null,
  sessionId: null,
  at: new Date().toISOString(),
  ...over,
});

const CREATE = `mutation($i: CreateCostCenterInput!) { createCostCenter(input: $i) { id name organizationId parent { id } monthlyBudget alertThresholds hardLimit } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCostCenterInput!) { updateCostCenter(id: $id, input: $i) { id parent { id } } }`;
const MAP = `mutation($i: MapToCostCenterInput!) { mapToCostCenter(input: $i) { id subjectType subjectId costCenter { id } } }`;
const SPEND = `query($id: ID!) { costCenter(id: $id) { id spend { periodStart ownSpend totalSpend percentOfMonthlyBudget annualSpend percentOfAnnualBudget } } }`;
const USAGE = `query($from: DateTime!, $to: DateTime!, $g: [LlmUsageDimension!], $org: ID) { llmUsage(from: $from, to: $to, groupBy: $g, organizationId: $org) { organizationId model calls failures inputTokens outputTokens cost } }`;

describe('from sendMessage to a cost allocation', () => {
  it('stores the call once, with its exact cost, in the default cost center and the usage session', async () => {
    const kit = conversationsKit(t);
    const user = await kit.user();
    const { model } = await kit.provider({ name: `priced-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'priced-echo', inputTokenCost: '0.00150000', outputTokenCost: '0.00200000', maxTokens: 4096 });
    const conversation = await kit.createConversation(user.accessToken, { defaultModelId: model.id });
    const { assistantMessage } = await kit.sendOk(user.accessToken, conversation.id, 'How much does this cost?');
    expect(Number(assistantMessage.estimatedCost)).toBeGreaterThan(0);

    const [row] = await waitFor(async () => {
      const rows = await sql<any>(t.db.url, `SELECT *, cost_usd::text AS cost FROM analytics.ai_usage_logs WHERE user_id = $1`, [user.userId]);
      return rows.length ? rows : null;
    }, 'the ai_usage_logs row');
    expect(row).toMatchObject({ provider: expect.stringMatching(/^priced-/), model: 'priced-echo', operation: 'chat', success: true, error_code: null, input_tokens: assistantMessage.promptTokens, output_tokens: assistantMessage.completionTokens, total_tokens: assistantMessage.totalTokens });
    expect(row.cost).toBe(assistantMessage.estimatedCost);
    expect(row.metadata.requestId).toEqual(expect.any(String));

    const [allocation] = await sql<any>(t.db.url, `SELECT billing_period::text AS period, cost_center_id, cost_amount::text AS amount, usage_quantity::text AS qty, usage_unit, service_type FROM analytics.cost_allocations WHERE id = $1`, [row.id]);
    expect(allocation).toEqual({ period: firstOfMonth(), cost_center_id: DEFAULT_CENTER, amount: assistantMessage.estimatedCost, qty: `${assistantMessage.totalTokens}.000000`, usage_unit: 'tokens', service_type: 'llm' });

    const [session] = await sql<any>(t.db.url, `SELECT llm_interactions, total_tokens_used::int AS tokens, total_cost::text AS cost FROM analytics.usage_sessions WHERE id = $1`, [row.metadata.sessionId]);
    expect(session).toEqual({ llm_interactions: 1, tokens: assistantMessage.totalTokens, cost: assistantMessage.estimatedCost });
  });

  it("a conversation's organization is the usage's tenant, and its administrator reads it", async () => {
    const kit = conversationsKit(t);
    const { model } = await kit.provider({ name: `org-priced-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'org-echo', inputTokenCost: '0.00100000', outputTokenCost: '0.00100000', maxTokens: 4096 });
    const conversation = await kit.createConversation(A.admin.accessToken, { defaultModelId: model.id, organizationId: A.id });
    const { assistantMessage } = await kit.sendOk(A.admin.accessToken, conversation.id, 'Charge my organization');
    await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.ai_usage_logs WHERE organization_id = $1 AND model = 'org-echo'`, [A.id])).length > 0, 'the org usage');
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const groups = ok(await t.gql(USAGE, { ...window, g: ['ORGANIZATION', 'MODEL'], org: A.id }, A.admin.accessToken)).llmUsage;
    expect(groups).toContainEqual({ organizationId: A.id, model: 'org-echo', calls: 1, failures: 0, inputTokens: String(assistantMessage.promptTokens), outputTokens: String(assistantMessage.completionTokens), cost: assistantMessage.estimatedCost });
    expect(ok(await t.gql(USAGE, { ...window, g: ['MODEL'], org: A.id }, B.admin.accessToken)).llmUsage).toEqual([]);
  });

  it('a failed call is usage too: no tokens, no cost, its error code', async () => {
    const kit = conversationsKit(t);
    const fake = await startFakeOpenAi();
    try {
      const user = await kit.user();
      const { model } = await kit.provider({ name: `failing-${randomUUID().slice(0, 6)}`, providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, apiKey: 'sk-test' }, { modelName: 'fake-gpt' });
      const conversation = await kit.createConversation(user.accessToken, { defaultModelId: model.id });
      fake.setDefault({ kind: 'error', status: 500, message: 'upstream broke' });
      expect(codes(await kit.send(user.accessToken, conversation.id, 'Hello?'))).toEqual(['INTERNAL_SERVER_ERROR']);
      const [row] = await waitFor(async () => {
        const rows = await sql<any>(t.db.url, `SELECT success, error_code, input_tokens, output_tokens, cost_usd::text AS cost, model FROM analytics.ai_usage_logs WHERE user_id = $1`, [user.userId]);
        return rows.length ? rows : null;
      }, 'the failed call');
      expect(row).toEqual({ success: false, error_code: 'INTERNAL_SERVER_ERROR', input_tokens: 0, output_tokens: 0, cost: '0.000000', model: 'fake-gpt' });
    } finally {
      await fake.close();
    }
  });

  it('a redelivered event changes nothing', async () => {
    const userId = randomUUID();
    const envelope = { id: randomUUID(), event: 'llm.usage', version: 1, occurredAt: new Date().toISOString(), payload: usage({ cost: '0.250000', organizationId: null, userId }) };
    for (let i = 0; i < 2; i++) await sql(t.db.url, `SELECT graphile_worker.add_job('analytics:llm.usage:v1', $1::json)`, [JSON.stringify(envelope)]);
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics:llm.usage:v1'`))[0]!.n === 0, 'both deliveries');
    expect(await sql(t.db.url, `SELECT id FROM analytics.ai_usage_logs WHERE user_id = $1`, [userId])).toHaveLength(1);
    expect(await sql(t.db.url, `SELECT id FROM analytics.cost_allocations WHERE user_id = $1`, [userId])).toHaveLength(1);
  });
});

describe('cost centers', () => {
  it('form a hierarchy without cycles, roll spend up and cross each threshold once per period', async () => {
    const token = A.admin.accessToken;
    const eng = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: 'Engineering', code: 'ENG', monthlyBudget: '10.00', annualBudget: '100.00' } }, token)).createCostCenter;
    expect(eng).toMatchObject({ organizationId: A.id, monthlyBudget: '10.00', alertThresholds: [80, 100], hardLimit: false, parent: null });
    const ml = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: 'ML', parentId: eng.id } }, token)).createCostCenter;
    expect(ml.parent).toEqual({ id: eng.id });
    // No cycles: not itself, not below itself.
    expect(codes(await t.gql(UPDATE, { id: eng.id, i: { parentId: ml.id } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(UPDATE, { id: eng.id, i: { parentId: eng.id } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(CREATE, { i: { organizationId: A.id, name: 'Engineering' } }, token))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(CREATE, { i: { organizationId: A.id, name: 'Bad', monthlyBudget: '1.234' } }, token))).toEqual(['BAD_USER_INPUT']);

    const u = randomUUID();
    const v = randomUUID();
    ok(await t.gql(MAP, { i: { subjectType: 'USER', subjectId: u, costCenterId: ml.id } }, token));
    ok(await t.gql(MAP, { i: { subjectType: 'ORGANIZATION', subjectId: A.id, costCenterId: eng.id } }, token));
    expect(codes(await t.gql(MAP, { i: { subjectType: 'ORGANIZATION', subjectId: B.id, costCenterId: eng.id } }, token))).toEqual(['BAD_USER_INPUT']);

    const alerts = () => sql<{ threshold_percent: number; spend: string }>(t.db.url, `SELECT threshold_percent, spend::text AS spend FROM analytics.budget_alerts WHERE cost_center_id = $1 AND period_kind = 'monthly' ORDER BY threshold_percent`, [eng.id]);
    const allocated = (n: number) => waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.cost_allocations WHERE user_id = ANY ($1::uuid[])`, [[u, v]]))[0]!.n === n, `${n} allocations`);

    await publish(t, EVENTS.llmUsage, usage({ cost: '7.000000', organizationId: A.id, userId: u }));
    await allocated(1);
    expect(await alerts()).toEqual([]);
    await publish(t, EVENTS.llmUsage, usage({ cost: '1.500001', organizationId: A.id, userId: v }));
    await allocated(2);
    expect(await alerts()).toEqual([{ threshold_percent: 80, spend: '8.500001' }]);
    // Two more at once: 100% is crossed once.
    await Promise.all([publish(t, EVENTS.llmUsage, usage({ cost: '1.000000', organizationId: A.id, userId: u })), publish(t, EVENTS.llmUsage, usage({ cost: '1.000000', organizationId: A.id, userId: v }))]);
    await allocated(4);
    expect((await alerts()).map((a) => a.threshold_percent)).toEqual([80, 100]);

    const [byCenter] = [await sql<{ cost_center_id: string; total: string }>(t.db.url, `SELECT cost_center_id, sum(cost_amount)::text AS total FROM analytics.cost_allocations WHERE user_id = ANY ($1::uuid[]) GROUP BY 1 ORDER BY 2`, [[u, v]])];
    expect(byCenter).toEqual([
      { cost_center_id: eng.id, total: '2.500001' },
      { cost_center_id: ml.id, total: '8.000000' },
    ]);
    const spend = ok(await t.gql(SPEND, { id: eng.id }, token)).costCenter.spend;
    expect(spend).toEqual({ periodStart: firstOfMonth(), ownSpend: '2.500001', totalSpend: '10.500001', percentOfMonthlyBudget: 105.00001, annualSpend: '10.500001', percentOfAnnualBudget: 10.500001 });
    expect(ok(await t.gql(SPEND, { id: ml.id }, token)).costCenter.spend).toMatchObject({ ownSpend: '8.000000', totalSpend: '8.000000', percentOfMonthlyBudget: null });
  });
});

describe('hard limits', () => {
  it('refuse further LLM calls charged to a spent cost center with RATE_LIMITED naming the budget, until the budget is raised', async () => {
    const kit = conversationsKit(t);
    const token = A.admin.accessToken;
    const { model } = await kit.provider({ name: `dear-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'dear-echo', inputTokenCost: '10.00000000', outputTokenCost: '10.00000000', maxTokens: 4096 });
    const capped = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: 'Capped', monthlyBudget: '0.01', hardLimit: true } }, token)).createCostCenter;
    ok(await t.gql(MAP, { i: { subjectType: 'USER', subjectId: A.admin.userId, costCenterId: capped.id } }, token));
    const inA = await kit.createConversation(token, { defaultModelId: model.id, organizationId: A.id });
    const outside = await kit.createConversation(token, { defaultModelId: model.id });
    await kit.sendOk(token, inA.id, 'The first call spends the budget');

    const block = () => sql<{ blocked: boolean; reason: string }>(t.db.url, `SELECT blocked, reason FROM conversations.llm_spend_blocks WHERE cost_center_id = $1`, [capped.id]);
    await waitFor(async () => (await block())[0]?.blocked, 'the hard limit to reach conversations');
    const messages = async (id: string) => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.messages WHERE conversation_id = $1`, [id]))[0]!.n;
    const before = await messages(inA.id);
    const refused = await kit.send(token, inA.id, 'One more?');
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0]!.message).toMatch(/^Cost center "Capped" refuses LLM calls until \d{4}-\d{2}-01: its monthly budget of 0\.01 USD is spent/);
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'BUDGET_EXCEEDED', costCenter: 'Capped', costCenterId: capped.id, retryAfterSeconds: expect.any(Number) });
    expect(await messages(inA.id)).toBe(before);
    // The mapping charges the user for usage in organization A only.
    await kit.sendOk(token, outside.id, 'Not charged to Capped');

    // A raised budget lifts it.
    ok(await t.gql(UPDATE, { id: capped.id, i: { monthlyBudget: '100000.00' } }, token));
    await waitFor(async () => (await block())[0]?.blocked === false, 'the lifted limit');
    await kit.sendOk(token, inA.id, 'Allowed again');
  });
});

describe('tenants', () => {
  it("an organization's administrator reads that organization's usage and cost centers only", async () => {
    const userB = randomUUID();
    await publish(t, EVENTS.llmUsage, usage({ cost: '0.125000', organizationId: B.id, userId: userB, model: 'model-b' }));
    await publish(t, EVENTS.llmUsage, usage({ cost: '0.375000', organizationId: B.id, userId: userB, model: 'model-b', success: false, errorCode: 'RATE_LIMITED', inputTokens: 0, outputTokens: 0 }));
    await publish(t, EVENTS.llmUsage, usage({ cost: '0.010000', organizationId: A.id, userId: randomUUID(), model: 'model-a' }));
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.ai_usage_logs WHERE organization_id = $1`, [B.id]))[0]!.n === 2, "B's usage");
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.ai_usage_logs WHERE organization_id = $1`, [A.id]))[0]!.n > 0, "A's usage");
    const centerB = ok(await t.gql(CREATE, { i: { organizationId: B.id, name: 'B Ops' } }, B.admin.accessToken)).createCostCenter;

    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const byOrg = (token: string, org?: string) => t.gql(USAGE, { ...window, g: ['ORGANIZATION', 'MODEL'], org }, token);
    const seenByB = ok(await byOrg(B.admin.accessToken)).llmUsage;
    expect(seenByB).toEqual([{ organizationId: B.id, model: 'model-b', calls: 2, failures: 1, inputTokens: '100', outputTokens: '50', cost: '0.500000' }]);
    const seenByA = ok(await byOrg(A.admin.accessToken)).llmUsage;
    expect(seenByA.length).toBeGreaterThan(0);
    expect(seenByA.every((g: { organizationId: string }) => g.organizationId === A.id)).toBe(true);
    expect(ok(await byOrg(A.admin.accessToken, B.id)).llmUsage).toEqual([]);
    // The platform administrator reads every tenant.
    const all = ok(await byOrg(t.admin.accessToken)).llmUsage.map((g: { organizationId: string | null }) => g.organizationId);
    expect(all).toEqual(expect.arrayContaining([A.id, B.id]));

    // Cost centers: another tenant's is absent, and cannot be written.
    expect(ok(await t.gql(`query($id: ID!) { costCenter(id: $id) { id } }`, { id: centerB.id }, A.admin.accessToken)).costCenter).toBeNull();
    const listA = ok(await t.gql(`{ costCenters(first: 100) { nodes { id organizationId } } }`, {}, A.admin.accessToken)).costCenters.nodes;
    expect(listA.length).toBeGreaterThan(0);
    expect(listA.every((c: { organizationId: string }) => c.organizationId === A.id)).toBe(true);
    expect(codes(await t.gql(UPDATE, { id: centerB.id, i: { name: 'Mine now' } }, A.admin.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(MAP, { i: { subjectType: 'USER', subjectId: A.admin.userId, costCenterId: centerB.id } }, A.admin.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(CREATE, { i: { organizationId: B.id, name: 'Intruder' } }, A.admin.accessToken))).toEqual(['NOT_FOUND']);
    // A platform cost center needs every tenant.
    expect(codes(await t.gql(CREATE, { i: { name: 'Platform' } }, A.admin.accessToken))).toEqual(['NOT_FOUND']);
    // The default cost center is the platform's: invisible to a tenant, visible to the platform administrator.
    expect(ok(await t.gql(`query($id: ID!) { costCenter(id: $id) { id } }`, { id: DEFAULT_CENTER }, A.admin.accessToken)).costCenter).toBeNull();
    expect(ok(await t.gql(`query($id: ID!) { costCenter(id: $id) { id isDefault } }`, { id: DEFAULT_CENTER }, t.admin.accessToken)).costCenter).toEqual({ id: DEFAULT_CENTER, isDefault: true });

    // Without analytics:read anywhere: refused; operation statistics stay the platform's.
    const plain = await t.register();
    expect(codes(await byOrg(plain.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`query($from: DateTime!, $to: DateTime!) { operationStats(from: $from, to: $to) { operationName } }`, window, A.admin.accessToken))).toEqual(['FORBIDDEN']);
  });
});

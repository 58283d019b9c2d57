/**
 * Agents through the gateway: the tool-calling loop offline (the local provider requests a tool
 * for `/tool <name> <json-args>`) and over the OpenAI protocol against a local fake server,
 * built-in tools, tool errors recorded without ending the run, the step limit, execution rows,
 * and permissions.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { conversationsKit, failure, ok, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let fake: FakeOpenAi;
let author: Session; // content_creator
let user: Session; // plain user
let other: Session; // plain user

const EXEC = `id status input output answer error steps totalTokens cost executionTimeMs startedAt completedAt user { id } agent { id name }`;
const CREATE = `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id name agentType configuration capabilities tools { nodes { tool { name toolType } } } } }`;
const RUN = `mutation($a: ID!, $in: String!) { runAgent(agentId: $a, input: $in) { ${EXEC} } }`;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  t = await startTestSystem({ ATRIUM_LLM_MAX_RETRIES: '0', ATRIUM_LLM_TIMEOUT_MS: '2000' });
  kit = conversationsKit(t);
  [author, user, other] = await Promise.all([kit.user(), kit.user(), kit.user()]);
  ok(await kit.assign(author.userId, 'content_creator'));
});
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});
beforeEach(() => fake.reset());

async function agent(input: Record<string, unknown>) {
  return ok(await t.gql(CREATE, { i: { name: 'Helper', instructions: 'Use tools when asked.', toolNames: ['calculator'], ...input } }, author.accessToken)).createAgent;
}
const run = async (agentId: string, input: string, token = user.accessToken) => ok(await t.gql(RUN, { a: agentId, in: input }, token)).runAgent;

describe('the built-in tools and the local provider', () => {
  it('seeds calculator and render_prompt', async () => {
    const tools = ok(await t.gql(`{ agentTools { nodes { name toolType configuration } } }`, {}, user.accessToken)).agentTools.nodes;
    expect(tools.map((x: any) => x.name).sort()).toEqual(['calculator', 'render_prompt']);
    expect(tools.find((x: any) => x.name === 'calculator').configuration.parameters.required).toEqual(['expression']);
  });

  it('runs the loop: the model asks for a tool, the run executes it and sends the result back', async () => {
    const a = await agent({ maxSteps: 4, capabilities: ['math'] });
    expect(a).toMatchObject({ agentType: 'assistant', configuration: { instructions: 'Use tools when asked.', maxSteps: 4 }, capabilities: ['math'], tools: { nodes: [{ tool: { name: 'calculator', toolType: 'builtin' } }] } });
    const e = await run(a.id, 'What is /tool calculator {"expression": "(2 + 3) * 4.5"} ?');
    expect(e).toMatchObject({ status: 'COMPLETED', error: null, steps: 2, user: { id: user.userId }, agent: { id: a.id }, cost: '0.000000' });
    expect(e.answer).toBe('Tool results:\ncalculator → {"expression":"(2 + 3) * 4.5","result":"22.5"}');
    expect(e.input).toEqual({ input: 'What is /tool calculator {"expression": "(2 + 3) * 4.5"} ?' });
    expect(e.output.steps[0].toolCalls).toEqual([{ id: 'call_1', name: 'calculator', arguments: '{"expression": "(2 + 3) * 4.5"}', result: { expression: '(2 + 3) * 4.5', result: '22.5' } }]);
    expect(e.totalTokens).toBe(e.output.usage.totalTokens);
    expect(e.executionTimeMs).toBeGreaterThanOrEqual(0);
    const [row] = await sql<{ status: string; user_id: string; execution_time_ms: number }>(t.db.url, `SELECT status, user_id::text, execution_time_ms FROM conversations.agent_executions WHERE id = $1`, [e.id]);
    expect(row).toMatchObject({ status: 'completed', user_id: user.userId });
  });

  it('chains tools across steps, including render_prompt', async () => {
    const template = ok(await t.gql(`mutation { createPromptTemplate(input: { name: "greet", templateContent: "Hello {{who}}!", requiredVariables: ["who"], visibility: PUBLIC }) { id } }`, {}, author.accessToken)).createPromptTemplate;
    const a = await agent({ toolNames: ['calculator', 'render_prompt'] });
    const e = await run(a.id, `/tool render_prompt {"templateId": "${template.id}", "variables": {"who": "Ada"}} then /tool calculator {"expression": "2^10"}`, author.accessToken);
    expect(e.status).toBe('COMPLETED');
    expect(e.steps).toBe(3);
    expect(e.answer).toBe(`Tool results:\nrender_prompt → {"templateId":"${template.id}","version":1,"text":"Hello Ada!"}\ncalculator → {"expression":"2^10","result":"1024"}`);
  });

  it('records tool errors on the execution without ending the run', async () => {
    const a = await agent({});
    const e = await run(a.id, '/tool calculator {"expression": "1 / 0"} /tool shell {"cmd": "rm -rf /"} /tool calculator {"expression": "2 +"} /tool calculator not-json');
    expect(e.status).toBe('COMPLETED');
    expect(e.steps).toBe(5);
    expect(e.error).toBe('Tool errors: calculator: Division by zero; shell: Tool "shell" is not assigned to this agent; calculator: Unexpected end of expression; calculator: expression: Invalid input: expected string, received undefined');
    expect(e.output.toolErrors).toHaveLength(4);
    expect(e.output.steps[1].toolCalls[0]).toMatchObject({ name: 'shell', error: 'Tool "shell" is not assigned to this agent' });
  });

  it('stops at the step limit with a failed execution', async () => {
    const a = await agent({ maxSteps: 2 });
    const e = await run(a.id, '/tool calculator {"expression": "1"} /tool calculator {"expression": "2"} /tool calculator {"expression": "3"}');
    expect(e).toMatchObject({ status: 'FAILED', error: 'Step limit of 2 reached before a final answer', answer: null, steps: 2 });
    expect(e.output.steps.map((s: any) => s.toolCalls[0].result.result)).toEqual(['1', '2']);
  });
});

describe('the OpenAI protocol', () => {
  let modelId: string;
  beforeAll(async () => {
    modelId = (await kit.provider({ name: 'agents-openai', providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, apiKey: 'sk-agents-key-000000' }, { modelName: 'fake-gpt', supportsFunctions: true, inputTokenCost: '0.001', outputTokenCost: '0.002' })).model.id;
  });

  it('sends the tools, executes the tool_calls and sends the results back until the model answers', async () => {
    fake.setDefault((body) => {
      const last = body.messages.at(-1);
      if (last.role === 'tool') return { kind: 'answer', content: `The answer is ${JSON.parse(last.content).result}.`, usage: { prompt_tokens: 300, completion_tokens: 20 } };
      return { kind: 'tool_calls', calls: [{ name: 'calculator', arguments: '{"expression":"6*7"}' }], usage: { prompt_tokens: 200, completion_tokens: 10 } };
    });
    const a = await agent({ modelId, instructions: 'You are a math agent.', temperature: 0 });
    const e = await run(a.id, 'Six times seven?');
    expect(e).toMatchObject({ status: 'COMPLETED', answer: 'The answer is 42.', steps: 2, totalTokens: 530, error: null });
    // (200 + 300) × 0.001 / 1000 + (10 + 20) × 0.002 / 1000
    expect(e.cost).toBe('0.000560');
    const [first, second] = fake.requests;
    expect(first!.body.tools).toEqual([{ type: 'function', function: { name: 'calculator', description: expect.any(String), parameters: expect.objectContaining({ required: ['expression'] }) } }]);
    expect(first!.body.messages).toEqual([{ role: 'system', content: 'You are a math agent.' }, { role: 'user', content: 'Six times seven?' }]);
    expect(first!.body.temperature).toBe(0);
    expect(second!.body.messages.slice(2)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1_0', type: 'function', function: { name: 'calculator', arguments: '{"expression":"6*7"}' } }] },
      { role: 'tool', tool_call_id: 'call_1_0', name: 'calculator', content: '{"expression":"6*7","result":"42"}' },
    ]);
  });

  it('a provider failure ends the run as FAILED, returned and recorded', async () => {
    fake.enqueue({ kind: 'error', status: 500, message: 'down', type: 'server_error' });
    const a = await agent({ modelId });
    const e = await run(a.id, 'anything');
    expect(e).toMatchObject({ status: 'FAILED', error: 'Provider "agents-openai" failed (HTTP 500 after 1 attempt): server_error: down', answer: null });
    expect((await sql<{ status: string }>(t.db.url, `SELECT status FROM conversations.agent_executions WHERE id = $1`, [e.id]))[0]!.status).toBe('failed');
  });
});

describe('permissions', () => {
  it('plain users run and read agents but do not author them; executions are private', async () => {
    expect(failure(await t.gql(CREATE, { i: { name: 'x' } }, user.accessToken))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'prompt_template:create' } });
    const a = await agent({});
    expect(failure(await t.gql(`mutation($id: ID!) { updateAgent(id: $id, input: { name: "mine" }) { id } }`, { id: a.id }, user.accessToken)).extensions.permission).toBe('prompt_template:update');
    const e = await run(a.id, 'hello');
    expect(e.answer).toContain('Echo: hello');
    // Someone else's run: the answer for a run that does not exist.
    expect(ok(await t.gql(`query($id: ID!) { agentExecution(id: $id) { id } }`, { id: e.id }, other.accessToken)).agentExecution).toBeNull();
    expect(ok(await t.gql(`query($id: ID!) { agentExecution(id: $id) { id status } }`, { id: e.id }, t.admin.accessToken)).agentExecution.status).toBe('COMPLETED');
    // Each user sees only their own runs of an agent.
    const mine = ok(await t.gql(`query($id: ID!) { agent(id: $id) { executions { nodes { id } } } }`, { id: a.id }, other.accessToken)).agent.executions.nodes;
    expect(mine).toEqual([]);
    const listed = ok(await t.gql(`query($u: ID!) { user(id: $u) { agents(first: 100) { nodes { id } } } }`, { u: author.userId }, user.accessToken)).user.agents.nodes;
    expect(listed.map((n: any) => n.id)).toContain(a.id);
  });

  it('a tool is assigned at most once', async () => {
    const a = await agent({});
    const calculator = (await sql<{ id: string }>(t.db.url, `SELECT id::text FROM conversations.agent_tools WHERE name = 'calculator'`))[0]!.id;
    expect(failure(await t.gql(`mutation($a: ID!, $t: ID!) { assignAgentTool(agentId: $a, toolId: $t) { id } }`, { a: a.id, t: calculator }, author.accessToken))).toMatchObject({ code: 'CONFLICT' });
    ok(await t.gql(`mutation($a: ID!, $t: ID!) { unassignAgentTool(agentId: $a, toolId: $t) { id } }`, { a: a.id, t: calculator }, author.accessToken));
    const e = await run(a.id, '/tool calculator {"expression": "1+1"}');
    expect(e.error).toBe('Tool errors: calculator: Tool "calculator" is not assigned to this agent');
  });
});

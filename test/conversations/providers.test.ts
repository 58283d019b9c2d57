/**
 * The OpenAI-compatible provider against a real local HTTP server speaking the protocol
 * (fake-openai.ts): success with the server's usage, 429 then success, 429 with a long
 * retry-after, 500, a hang (timeout), key encryption, health, and the configured rate limits.
 */
import { EnvelopeCipher, keyIdOf, signedBody } from '@atrium/kernel';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countChatTokens } from '../../subgraphs/conversations/src/modules/chat/tokens.js';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { DEFAULT_USAGE, startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { conversationsKit, failure, ok, type Session } from './kit.js';

const KEY = 'sk-test-very-secret-key-0123456789';
let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let fake: FakeOpenAi;
let alice: Session;
let providerId: string;
let modelId: string;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  t = await startTestSystem({ ATRIUM_LLM_TIMEOUT_MS: '800', ATRIUM_LLM_MAX_RETRIES: '2', ATRIUM_LLM_RETRY_BASE_MS: '10', ATRIUM_LLM_MAX_RETRY_AFTER_MS: '2000' });
  kit = conversationsKit(t);
  alice = await kit.user();
  const created = await kit.provider(
    { name: 'fake-openai', providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, apiKey: KEY, supportedModels: ['fake-gpt'] },
    { modelName: 'fake-gpt', maxTokens: 8192, inputTokenCost: '0.0015', outputTokenCost: '0.002', supportsFunctions: true },
  );
  providerId = created.provider.id;
  modelId = created.model.id;
});
afterAll(async () => {
  await t?.stop();
  await fake?.close();
});
beforeEach(() => fake.reset());

/** The same operation straight to the conversations subgraph: its messages are not masked by the gateway. */
async function direct(query: string, variables: Record<string, unknown>, token: string) {
  const url = t.system.subgraphs.find((s) => s.name === 'conversations')!.url;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(signedBody(t.config.secrets.subgraphHmacSecret, { query, variables })) });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
const SEND_DIRECT = `mutation($c: ID!, $content: String) { sendMessage(conversationId: $c, content: $content) { assistantMessage { id } } }`;

const health = async () => (await sql<{ health_status: string }>(t.db.url, `SELECT health_status FROM conversations.llm_providers WHERE id = $1`, [providerId]))[0]!.health_status;
const messagesOf = (conversationId: string) => sql<{ role: string; content: string }>(t.db.url, `SELECT role, content FROM conversations.messages WHERE conversation_id = $1 ORDER BY sequence_number`, [conversationId]);

describe('the API key', () => {
  it("is stored under conversations' managed data key and never returned", async () => {
    const [row] = await sql<{ api_key_encrypted: string }>(t.db.url, `SELECT api_key_encrypted FROM conversations.llm_providers WHERE id = $1`, [providerId]);
    expect(row!.api_key_encrypted).not.toContain(KEY);
    expect(keyIdOf(row!.api_key_encrypted)).not.toBeNull();
    const complianceUrl = t.system.subgraphs.find((s) => s.name === 'compliance')!.url;
    const envelope = new EnvelopeCipher({ service: 'conversations', keyServiceUrl: () => complianceUrl, signatureSecret: t.config.secrets.subgraphHmacSecret, legacyKey: t.config.secrets.encryptionKey });
    expect(await envelope.decrypt(row!.api_key_encrypted)).toBe(KEY);
    const res = await t.gql(`query($id: ID!) { llmProvider(id: $id) { id name providerType apiBaseUrl hasApiKey rateLimits metadata healthStatus } }`, { id: providerId }, t.admin.accessToken);
    expect(ok(res).llmProvider).toMatchObject({ providerType: 'OPENAI', hasApiKey: true });
    expect(res.raw).not.toContain(KEY);
    expect(res.raw).not.toContain(row!.api_key_encrypted);
  });

  it('only providers administrators create providers', async () => {
    const res = await t.gql(`mutation { createLlmProvider(input: { name: "mine", providerType: LOCAL }) { id } }`, {}, alice.accessToken);
    expect(failure(res)).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'llm_provider:create' } });
  });
});

describe('chat completions', () => {
  it('sends the branch with the key and records the server usage and the exact cost', async () => {
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId, systemPrompt: 'System here.', modelParameters: { temperature: 0.2 } });
    const sent = await kit.sendOk(alice.accessToken, c.id, 'Hi OpenAI');
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions', authorization: `Bearer ${KEY}` });
    expect(request.body).toEqual({ model: 'fake-gpt', temperature: 0.2, messages: [{ role: 'system', content: 'System here.' }, { role: 'user', content: 'Hi OpenAI' }] });
    // 1200 × 0.0015 / 1000 + 350 × 0.002 / 1000 = 0.0018 + 0.0007
    expect(sent.assistantMessage).toMatchObject({ content: 'Fake answer.', promptTokens: DEFAULT_USAGE.prompt_tokens, completionTokens: DEFAULT_USAGE.completion_tokens, totalTokens: 1550, estimatedCost: '0.002500', metadata: { provider: 'fake-openai', usageReported: true } });
    expect(sent.conversation).toMatchObject({ totalTokens: 1550, totalCost: '0.0025', totalMessages: 2 });
    expect(await health()).toBe('healthy');
  });

  it('falls back to the shared token counter when the server sends no usage', async () => {
    fake.enqueue({ kind: 'answer', content: 'No usage here, friend.', usage: null });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const sent = await kit.sendOk(alice.accessToken, c.id, 'count me');
    expect(sent.assistantMessage).toMatchObject({ promptTokens: countChatTokens([{ content: 'count me' }]), completionTokens: 6, metadata: { usageReported: false } });
  });

  it('retries a 429 after its retry-after, then succeeds', async () => {
    fake.enqueue({ kind: 'error', status: 429, message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded', retryAfter: '0.05' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const sent = await kit.sendOk(alice.accessToken, c.id, 'please');
    expect(sent.assistantMessage.content).toBe('Fake answer.');
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('a retry-after beyond the limit fails at once with RATE_LIMITED; the user message stays, no answer is stored', async () => {
    fake.enqueue({ kind: 'error', status: 429, message: 'Slow down', type: 'requests', code: 'rate_limit_exceeded', retryAfter: '30' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const f = failure(await kit.send(alice.accessToken, c.id, 'too fast'));
    expect(f.code).toBe('RATE_LIMITED');
    expect(f.extensions).toMatchObject({ provider: 'fake-openai', retryAfterSeconds: 30 });
    expect(f.message).toContain('HTTP 429 after 1 attempt');
    expect(fake.requests).toHaveLength(1);
    expect(await messagesOf(c.id)).toEqual([{ role: 'user', content: 'too fast' }]);
    expect(await health()).toBe('degraded');
  });

  it('a 500 on every attempt is INTERNAL_SERVER_ERROR saying what failed, without the key', async () => {
    for (let i = 0; i < 3; i++) fake.enqueue({ kind: 'error', status: 500, message: `The server had an error; your key ${KEY} is fine`, type: 'server_error' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const res = await kit.send(alice.accessToken, c.id, 'hello?');
    const f = failure(res);
    // Through the gateway: the code, the structured facts, and what failed, key redacted.
    expect(f.code).toBe('INTERNAL_SERVER_ERROR');
    expect(f.message).toBe('Provider "fake-openai" failed (HTTP 500 after 3 attempts): server_error: The server had an error; your key [redacted] is fine');
    expect(f.extensions).toMatchObject({ provider: 'fake-openai', reason: 'SERVER', providerStatus: 500, attempts: 3 });
    expect(res.raw).not.toContain(KEY);
    expect(fake.requests).toHaveLength(3);
    expect(await messagesOf(c.id)).toEqual([{ role: 'user', content: 'hello?' }]);
    // The subgraph's own message says what failed, with the key redacted.
    for (let i = 0; i < 3; i++) fake.enqueue({ kind: 'error', status: 500, message: `The server had an error; your key ${KEY} is fine`, type: 'server_error' });
    const other = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const raw = await direct(SEND_DIRECT, { c: other.id, content: 'direct' }, alice.accessToken);
    expect(raw.errors?.[0]?.message).toBe('Provider "fake-openai" failed (HTTP 500 after 3 attempts): server_error: The server had an error; your key [redacted] is fine');
    expect(JSON.stringify(raw)).not.toContain(KEY);
    const [conv] = await sql<{ total_messages: number; total_tokens: number; total_cost: string }>(t.db.url, `SELECT total_messages, total_tokens, total_cost::text FROM conversations.conversations WHERE id = $1`, [c.id]);
    expect(conv).toEqual({ total_messages: 1, total_tokens: 0, total_cost: '0.0000' });
    expect(await health()).toBe('down');

    // The next success marks it healthy again, and the next message follows the stored one.
    const next = await kit.sendOk(alice.accessToken, c.id, 'again');
    expect(next.userMessage.sequenceNumber).toBe(2);
    expect(await health()).toBe('healthy');
  });

  it('a hang times out without retrying', async () => {
    fake.enqueue({ kind: 'hang' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const began = Date.now();
    const f = failure(await kit.send(alice.accessToken, c.id, 'are you there'));
    expect(f).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', extensions: { provider: 'fake-openai', reason: 'TIMEOUT' } });
    expect(f.message).toBe('Provider "fake-openai" did not answer within 800 ms');
    expect(Date.now() - began).toBeLessThan(5000);
    expect(fake.requests).toHaveLength(1);
    expect(await messagesOf(c.id)).toEqual([{ role: 'user', content: 'are you there' }]);
    expect(await health()).toBe('down');
    fake.enqueue({ kind: 'hang' });
    expect((await direct(SEND_DIRECT, { c: c.id, content: 'direct' }, alice.accessToken)).errors?.[0]?.message).toBe('Provider "fake-openai" did not answer within 800 ms');
  });

  it('a 400 is not retried', async () => {
    fake.enqueue({ kind: 'error', status: 400, message: 'Invalid model', type: 'invalid_request_error', code: 'model_not_found' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: modelId });
    const f = failure(await kit.send(alice.accessToken, c.id, 'x'));
    expect(f.extensions).toMatchObject({ reason: 'CLIENT', providerStatus: 400, vendorCode: 'model_not_found', attempts: 1 });
    fake.enqueue({ kind: 'error', status: 400, message: 'Invalid model', type: 'invalid_request_error', code: 'model_not_found' });
    expect((await direct(SEND_DIRECT, { c: c.id, content: 'direct' }, alice.accessToken)).errors?.[0]?.message).toBe('Provider "fake-openai" refused the request (HTTP 400): invalid_request_error/model_not_found: Invalid model');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('health and rate limits', () => {
  const CHECK = `mutation($id: ID!) { checkProviderHealth(id: $id) { status latencyMs detail provider { healthStatus lastHealthCheck } } }`;

  it('the check mutation records health from the models endpoint', async () => {
    const good = ok(await t.gql(CHECK, { id: providerId }, t.admin.accessToken)).checkProviderHealth;
    expect(good).toMatchObject({ status: 'HEALTHY', detail: null, provider: { healthStatus: 'HEALTHY' } });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models', authorization: `Bearer ${KEY}` });
    fake.setModelsStatus(503);
    const bad = ok(await t.gql(CHECK, { id: providerId }, t.admin.accessToken)).checkProviderHealth;
    expect(bad).toMatchObject({ status: 'DOWN', detail: 'HTTP 503: models unavailable', provider: { healthStatus: 'DOWN' } });
    expect(failure(await t.gql(CHECK, { id: providerId }, alice.accessToken)).extensions.permission).toBe('llm_provider:configure');
  });

  it('honours requests_per_minute before calling the server', async () => {
    const limited = await kit.provider({ name: 'limited', providerType: 'OPENAI', apiBaseUrl: fake.baseUrl, rateLimits: { requests_per_minute: 1 } }, { modelName: 'fake-gpt' });
    const c = await kit.createConversation(alice.accessToken, { defaultModelId: limited.model.id });
    await kit.sendOk(alice.accessToken, c.id, 'one');
    const f = failure(await kit.send(alice.accessToken, c.id, 'two'));
    expect(f.code).toBe('RATE_LIMITED');
    expect(f.message).toContain('over its configured rate limit');
    expect(fake.requests).toHaveLength(1);
  });
});

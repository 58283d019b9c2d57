/**
 * Lore's OpenAI-compatible embedding provider against the local stand-in vendor (real HTTP):
 * a 429 without retry-after backs off (never an immediate retry, as `Number(null)` = 0 once
 * gave), a 429 with one waits what it says (the kernel's retry-after parsing, the same as
 * conversations' chat client), and one asking for longer than the cap fails at once.
 * Asserted on the stand-in's recorded arrival times and attempt counts.
 */
import { createOpenAiEmbeddingProvider, MAX_RETRY_AFTER_MS } from '@atrium/lore/embeddings/openai';
import { EmbeddingError } from '@atrium/lore/embeddings/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeEmbeddings, type FakeEmbeddings } from './fake-embeddings.js';

const BASE_MS = 200;
let fake: FakeEmbeddings;
beforeAll(async () => {
  fake = await startFakeEmbeddings(8);
});
afterAll(async () => fake?.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.mode = 'rate-limited';
});

const provider = (maxRetries: number) =>
  createOpenAiEmbeddingProvider({ name: 'stand-in', baseUrl: fake.url, model: 'stand-in-8', apiKey: null, dimensions: 8, sendDimensions: false, timeoutMs: 5_000, maxRetries, retryBaseMs: BASE_MS });
/** Milliseconds between consecutive recorded requests. */
const gaps = () => fake.requests.slice(1).map((r, i) => r.at - fake.requests[i]!.at);

describe("lore's OpenAI-compatible embeddings: retry-after", () => {
  it('a 429 without retry-after backs off exponentially (jitter ≥ half the base), then succeeds', async () => {
    fake.rateLimit = { times: 2, headers: {} };
    const result = await provider(2).embed(['alpha', 'beta']);
    expect(result.vectors).toHaveLength(2);
    expect(fake.requests).toHaveLength(3);
    const [first, second] = gaps();
    // backoff = base × 2^n × [0.5, 1): at least 100 ms, then at least 200 ms.
    expect(first).toBeGreaterThanOrEqual(BASE_MS * 0.5 - 5);
    expect(second).toBeGreaterThanOrEqual(BASE_MS - 5);
  });

  it('a 429 without retry-after and no retries left fails after exactly 1 + maxRetries attempts, each backed off', async () => {
    fake.rateLimit = { times: 10, headers: {} };
    const error = await provider(1).embed(['alpha']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingError);
    expect((error as EmbeddingError).message).toBe('Embedding model "stand-in" answered HTTP 429 after 2 attempts');
    expect((error as EmbeddingError).retryable).toBe(true);
    expect(fake.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(BASE_MS * 0.5 - 5);
  });

  it('retry-after-ms and retry-after seconds are waited for, not the backoff', async () => {
    fake.rateLimit = { times: 1, headers: { 'retry-after-ms': '450' } };
    await provider(1).embed(['alpha']);
    expect(fake.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(450 - 5);

    fake.requests.length = 0;
    fake.rateLimit = { times: 1, headers: { 'retry-after': '1' } };
    await provider(1).embed(['alpha']);
    expect(fake.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(1000 - 5);
  });

  it('an unreadable retry-after is no advice (backoff), and one longer than the cap fails at once', async () => {
    fake.rateLimit = { times: 1, headers: { 'retry-after': 'soon' } };
    await provider(1).embed(['alpha']);
    expect(fake.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(BASE_MS * 0.5 - 5);

    fake.requests.length = 0;
    fake.rateLimit = { times: 1, headers: { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000 + 50) } };
    const error = await provider(3).embed(['alpha']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingError);
    expect((error as EmbeddingError).retryable).toBe(true);
    expect((error as EmbeddingError).message).toBe(`Embedding model "stand-in" answered HTTP 429 and asked to wait 60 s (more than 10 s) after 1 attempt`);
    expect(fake.requests).toHaveLength(1);
  });
});

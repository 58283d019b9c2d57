import { defineConfig, env } from '@atrium/kernel';

/** Conversations' settings: LLM provider calls and document processing jobs. */
export const conversationsConfig = defineConfig(
  'conversations',
  {
    ATRIUM_LLM_TIMEOUT_MS: { schema: env.int(30_000, 1), doc: 'one LLM provider call (OpenAI-compatible HTTP), per attempt' },
    ATRIUM_LLM_MAX_RETRIES: { schema: env.int(2, 0, 10), doc: 'retries after a 429 or 5xx answer (at most 1 + this many attempts), exponential backoff with jitter' },
    ATRIUM_LLM_RETRY_BASE_MS: { schema: env.int(250, 0), doc: 'first backoff delay; doubles each retry unless the server sends retry-after' },
    ATRIUM_LLM_MAX_RETRY_AFTER_MS: { schema: env.int(20_000, 0), doc: 'longest retry-after honoured; a longer one fails the call with RATE_LIMITED at once' },
    ATRIUM_DOCUMENT_JOB_MAX_ATTEMPTS: { schema: env.int(3, 1, 25), doc: 'attempts a document processing job gets before it is marked failed' },
    ATRIUM_KNOWLEDGE_TIMEOUT_MS: { schema: env.int(15_000, 1), doc: 'one call to the lore subgraph (retrieving the chunks an answer is grounded in, promoting a document)' },
  },
  (raw) => ({
    llm: { timeoutMs: raw.ATRIUM_LLM_TIMEOUT_MS, maxRetries: raw.ATRIUM_LLM_MAX_RETRIES, retryBaseMs: raw.ATRIUM_LLM_RETRY_BASE_MS, maxRetryAfterMs: raw.ATRIUM_LLM_MAX_RETRY_AFTER_MS },
    documentJobs: { maxAttempts: raw.ATRIUM_DOCUMENT_JOB_MAX_ATTEMPTS },
    knowledge: { timeoutMs: raw.ATRIUM_KNOWLEDGE_TIMEOUT_MS },
  }),
);
export type ConversationsSettings = ReturnType<typeof conversationsConfig.build>;

import { backoffMs, HttpAttemptError, jsonHeaders, openAiUrl, requestJson, retryWait } from '@atrium/kernel/llm-http';
import { EmbeddingError, type EmbeddingProvider } from './types.js';

export interface OpenAiEmbeddingOptions {
  /** embedding_models.name, for messages. */
  name: string;
  /** `configuration.baseUrl`, e.g. `https://host/v1` or `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** `configuration.model`: the model name the server knows (default: `name`). */
  model: string;
  /** Sent as a bearer token; never logged or returned. */
  apiKey: string | null;
  /** The model's dimensions; sent as `dimensions` when the server supports shortening. */
  dimensions: number;
  sendDimensions: boolean;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  fetchImpl?: typeof fetch;
}

/** `<base>/v1/embeddings`, whether or not the base already ends in a version. */
export function embeddingsEndpoint(baseUrl: string): string {
  return openAiUrl(baseUrl, 'embeddings');
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The longest retry-after honoured; a server asking for longer fails the call at once (retryable: the job retries later). */
export const MAX_RETRY_AFTER_MS = 10_000;

/**
 * Any OpenAI-compatible `POST /v1/embeddings`. Each attempt has a timeout; 429 and 5xx answers
 * and refused connections are retried with exponential backoff and jitter (at most
 * `maxRetries` times, honouring a `retry-after` up to {@link MAX_RETRY_AFTER_MS}; a missing
 * one means backoff, never an immediate retry), anything else fails at once. The answer
 * is checked: one vector per input, in `index` order, each of the model's dimensions.
 * The attempt, timeout, URL and backoff are the kernel's shared OpenAI-compatible HTTP
 * pieces (`@atrium/kernel/llm-http`), the same ones conversations' chat client uses.
 */
export function createOpenAiEmbeddingProvider(options: OpenAiEmbeddingOptions): EmbeddingProvider {
  const fetchImpl = options.fetchImpl ?? fetch;
  const url = embeddingsEndpoint(options.baseUrl);
  const who = `Embedding model "${options.name}"`;

  async function attempt(texts: readonly string[]): Promise<{ status: number; body: unknown; headers: Headers | null }> {
    try {
      const { response, body } = await requestJson(
        fetchImpl,
        url,
        {
          method: 'POST',
          headers: jsonHeaders(options.apiKey),
          body: JSON.stringify({ model: options.model, input: texts, encoding_format: 'float', ...(options.sendDimensions ? { dimensions: options.dimensions } : {}) }),
        },
        options.timeoutMs,
      );
      return { status: response.status, body: body ?? null, headers: response.headers };
    } catch (error) {
      if (!(error instanceof HttpAttemptError)) throw error;
      if (error.kind === 'timeout') throw new EmbeddingError(`${who} did not answer within ${options.timeoutMs} ms`, true);
      return { status: 0, body: null, headers: null };
    }
  }

  return {
    async embed(texts) {
      if (texts.length === 0) return { vectors: [], tokens: 0 };
      for (let n = 0; ; n++) {
        const { status, body, headers } = await attempt(texts);
        if (status >= 200 && status < 300) return parse(body, texts.length);
        const retryable = status === 0 || status === 429 || status >= 500;
        const backoff = () => backoffMs(options.retryBaseMs, n);
        // The server's retry-after (kernel parsing, as conversations' chat client), else backoff.
        const { waitMs, retryAfterMs } = headers ? retryWait(headers, backoff, MAX_RETRY_AFTER_MS) : { waitMs: backoff(), retryAfterMs: null };
        if (retryable && n < options.maxRetries && waitMs !== null) {
          await sleep(waitMs);
          continue;
        }
        if (retryable && waitMs === null) throw new EmbeddingError(`${who} answered HTTP ${status} and asked to wait ${Math.ceil(retryAfterMs! / 1000)} s (more than ${MAX_RETRY_AFTER_MS / 1000} s) after ${n + 1} attempt${n === 0 ? '' : 's'}`, true);
        const what = status === 0 ? 'could not be reached' : `answered HTTP ${status}`;
        throw new EmbeddingError(`${who} ${what} after ${n + 1} attempt${n === 0 ? '' : 's'}`, retryable);
      }
    },
  };

  function parse(body: unknown, count: number) {
    const data = (body as { data?: unknown })?.data;
    if (!Array.isArray(data) || data.length !== count) throw new EmbeddingError(`${who} answered without one embedding per input`, true);
    const vectors = new Array<number[]>(count);
    for (const [i, item] of data.entries()) {
      const { embedding, index } = (item ?? {}) as { embedding?: unknown; index?: unknown };
      const at = typeof index === 'number' && Number.isInteger(index) ? index : i;
      if (at < 0 || at >= count || vectors[at]) throw new EmbeddingError(`${who} answered with a misplaced embedding`, true);
      if (!Array.isArray(embedding) || !embedding.every((v) => typeof v === 'number' && Number.isFinite(v))) throw new EmbeddingError(`${who} answered with an embedding that is not a list of numbers`, true);
      if (embedding.length !== options.dimensions) throw new EmbeddingError(`${who} answered ${embedding.length} dimensions; the model has ${options.dimensions}`, false);
      vectors[at] = embedding as number[];
    }
    const usage = (body as { usage?: { total_tokens?: unknown; prompt_tokens?: unknown } }).usage;
    const tokens = typeof usage?.total_tokens === 'number' ? usage.total_tokens : typeof usage?.prompt_tokens === 'number' ? usage.prompt_tokens : 0;
    return { vectors, tokens };
  }
}

/**
 * The shared pieces of every OpenAI-compatible HTTP client (conversations' chat providers,
 * lore's embedding models): endpoint URLs, one attempt with a timeout, retry-after parsing,
 * exponential backoff with jitter, and the client-side rate window of
 * llm_providers.rate_limits. Each client keeps its own retry policy (which answers it retries,
 * how long a retry-after it accepts) and its own error type; the mechanics live here once.
 * Imported as `@atrium/kernel/llm-http` (not re-exported from the kernel index).
 */

/** `<base>/v1/<path>`, whether or not the base already ends in a version such as `/v1`. */
export function openAiUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return /\/v\d+$/.test(base) ? `${base}/${path}` : `${base}/v1/${path}`;
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date; null when absent. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers.get('retry-after');
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The wait before retrying a rate-limited (or overloaded) answer: the server's retry-after when
 * it sent one, else `backoff()`. A missing or unreadable header is "no advice" (backoff), never
 * "retry now". `waitMs` is null when the server asks for longer than `maxRetryAfterMs`: the
 * caller then fails at once instead of waiting or retrying early. `retryAfterMs` is what the
 * server asked for (null: nothing), for the caller's error.
 */
export function retryWait(headers: Headers, backoff: () => number, maxRetryAfterMs: number, now = Date.now()): { waitMs: number | null; retryAfterMs: number | null } {
  const after = retryAfterMs(headers, now);
  if (after === null) return { waitMs: backoff(), retryAfterMs: null };
  return { waitMs: after <= maxRetryAfterMs ? after : null, retryAfterMs: after };
}

/** Exponential backoff with jitter: base × 2^attempt × [0.5, 1). */
export function backoffMs(baseMs: number, attempt: number, random: () => number = Math.random): number {
  return baseMs * 2 ** attempt * (0.5 + random() / 2);
}

/** JSON request headers, with the key as a bearer token when there is one. */
export function jsonHeaders(apiKey: string | null): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
}

/** Why one attempt produced no HTTP answer. */
export class HttpAttemptError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network',
    /** The socket error code (ECONNREFUSED…) for `network`. */
    readonly code: string | null,
  ) {
    super(kind === 'timeout' ? 'timeout' : `network error${code ? ` (${code})` : ''}`);
  }
}

export interface JsonAnswer {
  response: Response;
  text: string;
  /** The parsed body; undefined when the body is not JSON (null when empty). */
  body: unknown;
}

/** One attempt with its own timeout; the body is read before the timer is cleared. */
export async function requestJson(fetchImpl: typeof fetch, url: string, init: RequestInit, timeoutMs: number): Promise<JsonAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = undefined;
    }
    return { response, text, body };
  } catch (error) {
    if (controller.signal.aborted) throw new HttpAttemptError('timeout', null);
    throw new HttpAttemptError('network', (error as Error & { cause?: { code?: string } }).cause?.code ?? null);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Client-side honouring of a provider's `requests_per_minute` and `tokens_per_minute`: a
 * sliding one-minute window per provider. It lives in the subgraph runtime (one per process),
 * so with N replicas the provider sees at most N times the limit; the server's own 429 +
 * retry-after remains the authority and is honoured too.
 */
export interface RateLimits {
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
}

const positive = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : null);

/** Read the JSON column; unknown keys are ignored, both snake_case and camelCase accepted. */
export function parseRateLimits(json: unknown): RateLimits {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return {
    requestsPerMinute: positive(o.requests_per_minute ?? o.requestsPerMinute),
    tokensPerMinute: positive(o.tokens_per_minute ?? o.tokensPerMinute),
  };
}

const WINDOW_MS = 60_000;

export class RateWindow {
  private entries: { at: number; tokens: number }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until a call of `tokens` fits the limits (0: now). */
  waitFor(limits: RateLimits, tokens: number): number {
    const now = this.now();
    this.entries = this.entries.filter((e) => e.at > now - WINDOW_MS);
    let wait = 0;
    if (limits.requestsPerMinute !== null && this.entries.length >= limits.requestsPerMinute) {
      const oldest = this.entries[this.entries.length - limits.requestsPerMinute]!;
      wait = Math.max(wait, oldest.at + WINDOW_MS - now);
    }
    if (limits.tokensPerMinute !== null) {
      let used = this.entries.reduce((s, e) => s + e.tokens, 0);
      for (const e of this.entries) {
        if (used + tokens <= limits.tokensPerMinute) break;
        used -= e.tokens;
        wait = Math.max(wait, e.at + WINDOW_MS - now);
      }
    }
    return wait;
  }

  record(tokens: number): void {
    this.entries.push({ at: this.now(), tokens });
  }
}

/** One window per provider id, kept by the runtime (never per request, never module-level). */
export class RateLimiterRegistry {
  private readonly windows = new Map<string, RateWindow>();
  constructor(private readonly now: () => number = Date.now) {}

  windowFor(providerId: string): RateWindow {
    let w = this.windows.get(providerId);
    if (!w) this.windows.set(providerId, (w = new RateWindow(this.now)));
    return w;
  }
}

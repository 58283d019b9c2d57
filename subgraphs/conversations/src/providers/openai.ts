import { backoffMs, HttpAttemptError, jsonHeaders, openAiUrl, requestJson, retryAfterMs, retryWait, type RateLimits, type RateWindow } from '@atrium/kernel/llm-http';
import { countChatTokens, countTokens } from '../modules/chat/tokens.js';
import { ProviderError, type ChatMessage, type ChatRequest, type ChatResult, type HealthResult, type HttpSettings, type LlmClient, type ToolCall } from './types.js';

export interface OpenAiOptions {
  /** llm_providers.name, for messages. */
  name: string;
  /** llm_providers.api_base_url, e.g. `https://host/v1` or `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Decrypted key; sent as a bearer token, never logged or returned. */
  apiKey: string | null;
  apiVersion: string | null;
  settings: HttpSettings;
  limits: RateLimits;
  window: RateWindow;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `<base>/v1/chat/completions`, whether or not the base already ends in `/v1`. */
export function endpoint(baseUrl: string, path: 'chat/completions' | 'models'): string {
  return openAiUrl(baseUrl, path);
}

export { retryAfterMs };

/** Remove the key and anything shaped like a secret from a vendor message; keep it short. */
export function redact(text: string, apiKey: string | null): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join('[redacted]');
  out = out.replace(/\b(sk|pk|rk|key|token)[-_][A-Za-z0-9_*-]{6,}/gi, '[redacted]').replace(/Bearer\s+\S+/gi, 'Bearer [redacted]');
  return out.length > 300 ? `${out.slice(0, 300)}…` : out;
}

interface VendorError {
  message: string | null;
  type: string | null;
  code: string | null;
}

function vendorError(body: unknown): VendorError {
  const e = (body as { error?: unknown })?.error;
  if (e && typeof e === 'object') {
    const o = e as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
    return { message: str(o.message), type: str(o.type), code: str(o.code) };
  }
  return { message: typeof e === 'string' ? e : null, type: null, code: null };
}

function toWire(m: ChatMessage): Record<string, unknown> {
  const wire: Record<string, unknown> = { role: m.role, content: m.content };
  if (m.toolCalls?.length) wire.tool_calls = m.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
  if (m.toolCallId) wire.tool_call_id = m.toolCallId;
  if (m.name && m.role === 'tool') wire.name = m.name;
  return wire;
}

/**
 * Any OpenAI-compatible `/v1/chat/completions` endpoint. Each attempt has a timeout; 429 and
 * 5xx answers (and refused connections) are retried with exponential backoff and jitter, or
 * after the server's retry-after when it sends one. A timeout is not retried: the caller has
 * already waited the whole budget once. The configured rate limits are honoured before each
 * attempt by waiting, or by failing at once when the wait would exceed the timeout.
 */
export function createOpenAiClient(options: OpenAiOptions): LlmClient {
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const { settings, name } = options;

  const headers = () => jsonHeaders(options.apiKey);
  const withVersion = (url: string) => (options.apiVersion ? `${url}?api-version=${encodeURIComponent(options.apiVersion)}` : url);

  async function request(url: string, init: RequestInit): Promise<{ response: Response; body: unknown }> {
    try {
      const { response, text, body } = await requestJson(fetchImpl, withVersion(url), init, settings.timeoutMs);
      return { response, body: body === undefined ? { error: { message: text.slice(0, 200) } } : body };
    } catch (error) {
      if (!(error instanceof HttpAttemptError)) throw error;
      if (error.kind === 'timeout') throw new ProviderError('timeout', `Provider "${name}" did not answer within ${settings.timeoutMs} ms`, { provider: name });
      throw new ProviderError('network', `Provider "${name}" could not be reached (${error.code ?? 'network error'})`, { provider: name });
    }
  }

  const backoff = (attempt: number) => Math.round(backoffMs(settings.retryBaseMs, attempt, random));

  async function throttle(tokens: number): Promise<void> {
    const wait = options.window.waitFor(options.limits, tokens);
    if (wait > settings.timeoutMs) {
      throw new ProviderError('rate_limited', `Provider "${name}" is over its configured rate limit; try again in ${Math.ceil(wait / 1000)} s`, { provider: name, retryAfterMs: wait });
    }
    if (wait > 0) await sleep(wait);
    options.window.record(tokens);
  }

  return {
    async chat(req: ChatRequest): Promise<ChatResult> {
      const payload: Record<string, unknown> = { model: req.model, messages: req.messages.map(toWire) };
      if (req.tools?.length) payload.tools = req.tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.parameters } }));
      if (req.parameters?.temperature !== undefined) payload.temperature = req.parameters.temperature;
      if (req.parameters?.topP !== undefined) payload.top_p = req.parameters.topP;
      if (req.parameters?.maxTokens !== undefined) payload.max_tokens = req.parameters.maxTokens;
      const estimate = countChatTokens(req.messages);

      for (let attempt = 0; ; attempt++) {
        await throttle(estimate);
        let result: { response: Response; body: unknown };
        try {
          result = await request(endpoint(options.baseUrl, 'chat/completions'), { method: 'POST', headers: headers(), body: JSON.stringify(payload) });
        } catch (error) {
          if (error instanceof ProviderError && error.kind === 'network' && attempt < settings.maxRetries) {
            await sleep(backoff(attempt));
            continue;
          }
          throw error;
        }
        const { response, body } = result;
        if (response.ok) return parseCompletion(body, req, name);

        const vendor = vendorError(body);
        const said = [vendor.type, vendor.code].filter(Boolean).join('/');
        const detail = `${said ? `${said}: ` : ''}${redact(vendor.message ?? response.statusText ?? '', options.apiKey)}`;
        const attempts = attempt + 1;
        if (response.status === 429) {
          const { waitMs, retryAfterMs: after } = retryWait(response.headers, () => backoff(attempt), settings.maxRetryAfterMs);
          if (attempt < settings.maxRetries && waitMs !== null) {
            await sleep(waitMs);
            continue;
          }
          throw new ProviderError('rate_limited', `Provider "${name}" is rate limiting requests (HTTP 429 after ${attempts} attempt${attempts === 1 ? '' : 's'}): ${detail}`, {
            provider: name,
            status: 429,
            retryAfterMs: after ?? undefined,
            attempts,
            vendorCode: vendor.code,
          });
        }
        if (response.status >= 500) {
          if (attempt < settings.maxRetries) {
            await sleep(backoff(attempt));
            continue;
          }
          throw new ProviderError('server', `Provider "${name}" failed (HTTP ${response.status} after ${attempts} attempt${attempts === 1 ? '' : 's'}): ${detail}`, { provider: name, status: response.status, attempts, vendorCode: vendor.code });
        }
        throw new ProviderError('client', `Provider "${name}" refused the request (HTTP ${response.status}): ${detail}`, { provider: name, status: response.status, attempts, vendorCode: vendor.code });
      }
    },

    async checkHealth(): Promise<HealthResult> {
      const began = performance.now();
      try {
        const { response, body } = await request(endpoint(options.baseUrl, 'models'), { method: 'GET', headers: headers() });
        const latencyMs = Math.round(performance.now() - began);
        if (response.ok) return { status: 'healthy', latencyMs, detail: null };
        const vendor = vendorError(body);
        const detail = `HTTP ${response.status}${vendor.message ? `: ${redact(vendor.message, options.apiKey)}` : ''}`;
        return { status: response.status === 429 ? 'degraded' : 'down', latencyMs, detail };
      } catch (error) {
        return { status: 'down', latencyMs: Math.round(performance.now() - began), detail: (error as Error).message };
      }
    },
  };
}

function parseCompletion(body: unknown, req: ChatRequest, name: string): ChatResult {
  const choice = (body as { choices?: unknown[] })?.choices?.[0] as { message?: Record<string, unknown>; finish_reason?: string } | undefined;
  const message = choice?.message;
  if (!message || typeof message !== 'object') throw new ProviderError('invalid_response', `Provider "${name}" answered without a message`, { provider: name });
  const content = typeof message.content === 'string' ? message.content : null;
  const toolCalls: ToolCall[] = Array.isArray(message.tool_calls)
    ? (message.tool_calls as { id?: string; function?: { name?: string; arguments?: unknown } }[]).map((c, i) => ({
        id: typeof c.id === 'string' ? c.id : `call_${i + 1}`,
        name: String(c.function?.name ?? ''),
        arguments: typeof c.function?.arguments === 'string' ? c.function.arguments : JSON.stringify(c.function?.arguments ?? {}),
      }))
    : [];
  if (content === null && toolCalls.length === 0) throw new ProviderError('invalid_response', `Provider "${name}" answered with neither content nor tool calls`, { provider: name });
  const usage = (body as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } }).usage;
  const reported = typeof usage?.prompt_tokens === 'number' && typeof usage?.completion_tokens === 'number';
  return {
    content,
    toolCalls,
    promptTokens: reported ? (usage!.prompt_tokens as number) : countChatTokens(req.messages),
    completionTokens: reported ? (usage!.completion_tokens as number) : countTokens(content) + countChatTokens([{ content: null, toolCalls }]),
    finishReason: choice?.finish_reason ?? (toolCalls.length ? 'tool_calls' : 'stop'),
    usageReported: reported,
  };
}

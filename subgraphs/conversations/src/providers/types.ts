/**
 * One interface for every LLM provider. The adapter is chosen per model from
 * llm_providers.provider_type; services never know which one they talk to.
 */
export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

export interface ToolCall {
  id: string;
  name: string;
  /** JSON text, as the model wrote it (it may be invalid: tools report that as their error). */
  arguments: string;
}

export interface ChatMessage {
  role: ChatRole;
  content: string | null;
  /** Assistant turns that asked for tools. */
  toolCalls?: ToolCall[];
  /** Tool turns: which call this answers. */
  toolCallId?: string;
  name?: string;
}

export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: Record<string, unknown>;
}

export interface ChatParameters {
  temperature?: number;
  topP?: number;
  /** Longest reply, in tokens. */
  maxTokens?: number;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  tools?: ToolSpec[];
  parameters?: ChatParameters;
}

export interface ChatResult {
  content: string | null;
  toolCalls: ToolCall[];
  promptTokens: number;
  completionTokens: number;
  finishReason: string;
  /** False when the counts come from the shared counter rather than the server's `usage`. */
  usageReported: boolean;
}

export type HealthStatus = 'unknown' | 'healthy' | 'degraded' | 'down';

export interface HealthResult {
  status: Exclude<HealthStatus, 'unknown'>;
  latencyMs: number;
  detail: string | null;
}

export interface LlmClient {
  chat(request: ChatRequest): Promise<ChatResult>;
  checkHealth(): Promise<HealthResult>;
}

export type ProviderFailure = 'rate_limited' | 'timeout' | 'server' | 'client' | 'network' | 'invalid_response' | 'unsupported';

/**
 * A provider call that failed. The message is safe to show: it names the provider and what
 * went wrong, with the vendor's own message redacted of anything key-like.
 */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderFailure,
    message: string,
    readonly details: { provider: string; status?: number; retryAfterMs?: number; attempts?: number; vendorCode?: string | null } ,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  /** Health to record after this failure: throttling degrades, everything else is down. */
  get health(): HealthStatus {
    if (this.kind === 'rate_limited') return 'degraded';
    if (this.kind === 'client' || this.kind === 'unsupported') return 'unknown';
    return 'down';
  }
}

/** Tuning for HTTP providers (from configuration). */
export interface HttpSettings {
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  maxRetryAfterMs: number;
}

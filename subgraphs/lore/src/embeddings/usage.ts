import { EVENTS, type EventBus, type RawExecutor } from '@atrium/kernel';
import type { EmbeddingModel } from '../db.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EmbeddingUsage {
  model: Pick<EmbeddingModel, 'name' | 'provider'>;
  /** Tokens the provider reported (the local embedder's estimate). */
  tokens: number;
  latencyMs: number;
  success: boolean;
  errorCode: string | null;
  organizationId: string | null;
  /** Whose work it was: the searcher, or the document's creator for an ingestion. */
  userId: string | null;
  requestId: string | null;
  sessionId?: string | null;
}

/**
 * Tell analytics about an embedding call: the same `llm.usage` event conversations publish for
 * its LLM calls, with operation `embedding`, so analytics keeps it (ai_usage_logs) and allocates
 * it to a cost center like any other model call. Embedding models carry no per-token price yet,
 * so the cost is 0 and only the tokens count. An ingestion publishes it in the transaction that
 * stores the embeddings (a retried job that never stored them published nothing for them).
 */
export function publishEmbeddingUsage(events: EventBus, tx: RawExecutor, usage: EmbeddingUsage): Promise<void> {
  const session = usage.sessionId;
  return events.publish(tx, EVENTS.llmUsage, {
    provider: usage.model.provider,
    model: usage.model.name,
    operation: 'embedding',
    inputTokens: usage.tokens,
    outputTokens: 0,
    cost: '0.000000',
    latencyMs: Math.max(0, Math.round(usage.latencyMs)),
    success: usage.success,
    errorCode: usage.errorCode,
    userId: usage.userId,
    organizationId: usage.organizationId,
    requestId: usage.requestId,
    sessionId: session && UUID.test(session) ? session : null,
    at: new Date().toISOString(),
  });
}

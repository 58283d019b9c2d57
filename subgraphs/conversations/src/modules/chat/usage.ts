import { EVENTS, type RawExecutor } from '@atrium/kernel';
import type { ConversationsContext } from '../../context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LlmUsage {
  provider: string;
  model: string;
  operation: 'chat' | 'agent' | 'document';
  inputTokens: number;
  outputTokens: number;
  /** Exact, at the scale it was recorded (6 decimals). */
  cost: { toFixed(dp: number): string } | string;
  latencyMs: number;
  success: boolean;
  errorCode: string | null;
  organizationId: string | null;
}

/**
 * Tell analytics about an LLM call (`llm.usage`), inside the transaction that records the call's
 * tokens and cost here, so the two never disagree: what conversations counted, analytics counts.
 */
export function publishLlmUsage(ctx: ConversationsContext, tx: RawExecutor, usage: LlmUsage): Promise<void> {
  const sessionId = ctx.principal?.sessionId;
  return ctx.events.publish(tx, EVENTS.llmUsage, {
    ...usage,
    cost: typeof usage.cost === 'string' ? usage.cost : usage.cost.toFixed(6),
    userId: ctx.principal?.userId ?? null,
    requestId: ctx.requestId,
    sessionId: sessionId && UUID.test(sessionId) ? sessionId : null,
    at: new Date().toISOString(),
  });
}

/** The code of a provider failure as the client sees it. */
export const errorCodeOf = (error: unknown): string => {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

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

/** Text sent to compliance per side of a call: enough for its checks and excerpts, bounded. */
const AI_LOG_TEXT = 20_000;

/**
 * Tell compliance what went into and came out of an LLM operation (`ai.operation_logged`), in the
 * transaction that stores the answer: it runs the safety checks and keeps masked excerpts.
 */
export function publishAiOperation(
  ctx: ConversationsContext,
  tx: RawExecutor,
  op: { operation: 'chat' | 'agent' | 'document'; provider: string; model: string; organizationId: string | null; resourceType: string; resourceId: string; input: string; output: string; success: boolean },
): Promise<void> {
  return ctx.events.publish(tx, EVENTS.aiOperationLogged, {
    ...op,
    input: op.input.slice(0, AI_LOG_TEXT),
    output: op.output.slice(0, AI_LOG_TEXT),
    userId: ctx.principal?.userId ?? null,
    requestId: ctx.requestId,
    at: new Date().toISOString(),
  });
}

/** The code of a provider failure as the client sees it. */
export const errorCodeOf = (error: unknown): string => {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

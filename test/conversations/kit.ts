/**
 * Helpers for the conversations end-to-end tests: every call goes through the real gateway
 * over HTTP; SQL is used only to look at rows or to move a row's clock.
 */
import { expect } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import type { GqlResult, Session, TestSystem } from '../kit/system.js';

export { ok, waitFor };

export const MESSAGE_FIELDS = `id sequenceNumber role content parentMessageId threadId promptTokens completionTokens totalTokens estimatedCost responseTimeMs processingStartedAt processingCompletedAt metadata model { id modelName }`;
export const CONVERSATION_FIELDS = `id title state totalMessages totalTokens totalCost lastMessageAt isShared sharedUntil defaultModel { id modelName }`;

export const SEND = `mutation Send($c: ID!, $content: String, $parent: ID, $model: ID, $template: ID, $vars: JSON) {
  sendMessage(conversationId: $c, content: $content, parentMessageId: $parent, modelId: $model, templateId: $template, variables: $vars) {
    userMessage { ${MESSAGE_FIELDS} }
    assistantMessage { ${MESSAGE_FIELDS} }
    conversation { ${CONVERSATION_FIELDS} }
  }
}`;

export function conversationsKit(t: TestSystem) {
  const az = authz(t);
  const self = {
    ...az,
    /** A plain user holding the auto-assigned `user` role. */
    user: () => az.registered(),
    async createConversation(token: string, input: Record<string, unknown> = {}) {
      const res = await t.gql(`mutation($i: CreateConversationInput!) { createConversation(input: $i) { ${CONVERSATION_FIELDS} systemPrompt } }`, { i: { title: 'Test', ...input } }, token);
      return ok(res).createConversation as { id: string; defaultModel: { id: string; modelName: string } } & Record<string, any>;
    },
    send(token: string, conversationId: string, content: string | null, extra: { parent?: string; model?: string; template?: string; vars?: unknown } = {}) {
      return t.gql(SEND, { c: conversationId, content, ...extra }, token);
    },
    async sendOk(token: string, conversationId: string, content: string, extra: { parent?: string; model?: string } = {}) {
      return ok(await self.send(token, conversationId, content, extra)).sendMessage as { userMessage: any; assistantMessage: any; conversation: any };
    },
    /** An LLM provider and one model, created by the super admin. */
    async provider(input: Record<string, unknown>, model: Record<string, unknown> = {}) {
      const p = ok(await t.gql(`mutation($i: CreateLlmProviderInput!) { createLlmProvider(input: $i) { id name providerType hasApiKey healthStatus } }`, { i: input }, t.admin.accessToken)).createLlmProvider;
      const m = ok(
        await t.gql(`mutation($i: CreateLlmModelInput!) { createLlmModel(input: $i) { id modelName maxTokens inputTokenCost outputTokenCost } }`, { i: { providerId: p.id, modelName: 'model-a', ...model } }, t.admin.accessToken),
      ).createLlmModel;
      return { provider: p, model: m };
    },
    async localModel(): Promise<string> {
      return (await sql<{ id: string }>(t.db.url, `SELECT m.id::text AS id FROM conversations.llm_models m JOIN conversations.llm_providers p ON p.id = m.provider_id WHERE p.name = 'local' AND m.model_name = 'local-echo'`))[0]!.id;
    },
  };
  return self;
}

/** The single error of a result. */
export function failure(result: GqlResult) {
  expect(result.errors, result.raw).toHaveLength(1);
  const e = result.errors![0]!;
  return { code: e.extensions?.code as string, message: e.message, extensions: e.extensions ?? {} };
}

export type { Session };

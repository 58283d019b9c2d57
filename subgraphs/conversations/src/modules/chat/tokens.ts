/**
 * The one token counter of the subgraph: a word (letters, digits, underscore) or a single
 * punctuation/symbol character is one token. Deterministic and dependency-free; the local
 * provider reports it, context trimming budgets with it, and the OpenAI-compatible provider
 * falls back to it when a server sends no `usage`.
 */
const TOKEN = /[\p{L}\p{N}_]+|[^\p{L}\p{N}_\s]/gu;

export function countTokens(text: string | null | undefined): number {
  if (!text) return 0;
  let n = 0;
  for (const _ of text.matchAll(TOKEN)) n++;
  return n;
}

export interface CountableMessage {
  content: string | null;
  toolCalls?: { name: string; arguments: string }[];
}

/** Tokens of a chat prompt: every message's content plus the names and arguments of tool calls. */
export function countChatTokens(messages: readonly CountableMessage[]): number {
  let n = 0;
  for (const m of messages) {
    n += countTokens(m.content);
    for (const call of m.toolCalls ?? []) n += countTokens(call.name) + countTokens(call.arguments);
  }
  return n;
}

/** The longest prefix of `text` holding at most `max` tokens; `clipped` tells whether anything was cut. */
export function clipToTokens(text: string, max: number): { text: string; clipped: boolean } {
  let n = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (++n > max) return { text: text.slice(0, match.index), clipped: true };
  }
  return { text, clipped: false };
}

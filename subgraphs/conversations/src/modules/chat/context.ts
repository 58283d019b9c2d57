import { countChatTokens, countTokens } from './tokens.js';
import type { ChatMessage } from '../../providers/types.js';

export interface ContextInput {
  systemPrompt: string | null;
  /** The branch from its root to the new user message (the last entry), oldest first. */
  history: readonly ChatMessage[];
  /** Tokens the prompt may use: the model's max_tokens less what is reserved for the reply; null = no limit. */
  budget: number | null;
}

export interface BuiltContext {
  messages: ChatMessage[];
  /** Tokens of `messages`, counted with the shared counter. */
  promptTokens: number;
  /** Older messages of the branch left out to fit the budget. */
  trimmed: number;
}

export class ContextTooLargeError extends Error {
  constructor(
    readonly needed: number,
    readonly budget: number,
  ) {
    super(`The message needs ${needed} tokens with the system prompt; the model allows ${budget}`);
  }
}

/**
 * The prompt for one call: the system prompt, then as much of the branch as fits, newest
 * kept first. Trimming drops a contiguous run of the oldest messages (never a middle one), so
 * the model always sees an unbroken recent history. The new message itself must fit.
 */
export function buildContext(input: ContextInput): BuiltContext {
  const system: ChatMessage[] = input.systemPrompt ? [{ role: 'system', content: input.systemPrompt }] : [];
  const systemTokens = countChatTokens(system);
  const history = [...input.history];
  if (input.budget === null) {
    const messages = [...system, ...history];
    return { messages, promptTokens: countChatTokens(messages), trimmed: 0 };
  }
  const kept: ChatMessage[] = [];
  let used = systemTokens;
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i]!;
    const cost = countChatTokens([message]);
    if (used + cost > input.budget) {
      if (kept.length === 0) throw new ContextTooLargeError(systemTokens + cost, input.budget);
      break;
    }
    kept.unshift(message);
    used += cost;
  }
  return { messages: [...system, ...kept], promptTokens: used, trimmed: history.length - kept.length };
}

/** Prompt budget of a model: its context window less the reply reserve (`model_parameters.max_tokens`). */
export function promptBudget(modelMaxTokens: number | null, replyReserve: number | null | undefined): number | null {
  if (modelMaxTokens === null) return null;
  return Math.max(1, modelMaxTokens - Math.max(0, replyReserve ?? 0));
}

export { countTokens };

import { countChatTokens, countTokens } from '../modules/chat/tokens.js';
import type { ChatMessage, ChatRequest, ChatResult, HealthResult, LlmClient, ToolCall } from './types.js';

/**
 * `/tool <name> <json-args>` in a user message asks the local model to call a tool, so the
 * agent loop can be exercised offline. Several directives are requested one per turn, in order.
 */
const DIRECTIVE = /\/tool\s+([A-Za-z_][A-Za-z0-9_-]*)\s*/g;

/** The directives of a text, each with the JSON object (balanced braces) that follows it. */
export function toolDirectives(text: string): { name: string; arguments: string }[] {
  const found: { name: string; arguments: string }[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const start = match.index! + match[0].length;
    found.push({ name: match[1]!, arguments: text[start] === '{' ? balanced(text, start) : '{}' });
  }
  return found;
}

function balanced(text: string, start: number): string {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The offline provider: deterministic answers computed from the prompt. It echoes the last
 * user message with a summary of the context, requests tools for `/tool` directives, and
 * reports the tool results it was given. Token counts use the shared counter.
 */
export function createLocalClient(): LlmClient {
  return {
    async chat(request: ChatRequest): Promise<ChatResult> {
      const { messages } = request;
      const lastUserIndex = messages.map((m) => m.role).lastIndexOf('user');
      const lastUser = lastUserIndex >= 0 ? messages[lastUserIndex]! : null;
      const after = messages.slice(lastUserIndex + 1);
      const toolResults = after.filter((m) => m.role === 'tool');
      const directives = lastUser?.content ? toolDirectives(lastUser.content) : [];
      const promptTokens = countChatTokens(messages);

      const askedSoFar = after.filter((m) => m.role === 'assistant' && m.toolCalls?.length).length;
      if (directives.length > askedSoFar) {
        const next = directives[askedSoFar]!;
        const call: ToolCall = { id: `call_${askedSoFar + 1}`, name: next.name, arguments: next.arguments };
        return { content: null, toolCalls: [call], promptTokens, completionTokens: countChatTokens([{ content: null, toolCalls: [call] }]), finishReason: 'tool_calls', usageReported: true };
      }

      const content = toolResults.length ? reportTools(after) : echo(messages, lastUser);
      return { content, toolCalls: [], promptTokens, completionTokens: countTokens(content), finishReason: 'stop', usageReported: true };
    },
    async checkHealth(): Promise<HealthResult> {
      return { status: 'healthy', latencyMs: 0, detail: null };
    },
  };
}

/** A knowledge source as conversations writes it into the system prompt: `[n] title (chunk i)`. */
const SOURCE_LINE = /^\[(\d+)\] (.+) \(chunk (\d+)\)$/gm;

/** The sources the system prompt holds, in order (their `[n] title (chunk i)` lines). */
export function citedSources(messages: readonly ChatMessage[]): string[] {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content ?? '').join('\n');
  if (!system.includes('Knowledge sources')) return [];
  return [...system.matchAll(SOURCE_LINE)].map((m) => `[${m[1]}] ${m[2]} (chunk ${m[3]})`);
}

function echo(messages: readonly ChatMessage[], lastUser: ChatMessage | null): string {
  const turns = messages.filter((m) => m.role !== 'system').length;
  const system = messages.some((m) => m.role === 'system') ? 'with a system prompt' : 'without a system prompt';
  const sources = citedSources(messages);
  // Grounded answers cite every source they were given, in order: deterministic, so tests can read them.
  const cited = sources.length ? `\nSources: ${sources.join('; ')}` : '';
  return `Echo: ${clip(lastUser?.content ?? '', 400)}${cited}\n(context: ${turns} message${turns === 1 ? '' : 's'}, ${system}, ${countChatTokens(messages)} tokens)`;
}

function reportTools(after: readonly ChatMessage[]): string {
  const names = new Map<string, string>();
  for (const m of after) for (const call of m.toolCalls ?? []) names.set(call.id, call.name);
  const lines = after.filter((m) => m.role === 'tool').map((m) => `${names.get(m.toolCallId ?? '') ?? m.name ?? 'tool'} → ${m.content ?? ''}`);
  return `Tool results:\n${lines.join('\n')}`;
}

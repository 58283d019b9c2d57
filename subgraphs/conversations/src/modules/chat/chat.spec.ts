import { describe, expect, it } from 'vitest';
import { leavesOf, pathTo, threadOf } from './branching.js';
import { buildContext, ContextTooLargeError, promptBudget } from './context.js';
import { callCost, formatDecimal } from './cost.js';
import { countChatTokens, countTokens } from './tokens.js';

describe('countTokens', () => {
  it('counts words and each punctuation mark', () => {
    expect(countTokens('Hello, world!')).toBe(4);
    expect(countTokens("It's 3.14")).toBe(6); // It ' s 3 . 14
    expect(countTokens('  ')).toBe(0);
    expect(countTokens(null)).toBe(0);
    expect(countTokens('naïve café, 東京')).toBe(4);
  });

  it('counts tool calls in chat prompts', () => {
    expect(countChatTokens([{ content: 'a b' }, { content: null, toolCalls: [{ name: 'calculator', arguments: '{"x":1}' }] }])).toBe(2 + 1 + 7);
  });
});

describe('callCost', () => {
  it('prices per 1K tokens, exactly, rounded half up to 6 decimals', () => {
    expect(callCost(1200, 350, { inputTokenCost: '0.00150000', outputTokenCost: '0.00200000' }).toFixed(6)).toBe('0.002500');
    expect(callCost(1000, 0, { inputTokenCost: '0.00000050', outputTokenCost: null }).toFixed(6)).toBe('0.000001'); // 0.0000005 → half up
    expect(callCost(3, 7, { inputTokenCost: '0.1', outputTokenCost: '0.2' }).toFixed()).toBe('0.0017');
    expect(callCost(10, 10, { inputTokenCost: null, outputTokenCost: null }).toFixed()).toBe('0');
  });

  it('formats with a minimum scale and no exponent', () => {
    expect(formatDecimal('0.0000001', 6)).toBe('0.0000001');
    expect(formatDecimal('0.00015', 6)).toBe('0.000150');
    expect(formatDecimal('12', 4)).toBe('12.0000');
  });
});

describe('buildContext', () => {
  const m = (role: 'user' | 'assistant', content: string) => ({ role, content });
  const history = [m('user', 'one two three'), m('assistant', 'four five'), m('user', 'six seven eight nine'), m('assistant', 'ten'), m('user', 'eleven twelve')];

  it('keeps everything without a budget', () => {
    const ctx = buildContext({ systemPrompt: 'Be brief.', history, budget: null });
    expect(ctx.messages).toHaveLength(6);
    expect(ctx.promptTokens).toBe(3 + 3 + 2 + 4 + 1 + 2);
    expect(ctx.trimmed).toBe(0);
  });

  it('always keeps the system prompt and the newest messages, dropping the oldest run', () => {
    // budget 10: system 3 + 'eleven twelve' 2 + 'ten' 1 + 4 = 10; 'four five' would exceed.
    const ctx = buildContext({ systemPrompt: 'Be brief.', history, budget: 10 });
    expect(ctx.messages.map((x) => x.content)).toEqual(['Be brief.', 'six seven eight nine', 'ten', 'eleven twelve']);
    expect(ctx.promptTokens).toBe(10);
    expect(ctx.trimmed).toBe(2);
  });

  it('refuses a new message that cannot fit with the system prompt', () => {
    expect(() => buildContext({ systemPrompt: 'Be brief.', history, budget: 4 })).toThrow(ContextTooLargeError);
  });

  it('reserves the reply length from the window', () => {
    expect(promptBudget(4096, 1000)).toBe(3096);
    expect(promptBudget(4096, undefined)).toBe(4096);
    expect(promptBudget(null, 100)).toBeNull();
    expect(promptBudget(10, 100)).toBe(1);
  });
});

describe('branching', () => {
  it('continues the thread of a parent without children and forks otherwise', () => {
    const base = { conversationId: 'c', newMessageId: 'n' };
    expect(threadOf({ ...base, parent: null, parentHasChildren: false, conversationHasMessages: false })).toBe('c');
    expect(threadOf({ ...base, parent: null, parentHasChildren: false, conversationHasMessages: true })).toBe('n');
    expect(threadOf({ ...base, parent: { id: 'p', threadId: 't' }, parentHasChildren: false, conversationHasMessages: true })).toBe('t');
    expect(threadOf({ ...base, parent: { id: 'p', threadId: 't' }, parentHasChildren: true, conversationHasMessages: true })).toBe('n');
  });

  it('finds the path to a leaf and the leaves of a tree', () => {
    const nodes = [
      { id: 'u1', parentMessageId: null, sequenceNumber: 1 },
      { id: 'a1', parentMessageId: 'u1', sequenceNumber: 2 },
      { id: 'u2', parentMessageId: 'a1', sequenceNumber: 3 },
      { id: 'a2', parentMessageId: 'u2', sequenceNumber: 4 },
      { id: 'u2b', parentMessageId: 'a1', sequenceNumber: 5 },
      { id: 'a2b', parentMessageId: 'u2b', sequenceNumber: 6 },
    ];
    expect(pathTo(nodes, 'a2').map((n) => n.id)).toEqual(['u1', 'a1', 'u2', 'a2']);
    expect(pathTo(nodes, 'a2b').map((n) => n.id)).toEqual(['u1', 'a1', 'u2b', 'a2b']);
    expect(leavesOf(nodes).map((n) => n.id)).toEqual(['a2b', 'a2']);
  });
});

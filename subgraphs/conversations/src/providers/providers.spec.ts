import { describe, expect, it } from 'vitest';
import { countChatTokens, countTokens } from '../modules/chat/tokens.js';
import { parseRateLimits, RateWindow } from './limiter.js';
import { createLocalClient, toolDirectives } from './local.js';
import { endpoint, redact, retryAfterMs } from './openai.js';

describe('local provider', () => {
  const local = createLocalClient();

  it('answers deterministically and counts tokens with the shared counter', async () => {
    const messages = [
      { role: 'system' as const, content: 'Be brief.' },
      { role: 'user' as const, content: 'Hello there, model!' },
    ];
    const a = await local.chat({ model: 'local-echo', messages });
    const b = await local.chat({ model: 'local-echo', messages });
    expect(a).toEqual(b);
    expect(a.content).toBe('Echo: Hello there, model!\n(context: 1 message, with a system prompt, 8 tokens)');
    expect(a.promptTokens).toBe(countChatTokens(messages));
    expect(a.completionTokens).toBe(countTokens(a.content));
    expect(a.toolCalls).toEqual([]);
  });

  it('requests each /tool directive in turn, then reports the results', async () => {
    const user = { role: 'user' as const, content: 'Compute /tool calculator {"expression": "2 * (3 + 4)"} then /tool clock' };
    const first = await local.chat({ model: 'm', messages: [user] });
    expect(first.toolCalls).toEqual([{ id: 'call_1', name: 'calculator', arguments: '{"expression": "2 * (3 + 4)"}' }]);
    const afterFirst = [user, { role: 'assistant' as const, content: null, toolCalls: first.toolCalls }, { role: 'tool' as const, content: '{"result":"14"}', toolCallId: 'call_1' }];
    const second = await local.chat({ model: 'm', messages: afterFirst });
    expect(second.toolCalls).toEqual([{ id: 'call_2', name: 'clock', arguments: '{}' }]);
    const done = await local.chat({
      model: 'm',
      messages: [...afterFirst, { role: 'assistant' as const, content: null, toolCalls: second.toolCalls }, { role: 'tool' as const, content: '{"error":"unknown tool"}', toolCallId: 'call_2' }],
    });
    expect(done.content).toBe('Tool results:\ncalculator → {"result":"14"}\nclock → {"error":"unknown tool"}');
  });

  it('parses directives with nested JSON and strings containing braces', () => {
    expect(toolDirectives('/tool render_prompt {"variables": {"x": "a}b"}, "templateId": "t"} and more')).toEqual([
      { name: 'render_prompt', arguments: '{"variables": {"x": "a}b"}, "templateId": "t"}' },
    ]);
  });
});

describe('openai helpers', () => {
  it('builds the endpoint with or without /v1 in the base URL', () => {
    expect(endpoint('http://h:1/v1', 'chat/completions')).toBe('http://h:1/v1/chat/completions');
    expect(endpoint('http://h:1/', 'models')).toBe('http://h:1/v1/models');
  });

  it('reads retry-after in seconds, milliseconds or as a date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '150' }))).toBe(150);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6000);
    expect(retryAfterMs(new Headers())).toBeNull();
  });

  it('redacts keys from vendor messages', () => {
    expect(redact('Incorrect API key provided: sk-live-abcdef123456. Bearer xyz', null)).toBe('Incorrect API key provided: [redacted]. Bearer [redacted]');
    expect(redact('your key supersecret1 is wrong', 'supersecret1')).toBe('your key [redacted] is wrong');
  });
});

describe('rate window', () => {
  it('waits for the oldest request of the minute to leave the window', () => {
    let now = 0;
    const w = new RateWindow(() => now);
    const limits = parseRateLimits({ requests_per_minute: 2 });
    expect(w.waitFor(limits, 1)).toBe(0);
    w.record(1);
    now = 10_000;
    w.record(1);
    expect(w.waitFor(limits, 1)).toBe(50_000);
    now = 60_001;
    expect(w.waitFor(limits, 1)).toBe(0);
  });

  it('limits tokens per minute', () => {
    let now = 0;
    const w = new RateWindow(() => now);
    const limits = parseRateLimits({ tokensPerMinute: 100 });
    w.record(80);
    expect(w.waitFor(limits, 10)).toBe(0);
    expect(w.waitFor(limits, 30)).toBe(60_000);
    expect(parseRateLimits({ requests_per_minute: 'x', tokens_per_minute: -1 })).toEqual({ requestsPerMinute: null, tokensPerMinute: null });
  });
});

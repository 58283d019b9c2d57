/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 (node:http, port 0) for tests: it speaks
 * `POST /v1/chat/completions` and `GET /v1/models`, including the vendor error shape
 * `{"error":{"message","type","code"}}`, 429 with `retry-after`, 500, and a hang (no answer)
 * for timeouts. Behaviours are queued per test; every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | { kind: 'answer'; content: string; usage?: { prompt_tokens: number; completion_tokens: number } | null }
  | { kind: 'tool_calls'; calls: { name: string; arguments: string }[]; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { kind: 'error'; status: number; message: string; type?: string; code?: string | null; retryAfter?: string }
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: any;
}

export interface FakeOpenAi {
  /** api_base_url to store on a provider (ends in /v1). */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queue behaviours for the next chat completions, in order. */
  enqueue(...behaviours: Behaviour[]): void;
  /** What to do when the queue is empty (default: a fixed answer with fixed usage). */
  setDefault(behaviour: Behaviour | ((body: any) => Behaviour)): void;
  /** Status the models endpoint answers (health checks). */
  setModelsStatus(status: number): void;
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_USAGE = { prompt_tokens: 1200, completion_tokens: 350 };

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  let queue: Behaviour[] = [];
  let fallback: Behaviour | ((body: any) => Behaviour) = { kind: 'answer', content: 'Fake answer.', usage: DEFAULT_USAGE };
  let modelsStatus = 200;
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  let counter = 0;

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : null;
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body });

    if (req.method === 'GET' && req.url?.startsWith('/v1/models')) {
      if (modelsStatus === 200) return json(res, 200, { object: 'list', data: [{ id: 'fake-gpt', object: 'model' }] });
      return json(res, modelsStatus, { error: { message: 'models unavailable', type: 'server_error', code: null } });
    }
    if (req.method !== 'POST' || !req.url?.startsWith('/v1/chat/completions')) {
      return json(res, 404, { error: { message: `Unknown path ${req.url}`, type: 'invalid_request_error', code: 'unknown_url' } });
    }
    const next = queue.shift() ?? (typeof fallback === 'function' ? fallback(body) : fallback);
    counter += 1;
    switch (next.kind) {
      case 'hang':
        hanging.add(res);
        return;
      case 'error':
        return json(res, next.status, { error: { message: next.message, type: next.type ?? 'server_error', code: next.code ?? null } }, next.retryAfter !== undefined ? { 'retry-after': next.retryAfter } : {});
      case 'tool_calls':
        return json(res, 200, {
          id: `chatcmpl-${counter}`,
          object: 'chat.completion',
          model: body?.model,
          choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: null, tool_calls: next.calls.map((c, i) => ({ id: `call_${counter}_${i}`, type: 'function', function: c })) } }],
          usage: { ...(next.usage ?? { prompt_tokens: 10, completion_tokens: 5 }), total_tokens: 0 },
        });
      case 'answer':
        return json(res, 200, {
          id: `chatcmpl-${counter}`,
          object: 'chat.completion',
          model: body?.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: next.content } }],
          ...(next.usage === null ? {} : { usage: { ...(next.usage ?? DEFAULT_USAGE), total_tokens: (next.usage ?? DEFAULT_USAGE).prompt_tokens + (next.usage ?? DEFAULT_USAGE).completion_tokens } }),
        });
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...b) => void queue.push(...b),
    setDefault: (b) => void (fallback = b),
    setModelsStatus: (s) => void (modelsStatus = s),
    reset() {
      queue = [];
      requests.length = 0;
      modelsStatus = 200;
      fallback = { kind: 'answer', content: 'Fake answer.', usage: DEFAULT_USAGE };
    },
    async close() {
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

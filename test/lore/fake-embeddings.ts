import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localEmbedding } from '@atrium/lore/embeddings/local';

/**
 * A local stand-in for an OpenAI-compatible embeddings vendor: `POST /v1/embeddings` answers
 * `{ data: [{ index, embedding }], usage }` with the local embedder's vectors at `dimensions`.
 * `mode` makes it fail on purpose: 503 every time, 503 on the first call only, vectors of
 * the wrong length, or 429 (`rateLimit`: how many times, with which headers; none by default).
 * It records what it was sent and when.
 */
export interface FakeEmbeddings {
  url: string;
  mode: 'ok' | 'down' | 'flaky' | 'wrong-dimensions' | 'rate-limited';
  /** For `rate-limited`: the next `times` calls answer 429 with `headers`, then vectors. */
  rateLimit: { times: number; headers: Record<string, string> };
  /** `at`: performance.now() when the request arrived. */
  requests: { at: number; authorization: string | undefined; body: { model: string; input: string[] } }[];
  close(): Promise<void>;
}

export async function startFakeEmbeddings(dimensions: number): Promise<FakeEmbeddings> {
  let flakyFailed = false;
  const fake: FakeEmbeddings = { url: '', mode: 'ok', rateLimit: { times: 0, headers: {} }, requests: [], close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const at = performance.now();
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/v1/embeddings') return send(404, { error: { message: 'not found' } });
      const body = JSON.parse(raw) as { model: string; input: string[] };
      fake.requests.push({ at, authorization: req.headers.authorization, body });
      if (fake.mode === 'rate-limited' && fake.rateLimit.times > 0) {
        fake.rateLimit.times--;
        return send(429, { error: { message: 'rate limited', type: 'requests', code: 'rate_limit_exceeded' } }, fake.rateLimit.headers);
      }
      if (fake.mode === 'down' || (fake.mode === 'flaky' && !flakyFailed)) {
        flakyFailed = true;
        return send(503, { error: { message: 'overloaded', type: 'server_error' } });
      }
      const size = fake.mode === 'wrong-dimensions' ? dimensions - 1 : dimensions;
      send(200, {
        object: 'list',
        model: body.model,
        data: body.input.map((text, index) => ({ object: 'embedding', index, embedding: localEmbedding(text, size) })),
        usage: { prompt_tokens: body.input.length * 3, total_tokens: body.input.length * 3 },
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((r) => server.close(() => r()));
  return fake;
}

import { negotiateEncoding } from '@atrium/kernel';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../src/gateway.js';
import { accounts, compose, logger, serveFixture, testConfig } from './fixtures.js';

let subgraph: Awaited<ReturnType<typeof serveFixture>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  subgraph = await serveFixture(accounts);
  const config = testConfig({ ATRIUM_CORS_ORIGINS: 'http://localhost:5173' });
  gateway = await startGateway({ config, logger, port: 0, supergraphSdl: compose([{ fixture: accounts, url: subgraph.url }]).supergraphSdl, sessions: null });
});
afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
});

/** node:http, not fetch: fetch would decompress on its own and hide what came over the wire. */
function post(query: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; raw: Buffer }>((resolve, reject) => {
    const url = new URL(gateway.url);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

// A large answer: the schema's types, through introspection (on outside production).
const BIG = '{ __schema { types { name fields { name } } } }';

describe('response compression', () => {
  it('answers br when accepted, else gzip, and says it varies on the encoding (and the origin)', async () => {
    const br = await post(BIG, { 'accept-encoding': 'gzip, deflate, br', origin: 'http://localhost:5173' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('origin, accept-encoding');
    const text = brotliDecompressSync(br.raw).toString('utf8');
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(10);
    expect(br.raw.length).toBeLessThan(text.length / 3);

    const gz = await post(BIG, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.raw).toString('utf8')).toBe(text);
  });

  it('sends small answers and clients that accept nothing as they are', async () => {
    const small = await post('{ me { id } }', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.raw.toString('utf8'))).toEqual({ data: { me: { id: 'u1' } } });
    const plain = await post(BIG, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.raw.toString('utf8')).data.__schema.types.length).toBeGreaterThan(10);
  });

  it('negotiates by q-values', () => {
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('deflate')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { remoteDecider } from './authz.js';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const checks = [{ permission: 'user:read' as const }];

async function server(handler: Parameters<typeof createServer>[1]) {
  const s = createServer(handler);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`, close: () => new Promise((r) => (s.closeAllConnections(), s.close(r))) };
}

describe('remote decisions fail closed and say why', () => {
  it('an unreachable decision point is INTERNAL_SERVER_ERROR with reason AUTHORIZATION_UNAVAILABLE', async () => {
    const gone = await server(() => undefined);
    const url = gone.url;
    await gone.close();
    const decide = remoteDecider({ url, authorization: 'Bearer x', requestId: 'r1', signatureSecret: SECRET });
    await expect(decide(checks)).rejects.toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'AUTHORIZATION_UNAVAILABLE' } });
  });

  it('a decision point that does not answer in time fails the same way', async () => {
    const hanging = await server(() => undefined);
    const decide = remoteDecider({ url: hanging.url, authorization: 'Bearer x', requestId: 'r1', signatureSecret: SECRET, timeoutMs: 200 });
    await expect(decide(checks)).rejects.toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'AUTHORIZATION_UNAVAILABLE' } });
    await hanging.close();
  });

  it('an answer without decisions fails the same way', async () => {
    const garbage = await server((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>'));
    const decide = remoteDecider({ url: garbage.url, authorization: 'Bearer x', requestId: 'r1', signatureSecret: SECRET });
    await expect(decide(checks)).rejects.toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'AUTHORIZATION_UNAVAILABLE' } });
    await garbage.close();
  });
});

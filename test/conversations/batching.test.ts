/**
 * N+1 guard: listing conversations, each with its last 10 messages, its model and provider,
 * runs the same bounded number of SQL statements for 5 conversations as for 20 (dataloaders
 * for branch paths, models and providers; one batched authorization call per request).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requestStatementCounters, startTestSystem, type TestSystem } from '../kit/system.js';
import { LISTING, seedConversations } from './fixtures.js';
import { conversationsKit, ok, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;

beforeAll(async () => {
  t = await startTestSystem();
  kit = conversationsKit(t);
});
afterAll(() => t?.stop());

async function statementsFor(session: Session, first: number) {
  const counters = requestStatementCounters(t);
  counters.forEach(([, c]) => c.reset());
  const data = ok(await t.gql(LISTING, { first }, session.accessToken));
  const byRuntime = Object.fromEntries(counters.map(([name, c]) => [name, c.count]));
  return { total: Object.values(byRuntime).reduce((s, n) => s + n, 0), byRuntime, nodes: data.conversations.nodes };
}

it('lists 20 conversations with their last 10 messages and model in a bounded number of SQL statements', async () => {
  const model = await kit.localModel();
  const [twenty, five] = await Promise.all([kit.user(), kit.user()]);
  await seedConversations(t.db.url, twenty.userId, 20, model);
  await seedConversations(t.db.url, five.userId, 5, model);

  const big = await statementsFor(twenty, 20);
  expect(big.nodes).toHaveLength(20);
  for (const c of big.nodes) {
    expect(c.defaultModel).toEqual({ modelName: 'local-echo', provider: { name: 'local' } });
    expect(c.messages.nodes.map((m: any) => m.sequenceNumber)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(c.messages.nodes[1].model).toEqual({ modelName: 'local-echo' });
  }
  const small = await statementsFor(five, 5);
  expect(small.nodes).toHaveLength(5);
  // Nothing runs per conversation or per message.
  expect(big.total).toBe(small.total);
  // conversations: the list, the branch paths (2), models, providers. The rest is the one
  // batched llm_provider:read decision the authorization subgraph makes for the whole request.
  // +1: the one `access` audit event of the request's clear reads of message content (masking.ts).
  expect(big.byRuntime.conversations).toBeLessThanOrEqual(6);
  expect(big.total).toBeLessThanOrEqual(20);
  console.log(`SQL statements for 20 conversations × last 10 messages + model + provider: ${big.total} (${JSON.stringify(big.byRuntime)})`);
});

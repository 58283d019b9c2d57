/**
 * `pnpm bench:conversations`: what the conversations subgraph costs.
 *
 *  1. sendMessage with the offline local provider (which answers in microseconds, so the time
 *     is Atrium's own overhead: shield + authorization, validation, the branch context, two
 *     transactions, the totals), p50/p95 over 200 calls, through the gateway and straight to the
 *     subgraph.
 *  2. The SQL statements of the listing query: 20 conversations, each with its last 10 messages,
 *     model and provider, per subgraph.
 *
 * Uses DATABASE_URL when set (in a fresh database it drops afterwards), otherwise an embedded
 * PostgreSQL in a temporary directory.
 */
import { createLogger, signedBody } from '@atrium/kernel';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { startSystem } from '@atrium/runtime/system';
import { LISTING, seedConversations } from '../test/conversations/fixtures.js';
import { time, ms, withBenchDatabase } from './lib/kit.js';

const SENDS = 200;
const WARMUP = 20;
const PASSWORD = 'bench-password-not-secret';

const logger = createLogger('bench', 'warn');


/** POST one operation; `secret` signs it as the gateway does (straight to a subgraph). */
async function post(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}, secret?: string) {
  const request = secret ? signedBody(secret, { query, variables }) : { query, variables };
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(request) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`bench query failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}


const SEND = `mutation($c: ID!, $content: String!) { sendMessage(conversationId: $c, content: $content) { assistantMessage { id totalTokens estimatedCost } conversation { totalMessages } } }`;
const CREATE = `mutation { createConversation(input: { title: "bench", systemPrompt: "Be brief." }) { id defaultModel { id } } }`;

async function main() {
  await withBenchDatabase({ ATRIUM_ADMIN_EMAIL: 'bench@atrium.local', ATRIUM_ADMIN_PASSWORD: PASSWORD }, async ({ databaseUrl, config }) => {
    const admin = await bootstrapFirstAdmin({ databaseUrl, config, logger });
    const system = await startSystem({ config, logger, databaseUrl, ephemeralPorts: true });
    try {
      const login = await post(system.gatewayUrl, null, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: admin!.email, password: PASSWORD } });
      const token = login.login.accessToken as string;
      const subgraphUrl = system.subgraphs.find((s) => s.name === 'conversations')!.url;

      // 1. sendMessage, one conversation per target so both grow alike.
      const results: Record<string, { p50: number; p95: number }> = {};
      for (const [label, url] of [['gateway', system.gatewayUrl], ['subgraph', subgraphUrl]] as const) {
        const secret = label === 'subgraph' ? config.secrets.subgraphHmacSecret : undefined;
        const conversation = (await post(url, token, CREATE, {}, secret)).createConversation;
        let n = 0;
        const send = async () => void (await post(url, token, SEND, { c: conversation.id, content: `Message number ${++n}: how are things going today?` }, secret));
        for (let i = 0; i < WARMUP; i++) await send();
        results[label] = await time(SENDS, send);
      }

      // 2. The listing query's statements.
      const userId = admin!.userId;
      const [{ id: modelId }] = (await post(system.gatewayUrl, token, `{ llmModels(first: 1) { nodes { id } } }`)).llmModels.nodes;
      await seedConversations(databaseUrl, userId, 20, modelId);
      const counters = Object.entries(system.runtimes).map(([name, r]) => [name, r.queries!] as const);
      await post(system.gatewayUrl, token, LISTING, { first: 20 }); // warm the plans
      counters.forEach(([, c]) => c.reset());
      const listing = await post(system.gatewayUrl, token, LISTING, { first: 20 });
      const byRuntime = Object.fromEntries(counters.map(([name, c]) => [name, c.count]));
      const messages = listing.conversations.nodes.reduce((s: number, c: any) => s + c.messages.nodes.length, 0);

      console.log('');
      console.log(`sendMessage with the local provider (${SENDS} calls after ${WARMUP} warm-up, one growing conversation each)`);
      console.log(`  through the gateway:               p50 ${ms(results.gateway!.p50)}   p95 ${ms(results.gateway!.p95)}`);
      console.log(`  straight to the subgraph:          p50 ${ms(results.subgraph!.p50)}   p95 ${ms(results.subgraph!.p95)}`);
      console.log('');
      console.log(`listing query: ${listing.conversations.nodes.length} conversations × last 10 messages (${messages}) + model + provider`);
      console.log(`  SQL statements: ${Object.values(byRuntime).reduce((s, n) => s + n, 0)} in all — ${Object.entries(byRuntime).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    } finally {
      await system.stop();
    }
  });
}

await main();

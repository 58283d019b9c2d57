/**
 * `pnpm bench:conversations`: what the conversations subgraph costs.
 *
 *  1. sendMessage with the offline local provider (which answers in microseconds, so the time
 *     is Atrium's own overhead: shield + authorization, validation, the branch context, two
 *     transactions, the totals), p50/p95 over 200 calls, through the gateway, straight to the
 *     subgraph, and the send's own work: the service function (`sendMessage` of
 *     conversations' service) called in process on a request context built as the subgraph
 *     builds it (outside the timing), alone and in the mutation's audit scope as the resolver runs
 *     it (the audit event commits with the send: part of its work, kernel audit.ts). Interleaved,
 *     one conversation per target; the ratios through the gateway and straight to the subgraph
 *     over the send's own work are printed (issue 11 target: through the gateway ≤ 1.5×).
 *  2. The SQL statements of the listing query: 20 conversations, each with its last 10 messages,
 *     model and provider, per subgraph.
 *
 * Uses DATABASE_URL when set (in a fresh database it drops afterwards), otherwise an embedded
 * PostgreSQL in a temporary directory.
 */
import {
  createBaseContext,
  createLogger,
  createRequestAuthorizer,
  createRequestTenancy,
  createSessionCheck,
  createTokenVerifier,
  runAudited,
  signedBody,
  snapshotAccess,
  type AuthorizerFactory,
  type TenancyFactory,
} from '@atrium/kernel';
import { sendMessage } from '@atrium/conversations/modules/conversations/service';
import type { ConversationsContext } from '@atrium/conversations/context';
import { bootstrapFirstAdmin } from '@atrium/runtime/bootstrap';
import { startSystem } from '@atrium/runtime/system';
import { LISTING, seedConversations } from '../test/conversations/fixtures.js';
import { time, ms, percentile, withBenchDatabase } from './lib/kit.js';

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

      // 1. sendMessage, one conversation per target so all grow alike, interleaved.
      // The send's own work: the service function on a context built as serveSubgraph builds it
      // (the process's verifier with its session check, its policy snapshots), outside the timing.
      const sessions = createSessionCheck({ databaseUrl, logger, max: 2 });
      const verify = await createTokenVerifier(config, sessions);
      const runtime = system.runtimes.conversations!;
      const point = { url: system.subgraphs.find((s) => s.name === 'authorization')!.url, signatureSecret: config.secrets.subgraphHmacSecret };
      const authorizer: AuthorizerFactory = runtime.authorizer ?? ((input) => createRequestAuthorizer(snapshotAccess(system.policySnapshots, point, input).decide));
      const tenancy: TenancyFactory = runtime.tenancy ?? ((input) => createRequestTenancy(snapshotAccess(system.policySnapshots, point, input).tenantScopes));
      const context = async () =>
        runtime.context(await createBaseContext({ headers: { authorization: `Bearer ${token}` }, remoteAddress: '127.0.0.1', verify, logger, authorizer, tenancy })) as unknown as ConversationsContext;
      const targets = ['gateway', 'subgraph', 'service', 'audited'] as const;
      const sendField = runtime.schema.getMutationType()!.getFields().sendMessage!;
      const sends: Record<(typeof targets)[number], () => Promise<number>> = {} as never;
      for (const label of targets) {
        const url = label === 'gateway' ? system.gatewayUrl : subgraphUrl;
        const secret = label === 'gateway' ? undefined : config.secrets.subgraphHmacSecret;
        const conversation = (await post(url, token, CREATE, {}, secret)).createConversation;
        let n = 0;
        const variables = () => ({ c: conversation.id, content: `Message number ${++n}: how are things going today?` });
        sends[label] =
          label === 'service' || label === 'audited'
            ? async () => {
                const ctx = await context();
                const { c, content } = variables();
                const args = { conversationId: c, content };
                const start = performance.now();
                const sent =
                  label === 'service'
                    ? await sendMessage(ctx, args)
                    : await runAudited({ service: 'conversations', field: 'sendMessage', returnType: sendField.type, args, ctx, executor: ctx.db as never }, () => sendMessage(ctx, args));
                if (!sent.assistantMessage) throw new Error('no assistant message');
                return performance.now() - start;
              }
            : async () => {
                const start = performance.now();
                await post(url, token, SEND, variables(), secret);
                return performance.now() - start;
              };
      }
      const samples = { gateway: [] as number[], subgraph: [] as number[], service: [] as number[], audited: [] as number[] };
      for (let i = 0; i < WARMUP; i++) for (const label of targets) await sends[label]();
      for (let i = 0; i < SENDS; i++) for (const label of targets) samples[label].push(await sends[label]());
      await sessions.close();
      const results = Object.fromEntries(
        targets.map((label) => {
          const sorted = samples[label].sort((x, y) => x - y);
          return [label, { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }];
        }),
      ) as Record<(typeof targets)[number], { p50: number; p95: number }>;

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
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
      console.log(`sendMessage with the local provider (${SENDS} calls each after ${WARMUP} warm-up, interleaved, one growing conversation each)`);
      console.log(`  through the gateway:               p50 ${ms(results.gateway.p50)}   p95 ${ms(results.gateway.p95)}`);
      console.log(`  straight to the subgraph:          p50 ${ms(results.subgraph.p50)}   p95 ${ms(results.subgraph.p95)}`);
      console.log(`  the service call alone:            p50 ${ms(results.service.p50)}   p95 ${ms(results.service.p95)}`);
      console.log(`  the send's own work (+ its audit): p50 ${ms(results.audited.p50)}   p95 ${ms(results.audited.p95)}`);
      console.log(`  gateway / own work:                p50 ${ratio(results.gateway.p50, results.audited.p50)} (target ≤ 1.5×)   p95 ${ratio(results.gateway.p95, results.audited.p95)}`);
      console.log(`  subgraph / own work:               p50 ${ratio(results.subgraph.p50, results.audited.p50)}   p95 ${ratio(results.subgraph.p95, results.audited.p95)}`);
      console.log(`  gateway / service call alone:      p50 ${ratio(results.gateway.p50, results.service.p50)}   p95 ${ratio(results.gateway.p95, results.service.p95)}`);
      console.log('');
      console.log(`listing query: ${listing.conversations.nodes.length} conversations × last 10 messages (${messages}) + model + provider`);
      console.log(`  SQL statements: ${Object.values(byRuntime).reduce((s, n) => s + n, 0)} in all — ${Object.entries(byRuntime).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    } finally {
      await system.stop();
    }
  });
}

await main();

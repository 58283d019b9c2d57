import { toJson } from '@atrium/kernel';
import type { ConversationsDb } from './db.js';
import { AgentStore } from './modules/agents/store.js';
import { BUILTIN_TOOLS } from './modules/agents/tools.js';
import { LOCAL_MODEL, LOCAL_PROVIDER } from './modules/llm/store.js';

/**
 * Idempotent system rows: the offline `local` provider with its `local-echo` model (so a
 * fresh `pnpm start` can chat at once; conversations default to it) and the built-in agent
 * tools. Existing rows are left as an administrator changed them.
 */
export async function seedConversations(db: ConversationsDb): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atrium:conversations:seed'))`;
      const provider = await tx.llmProvider.upsert({
        where: { name: LOCAL_PROVIDER },
        create: {
          name: LOCAL_PROVIDER,
          providerType: 'local',
          defaultModel: LOCAL_MODEL,
          supportedModels: [LOCAL_MODEL],
          healthStatus: 'healthy',
          lastHealthCheck: new Date(),
          metadata: { builtIn: true, note: 'Offline and deterministic: echoes the last message with a summary of the context.' },
        },
        update: {},
      });
      await tx.llmModel.upsert({
        where: { providerId_modelName: { providerId: provider.id, modelName: LOCAL_MODEL } },
        create: {
          providerId: provider.id,
          modelName: LOCAL_MODEL,
          displayName: 'Local echo',
          description: 'Built-in offline model: answers deterministically from the prompt, calls tools on `/tool <name> <json-args>`.',
          maxTokens: 32_768,
          supportsFunctions: true,
          supportsStreaming: false,
          inputTokenCost: '0',
          outputTokenCost: '0',
          averageLatencyMs: 0,
        },
        update: {},
      });
      const tools = new AgentStore(tx);
      for (const [name, tool] of Object.entries(BUILTIN_TOOLS)) {
        await tools.upsertTool(name, { description: tool.description, toolType: 'builtin', configuration: toJson({ parameters: tool.parameters }) });
      }
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

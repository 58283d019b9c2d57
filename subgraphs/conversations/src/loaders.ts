import { groupLoaderBy, loaderBy, tracedBatch } from '@atrium/kernel';
import DataLoader from 'dataloader';
import type { ConversationsDb } from './db.js';
import { AgentStore } from './modules/agents/store.js';
import { ConversationStore, type Leaf, type PathKey } from './modules/conversations/store.js';
import { DocumentStore } from './modules/documents/store.js';
import { LlmStore } from './modules/llm/store.js';
import { TemplateStore } from './modules/templates/store.js';

/**
 * Per-request dataloaders for every foreign-key field of the conversations graph. Branch paths
 * of many conversations (`messages(last: 10)` on a list) load in two statements per request.
 */
export function createLoaders(db: ConversationsDb) {
  const llm = new LlmStore(db);
  const conversations = new ConversationStore(db);
  const templates = new TemplateStore(db);
  const documents = new DocumentStore(db);
  const agents = new AgentStore(db);
  return {
    provider: loaderBy((ids) => llm.providersByIds(ids), (p) => p.id),
    model: loaderBy((ids) => llm.modelsByIds(ids), (m) => m.id),
    /** The built-in local model; one key, `default`. */
    defaultModel: new DataLoader(
      tracedBatch('conversations.defaultModel', async (keys: readonly string[]) => {
        const model = await llm.defaultModel();
        return keys.map(() => model);
      }),
    ),
    conversation: loaderBy((ids) => conversations.byIds(ids), (c) => c.id),
    message: loaderBy((ids) => conversations.messagesByIds(ids), (m) => m.id),
    branchPath: new DataLoader<PathKey, Awaited<ReturnType<ConversationStore['paths']>>[number], string>(tracedBatch('conversations.branchPath', (keys: readonly PathKey[]) => conversations.paths(keys)), {
      cacheKeyFn: (k) => `${k.conversationId}|${k.leafId ?? ''}|${k.limit ?? ''}`,
    }),
    leavesByConversation: groupLoaderBy<string, Leaf>((ids) => conversations.leaves(ids), (l) => l.message.conversationId),
    template: loaderBy((ids) => templates.byIds(ids), (t) => t.id),
    latestVersionByName: loaderBy((names) => templates.latestVersions(names), (v) => v.name),
    document: loaderBy((ids) => documents.byIds(ids), (d) => d.id),
    job: loaderBy((ids) => documents.jobsByIds(ids), (j) => j.id),
    agent: loaderBy((ids) => agents.byIds(ids), (a) => a.id),
    tool: loaderBy((ids) => agents.toolsByIds(ids), (t) => t.id),
    assignmentsByAgent: groupLoaderBy((ids) => agents.assignmentsOfAgents(ids), (a) => a.agentId),
    execution: loaderBy((ids) => agents.executionsByIds(ids), (e) => e.id),
  };
}
export type ConversationsLoaders = ReturnType<typeof createLoaders>;

import { retireResources, type EventBus } from '@atrium/kernel';
import type { ConversationsDb } from './db.js';
import { announceAgent } from './modules/agents/service.js';
import { announceConversation } from './modules/conversations/resources.js';
import { announceDocument } from './modules/documents/service.js';
import { announceTemplate } from './modules/templates/service.js';

const BATCH = 200;

/**
 * Every object is a resource, including those created before objects were announced: the
 * migration listed them in resource_announcements, and this drains the list in batches, each
 * batch's announcements in the transaction that deletes its rows (a crash repeats a batch at
 * most; an upsert is idempotent). Several processes may run it at once: SKIP LOCKED shares the
 * rows out. Returns how many objects were announced.
 */
export async function announceExistingObjects(db: ConversationsDb, events: EventBus): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.$transaction(
      async (tx) => {
        const taken = await tx.$queryRaw<{ resource_type: string; resource_id: string }[]>`
          DELETE FROM "conversations"."resource_announcements"
           WHERE (resource_type, resource_id) IN (
             SELECT resource_type, resource_id FROM "conversations"."resource_announcements"
              ORDER BY resource_type, resource_id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING resource_type, resource_id::text AS resource_id`;
        const ids = (type: string) => taken.filter((t) => t.resource_type === type).map((t) => t.resource_id);
        const [conversations, documents, templates, agents] = await Promise.all([
          tx.conversation.findMany({ where: { id: { in: ids('conversation') } } }),
          tx.document.findMany({ where: { id: { in: ids('document') } } }),
          tx.promptTemplate.findMany({ where: { id: { in: ids('prompt_template') } } }),
          tx.agent.findMany({ where: { id: { in: ids('agent') } } }),
        ]);
        for (const c of conversations) {
          if (c.conversationState === 'deleted') await retireResources(events, tx, [{ type: 'conversation', id: c.id }]);
          else await announceConversation(events, tx, c);
        }
        for (const d of documents) await announceDocument(events, tx, d);
        for (const t of templates) await announceTemplate(events, tx, t);
        for (const a of agents) await announceAgent(events, tx, a);
        return taken.length;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    total += done;
    if (done < BATCH) return total;
  }
}

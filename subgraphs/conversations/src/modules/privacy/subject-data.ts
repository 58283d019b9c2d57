import { retireResources, subjectCounts, subjectRows, type EventBus, type RawExecutor, type SubjectDataHandler, type SubjectRef } from '@atrium/kernel';
import type { ConversationsDb } from '../../db.js';

/**
 * Conversations' part of data-subject requests (issue 12 §6). What is the subject's:
 * - their conversations (sharing lives on the row) and every message in them: messages have no
 *   author column, the conversation's owner wrote the user turns and asked for the answers;
 * - the documents they uploaded, and processing jobs of those documents or started by them;
 * - their template versions: PRIVATE ones are deleted, SHARED and PUBLIC ones stay for the
 *   organization with the creator (and an approval they gave) set to null;
 * - agents they created: an agent has no private visibility (its organization's, or platform-wide),
 *   so every agent stays with its creator set to null; runs they started (input and output) are deleted;
 * - their place in analytics' hard limits mirrored here (an exemption, a user subject of a block).
 * Deleted objects are retired as resources (resource.deleted) in the erasure's one transaction.
 * Kept ones are not re-announced: the authorization domain's own handler clears the subject as
 * owner of its resources, and a late upsert would record an owner change naming the subject after it.
 */
type Deps = { db: ConversationsDb; events: EventBus };

const OWN_CONVERSATIONS = `SELECT id FROM "conversations"."conversations" WHERE user_id = $1::uuid`;
const OWN_DOCUMENTS = `SELECT id FROM "conversations"."documents" WHERE user_id = $1::uuid`;
/** A hard limit naming the subject: exempted from an organization's block, or blocked as a user. */
const NAMES_SUBJECT = `($1::uuid = ANY (coalesce(exempt_user_ids, '{}')) OR subjects @> jsonb_build_array(jsonb_build_object('subjectType', 'user', 'subjectId', $1::text)))`;

/** Where each table holds the subject's personal data (the verification pass counts these). */
const HELD: Record<string, string> = {
  conversations: `"conversations"."conversations" WHERE user_id = $1::uuid`,
  messages: `"conversations"."messages" WHERE conversation_id IN (${OWN_CONVERSATIONS})`,
  documents: `"conversations"."documents" WHERE user_id = $1::uuid`,
  document_processing_jobs: `"conversations"."document_processing_jobs" WHERE user_id = $1::uuid OR document_id IN (${OWN_DOCUMENTS})`,
  prompt_templates: `"conversations"."prompt_templates" WHERE created_by = $1::uuid OR approved_by = $1::uuid`,
  agents: `"conversations"."agents" WHERE created_by = $1::uuid`,
  agent_executions: `"conversations"."agent_executions" WHERE user_id = $1::uuid`,
  llm_spend_blocks: `"conversations"."llm_spend_blocks" WHERE ${NAMES_SUBJECT}`,
};

async function exportSubject({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, unknown[]>> {
  return db.$transaction(async (tx) => {
    const rows = (select: string, omit?: string[]) => subjectRows(tx, select, userId, omit);
    return {
    // The share token's hash is a credential: never exported.
    conversations: await rows(`SELECT * FROM ${HELD.conversations} ORDER BY created_at, id`, ['share_token']),
    messages: await rows(`SELECT * FROM ${HELD.messages} ORDER BY conversation_id, sequence_number`),
    documents: await rows(`SELECT * FROM ${HELD.documents} ORDER BY created_at, id`),
    document_processing_jobs: await rows(`SELECT * FROM ${HELD.document_processing_jobs} ORDER BY created_at, id`),
    prompt_templates: await rows(`SELECT * FROM ${HELD.prompt_templates} ORDER BY name, template_version`),
    agents: await rows(`SELECT * FROM ${HELD.agents} ORDER BY created_at, id`),
    agent_executions: await rows(`SELECT * FROM ${HELD.agent_executions} ORDER BY started_at, id`),
    // Only the subject's part of a block: other users' exemptions are theirs.
    llm_spend_blocks: await rows(`SELECT cost_center_id, cost_center_name, blocked, until, reason, at, $1::uuid = ANY (coalesce(exempt_user_ids, '{}')) AS exempt,
              (SELECT coalesce(jsonb_agg(s), '[]') FROM jsonb_array_elements(subjects) s WHERE s->>'subjectType' = 'user' AND s->>'subjectId' = $1::text) AS subjects
         FROM ${HELD.llm_spend_blocks} ORDER BY cost_center_id`,
    ),
    };
  });
}

async function eraseSubject({ userId }: SubjectRef, { db, events }: Deps): Promise<Record<string, number>> {
  return db.$transaction(async (tx) => {
    const raw = tx as unknown as RawExecutor;
    const conversations = (await tx.conversation.findMany({ where: { userId }, select: { id: true } })).map((c) => c.id);
    const documents = (await tx.document.findMany({ where: { userId }, select: { id: true } })).map((d) => d.id);
    const privateTemplates = (await tx.promptTemplate.findMany({ where: { createdBy: userId, visibility: 'private' }, select: { id: true } })).map((t) => t.id);

    const messages = (await tx.message.deleteMany({ where: { conversationId: { in: conversations } } })).count;
    await tx.conversation.deleteMany({ where: { id: { in: conversations } } });
    const jobs = (await tx.documentProcessingJob.deleteMany({ where: { OR: [{ userId }, { documentId: { in: documents } }] } })).count;
    await tx.document.deleteMany({ where: { id: { in: documents } } });
    await tx.promptTemplate.deleteMany({ where: { id: { in: privateTemplates } } });

    // Kept template versions: the creator, and an approval the subject gave, become unknown.
    const keptTemplates = await tx.promptTemplate.count({ where: { OR: [{ createdBy: userId }, { approvedBy: userId }] } });
    await tx.promptTemplate.updateMany({ where: { createdBy: userId }, data: { createdBy: null } });
    await tx.promptTemplate.updateMany({ where: { approvedBy: userId }, data: { approvedBy: null } });
    const agents = (await tx.agent.updateMany({ where: { createdBy: userId }, data: { createdBy: null } })).count;
    const executions = (await tx.agentExecution.deleteMany({ where: { userId } })).count;
    const limits = await tx.$executeRawUnsafe(
      `UPDATE "conversations"."llm_spend_blocks"
          SET exempt_user_ids = array_remove(exempt_user_ids, $1::uuid),
              subjects = (SELECT coalesce(jsonb_agg(s), '[]') FROM jsonb_array_elements(subjects) s WHERE NOT (s->>'subjectType' = 'user' AND s->>'subjectId' = $1::text))
        WHERE ${NAMES_SUBJECT}`,
      userId,
    );

    await retireResources(events, raw, [
      ...conversations.map((id) => ({ type: 'conversation' as const, id })),
      ...documents.map((id) => ({ type: 'document' as const, id })),
      ...privateTemplates.map((id) => ({ type: 'prompt_template' as const, id })),
    ]);

    return {
      conversations: conversations.length,
      messages,
      documents: documents.length,
      document_processing_jobs: jobs,
      prompt_templates: privateTemplates.length + keptTemplates,
      agents,
      agent_executions: executions,
      llm_spend_blocks: limits,
    };
  });
}

async function remainingOf({ userId }: SubjectRef, { db }: Deps): Promise<Record<string, number>> {
  return db.$transaction((tx) => subjectCounts(tx, HELD, userId));
}

export const conversationsSubjectData: SubjectDataHandler<Deps> = { export: exportSubject, erase: eraseSubject, remaining: remainingOf };

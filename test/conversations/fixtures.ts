/**
 * Shared by the batching test and `pnpm bench:conversations`; no vitest imports, so the
 * benchmark can load it outside the test runner.
 */
import pg from 'pg';

/** The listing the N+1 guard measures: conversations with their last 10 messages, model and provider. */
export const LISTING = `query Listing($first: Int!) {
  conversations(first: $first) {
    nodes {
      id title totalMessages
      defaultModel { modelName provider { name } }
      messages(last: 10) { nodes { id sequenceNumber role content model { modelName } } }
    }
  }
}`;

/** n conversations of `userId`, each one branch of 12 messages (assistant ones on `modelId`), straight into the database. */
export async function seedConversations(url: string, userId: string, n: number, modelId: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `WITH c AS (
         INSERT INTO conversations.conversations (user_id, title, default_model_id, total_messages)
         SELECT $1::uuid, 'Bulk ' || g, $3::uuid, 12 FROM generate_series(1, $2::int) g RETURNING id
       )
       INSERT INTO conversations.messages (conversation_id, role, content, sequence_number, thread_id, model_id)
       SELECT c.id, CASE WHEN s % 2 = 1 THEN 'user' ELSE 'assistant' END, 'message ' || s, s, c.id,
              CASE WHEN s % 2 = 0 THEN $3::uuid END
         FROM c CROSS JOIN generate_series(1, 12) s`,
      [userId, n, modelId],
    );
    await client.query(
      `UPDATE conversations.messages m SET parent_message_id = p.id
         FROM conversations.messages p, conversations.conversations c
        WHERE c.user_id = $1::uuid AND m.conversation_id = c.id AND p.conversation_id = c.id
          AND p.sequence_number = m.sequence_number - 1 AND m.parent_message_id IS NULL`,
      [userId],
    );
  } finally {
    await client.end();
  }
}

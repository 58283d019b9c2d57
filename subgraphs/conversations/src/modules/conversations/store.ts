import { Prisma, type DbClient, type Message } from '../../db.js';
import { paginate, ownedInTenants, type Page, type TenantScope } from '@atrium/kernel';

export interface ConversationFilter {
  state?: string | null;
  conversationType?: string | null;
  text?: string | null;
  organizationId?: string | null;
}

/** A branch request: the path of `conversationId` ending at `leafId` (default: its newest message), the newest `limit` only. */
export interface PathKey {
  conversationId: string;
  leafId: string | null;
  limit: number | null;
}

export interface Leaf {
  message: Message;
  length: number;
}

/**
 * One step up a branch, as a LATERAL subquery with LIMIT 1: it cannot be flattened, so every
 * step is a primary-key lookup. A plain join lets the planner, which expects a tiny work table,
 * hash-join against a sequential scan of every message on every step: quadratic in the path.
 */
const PARENT = Prisma.sql`SELECT p.* FROM "conversations"."messages" p WHERE p.id = w.parent_message_id LIMIT 1`;

/** Every Prisma call touching conversations and messages. */
export class ConversationStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.conversation.findMany({ where: { id: { in: [...ids] } } });
  }

  /**
   * Conversations inside `tenants`; with `ownerId`, that user's only, their personal ones
   * included (see the kernel's `ownedInTenants`).
   */
  list(tenants: TenantScope, ownerId: string | null, filter: ConversationFilter, p: Page) {
    const where: Prisma.ConversationWhereInput[] = [ownedInTenants(tenants, ownerId, 'userId'), { conversationState: filter.state ?? { not: 'deleted' } }];
    if (filter.organizationId) where.push({ organizationId: filter.organizationId });
    if (filter.conversationType) where.push({ conversationType: filter.conversationType });
    if (filter.text) {
      const contains = { contains: filter.text, mode: 'insensitive' as const };
      where.push({ OR: [{ title: contains }, { description: contains }] });
    }
    // The cursor check counts inside the tenant: another tenant's conversation id reads as absent, not as an empty page.
    return paginate(p, { AND: where }, (q) => this.db.conversation.findMany(q), (w) => this.db.conversation.count({ where: w }));
  }

  create(data: Prisma.ConversationUncheckedCreateInput) {
    return this.db.conversation.create({ data });
  }

  update(id: string, data: Prisma.ConversationUncheckedUpdateInput) {
    return this.db.conversation.update({ where: { id }, data });
  }

  byShareHash(hash: string) {
    return this.db.conversation.findUnique({ where: { shareToken: hash } });
  }

  messagesByIds(ids: readonly string[]) {
    return this.db.message.findMany({ where: { id: { in: [...ids] } } });
  }

  async hasChildren(messageId: string): Promise<boolean> {
    return (await this.db.message.count({ where: { parentMessageId: messageId }, take: 1 })) > 0;
  }

  /**
   * Take the next sequence number and add to the totals, under the conversation row's lock
   * (held to the end of the transaction): total_messages is the last number handed out.
   */
  claimSequence(conversationId: string, tokens: number) {
    return this.db.conversation.update({
      where: { id: conversationId },
      data: { totalMessages: { increment: 1 }, totalTokens: { increment: tokens }, lastMessageAt: new Date() },
      select: { totalMessages: true },
    });
  }

  insertMessage(data: Prisma.MessageUncheckedCreateInput) {
    return this.db.message.create({ data });
  }

  /**
   * total_cost is the sum of the messages' costs rounded once to its 4 decimals, recomputed
   * rather than incremented so rounding never accumulates. Run after claimSequence: the
   * conversation lock is held, so the sum sees every committed message.
   */
  async recomputeCost(conversationId: string) {
    const sum = await this.db.message.aggregate({ where: { conversationId }, _sum: { estimatedCost: true } });
    return this.db.conversation.update({ where: { id: conversationId }, data: { totalCost: sum._sum.estimatedCost ?? new Prisma.Decimal(0) } });
  }

  /**
   * The history a new message follows, in one statement: the path from the root to `leafId`
   * (default: the conversation's newest message), root first, with only what a prompt needs.
   */
  contextPath(conversationId: string, leafId: string | null) {
    return this.db.$queryRaw<{ id: string; role: string; content: string; thread_id: string | null }[]>(Prisma.sql`
      WITH RECURSIVE walk AS (
        SELECT m.id, m.parent_message_id, m.role, m.content, m.thread_id, 1 AS depth
          FROM "conversations"."messages" m
         WHERE m.conversation_id = ${conversationId}::uuid
           AND m.id = COALESCE(${leafId}::uuid, (SELECT x.id FROM "conversations"."messages" x
                                                 WHERE x.conversation_id = ${conversationId}::uuid
                                                 ORDER BY x.sequence_number DESC LIMIT 1))
        UNION ALL
        SELECT m.id, m.parent_message_id, m.role, m.content, m.thread_id, w.depth + 1
          FROM walk w CROSS JOIN LATERAL (${PARENT}) m
      )
      SELECT id::text AS id, role, content, thread_id::text AS thread_id FROM walk ORDER BY depth DESC`);
  }

  /** Several branch paths in one statement (plus one to read the rows): root first, per key. */
  async paths(keys: readonly PathKey[]): Promise<Message[][]> {
    if (keys.length === 0) return [];
    const rows = await this.db.$queryRaw<{ ord: number; id: string; depth: number }[]>(Prisma.sql`
      WITH RECURSIVE req AS (
        SELECT r.ord, r.conversation_id, r.leaf_id, r.lim
          FROM unnest(${keys.map((k) => k.conversationId)}::uuid[], ${keys.map((k) => k.leafId)}::uuid[], ${keys.map((k) => k.limit)}::int[])
               WITH ORDINALITY AS r(conversation_id, leaf_id, lim, ord)
      ), start AS (
        SELECT q.ord, q.lim, q.conversation_id,
               COALESCE(q.leaf_id, (SELECT m.id FROM "conversations"."messages" m
                                     WHERE m.conversation_id = q.conversation_id
                                     ORDER BY m.sequence_number DESC LIMIT 1)) AS leaf
          FROM req q
      ), walk AS (
        SELECT s.ord, s.lim, m.id, m.parent_message_id, 1 AS depth
          FROM start s JOIN "conversations"."messages" m ON m.id = s.leaf AND m.conversation_id = s.conversation_id
        UNION ALL
        SELECT w.ord, w.lim, m.id, m.parent_message_id, w.depth + 1
          FROM walk w CROSS JOIN LATERAL (${PARENT}) m
         WHERE w.lim IS NULL OR w.depth < w.lim
      )
      SELECT ord::int AS ord, id::text AS id, depth FROM walk`);
    const messages = new Map((await this.messagesByIds([...new Set(rows.map((r) => r.id))])).map((m) => [m.id, m]));
    const out: Message[][] = keys.map(() => []);
    for (const row of [...rows].sort((a, b) => b.depth - a.depth)) {
      const message = messages.get(row.id);
      if (message) out[row.ord - 1]!.push(message);
    }
    return out;
  }

  /** The leaves of several conversations with the length of their paths. */
  async leaves(conversationIds: readonly string[]): Promise<Leaf[]> {
    if (conversationIds.length === 0) return [];
    const rows = await this.db.$queryRaw<{ leaf_id: string; length: number }[]>(Prisma.sql`
      WITH RECURSIVE leaves AS (
        SELECT m.id AS leaf_id FROM "conversations"."messages" m
         WHERE m.conversation_id = ANY(${[...conversationIds]}::uuid[])
           AND NOT EXISTS (SELECT 1 FROM "conversations"."messages" c WHERE c.parent_message_id = m.id)
      ), walk AS (
        SELECT l.leaf_id, m.parent_message_id FROM leaves l JOIN "conversations"."messages" m ON m.id = l.leaf_id
        UNION ALL
        SELECT w.leaf_id, m.parent_message_id FROM walk w CROSS JOIN LATERAL (${PARENT}) m
      )
      SELECT leaf_id::text AS leaf_id, count(*)::int AS length FROM walk GROUP BY leaf_id`);
    const messages = new Map((await this.messagesByIds(rows.map((r) => r.leaf_id))).map((m) => [m.id, m]));
    return rows
      .map((r) => ({ message: messages.get(r.leaf_id)!, length: r.length }))
      .filter((l) => l.message)
      .sort((a, b) => b.message.sequenceNumber - a.message.sequenceNumber);
  }
}

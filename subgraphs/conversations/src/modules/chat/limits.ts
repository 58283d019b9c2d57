import { AppError, EVENTS, on } from '@atrium/kernel';
import type { ConversationsContext } from '../../context.js';
import type { ConversationsDb } from '../../db.js';

/** Analytics' hard limits, kept here: the newest state per cost center (a late delivery changes nothing). */
export const spendLimitEvents = [
  on(EVENTS.llmSpendLimitChanged, async (e, { db }: { db: ConversationsDb }) => {
    await db.$executeRawUnsafe(
      `INSERT INTO "conversations"."llm_spend_blocks" (cost_center_id, cost_center_name, blocked, until, reason, subjects, exempt_user_ids, at)
       VALUES ($1::uuid, $2, $3, $4::timestamptz, $5, $6::jsonb, $7::uuid[], $8::timestamptz)
       ON CONFLICT (cost_center_id) DO UPDATE SET cost_center_name = EXCLUDED.cost_center_name, blocked = EXCLUDED.blocked, until = EXCLUDED.until,
         reason = EXCLUDED.reason, subjects = EXCLUDED.subjects, exempt_user_ids = EXCLUDED.exempt_user_ids, at = EXCLUDED.at
       WHERE "conversations"."llm_spend_blocks".at < EXCLUDED.at`,
      e.costCenterId,
      e.costCenterName.slice(0, 255),
      e.blocked,
      e.until,
      e.reason,
      JSON.stringify(e.subjects),
      e.exemptUserIds,
      e.at,
    );
  }),
];

/**
 * Refuse an LLM call a spent hard limit covers, before anything is stored: the caller is mapped to
 * a blocked cost center (for usage in this organization, or anywhere), or the organization is and
 * the caller is not charged elsewhere by a mapping of its own. RATE_LIMITED, naming the budget.
 */
export async function assertWithinBudget(ctx: ConversationsContext, organizationId: string | null): Promise<void> {
  const userId = ctx.principal?.userId ?? null;
  if (!userId) return;
  const rows = await ctx.db.$queryRawUnsafe<{ id: string; name: string; reason: string; until: Date | null }[]>(
    `SELECT cost_center_id::text AS id, cost_center_name AS name, reason, until FROM "conversations"."llm_spend_blocks" b
      WHERE b.blocked AND (b.until IS NULL OR b.until > now())
        AND (EXISTS (SELECT 1 FROM jsonb_array_elements(b.subjects) s
                      WHERE s->>'subjectType' = 'user' AND s->>'subjectId' = $1::text AND (s->>'organizationId' IS NULL OR s->>'organizationId' = $2::text))
          OR ($2::text IS NOT NULL AND NOT ($1::uuid = ANY (coalesce(b.exempt_user_ids, '{}')))
              AND EXISTS (SELECT 1 FROM jsonb_array_elements(b.subjects) s WHERE s->>'subjectType' = 'organization' AND s->>'subjectId' = $2::text)))
      ORDER BY b.until DESC NULLS FIRST LIMIT 1`,
    userId,
    organizationId,
  );
  const block = rows[0];
  if (!block) return;
  const retryAfterSeconds = block.until ? Math.max(1, Math.ceil((block.until.getTime() - Date.now()) / 1000)) : undefined;
  throw new AppError('RATE_LIMITED', block.reason, { reason: 'BUDGET_EXCEEDED', costCenterId: block.id, costCenter: block.name, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
}

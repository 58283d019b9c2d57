import { EVENTS, type EventBus, type Logger } from '@atrium/kernel';
import { Decimal } from 'decimal.js';
import type { z } from 'zod';
import type { AnalyticsDb } from '../../db.js';
import { monthOf, yearOf } from './periods.js';
import { limitState, publishSpendLimit } from './limits.js';
import { CostCenterStore, UsageCostStore, type ChainLink } from './store.js';

type LlmUsage = z.output<(typeof EVENTS.llmUsage)['payload']>;

/** Percent of `budget` that `spend` is, exactly (null without a positive budget). */
export const percentOf = (spend: string, budget: string | null): Decimal | null => (budget && new Decimal(budget).gt(0) ? new Decimal(spend).div(budget).times(100) : null);

/**
 * One `llm.usage` event, in one transaction: the ai_usage_logs row (keyed by the event id, so a
 * redelivery stops here), its cost allocation to the resolved cost center in the event's month,
 * the usage session's LLM totals, then the budget check up the hierarchy: each cost center of the
 * chain (locked in id order, so concurrent usage sees each other's spend) whose own-plus-children
 * spend crossed a threshold for the first time this period publishes `budget.threshold_crossed`.
 */
export async function recordLlmUsage(deps: { db: AnalyticsDb; events: EventBus; logger: Logger }, usage: LlmUsage, eventId: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    const costs = new UsageCostStore(tx);
    const centers = new CostCenterStore(tx);
    const fresh = await costs.insertUsage({
      id: eventId,
      userId: usage.userId,
      organizationId: usage.organizationId,
      provider: usage.provider,
      model: usage.model,
      operation: usage.operation,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      cost: usage.cost,
      latencyMs: usage.latencyMs,
      success: usage.success,
      errorCode: usage.errorCode,
      metadata: { requestId: usage.requestId, sessionId: usage.sessionId },
      at: usage.at,
    });
    if (!fresh) return;
    const at = new Date(usage.at);
    const month = monthOf(at);
    const tokens = usage.inputTokens + usage.outputTokens;
    if (usage.sessionId) await costs.addToSession(usage.sessionId, usage.userId, tokens, usage.cost, usage.at);
    const costCenterId = await centers.resolve(usage.userId, usage.organizationId);
    const chain = await centers.lockChain(costCenterId);
    await costs.insertAllocation({
      id: eventId,
      billingPeriod: month.start,
      userId: usage.userId,
      organizationId: usage.organizationId,
      costCenterId,
      resourceId: `${usage.provider}/${usage.model}`.slice(0, 255),
      cost: usage.cost,
      tokens,
      breakdown: { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, operation: usage.operation },
      at: usage.at,
    });
    if (new Decimal(usage.cost).isZero()) return;
    for (const link of chain) await checkBudgets(tx, deps.events, link, at);
    // A hard limit the chain has just reached starts refusing (once; it stays until the period ends).
    for (const link of chain) {
      if (!link.hardLimit || (link.blockedUntil && link.blockedUntil > new Date())) continue;
      const state = await limitState(tx, link, at);
      if (state.blocked) await publishSpendLimit(tx, deps.events, link, state);
    }
  });
}

async function checkBudgets(tx: Parameters<Parameters<AnalyticsDb['$transaction']>[0]>[0], events: EventBus, link: ChainLink, at: Date) {
  const centers = new CostCenterStore(tx);
  const thresholds = [...new Set(link.alertThresholds ?? [80, 100])].sort((a, b) => a - b);
  for (const [kind, period, budget] of [
    ['monthly', monthOf(at), link.monthlyBudget],
    ['annual', yearOf(at), link.annualBudget],
  ] as const) {
    if (!budget) continue;
    const spend = await centers.subtreeSpend(link.id, period.start, period.end);
    const percent = percentOf(spend, budget);
    if (!percent) continue;
    for (const threshold of thresholds) {
      if (percent.lt(threshold)) break;
      if (!(await centers.noteAlert({ costCenterId: link.id, periodKind: kind, periodStart: period.start, threshold, spend, budget }))) continue;
      await events.publish(tx, EVENTS.budgetThresholdCrossed, {
        costCenterId: link.id,
        costCenterName: link.name,
        organizationId: link.organizationId,
        period: kind,
        periodStart: period.start,
        thresholdPercent: threshold,
        spend,
        budget,
        blocking: link.hardLimit && threshold >= 100,
        at: new Date().toISOString(),
      });
    }
  }
}

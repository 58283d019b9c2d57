import { EVENTS, type EventBus } from '@atrium/kernel';
import type { DbClient } from '../../db.js';
import { percentOf } from './ingest.js';
import { monthOf, yearOf } from './periods.js';
import { CostCenterStore } from './store.js';

/**
 * Hard limits. A hard-limited cost center whose monthly or annual budget is spent (its subtree's
 * spend ≥ 100%) refuses further LLM calls charged to it or a descendant until the period ends. The
 * state travels to conversations as `llm.spend_limit_changed` (newest state per cost center), with
 * who is charged there, so the refusal is decided where the call is made, without a round trip.
 * `blocked_until` remembers what was published last.
 */
export async function publishSpendLimit(tx: DbClient, events: EventBus, center: { id: string; name: string }, state: { blocked: boolean; until: Date | null; reason: string }) {
  const store = new CostCenterStore(tx);
  await store.setBlockedUntil(center.id, state.blocked ? state.until : null);
  const { subjects, exemptUserIds } = await store.limitSubjects(await store.subtreeIds(center.id));
  await events.publish(tx, EVENTS.llmSpendLimitChanged, {
    costCenterId: center.id,
    costCenterName: center.name,
    blocked: state.blocked,
    until: state.until?.toISOString() ?? null,
    reason: state.reason,
    subjects,
    exemptUserIds,
    at: new Date().toISOString(),
  });
}

/** Whether a cost center's hard limit holds now, and until when (the later end of a spent month or year). */
export async function limitState(tx: DbClient, center: { id: string; name: string; hardLimit: boolean; monthlyBudget: string | null; annualBudget: string | null }, at = new Date()) {
  if (!center.hardLimit) return { blocked: false, until: null, reason: `The hard limit of cost center "${center.name}" is off` };
  const store = new CostCenterStore(tx);
  const spent: string[] = [];
  let until: Date | null = null;
  for (const [kind, period, budget] of [
    ['monthly', monthOf(at), center.monthlyBudget],
    ['annual', yearOf(at), center.annualBudget],
  ] as const) {
    if (!budget) continue;
    const spend = await store.subtreeSpend(center.id, period.start, period.end);
    if (percentOf(spend, budget)?.gte(100)) {
      spent.push(`its ${kind} budget of ${budget} USD is spent (${spend} USD since ${period.start})`);
      const end = new Date(`${period.end}T00:00:00Z`);
      if (!until || end > until) until = end;
    }
  }
  if (!until) return { blocked: false, until: null, reason: `Cost center "${center.name}" is within its budgets` };
  return { blocked: true, until, reason: `Cost center "${center.name}" refuses LLM calls until ${until.toISOString().slice(0, 10)}: ${spent.join('; ')}` };
}

/** Recompute and publish the hard limit of these cost centers when it holds or held (after a budget, limit or mapping change). */
export async function refreshSpendLimits(tx: DbClient, events: EventBus, ids: readonly string[]) {
  if (ids.length === 0) return;
  const centers = await tx.costCenter.findMany({ where: { id: { in: [...ids] } } });
  for (const c of centers) {
    const state = await limitState(tx, { id: c.id, name: c.name, hardLimit: c.hardLimit, monthlyBudget: c.monthlyBudget?.toFixed(2) ?? null, annualBudget: c.annualBudget?.toFixed(2) ?? null });
    const wasBlocked = c.blockedUntil !== null && c.blockedUntil > new Date();
    if (state.blocked || wasBlocked) await publishSpendLimit(tx, events, c, state);
  }
}

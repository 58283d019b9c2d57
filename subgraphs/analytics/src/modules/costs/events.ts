import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AnalyticsDb } from '../../db.js';
import { recordLlmUsage } from './ingest.js';
import { refreshSpendLimits } from './limits.js';
import { CostCenterStore } from './store.js';

type Deps = SubgraphServices<AnalyticsDb, unknown>;

/**
 * Identity's team membership changes, kept per (team, user) so a team's cost center mapping
 * applies to its members. A hard limit held by the team's or the organization's cost center is
 * published again: who it refuses (members, exempt users) moved.
 */
async function applyTeamMembership(deps: Deps, event: { teamId: string; organizationId: string; userId: string; at: string }, isMember: boolean) {
  await deps.db.$transaction(async (tx) => {
    const store = new CostCenterStore(tx);
    await store.applyTeamMembership({ ...event, isMember });
    const centers = await store.centersOfTeam(event.teamId, event.organizationId);
    const chains = (await Promise.all(centers.map((id) => store.ancestorIds(id)))).flat();
    await refreshSpendLimits(tx, deps.events, [...new Set(chains)]);
  });
}

/** LLM usage from conversations (and later knowledge): stored and allocated once per event. Team memberships from identity. */
export const costEvents = [
  on(EVENTS.llmUsage, async (usage, deps: Deps, meta) => recordLlmUsage(deps, usage, meta.eventId)),
  on(EVENTS.teamMemberAdded, async (event, deps: Deps) => applyTeamMembership(deps, event, true)),
  on(EVENTS.teamMemberRemoved, async (event, deps: Deps) => applyTeamMembership(deps, event, false)),
];

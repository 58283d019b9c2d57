import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AnalyticsDb } from '../../db.js';
import { recordLlmUsage } from './ingest.js';

type Deps = SubgraphServices<AnalyticsDb, unknown>;

/** LLM usage from conversations (and later knowledge): stored and allocated once per event. */
export const costEvents = [on(EVENTS.llmUsage, async (usage, deps: Deps, meta) => recordLlmUsage(deps, usage, meta.eventId))];

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { addJob, type RawExecutor } from './jobs.js';
import type { Logger } from './logger.js';

/**
 * The event catalog: every cross-domain fact one subgraph tells the others, declared once with
 * its name, version and payload schema. A producer calls `events.publish(tx, EVENTS.x, payload)`
 * inside its own transaction; that enqueues one graphile-worker job per consuming subgraph, so
 * a rolled-back change tells nobody and a committed one reaches every consumer even if it is
 * down. Consumers declare what they handle (`on(EVENTS.x, handler)` in their definition) and
 * parse the payload with the same schema. Producers never name a consumer or a task.
 *
 * Names say what happened, in the past tense, by the entity they are about; a payload change
 * that old consumers cannot read is a new version.
 */
export interface EventType<P = unknown> {
  name: string;
  version: number;
  payload: z.ZodType<P>;
  /** When it is published, for readers of the catalog. */
  description: string;
}

/** Declare an event type for the catalog. */
export const defineEvent = <S extends z.ZodType>(name: string, version: number, payload: S, description: string): EventType<z.output<S>> => ({
  name,
  version,
  payload: payload as unknown as z.ZodType<z.output<S>>,
  description,
});

const id = z.uuid();
const actor = id.nullable();
const stateTime = z.iso.datetime({ offset: true });
/** A protected object as the authorization domain registers it: catalog type and domain id. */
const objectRef = z.object({ resourceType: z.string().regex(/^[a-z][a-z0-9_]*$/), resourceId: z.string().min(1).max(255) });

/**
 * One request the gateway served, as its usage capture records it (analytics' api_usage_logs).
 * `id` is the capture's own id, unique per request and kept through redeliveries (the dedupe key);
 * `requestId` may come from the client (`x-request-id`) and so is not unique. Never carries
 * headers that authenticate (Authorization, cookies) nor the values of sensitive variables.
 */
export const apiUsageEntry = z.object({
  id,
  requestId: z.string().min(1).max(255),
  method: z.string().max(10),
  operationName: z.string().max(255).nullable(),
  operationType: z.enum(['query', 'mutation', 'subscription']).nullable(),
  /** The persisted / automatic persisted query hash the client sent, if any. */
  persistedId: z.string().max(128).nullable(),
  /** Subgraphs fetched while serving it, with their total fetch time. */
  subgraphs: z.array(z.object({ name: z.string().max(100), ms: z.number().nonnegative(), fetches: z.number().int().nonnegative() })).max(50),
  status: z.number().int(),
  errorCode: z.string().max(100).nullable(),
  errorCount: z.number().int().nonnegative(),
  latencyMs: z.number().nonnegative(),
  requestBytes: z.number().int().nonnegative(),
  responseBytes: z.number().int().nonnegative(),
  userId: id.nullable(),
  sessionId: id.nullable(),
  clientIp: z.string().max(45).nullable(),
  userAgent: z.string().max(512).nullable(),
  /** Variables with sensitive values replaced and long strings elided (gateway/src/usage.ts). */
  variables: z.record(z.string(), z.unknown()).nullable(),
  /**
   * Schema coordinates the operation requested (`Type.field`, and `Type.field.arg` for arguments
   * it passed), computed once per distinct operation at the gateway; empty when it never resolved.
   */
  fields: z.array(z.string().max(300)).max(2000).default([]),
  at: stateTime,
});
export type ApiUsageEntry = z.infer<typeof apiUsageEntry>;
/** An exact decimal amount as text (never a float): `0.002500`. */
const decimalText = z.string().regex(/^\d{1,12}(\.\d{1,10})?$/, 'must be a non-negative decimal');

/** What an audit event says (audit.recorded); authentication facts also go to analytics as user.activity. */
const auditPayload = z.object({
  eventType: z.string().min(1).max(100),
  eventCategory: z.enum(['authentication', 'authorization', 'data_change', 'data_access', 'system']),
  /** `<subgraph>.Mutation.<field>`: the operation that produced it. */
  operation: z.string().max(255),
  actorId: actor,
  sessionId: id.nullable(),
  ipAddress: z.string().max(100).nullable(),
  userAgent: z.string().max(500).nullable(),
  requestId: z.string().max(255).nullable(),
  serviceName: z.string().max(100),
  resourceType: z.string().max(100).nullable(),
  resourceId: z.string().max(255).nullable(),
  resourceName: z.string().max(255).nullable(),
  organizationId: id.nullable(),
  oldValues: z.record(z.string(), z.unknown()).nullable(),
  newValues: z.record(z.string(), z.unknown()).nullable(),
  changedFields: z.array(z.string()),
  riskLevel: z.enum(['low', 'medium', 'high', 'critical']),
  complianceRelevant: z.boolean(),
  description: z.string().max(2000).nullable(),
  additionalData: z.record(z.string(), z.unknown()),
  /** Whether it was published in the transaction of the change (false: right after an autocommit write). */
  inTransaction: z.boolean(),
  at: stateTime,
});

export const EVENTS = {
  // `at` (user events): when identity recorded the state, by the database clock under the user's
  // row lock, so a consumer keeping the state orders deliveries that arrive late or twice.
  userRegistered: defineEvent(
    'user.registered',
    1,
    // backfill: an account that existed before user events carried its state, announced once
    // so consumers know of it; they record it and set nothing up (it was set up when it signed up).
    z.object({ userId: id, at: stateTime, backfill: z.boolean().optional() }),
    'A user signed up: a new account the other domains set up for (default roles...).',
  ),
  userDeactivated: defineEvent(
    'user.deactivated',
    1,
    z.object({ userId: id, deactivatedBy: actor, at: stateTime }),
    'A user account was deactivated: its sessions ended, and consumers end what the user was granted.',
  ),
  sessionEnded: defineEvent(
    'session.ended',
    1,
    z.object({ userId: id, sessionIds: z.array(id).min(1).max(1000), reason: z.string().min(1).max(50), at: stateTime }),
    "A user's session families ended (logout, refresh-token reuse): their tokens are refused from now on; analytics ends their usage sessions.",
  ),
  userReactivated: defineEvent('user.reactivated', 1, z.object({ userId: id, reactivatedBy: actor, at: stateTime }), 'A deactivated account may sign in again. Grants ended at deactivation stay ended.'),
  organizationCreated: defineEvent(
    'organization.created',
    1,
    z.object({ organizationId: id, parentId: id.nullable(), name: z.string(), createdBy: actor }),
    'An organization (tenant) was created; its creator is its owner.',
  ),
  organizationUpdated: defineEvent('organization.updated', 1, z.object({ organizationId: id, name: z.string(), status: z.string() }), 'An organization changed its name or status.'),
  organizationMoved: defineEvent('organization.moved', 1, z.object({ organizationId: id, parentId: id.nullable(), previousParentId: id.nullable() }), 'An organization got a new parent in the hierarchy.'),
  organizationDeleted: defineEvent('organization.deleted', 1, z.object({ organizationId: id }), 'An organization was deleted.'),
  // `at` (member and resource events): the database clock in the producer's transaction, read
  // after the row was written (its lock orders two changes of one object), so the consumer keeps
  // the newest state of each membership or object whatever order deliveries arrive in.
  memberAdded: defineEvent(
    'member.added',
    1,
    z.object({ organizationId: id, userId: id, roleId: id, isOwner: z.boolean(), at: stateTime }),
    "A user joined an organization with an organization role: the authorization domain grants that role scoped to the organization's resource.",
  ),
  memberChanged: defineEvent('member.changed', 1, z.object({ organizationId: id, userId: id, roleId: id, isOwner: z.boolean(), at: stateTime }), "A member's organization role or ownership changed."),
  memberRemoved: defineEvent('member.removed', 1, z.object({ organizationId: id, userId: id, at: stateTime }), 'A user left an organization: the organization role it held there ends.'),
  teamMemberAdded: defineEvent(
    'team.member_added',
    1,
    z.object({ teamId: id, organizationId: id, userId: id, at: stateTime }),
    "A member of an organization joined one of its teams: analytics charges the user's LLM usage in that organization to the team's cost center.",
  ),
  teamMemberRemoved: defineEvent(
    'team.member_removed',
    1,
    z.object({ teamId: id, organizationId: id, userId: id, at: stateTime }),
    'A user left a team (removed from it, from its organization, or the organization was deleted): its team cost center mapping no longer applies.',
  ),
  resourceUpserted: defineEvent(
    'resource.upserted',
    1,
    objectRef.extend({
      name: z.string().max(255).nullable(),
      ownerId: id.nullable(),
      /** The tenant the object belongs to (itself for an organization); null for none. */
      organizationId: id.nullable(),
      /** The object it belongs to (its organization, or a parent object); null for none. */
      parent: objectRef.nullable(),
      attributes: z.record(z.string(), z.unknown()).default({}),
      at: stateTime,
    }),
    'A tenant-owned object was created or changed: the authorization domain registers it as a resource (see resources.ts).',
  ),
  resourceDeleted: defineEvent('resource.deleted', 1, objectRef.extend({ at: stateTime }), 'A tenant-owned object was deleted: its resource is deactivated, and a late upsert cannot bring it back.'),
  // ── Analytics (issue 13): usage captured at the gateway, LLM usage, budgets. ──────────────
  apiUsageRecorded: defineEvent(
    'api.usage_recorded',
    1,
    z.object({ entries: z.array(apiUsageEntry).min(1).max(1000) }),
    'A batch of requests the gateway served (one entry per request, already redacted): analytics stores them as api_usage_logs and usage sessions.',
  ),
  systemMetricsSampled: defineEvent(
    'system.metrics_sampled',
    1,
    z.object({
      /** The service: `gateway` or a subgraph's name. */
      host: z.string().min(1).max(255),
      at: stateTime,
      samples: z
        .array(z.object({ id, metricName: z.string().min(1).max(100), value: z.number().finite(), tags: z.record(z.string(), z.string().max(255)).default({}) }))
        .min(1)
        .max(200),
    }),
    'A service sampled itself (sampler.ts: request rate, latency p50/p95, pool use, job queue depth): analytics stores each sample as a system_metrics row.',
  ),
  llmUsage: defineEvent(
    'llm.usage',
    1,
    z.object({
      provider: z.string().min(1).max(100),
      model: z.string().min(1).max(255),
      operation: z.enum(['chat', 'agent', 'embedding', 'document']),
      inputTokens: z.number().int().nonnegative(),
      outputTokens: z.number().int().nonnegative(),
      cost: decimalText,
      latencyMs: z.number().int().nonnegative(),
      success: z.boolean(),
      errorCode: z.string().max(100).nullable(),
      userId: id.nullable(),
      organizationId: id.nullable(),
      requestId: z.string().max(255).nullable(),
      /** The caller's session (token `sid`), for usage sessions. */
      sessionId: id.nullable().default(null),
      at: stateTime,
    }),
    'An LLM call (or an agent run of several) finished or failed: analytics keeps it (ai_usage_logs) and allocates its cost to a cost center.',
  ),
  budgetThresholdCrossed: defineEvent(
    'budget.threshold_crossed',
    1,
    z.object({
      costCenterId: id,
      costCenterName: z.string(),
      organizationId: id.nullable(),
      period: z.enum(['monthly', 'annual']),
      /** First day of the month or year. */
      periodStart: z.iso.date(),
      thresholdPercent: z.number().int().positive(),
      spend: decimalText,
      budget: decimalText,
      /** The cost center refuses further LLM calls (hard limit reached). */
      blocking: z.boolean(),
      at: stateTime,
    }),
    "A cost center's spend (its own and its descendants') crossed a budget threshold for the first time in a period (80% and 100% by default).",
  ),
  llmSpendLimitChanged: defineEvent(
    'llm.spend_limit_changed',
    1,
    z.object({
      costCenterId: id,
      costCenterName: z.string(),
      /** Calls charged to the cost center (or a descendant) are refused while blocked and `until` is ahead. */
      blocked: z.boolean(),
      until: stateTime.nullable(),
      /** Why, for the refusal's message: which budget is spent. */
      reason: z.string().max(500),
      /** Who is charged there: a user (for usage in `organizationId`, or anywhere when null) or an organization. */
      subjects: z.array(z.object({ subjectType: z.enum(['user', 'organization']), subjectId: id, organizationId: id.nullable() })).max(10_000),
      /** Users of those organizations charged elsewhere by a mapping of their own: not refused. */
      exemptUserIds: z.array(id).max(10_000),
      at: stateTime,
    }),
    "A cost center's hard limit started or stopped refusing LLM calls: conversations keeps the newest state per cost center and checks it before calling a provider.",
  ),
  // ── End of analytics events. ─────────────────────────────────────────────────────────────

  // ── Compliance (issue 12): the audit trail. Every Mutation field of every subgraph publishes
  // one through the kernel's audit hook (audit.ts), in the transaction of its change.
  auditRecorded: defineEvent(
    'audit.recorded',
    1,
    auditPayload,
    'Something was changed or attempted through a mutation (or a sign-in failed): compliance appends it to the hash-chained audit log. Secrets never appear in its values.',
  ),
  // Privacy (issue 12 §6): consent per user and purpose, kept by compliance. `at` orders late or
  // repeated deliveries; a consumer keeps the newest state per (user, purpose).
  consentChanged: defineEvent(
    'consent.changed',
    1,
    z.object({ userId: id, purpose: z.string().min(1).max(100), granted: z.boolean(), expiresAt: stateTime.nullable(), at: stateTime }),
    "A user gave or withdrew consent to a purpose of the processing register: the services processing for it keep the newest state and check it before they process (analytics' activity tracking).",
  ),
  // AI safety (issue 12 §7, 003 ai_compliance_logs): what went into and came out of a model call.
  // The text travels raw (bounded) to compliance, which checks it and keeps only masked excerpts.
  aiOperationLogged: defineEvent(
    'ai.operation_logged',
    1,
    z.object({
      operation: z.enum(['chat', 'agent', 'document']),
      provider: z.string().min(1).max(100),
      model: z.string().min(1).max(255),
      userId: id.nullable(),
      organizationId: id.nullable(),
      requestId: z.string().max(255).nullable(),
      /** What the call produced or belongs to: a message, an agent execution. */
      resourceType: z.string().max(100),
      resourceId: z.string().max(255),
      input: z.string().max(20_000),
      output: z.string().max(20_000),
      success: z.boolean(),
      at: stateTime,
    }),
    'An LLM operation finished (a message answered, an agent run): compliance runs its safety checks and keeps an ai_compliance_logs record with masked excerpts.',
  ),
  encryptionRegistered: defineEvent(
    'encryption.registered',
    1,
    z.object({
      service: z.string().regex(/^[a-z][a-z0-9_]*$/),
      entries: z
        .array(
          z.object({
            /** Schema-qualified: `identity.users`. */
            table: z.string().min(1).max(255),
            column: z.string().min(1).max(255),
            recordId: z.string().min(1).max(255),
            /** null: the value was cleared, the entry goes. */
            keyId: id.nullable(),
            algorithm: z.string().max(50).nullable(),
            iv: z.string().max(255).nullable(),
            encryptedBy: actor,
            at: stateTime,
          }),
        )
        .min(1)
        .max(500),
    }),
    'An owning subgraph wrote (or cleared) values under managed data keys (keys.ts): compliance keeps encrypted_data_registry, newest write per record.',
  ),
  encryptionKeyRotated: defineEvent(
    'encryption_key.rotated',
    1,
    z.object({ keyId: id, previousKeyId: id, services: z.array(z.string()).min(1), at: stateTime }),
    'A data key was rotated: the services it serves re-encrypt their registered values under the new active key (their re-encryption job).',
  ),
  // Sign-in facts for analytics' activity tracking (issue 13 §3): the authentication audit events
  // only, so every other mutation enqueues no job for analytics.
  userActivity: defineEvent('user.activity', 1, auditPayload, 'A sign-in, failed sign-in, sign-out, token refresh, lockout or sign-up (the authentication audit events): analytics keeps it as user activity where the user consents to tracking.'),
  // Data-subject requests (issue 12 §6): compliance asks every subgraph that declares `subjectData`
  // (subject-data.ts) for its part of a verified export or erasure, and each answers once.
  subjectDataRequested: defineEvent(
    'subject_data.requested',
    1,
    z.object({ requestId: id, userId: id, action: z.enum(['export', 'erase']), at: stateTime }),
    "A verified data-subject request needs each subgraph's part: what it holds about the user (export), or erase it and count what remains (erase). The kernel consumes it for every subgraph declaring subjectData.",
  ),
  subjectDataContributed: defineEvent(
    'subject_data.contributed',
    1,
    z.object({
      requestId: id,
      subgraph: z.string().regex(/^[a-z][a-z0-9_]*$/),
      action: z.enum(['export', 'erase']),
      /** Export: rows per table (secrets never included). */
      sections: z.record(z.string(), z.array(z.unknown())).nullable(),
      /** Erase: rows deleted or anonymized per table. */
      counts: z.record(z.string(), z.number().int().nonnegative()).nullable(),
      /** Erase: the verification pass, rows per table still holding the subject's personal data. */
      remaining: z.record(z.string(), z.number().int().nonnegative()).nullable(),
      at: stateTime,
    }),
    "One subgraph's part of a data-subject request: compliance records it once per (request, subgraph) and completes the request when every participant answered.",
  ),
  // ── end of compliance events
} as const;

/** The envelope every event job carries: who, what and when, around the payload. */
export const envelope = z.object({ id: z.uuid(), event: z.string(), version: z.number().int(), occurredAt: z.iso.datetime({ offset: true }), payload: z.unknown() });
export type Envelope = z.infer<typeof envelope>;

/** The graphile-worker task a consumer handles an event with. */
export const eventTask = (consumer: string, event: Pick<EventType, 'name' | 'version'>) => `${consumer}:${event.name}:v${event.version}`;

/** A consumer's declaration: this event, handled like this. */
export interface EventHandler<Deps = unknown> {
  event: EventType<any>;
  handle(payload: any, deps: Deps, meta: { eventId: string; occurredAt: string; attempt: number }): Promise<void>;
}

/** Declare that a subgraph consumes `event`. Handlers must be idempotent: a job can run twice. */
export function on<P, Deps>(event: EventType<P>, handle: (payload: P, deps: Deps, meta: { eventId: string; occurredAt: string; attempt: number }) => Promise<void>): EventHandler<Deps> {
  return { event, handle };
}

export interface PublishOptions {
  /**
   * Deduplication key: while a delivery with the same key waits in a consumer's queue, a new
   * one replaces it (e.g. the user id for `user.registered`).
   */
  key?: string;
}

/** Publishes catalog events; one per process, routed from the registered subgraphs. */
export interface EventBus {
  publish<P>(tx: RawExecutor, event: EventType<P>, payload: P, options?: PublishOptions): Promise<void>;
  /** Which subgraphs consume an event (for tests, docs and the failed-jobs view). */
  consumersOf(event: Pick<EventType, 'name' | 'version'>): string[];
}

/** Consumers by event, from the registered subgraphs' declarations. */
export function eventRoutes(subgraphs: readonly { name: string; events?: readonly EventHandler<never>[]; subjectData?: unknown }[]): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  for (const subgraph of subgraphs) {
    // A subgraph declaring subjectData consumes subject_data.requested through the kernel (subject-data.ts).
    const handled = [...(subgraph.events ?? []).map((h) => h.event), ...(subgraph.subjectData ? [EVENTS.subjectDataRequested] : [])];
    for (const event of handled) {
      const key = eventTask('', event);
      const consumers = routes.get(key) ?? [];
      if (consumers.includes(subgraph.name)) throw new Error(`${subgraph.name} declares two handlers for ${event.name} v${event.version}`);
      routes.set(key, [...consumers, subgraph.name]);
    }
  }
  return routes;
}

/**
 * The process's event bus. `publish` validates the payload with the event's schema (a producer
 * bug fails its own transaction, it does not poison a queue), then enqueues one job per
 * consumer through the caller's transaction.
 */
export function createEventBus(options: { routes: Map<string, string[]>; maxAttempts: number; logger?: Logger }): EventBus {
  const consumersOf = (event: Pick<EventType, 'name' | 'version'>) => options.routes.get(eventTask('', event)) ?? [];
  return {
    consumersOf,
    async publish(tx, event, payload, publishOptions = {}) {
      const parsed = event.payload.safeParse(payload);
      if (!parsed.success) throw new Error(`${event.name} v${event.version}: invalid payload: ${z.prettifyError(parsed.error)}`);
      const message: Envelope = { id: randomUUID(), event: event.name, version: event.version, occurredAt: new Date().toISOString(), payload: parsed.data };
      for (const consumer of consumersOf(event)) {
        const task = eventTask(consumer, event);
        await addJob(tx, task, message, { jobKey: publishOptions.key ? `${task}:${publishOptions.key}` : undefined, maxAttempts: options.maxAttempts });
      }
      options.logger?.debug({ event: event.name, version: event.version, eventId: message.id, consumers: consumersOf(event) }, 'event published');
    },
  };
}

/**
 * The graphile-worker tasks of one consumer: each parses the envelope and the payload with the
 * event's own schema, then calls the handler. A payload that does not parse (a producer on
 * another version) fails the job, which the queue retries and finally keeps as a failed job:
 * it is never dropped.
 */
export function consumerTasks<Deps>(consumer: string, handlers: readonly EventHandler<Deps>[], deps: Deps): Record<string, (payload: unknown, helpers: { job: { attempts: number } }) => Promise<void>> {
  const tasks: Record<string, (payload: unknown, helpers: { job: { attempts: number } }) => Promise<void>> = {};
  for (const handler of handlers) {
    const task = eventTask(consumer, handler.event);
    tasks[task] = async (raw, helpers) => {
      const outer = envelope.safeParse(raw);
      if (!outer.success) throw new Error(`${task}: not an event envelope: ${z.prettifyError(outer.error)}`);
      const payload = handler.event.payload.safeParse(outer.data.payload);
      if (!payload.success) throw new Error(`${task}: payload does not match ${handler.event.name} v${handler.event.version}: ${z.prettifyError(payload.error)}`);
      await handler.handle(payload.data, deps, { eventId: outer.data.id, occurredAt: outer.data.occurredAt, attempt: helpers.job.attempts });
    };
  }
  return tasks;
}

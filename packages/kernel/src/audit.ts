import { AsyncLocalStorage } from 'node:async_hooks';
import { getNamedType, isObjectType, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { BaseContext } from './context.js';
import { EVENTS, type EventBus } from './events.js';
import type { RawExecutor } from './jobs.js';

/**
 * Audit of every mutation (issue 12 §1), one kernel mechanism for every subgraph.
 *
 * `auditMutations(schema, …)` wraps every `Mutation` field of a subgraph's schema: the resolver
 * runs inside an audit scope (AsyncLocalStorage). `auditTransactions(db)` hooks the subgraph
 * client's interactive `$transaction`: when a transaction opened inside a mutation's scope
 * commits its work, the audit event (`audit.recorded`) is published in that same transaction
 * before it commits, so a rolled-back change is never audited and a committed one always is.
 * A mutation that wrote nothing in an interactive transaction (single autocommit statements,
 * or no write at all) gets its event right after it succeeded, marked `inTransaction: false`.
 *
 * The generic event says what the field did (verb of its name), by whom, to which object (the
 * result's id, type, name and organization) and with which values. Services say more where
 * they know more: `auditBefore(row)` gives the old state (changed fields are then computed key
 * by key, 001 §5.2.1), `recordAudit(tx, …)` publishes an explicit event (sign-in failures,
 * lockouts, refresh-token reuse). Secrets never reach old or new values ({@link isSecretKey}).
 */

export type AuditCategory = 'authentication' | 'authorization' | 'data_change' | 'data_access' | 'system';
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** What a service may say about one audited fact; the scope fills in actor, request and service. */
export interface AuditRecord {
  eventType: string;
  eventCategory?: AuditCategory;
  resourceType?: string | null;
  resourceId?: string | null;
  resourceName?: string | null;
  organizationId?: string | null;
  oldValues?: Record<string, unknown> | null;
  newValues?: Record<string, unknown> | null;
  riskLevel?: RiskLevel;
  complianceRelevant?: boolean;
  description?: string | null;
  /** Who acted, when it is not the caller (a sign-in: the account signing in). */
  actorId?: string | null;
  additionalData?: Record<string, unknown>;
  /** Default: computed key by key from old and new values. */
  changedFields?: string[];
}

/** Per-field overrides a subgraph may declare (`audit` in its definition). */
export type AuditFieldSpec = Partial<Pick<AuditRecord, 'eventType' | 'eventCategory' | 'riskLevel' | 'complianceRelevant' | 'resourceType'>>;
export type AuditMap = Record<string, AuditFieldSpec>;

interface Scope {
  service: string;
  field: string;
  spec: AuditFieldSpec;
  args: Record<string, unknown>;
  returnType: string;
  returnObject?: GraphQLObjectType;
  ctx: BaseContext;
  events: EventBus;
  /** An event for this field went out (in a transaction that committed, or right away). */
  published: boolean;
  /** Interactive transactions of this scope now open. */
  openTx: number;
  before?: { row: Record<string, unknown>; resourceType?: string };
  /** What the service added for the generic event's additional data (auditDetail). */
  detail?: Record<string, unknown>;
  closed: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

/** Keys whose values never enter an audit row: password and token hashes, key material, MFA secrets. */
const SECRET_KEY = /(password|secret|token|hash|api_?key|apikey|key_?material|private_?key|backup_?codes|mfa_?last|credential|encrypted|otp)/i;
export const isSecretKey = (key: string) => SECRET_KEY.test(key);

const MAX_STRING = 2000;

/** A JSON-safe copy without secrets: dates as ISO text, long strings cut, depth bounded. */
export function sanitizeValues(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (depth >= 3) return '[nested]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => sanitizeValues(v, depth + 1));
  if (ArrayBuffer.isView(value)) return '[binary]';
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isSecretKey(k) || typeof v === 'function') continue;
    const clean = sanitizeValues(v, depth + 1);
    if (clean !== undefined) out[k] = clean;
  }
  return out;
}

/** Scalar fields of an object (its own columns), without secrets. */
function rowValues(row: unknown): Record<string, unknown> | null {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (isSecretKey(k) || k === '__typename') continue;
    if (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)) continue;
    if (Array.isArray(v) && v.some((e) => e !== null && typeof e === 'object')) continue;
    out[k] = sanitizeValues(v);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changed fields key by key (001 §5.2.1): every key whose value differs between the two raw
 * states, secret keys included by name (a password change is a change) though never by value.
 */
export function changedFields(oldRow: Record<string, unknown> | null | undefined, newRow: Record<string, unknown> | null | undefined): string[] {
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  const keys = new Set([...Object.keys(oldRow ?? {}), ...Object.keys(newRow ?? {})]);
  return [...keys].filter((k) => k !== '__typename' && !same(norm(oldRow?.[k]), norm(newRow?.[k]))).sort();
}

/** The verb of a mutation field: create, update, delete, login, logout, permission_change... */
export function eventTypeOf(field: string): string {
  if (/^(login|signIn)/.test(field)) return 'login';
  if (/^(logout|signOut)/.test(field)) return 'logout';
  if (/^refresh/.test(field)) return 'token_refresh';
  if (/Mfa$/.test(field)) return 'mfa_change';
  if (/^(assignRole|revokeRole|delegateRole|grantPermission|revokePermission|approveGrant|updateUserRole|updateUserPermission|addRolePermission|updateRolePermission|removeRolePermission)$/.test(field))
    return 'permission_change';
  if (/^(create|register|add|send|run|enroll|retry)/.test(field)) return 'create';
  if (/^(delete|remove)/.test(field)) return 'delete';
  return 'update';
}

function categoryOf(service: string, eventType: string): AuditCategory {
  if (['login', 'logout', 'token_refresh', 'mfa_change', 'login_failed', 'account_locked', 'refresh_token_reuse'].includes(eventType)) return 'authentication';
  if (eventType === 'permission_change' || service === 'authorization') return 'authorization';
  return 'data_change';
}

function riskOf(eventType: string, category: AuditCategory): RiskLevel {
  if (eventType === 'refresh_token_reuse' || eventType === 'account_locked') return 'high';
  if (eventType === 'permission_change' || eventType === 'delete' || eventType === 'login_failed' || eventType === 'mfa_change') return 'medium';
  return category === 'authorization' ? 'medium' : 'low';
}

const isEntity = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { id?: unknown }).id === 'string';

/** The object a mutation acted on: its result when it has an id, else the one nested object with an id. */
function resourceOf(result: unknown, args: Record<string, unknown>): { row: Record<string, unknown> | null; id: string | null; key?: string } {
  if (isEntity(result)) return { row: result, id: result.id as string };
  if (result && typeof result === 'object') {
    const nested = Object.entries(result).filter(([, v]) => isEntity(v));
    if (nested.length === 1) return { row: nested[0]![1], id: nested[0]![1].id as string, key: nested[0]![0] };
  }
  const input = (args.input ?? {}) as Record<string, unknown>;
  const id = [args.id, input.id, args.conversationId, args.messageId, args.documentId, args.agentId].find((v) => typeof v === 'string') as string | undefined;
  return { row: null, id: id ?? null };
}

const nameOf = (row: Record<string, unknown> | null) => {
  const v = row && (row.name ?? row.title ?? row.displayName ?? row.email ?? row.username ?? row.keyName);
  return typeof v === 'string' ? v.slice(0, 255) : null;
};

function organizationOf(row: Record<string, unknown> | null, resourceType: string | null, args: Record<string, unknown>): string | null {
  if (row && resourceType === 'Organization' && typeof row.id === 'string') return row.id;
  const input = (args.input ?? {}) as Record<string, unknown>;
  const v = row?.organizationId ?? args.organizationId ?? input.organizationId;
  return typeof v === 'string' ? v : null;
}

/** Build the payload of `audit.recorded` from the scope and what is known. */
function payloadOf(scope: Scope, record: AuditRecord, inTransaction: boolean) {
  const { ctx } = scope;
  const eventType = record.eventType;
  const eventCategory = record.eventCategory ?? scope.spec.eventCategory ?? categoryOf(scope.service, eventType);
  return {
    eventType,
    eventCategory,
    operation: `${scope.service}.Mutation.${scope.field}`,
    actorId: record.actorId !== undefined ? record.actorId : (ctx.principal?.userId ?? null),
    sessionId: ctx.principal?.sessionId ?? null,
    ipAddress: ctx.clientIp ?? null,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    requestId: ctx.requestId,
    serviceName: scope.service,
    resourceType: record.resourceType ?? null,
    resourceId: record.resourceId ?? null,
    resourceName: record.resourceName ?? null,
    organizationId: record.organizationId ?? null,
    oldValues: record.oldValues ? (sanitizeValues(record.oldValues) as Record<string, unknown>) : null,
    newValues: record.newValues ? (sanitizeValues(record.newValues) as Record<string, unknown>) : null,
    changedFields: record.changedFields ?? changedFields(record.oldValues, record.newValues),
    riskLevel: record.riskLevel ?? scope.spec.riskLevel ?? riskOf(eventType, eventCategory),
    complianceRelevant: record.complianceRelevant ?? scope.spec.complianceRelevant ?? (eventCategory !== 'data_change' || eventType === 'delete'),
    description: record.description ?? null,
    additionalData: (sanitizeValues(record.additionalData ?? {}) as Record<string, unknown>) ?? {},
    inTransaction,
  };
}

/** The generic event of the scope's field, from its result (or a transaction's) and its arguments. */
function genericRecord(scope: Scope, result: unknown): AuditRecord {
  const eventType = scope.spec.eventType ?? eventTypeOf(scope.field);
  const { row, id, key } = resourceOf(result, scope.args);
  // A payload's one object (AuthPayload.user): the type of that field.
  const nestedField = key && scope.returnObject ? scope.returnObject.getFields()[key] : undefined;
  const resourceType = scope.spec.resourceType ?? scope.before?.resourceType ?? (nestedField ? getNamedType(nestedField.type).name : row ? scope.returnType : null);
  const values = rowValues(row);
  const before = scope.before ? rowValues(scope.before.row) : null;
  const argsValues = sanitizeValues(scope.args) as Record<string, unknown>;
  const detail = scope.detail ?? {};
  if (eventType === 'delete') {
    return { eventType, resourceType, resourceId: id, resourceName: nameOf(before ?? row), organizationId: organizationOf(before ?? row, resourceType, scope.args), oldValues: before ?? values, newValues: null, additionalData: { arguments: argsValues, ...detail } };
  }
  // Without the old state, an update's changed fields are the ones it was asked to set.
  const asked = (scope.args.input && typeof scope.args.input === 'object' ? scope.args.input : scope.args) as Record<string, unknown>;
  const requested = Object.keys(asked).filter((k) => asked[k] !== undefined && k !== 'id').sort();
  return {
    eventType,
    resourceType,
    resourceId: id,
    resourceName: nameOf(row),
    organizationId: organizationOf(row, resourceType, scope.args),
    changedFields: before || eventType === 'create' ? undefined : requested,
    oldValues: before,
    // Without a result object, what was asked is what changed.
    newValues: values ?? ((argsValues.input as Record<string, unknown> | undefined) ?? argsValues),
    additionalData: values ? { arguments: argsValues, ...detail } : detail,
  };
}

async function publish(scope: Scope, executor: RawExecutor, record: AuditRecord): Promise<void> {
  const payload = payloadOf(scope, record, scope.openTx > 0);
  const event = { ...payload, at: new Date().toISOString() };
  await scope.events.publish(executor, EVENTS.auditRecorded, event);
  if (event.eventCategory === 'authentication') await scope.events.publish(executor, EVENTS.userActivity, event);
  scope.published = true;
}

/**
 * Publish an explicit audit event for the current mutation through `executor` (an open
 * transaction, so it commits with the change; or the client, for a fact that has no
 * transaction such as a refused sign-in). Outside a mutation it does nothing.
 */
export async function recordAudit(executor: RawExecutor, record: AuditRecord): Promise<void> {
  const scope = scopes.getStore();
  if (!scope || scope.closed) return;
  await publish(scope, executor, record);
}

/** The state of the object before this mutation changes it: the generic event then carries old values and changed fields. */
export function auditBefore(row: Record<string, unknown> | null | undefined, resourceType?: string): void {
  const scope = scopes.getStore();
  if (scope && row) scope.before = { row, resourceType };
}

/** Facts the generic event of this mutation should carry in its additional data (names a rule needs: the permissions a grant hands out). */
export function auditDetail(detail: Record<string, unknown>): void {
  const scope = scopes.getStore();
  if (scope) scope.detail = { ...scope.detail, ...detail };
}

/** A refusal of the coverage rule ("no one gives what they do not hold"): an attempted escalation. */
const isEscalationRefusal = (error: unknown): error is { message: string; extensions: { code: string; missing: string[] } } =>
  !!error && typeof error === 'object' && (error as { extensions?: { code?: unknown; missing?: unknown } }).extensions?.code === 'FORBIDDEN' && Array.isArray((error as { extensions: { missing?: unknown } }).extensions.missing);

type TransactionFn = (arg: unknown, options?: unknown) => Promise<unknown>;

/**
 * Hook a Prisma client's interactive transactions: inside a mutation's scope, the field's event
 * is published in the first transaction that commits work (unless an explicit one already was).
 * The transaction's options and connection use are untouched: one more INSERT per consumer.
 */
export function auditTransactions<T extends object>(client: T): T {
  const target = client as unknown as { $transaction: TransactionFn };
  const original = target.$transaction.bind(client) as TransactionFn;
  target.$transaction = (arg, options) => {
    const scope = scopes.getStore();
    if (typeof arg !== 'function' || !scope || scope.closed) return original(arg, options);
    const work = arg as (tx: RawExecutor) => Promise<unknown>;
    return original(async (tx: RawExecutor) => {
      const publishedBefore = scope.published;
      scope.openTx += 1;
      try {
        const result = await work(tx);
        if (!scope.published) await publish(scope, tx, genericRecord(scope, result));
        return result;
      } catch (error) {
        // Rolled back: whatever this transaction published did not happen.
        scope.published = publishedBefore;
        throw error;
      } finally {
        scope.openTx -= 1;
      }
    }, options);
  };
  return client;
}

/** The Mutation fields each running subgraph wrapped, by subgraph (the coverage test compares them with its schema). */
const wrappedFields = new Map<string, Set<string>>();
export const auditedFields = (service: string): string[] => [...(wrappedFields.get(service) ?? [])].sort();

/**
 * Run `work` as Mutation field `field` of `service` runs under {@link auditMutations}: in its audit
 * scope (its transactions carry its event), publishing the generic event through `executor`
 * when none went out, and the refused escalation's when it fails so. Without an event bus on the
 * context, just `work`. Exported for benchmarks that measure a mutation's own work without GraphQL.
 */
export function runAudited<T>(input: { service: string; field: string; returnType: GraphQLOutputType; args: Record<string, unknown>; ctx: BaseContext; executor: RawExecutor; map?: AuditMap }, work: () => Promise<T> | T): Promise<T> | T {
  const { ctx, args } = input;
  const events = (ctx as BaseContext & { events?: EventBus }).events;
  if (!events) return work();
  const returnType = getNamedType(input.returnType);
  const scope: Scope = {
    service: input.service,
    field: input.field,
    spec: input.map?.[input.field] ?? {},
    args,
    returnType: returnType.name,
    returnObject: isObjectType(returnType) ? returnType : undefined,
    ctx,
    events,
    published: false,
    openTx: 0,
    closed: false,
  };
  return scopes.run(scope, async () => {
    try {
      const result = await work();
      if (!scope.published) await publish(scope, input.executor, genericRecord(scope, result));
      return result;
    } catch (error) {
      // The change rolled back, but an attempted escalation is a security fact of its own.
      if (isEscalationRefusal(error) && !scope.published) {
        await publish(scope, input.executor, {
          eventType: 'escalation_refused',
          eventCategory: 'authorization',
          riskLevel: 'high',
          complianceRelevant: true,
          description: error.message,
          additionalData: { arguments: sanitizeValues(scope.args) as Record<string, unknown>, missing: error.extensions.missing },
        });
      }
      throw error;
    } finally {
      scope.closed = true;
    }
  });
}

/**
 * Wrap every Mutation field of `schema` in an audit scope. After the resolver succeeds, a field
 * whose event did not go out in a transaction gets it now, through the client (`executor`).
 */
export function auditMutations(schema: GraphQLSchema, options: { service: string; executor: RawExecutor; map?: AuditMap }): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const [name, field] of Object.entries(mutation.getFields())) {
    const resolve = (field.resolve ?? ((parent: Record<string, unknown>) => parent?.[name])) as GraphQLFieldResolver<unknown, BaseContext>;
    const wrapped: GraphQLFieldResolver<unknown, BaseContext> = (parent, args, ctx, info: GraphQLResolveInfo) =>
      runAudited({ ...options, field: name, returnType: field.type, args: args as Record<string, unknown>, ctx }, () => resolve(parent, args, ctx, info));
    field.resolve = wrapped;
    if (!wrappedFields.has(options.service)) wrappedFields.set(options.service, new Set());
    wrappedFields.get(options.service)!.add(name);
  }
  return schema;
}

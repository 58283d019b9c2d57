import { createHash, createHmac, createSecretKey } from 'node:crypto';
import { defaultFieldResolver, isObjectType, Kind, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { callDecisionPoint } from './authz.js';
import type { BaseContext } from './context.js';
import { encrypt, sha256 } from './crypto.js';
import { EVENTS, type EventBus } from './events.js';
import { internalUrl } from './internal.js';
import type { RawExecutor } from './jobs.js';

/**
 * Response masking (issue 12 §3). Each subgraph declares its classified fields (`classified` in
 * its definition: GraphQL `Type.field` → the `schema.table.column` a compliance data element
 * names). Every declared field's resolved value goes through {@link applyMasking}'s wrapper:
 *
 * - the object's owner (the data subject: a user reading their own email, the author of a
 *   message) always sees the value in clear, and nothing is fetched for it;
 * - otherwise the caller's masking plan is fetched once per request from compliance (the signed
 *   internal call `maskingPlan`, on the caller's bearer token) together with one decision of
 *   `compliance:unmask` (batched with the request's other decisions), and kept for that request
 *   only, like authorization decisions: a policy change shows on the next request;
 * - the plan names, per column, the masking rule the caller's highest-priority matching policy
 *   applies (none: clear) and whether the column's classification requires access logging;
 * - an unmask holder sees clear values; reads in clear of access-logged columns by anyone but
 *   the owner are counted and published as one `access` audit event per subgraph and request
 *   when the response is sent;
 * - when the plan cannot be had (compliance down, no bearer token to ask with), every declared
 *   field is redacted for everyone but the owner: masking fails closed.
 */

export const MASKING_METHODS = ['hash', 'encrypt', 'tokenize', 'redact', 'partial'] as const;
export type MaskingMethod = (typeof MASKING_METHODS)[number];

export interface MaskingRule {
  method: MaskingMethod;
  parameters: Record<string, unknown>;
}

/** One column of a plan: the rule to apply to this caller (null: clear) and whether reads are access-logged. */
export interface PlannedColumn {
  rule: MaskingRule | null;
  accessLogged: boolean;
  /** The policy that chose the rule, for explanations and the access event. */
  policy: string | null;
}

/** The caller's effective masking plan, by `schema.table.column` (absent: clear, not logged). */
export interface MaskingPlanWire {
  columns: Record<string, PlannedColumn>;
  /** When the plan stops holding by itself (a role it counted starts or ends): cached no longer than that. */
  expiresAt?: string;
  /**
   * A request that masks at least this many rows of one column (outside unlogged tables) is
   * reported with a `masked_read` audit event, which compliance's bulk read rule sums per actor
   * over a window (`data_breach.bulk_masked_read`). Absent: masked reads are never reported.
   */
  reportMaskedRows?: number;
}

/** A declared classified field: the column it shows, and who owns the object it is read from. */
export interface ClassifiedField {
  column: string;
  /** The data subject of the object (its values are theirs, always clear to them). */
  owner?: (parent: any) => string | null | undefined;
  /** Whether the data subject released this object to whoever reads it this way (a share link): then it is clear. */
  released?: (parent: any) => boolean;
}

/** GraphQL type → field → its column. */
export type ClassifiedFields = Record<string, Record<string, ClassifiedField>>;

/** What the wrapper needs to know of this process. */
export interface MaskingOptions {
  service: string;
  classified: ClassifiedFields;
  /** compliance's GraphQL URL (the internal call goes next to it); undefined: no compliance, fail closed. */
  planUrl: string | undefined;
  signatureSecret: string;
  /** Keys of the `tokenize` (HMAC) and `encrypt` (AES-GCM) methods. */
  maskingKey: Buffer;
  /** Where access events are published (the subgraph's client) and through what. */
  executor: RawExecutor;
  events: EventBus;
  /** Tables whose reads are never access-logged (the audit trail itself: reading it must not grow it). */
  unlogged?: readonly string[];
  timeoutMs?: number;
}

const REDACTED = '[REDACTED]';

/** A compiled rule: masks one non-null value. Built once per plan, never per value. */
export type Masker = (value: unknown) => unknown;

const textOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Compile a rule into its masker: the parameters are read, checked and defaulted here, once; the
 * tokenize key is imported once. Strings only; other scalars are turned into text first.
 */
export function compileRule(rule: MaskingRule, key: Buffer): Masker {
  const p = rule.parameters ?? {};
  switch (rule.method) {
    case 'redact': {
      const replacement = typeof p.replacement === 'string' ? p.replacement : REDACTED;
      return () => replacement;
    }
    case 'hash': {
      const length = typeof p.length === 'number' && p.length >= 8 && p.length <= 64 ? p.length : 16;
      return (value) => `hash:${createHash('sha256').update(textOf(value)).digest('hex').slice(0, length)}`;
    }
    case 'tokenize': {
      const secret = createSecretKey(key);
      return (value) => `tok_${createHmac('sha256', secret).update(textOf(value)).digest('hex').slice(0, 24)}`;
    }
    case 'encrypt':
      return (value) => `enc:${encrypt(textOf(value), key)}`;
    case 'partial':
      return compilePartial(p);
  }
}

/** Mask one value by a rule (compiles it: for one-off use; plans compile their rules once). */
export function maskValue(value: unknown, rule: MaskingRule, key: Buffer): unknown {
  if (value === null || value === undefined) return value;
  return compileRule(rule, key)(value);
}

function compilePartial(p: Record<string, unknown>): Masker {
  const mask = typeof p.maskChar === 'string' && p.maskChar.length === 1 ? p.maskChar : '*';
  const first = typeof p.showFirst === 'number' ? Math.max(0, Math.floor(p.showFirst)) : 1;
  const last = typeof p.showLast === 'number' ? Math.max(0, Math.floor(p.showLast)) : 0;
  const keepDomain = p.keepDomain !== false;
  const middle = mask.repeat(3);
  const hide = (s: string): string => {
    if (s.length <= first + last) return s.length <= 3 ? middle : mask.repeat(s.length);
    return last ? s.slice(0, first) + middle + s.slice(-last) : s.slice(0, first) + middle;
  };
  return (value) => {
    const text = textOf(value);
    // An email keeps its domain unless told otherwise: `a***@example.com`.
    const at = keepDomain ? text.lastIndexOf('@') : -1;
    return at > 0 ? hide(text.slice(0, at)) + text.slice(at) : hide(text);
  };
}

/** One column of a compiled plan. `mask` null: clear. `logged`: clear reads are counted for the access event. */
interface CompiledColumn {
  mask: Masker | null;
  logged: boolean;
  /** Whether masked reads count towards the `masked_read` report (not in unlogged tables). */
  counted: boolean;
  policy: string | null;
}

/** A plan compiled for this process: per column its masker (absent column: clear, not logged). */
interface CompiledPlan {
  columns: Map<string, CompiledColumn>;
  reportMaskedRows: number;
}

const FAIL_CLOSED: CompiledColumn = { mask: () => REDACTED, logged: false, counted: false, policy: null };
const CLEAR: CompiledColumn = { mask: null, logged: false, counted: false, policy: null };

function compilePlan(wire: MaskingPlanWire, options: MaskingOptions): CompiledPlan {
  const columns = new Map<string, CompiledColumn>();
  for (const [column, planned] of Object.entries(wire.columns)) {
    const table = column.split('.').slice(0, 2).join('.');
    const unlogged = !!options.unlogged?.includes(table);
    columns.set(column, { mask: planned.rule ? compileRule(planned.rule, options.maskingKey) : null, logged: planned.accessLogged && !unlogged, counted: !unlogged, policy: planned.policy });
  }
  const report = wire.reportMaskedRows;
  return { columns, reportMaskedRows: typeof report === 'number' && report >= 1 ? report : Infinity };
}

/** The masking state of one request (per context object, like shield's decisions). */
interface RequestMasking {
  /** The caller's compiled plan; null: none could be had (fail closed); undefined: not yet. */
  plan?: CompiledPlan | null;
  unmasked?: boolean;
  ready?: Promise<void>;
  /** Clear reads of access-logged columns: column → rows, and the root fields read through. */
  reads: Map<string, { rows: number; policy: string | null }>;
  roots: Set<string>;
  /** Masked reads, column → rows, when the plan asks for them to be reported. */
  masked: Map<string, number>;
  /** The root field the first counted masked value was read through. */
  maskedRoot?: string;
  options: MaskingOptions;
  plans: PlanCache;
}
const requests = new WeakMap<object, RequestMasking>();

const PLAN_QUERY = 'maskingPlan';

/**
 * Compiled plans kept in process, per subgraph instance, by the caller and the exact policy
 * versions their request was verified under (`principal.policyVersion`, read by the session
 * check in the statement every request makes anyway: `catalog`, `resources`, the user's own row
 * and `masking`, which compliance's triggers bump in the transaction of every write to
 * classifications, data elements and masking policies). A masking or role change therefore
 * changes the key of the very next request, which fetches afresh; an entry also ends at the
 * plan's `expiresAt` (the next window boundary of a role it depends on) and after a bound.
 * Without versions (a verifier without a session check) nothing is cached: fetched per request.
 */
export class PlanCache {
  private readonly entries = new Map<string, { plan: CompiledPlan; until: number }>();
  constructor(
    private readonly max = 10_000,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  static key(ctx: BaseContext): string | null {
    const p = ctx.principal;
    return p?.policyVersion && p.policyVersion.includes('masking=') ? `${p.userId}\n${p.policyVersion}` : null;
  }

  get(key: string, now = Date.now()): CompiledPlan | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until > now) return hit.plan;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, plan: CompiledPlan, expiresAt: number | undefined, now = Date.now()): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { plan, until: Math.min(now + this.ttlMs, expiresAt ?? Infinity) });
  }
}

async function fetchPlan(state: RequestMasking, ctx: BaseContext): Promise<CompiledPlan | null> {
  const { options } = state;
  if (!options.planUrl || !ctx.authorization) return null;
  const key = PlanCache.key(ctx);
  const cached = key ? state.plans.get(key) : undefined;
  if (cached) return cached;
  const wire = await callDecisionPoint(
    { url: internalUrl(options.planUrl, PLAN_QUERY), authorization: ctx.authorization, requestId: ctx.requestId, signatureSecret: options.signatureSecret, timeoutMs: options.timeoutMs ?? 3000 },
    PLAN_QUERY,
    {},
    (data) => {
      const plan = data[PLAN_QUERY] as MaskingPlanWire | undefined;
      return plan && typeof plan.columns === 'object' ? plan : undefined;
    },
  ).catch((err: unknown) => {
    ctx.logger.warn({ err: err instanceof Error ? err.message : err }, 'masking plan unavailable: classified fields are redacted');
    return null;
  });
  if (!wire) return null;
  const plan = compilePlan(wire, options);
  if (key) state.plans.set(key, plan, wire.expiresAt ? Date.parse(wire.expiresAt) : undefined);
  return plan;
}

async function load(state: RequestMasking, ctx: BaseContext): Promise<void> {
  const unmask = ctx.authz
    .decide({ permission: 'compliance:unmask' })
    .then((d) => d.allowed)
    .catch(() => false);
  const plan = await fetchPlan(state, ctx);
  state.plan = plan;
  // Without a plan the unmask decision is not asked for: everything is redacted.
  state.unmasked = plan ? await unmask : false;
}

function stateOf(ctx: BaseContext, options: MaskingOptions, plans: PlanCache): RequestMasking {
  let state = requests.get(ctx);
  if (!state) requests.set(ctx, (state = { reads: new Map(), roots: new Set(), masked: new Map(), options, plans }));
  return state;
}

function apply(state: RequestMasking, field: ClassifiedField, value: unknown, info: GraphQLResolveInfo): unknown {
  const planned = state.plan ? (state.plan.columns.get(field.column) ?? CLEAR) : FAIL_CLOSED;
  if (planned.logged && (state.unmasked || !planned.mask)) {
    const read = state.reads.get(field.column);
    if (read) read.rows++;
    else state.reads.set(field.column, { rows: 1, policy: planned.policy });
    state.roots.add(String(info.path ? rootOf(info.path) : info.fieldName));
  }
  if (!planned.mask || state.unmasked) return value;
  if (planned.counted && state.plan && state.plan.reportMaskedRows !== Infinity) {
    state.masked.set(field.column, (state.masked.get(field.column) ?? 0) + 1);
    state.maskedRoot ??= String(info.path ? rootOf(info.path) : info.fieldName);
  }
  return planned.mask(value);
}

function rootOf(path: GraphQLResolveInfo['path']): string | number {
  let p = path;
  while (p.prev) p = p.prev;
  return p.key;
}

const isPromise = (v: unknown): v is Promise<unknown> => !!v && typeof (v as { then?: unknown }).then === 'function';

/** Whether an operation selects a field named like a classified one (names only: at worst one plan too many), memoised per parsed document. */
const selecting = new WeakMap<OperationDefinitionNode, boolean>();
function selectsClassified(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const known = selecting.get(info.operation);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) return names.has(sel.name.value) || walk(sel.selectionSet);
      if (sel.kind === Kind.INLINE_FRAGMENT) return walk(sel.selectionSet);
      if (seen.has(sel.name.value)) return false;
      seen.add(sel.name.value);
      return walk(info.fragments[sel.name.value]?.selectionSet);
    });
  const found = walk(info.operation.selectionSet);
  selecting.set(info.operation, found);
  return found;
}

/**
 * Wrap the resolvers of the declared classified fields of a schema (in place; returns it). The
 * root fields (Query, Mutation) start the plan's fetch when the operation selects a classified
 * field and return once it is there, in parallel with their own work: below them every value is
 * masked synchronously (a list of a thousand objects does not become thousands of promises).
 */
export function applyMasking(schema: GraphQLSchema, options: MaskingOptions): GraphQLSchema {
  const plans = new PlanCache();
  const names = new Set(Object.values(options.classified).flatMap((fields) => Object.keys(fields)));
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const def of Object.values(root?.getFields() ?? {})) {
      if (def.name === '_service') continue;
      const original = def.resolve ?? defaultFieldResolver;
      def.resolve = (parent, args, ctx: BaseContext, info) => {
        const state = stateOf(ctx, options, plans);
        if (state.plan === undefined && !state.ready && selectsClassified(info, names)) state.ready = load(state, ctx);
        const value = original(parent, args, ctx, info);
        if (state.plan !== undefined || !state.ready) return value;
        const ready = state.ready;
        return isPromise(value) ? Promise.all([value, ready]).then(([v]) => v) : ready.then(() => value);
      };
    }
  }
  for (const [typeName, fields] of Object.entries(options.classified)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) throw new Error(`${options.service}: classified type ${typeName} is not in the schema`);
    for (const [fieldName, field] of Object.entries(fields)) {
      const def = type.getFields()[fieldName];
      if (!def) throw new Error(`${options.service}: classified field ${typeName}.${fieldName} is not in the schema`);
      const original = def.resolve ?? defaultFieldResolver;
      const mask = (value: unknown, parent: unknown, ctx: BaseContext, info: GraphQLResolveInfo): unknown => {
        if (value === null || value === undefined) return value;
        const owner = field.owner?.(parent);
        if (owner && ctx.principal && owner === ctx.principal.userId) return value;
        if (field.released?.(parent)) return value;
        const state = stateOf(ctx, options, plans);
        if (state.plan !== undefined) return apply(state, field, value, info);
        state.ready ??= load(state, ctx);
        return state.ready.then(() => apply(state, field, value, info));
      };
      def.resolve = (parent, args, ctx: BaseContext, info) => {
        const value = original(parent, args, ctx, info);
        return isPromise(value) ? value.then((v) => mask(v, parent, ctx, info)) : mask(value, parent, ctx, info);
      };
    }
  }
  return schema;
}

/**
 * Publish the request's `access` audit event, if it read access-logged columns in clear: one per
 * subgraph and request, naming the columns, the rows and the root fields; and its `masked_read`
 * event, if it masked at least the plan's `reportMaskedRows` rows of one column (bulk reads of
 * masked data, for compliance's `data_breach.bulk_masked_read` rule). Called when the response is
 * sent (subgraph.ts); a failure to publish is logged, never the response's.
 */
export async function flushMaskingAccess(ctx: object): Promise<void> {
  const state = requests.get(ctx);
  if (!state) return;
  requests.delete(ctx);
  const base = ctx as BaseContext;
  const published: Promise<void>[] = [];
  if (state.reads.size > 0) {
    const columns = [...state.reads.entries()].map(([column, r]) => ({ column, rows: r.rows, policy: r.policy }));
    const description = `Read ${columns.map((c) => `${c.column} (${c.rows})`).join(', ')} in clear`;
    published.push(publishRead(state, base, 'access', [...state.roots][0], columns, description, { unmasked: !!state.unmasked, rootFields: [...state.roots].map(String) }));
  }
  const masked = [...state.masked.entries()].map(([column, rows]) => ({ column, rows }));
  const rows = Math.max(0, ...masked.map((m) => m.rows));
  // Not waited for: the report must not delay the response it is about.
  if (state.plan && rows >= state.plan.reportMaskedRows) {
    void publishRead(state, base, 'masked_read', state.maskedRoot, masked, `Read ${masked.map((c) => `${c.column} (${c.rows})`).join(', ')} masked`, { rowCount: rows, threshold: state.plan.reportMaskedRows });
  }
  await Promise.all(published);
}

async function publishRead(state: RequestMasking, base: BaseContext, eventType: 'access' | 'masked_read', root: string | undefined, columns: { column: string }[], description: string, extra: Record<string, unknown>): Promise<void> {
  const { options } = state;
  const tables = [...new Set(columns.map((c) => c.column.split('.').slice(0, 2).join('.')))];
  try {
    await options.events.publish(options.executor, EVENTS.auditRecorded, {
      eventType,
      eventCategory: 'data_access',
      operation: `${options.service}.Query.${root ?? 'unknown'}`.slice(0, 255),
      actorId: base.principal?.userId ?? null,
      sessionId: base.principal?.sessionId ?? null,
      ipAddress: base.clientIp ?? null,
      userAgent: base.userAgent?.slice(0, 500) ?? null,
      requestId: base.requestId,
      serviceName: options.service,
      resourceType: tables.length === 1 ? tables[0]! : 'classified_columns',
      resourceId: null,
      resourceName: null,
      organizationId: null,
      oldValues: null,
      newValues: null,
      changedFields: [],
      riskLevel: eventType === 'access' && state.unmasked ? 'medium' : 'low',
      complianceRelevant: true,
      description: description.slice(0, 2000),
      additionalData: { columns, ...extra },
      inTransaction: false,
      at: new Date().toISOString(),
    });
  } catch (err) {
    base.logger.error({ err }, `${eventType} audit event not published`);
  }
}

/** The key of the masking methods that need one, derived from a configured secret. */
export const maskingKeyFrom = (secret: string) => Buffer.from(sha256(`atrium-masking:${secret}`), 'hex');

import { auditBefore, badInput, conflict, forbidden, idArg, jsonObject, MASKING_METHODS, notFound, optionalText, parseInput, remoteSnapshot, subgraphUrl, tenantFor, text, uuid, type MaskingPlanWire, type Permission, type Principal, type SubgraphServices } from '@atrium/kernel';
import { conditionProblems } from '@atrium/kernel/conditions';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { ComplianceDb } from '../../db.js';
import type { Prisma } from '../../db.js';
import { detect, detectorsOf } from './detect.js';
import { maskingPlan, needsRoles } from './plan.js';
import { MaskingStore } from './store.js';

/** GraphQL enum value ↔ the stored spelling. */
export const MASKING_METHOD = { HASH: 'hash', ENCRYPT: 'encrypt', TOKENIZE: 'tokenize', REDACT: 'redact', PARTIAL: 'partial' } as const;

/** Masking is platform-wide: changing it needs an unscoped grant (a tenant's officer may not change what every tenant sees). */
async function unscoped(ctx: ComplianceContext, permission: Permission) {
  const scope = await tenantFor(ctx, permission);
  if (!scope.all) throw forbidden(`Masking is platform-wide: ${permission} must be granted unscoped`, { permission, reason: 'OUT_OF_SCOPE' });
}

const method = z.enum(MASKING_METHODS);
const pattern = text(255).min(1).regex(/^[A-Za-z0-9_.*]+$/, 'letters, digits, _, . and the * wildcard only');
const tableName = text(255).regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'must be schema.table');
const columnName = text(255).regex(/^[a-z][a-z0-9_]*$/, 'must be a column name');
const regexes = z.array(text(1000).refine((r) => { try { new RegExp(r); return true; } catch { return false; } }, 'must be a valid regular expression')).max(20);
/** JsonLogic only: an SQL string (the seed's condition_expression) is not a JSON object and is refused. */
const condition = jsonObject(16_384).superRefine((value, c) => {
  for (const message of conditionProblems(value)) c.addIssue({ code: 'custom', message });
});
const rules = jsonObject(16_384).superRefine((value, c) => {
  if (value.method !== undefined && !(MASKING_METHODS as readonly string[]).includes(String(value.method))) c.addIssue({ code: 'custom', path: ['method'], message: `must be one of ${MASKING_METHODS.join(', ')}` });
  if (value.parameters !== undefined && (typeof value.parameters !== 'object' || value.parameters === null || Array.isArray(value.parameters))) c.addIssue({ code: 'custom', path: ['parameters'], message: 'must be a JSON object' });
});

const elementInput = z.object({
  tableName,
  columnName,
  elementType: optionalText(100),
  classification: text(100).min(1),
  detectionPatterns: regexes.nullish(),
  maskingMethod: method.nullish(),
  maskingParameters: jsonObject(16_384).nullish(),
});
const elementPatch = elementInput.omit({ tableName: true, columnName: true }).partial().extend({ isActive: z.boolean().nullish(), classification: text(100).min(1).nullish() });

const detectInput = z.object({
  tableName,
  columns: z
    .array(z.object({ columnName, samples: z.array(z.string().max(1000, 'must be at most 1000 characters')).max(1000) }))
    .min(1)
    .max(100)
    .refine((cs) => new Set(cs.map((c) => c.columnName)).size === cs.length, 'each column at most once'),
  minMatchRatio: z.number().gt(0).max(1).nullish(),
});

const policyInput = z.object({
  name: text(255).min(1),
  description: optionalText(2000),
  appliesToTables: z.array(pattern).max(100).nullish(),
  appliesToColumns: z.array(pattern).max(100).nullish(),
  appliesToUsers: z.array(uuid).max(1000).nullish(),
  appliesToRoles: z.array(uuid).max(100).nullish(),
  maskingRules: rules.nullish(),
  condition: condition.nullish(),
  isActive: z.boolean().nullish(),
  priority: z.number().int().min(0).max(1_000_000).nullish(),
});
const policyPatch = policyInput.partial();

const defined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as { [K in keyof T]?: NonNullable<T[K]> };

async function classificationId(store: MaskingStore, name: string, path: string[]) {
  const found = await store.classificationNamed(name);
  if (!found) throw badInput([{ path, message: `is not a classification (public, internal, confidential, restricted, top_secret)` }]);
  return found.id;
}

const unique = (e: unknown, what: string, field: string[]) => {
  if ((e as { code?: string }).code === 'P2002') throw conflict(`A ${what} with this ${field.at(-1)} exists already`, field);
  throw e;
};

export const listClassifications = (ctx: ComplianceContext) => new MaskingStore(ctx.db).classifications();
export const listElements = (ctx: ComplianceContext, tableName: unknown) => new MaskingStore(ctx.db).elements(typeof tableName === 'string' ? tableName : null);
export const listPolicies = (ctx: ComplianceContext) => new MaskingStore(ctx.db).policies();

export async function createDataElement(ctx: ComplianceContext, raw: unknown) {
  await unscoped(ctx, 'compliance:create');
  const input = parseInput(elementInput, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new MaskingStore(tx);
    const { classification, ...rest } = input;
    return store
      .createElement({ ...defined(rest), tableName: input.tableName, columnName: input.columnName, classificationId: await classificationId(store, classification, ['input', 'classification']) })
      .catch((e: unknown) => unique(e, 'data element', ['input', 'columnName']));
  });
}

export async function updateDataElement(ctx: ComplianceContext, rawId: unknown, raw: unknown) {
  await unscoped(ctx, 'compliance:update');
  const id = idArg(rawId);
  const input = parseInput(elementPatch, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new MaskingStore(tx);
    const before = await store.element(id);
    if (!before) throw notFound('Data element');
    auditBefore(before, 'DataElement');
    const { classification, ...rest } = input;
    return store.updateElement(id, { ...defined(rest), ...(classification ? { classificationId: await classificationId(store, classification, ['input', 'classification']) } : {}) });
  });
}

export async function deleteDataElement(ctx: ComplianceContext, rawId: unknown) {
  await unscoped(ctx, 'compliance:delete');
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const store = new MaskingStore(tx);
    const before = await store.element(id);
    if (!before) throw notFound('Data element');
    auditBefore(before, 'DataElement');
    return store.deleteElement(id);
  });
}

/**
 * Auto-detection (detect.ts): the registered detection patterns over the samples of each column;
 * a recognised column not already declared becomes a data element with `autoDetected`, the
 * classification and masking of the element type whose patterns matched. One transaction (and
 * one audit event): nothing is registered unless everything is.
 */
export async function detectDataElements(ctx: ComplianceContext, raw: unknown) {
  await unscoped(ctx, 'compliance:create');
  const input = parseInput(detectInput, raw, ['input']);
  const minRatio = input.minMatchRatio ?? 0.8;
  return ctx.db.$transaction(async (tx) => {
    const store = new MaskingStore(tx);
    const detectors = detectorsOf(await store.detectorSources());
    const declared = new Map((await store.elementsOf(input.tableName, input.columns.map((c) => c.columnName))).map((e) => [e.columnName, e]));
    const found = input.columns.map((c) => ({ columnName: c.columnName, ...detect(detectors, c.samples, minRatio) }));
    const created = await store.createDetected(
      found
        .filter((f) => f.detector && !declared.has(f.columnName))
        .map((f) => ({
          tableName: input.tableName,
          columnName: f.columnName,
          elementType: f.detector!.elementType,
          classificationId: f.detector!.classificationId,
          detectionPatterns: f.detector!.sources,
          maskingMethod: f.detector!.method,
          maskingParameters: f.detector!.parameters as Prisma.InputJsonValue,
          autoDetected: true,
        })),
    );
    const fresh = new Map(created.map((e) => [e.columnName, e]));
    return found.map((f) => ({
      columnName: f.columnName,
      elementType: f.detector?.elementType ?? null,
      matchRatio: f.matchRatio,
      element: fresh.get(f.columnName) ?? declared.get(f.columnName) ?? null,
      created: fresh.has(f.columnName),
    }));
  });
}

export async function createMaskingPolicy(ctx: ComplianceContext, raw: unknown) {
  await unscoped(ctx, 'compliance:create');
  const input = parseInput(policyInput, raw, ['input']);
  return ctx.db.$transaction((tx) =>
    new MaskingStore(tx).createPolicy({ ...defined(input), name: input.name, createdBy: ctx.principal!.userId }).catch((e: unknown) => unique(e, 'masking policy', ['input', 'name'])),
  );
}

export async function updateMaskingPolicy(ctx: ComplianceContext, rawId: unknown, raw: unknown) {
  await unscoped(ctx, 'compliance:update');
  const id = idArg(rawId);
  const input = parseInput(policyPatch, raw, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new MaskingStore(tx);
    const before = await store.policy(id);
    if (!before) throw notFound('Masking policy');
    auditBefore(before, 'MaskingPolicy');
    return store.updatePolicy(id, defined(input)).catch((e: unknown) => unique(e, 'masking policy', ['input', 'name']));
  });
}

export async function deleteMaskingPolicy(ctx: ComplianceContext, rawId: unknown) {
  await unscoped(ctx, 'compliance:delete');
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const store = new MaskingStore(tx);
    const before = await store.policy(id);
    if (!before) throw notFound('Masking policy');
    auditBefore(before, 'MaskingPolicy');
    return store.deletePolicy(id);
  });
}

/**
 * The internal call `maskingPlan` a subgraph's kernel makes when it has no plan of the caller's
 * under the request's versions (masking.ts caches compiled plans by them): read fresh on every
 * call. The caller's roles are asked of the decision point (its policy snapshot, on the caller's
 * token) only when an active policy names roles; when they cannot be had, role-bound policies
 * apply (fail closed).
 */
export function maskingPlanHandler(deps: SubgraphServices<ComplianceDb, ComplianceSettings>) {
  const snapshot = remoteSnapshot({ url: subgraphUrl(deps.config, 'authorization'), signatureSecret: deps.config.secrets.subgraphHmacSecret });
  return async (input: { principal: Principal; requestId: string; authorization: string }): Promise<MaskingPlanWire> => {
    const facts = await new MaskingStore(deps.db).planFacts();
    let roleIds: string[] = [];
    // The next instant a role's window opens or closes: the plan holds until then (the kernel caches it no longer).
    let expiresAt: number | undefined;
    if (needsRoles(facts.policies)) {
      try {
        const wire = await snapshot({ authorization: input.authorization, requestId: input.requestId }, []);
        const now = Date.now();
        const live = wire.userRoles.filter((ur) => ur.isActive && !ur.revokedAt);
        for (const at of live.flatMap((ur) => [ur.validFrom, ur.validUntil])) {
          const t = at ? Date.parse(at) : NaN;
          if (t > now && (expiresAt === undefined || t < expiresAt)) expiresAt = t;
        }
        roleIds = live.filter((ur) => (!ur.validFrom || Date.parse(ur.validFrom) <= now) && (!ur.validUntil || Date.parse(ur.validUntil) > now)).map((ur) => ur.roleId);
      } catch (err) {
        deps.logger.warn({ err: err instanceof Error ? err.message : err }, 'roles unavailable for the masking plan: role-bound policies apply');
        roleIds = facts.policies.flatMap((p) => p.roles ?? []);
      }
    }
    const plan = { ...maskingPlan(facts, { userId: input.principal.userId, roleIds }), reportMaskedRows: deps.settings.security.maskedReadReportRows };
    return expiresAt === undefined ? plan : { ...plan, expiresAt: new Date(expiresAt).toISOString() };
  };
}

import { badInput, connection, forbidden, idArg, inTenant, notFound, page, parseInput, requireTenant, tenantFor, text, unauthenticated, unique, uuid, type Permission } from '@atrium/kernel';
import { z } from 'zod';
import type { AnalyticsContext } from '../../context.js';
import type { CostCenter } from '../../db.js';
import { percentOf } from './ingest.js';
import { refreshSpendLimits } from './limits.js';
import { monthOf, yearOf } from './periods.js';
import { CostCenterStore, UsageCostStore, type LlmDimension } from './store.js';

const money = z.string().trim().regex(/^\d{1,10}(\.\d{1,2})?$/, 'must be a decimal amount with at most 2 places');
const thresholds = z.array(z.number().int().min(1).max(1000)).min(1).max(10);

const createInput = z.object({
  organizationId: uuid.nullish(),
  name: text(255).min(1, 'must not be empty'),
  code: text(50).min(1).nullish(),
  description: text(2000).nullish(),
  parentId: uuid.nullish(),
  monthlyBudget: money.nullish(),
  annualBudget: money.nullish(),
  managerId: uuid.nullish(),
  alertThresholds: thresholds.nullish(),
  hardLimit: z.boolean().nullish(),
});
const updateInput = createInput.omit({ organizationId: true }).partial().extend({ name: text(255).min(1, 'must not be empty').optional(), isActive: z.boolean().nullish() });
const mapInput = z.object({ subjectType: z.enum(['user', 'team', 'organization']), subjectId: uuid, costCenterId: uuid });

function callerId(ctx: AnalyticsContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.userId;
}

/** A cost center the caller reaches through `permission`, or NOT_FOUND exactly as for one that does not exist. */
async function reachable(ctx: AnalyticsContext, id: string, permission: Permission): Promise<CostCenter> {
  const center = await ctx.loaders.costCenter.load(id);
  if (!center) throw notFound('Cost center');
  await requireTenant(ctx, permission, center.organizationId, 'Cost center');
  return center;
}

export async function listCostCenters(ctx: AnalyticsContext, args: { organizationId?: string | null }) {
  const p = page(args);
  const organizationId = args.organizationId ? idArg(args.organizationId, ['organizationId']) : null;
  const scope = await tenantFor(ctx, 'cost_center:read');
  return connection(await new CostCenterStore(ctx.db).list(scope, organizationId, p), p);
}

export async function getCostCenter(ctx: AnalyticsContext, rawId: unknown) {
  const center = await ctx.loaders.costCenter.load(idArg(rawId));
  if (!center) return null;
  return inTenant(await tenantFor(ctx, 'cost_center:read'), center.organizationId) ? center : null;
}

/** The parent a cost center may have: readable the same way, in the same organization, not itself or below it. */
async function checkParent(ctx: AnalyticsContext, store: CostCenterStore, organizationId: string | null, parentId: string, selfId: string | null) {
  const parent = await ctx.loaders.costCenter.load(parentId);
  if (!parent || !inTenant(await tenantFor(ctx, 'cost_center:read'), parent.organizationId)) throw badInput([{ path: ['input', 'parentId'], message: 'is not a cost center you can see' }]);
  if (parent.organizationId !== organizationId) throw badInput([{ path: ['input', 'parentId'], message: 'belongs to another organization' }]);
  if (selfId && (await store.ancestorIds(parentId)).includes(selfId)) throw badInput([{ path: ['input', 'parentId'], message: 'would make a cycle: it is this cost center or one below it' }]);
}

export async function createCostCenter(ctx: AnalyticsContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  const actor = callerId(ctx);
  const organizationId = input.organizationId ?? null;
  await requireTenant(ctx, 'cost_center:create', organizationId, 'Organization');
  return ctx.db.$transaction(async (tx) => {
    const store = new CostCenterStore(tx);
    await store.lockTree(organizationId);
    if (input.parentId) await checkParent(ctx, store, organizationId, input.parentId, null);
    return unique(
      store.create({
        organizationId,
        name: input.name,
        code: input.code ?? null,
        description: input.description ?? null,
        parentCostCenterId: input.parentId ?? null,
        monthlyBudget: input.monthlyBudget ?? null,
        annualBudget: input.annualBudget ?? null,
        managerId: input.managerId ?? null,
        alertThresholds: input.alertThresholds ?? [80, 100],
        hardLimit: input.hardLimit ?? false,
        createdBy: actor,
      }),
      { name: 'A cost center with this name exists in the organization', code: 'A cost center with this code exists in the organization' },
    );
  });
}

export async function updateCostCenter(ctx: AnalyticsContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateInput, raw, ['input']);
  callerId(ctx);
  const center = await reachable(ctx, id, 'cost_center:update');
  if (center.isDefault && (input.hardLimit || input.isActive === false)) throw badInput([{ path: ['input', input.hardLimit ? 'hardLimit' : 'isActive'], message: 'the default cost center always takes unmapped usage' }]);
  return ctx.db.$transaction(async (tx) => {
    const store = new CostCenterStore(tx);
    await store.lockTree(center.organizationId);
    if (input.parentId) await checkParent(ctx, store, center.organizationId, input.parentId, id);
    const data = Object.fromEntries(
      Object.entries({
        name: input.name,
        code: input.code,
        description: input.description,
        parentCostCenterId: input.parentId,
        monthlyBudget: input.monthlyBudget,
        annualBudget: input.annualBudget,
        managerId: input.managerId,
        isActive: input.isActive ?? undefined,
        alertThresholds: input.alertThresholds ?? undefined,
        hardLimit: input.hardLimit ?? undefined,
      }).filter(([, v]) => v !== undefined),
    );
    await unique(store.update(id, data), { name: 'A cost center with this name exists in the organization', code: 'A cost center with this code exists in the organization' });
    // A budget or limit change can start or end a hard limit, of this cost center or one above it (its subtree moved).
    await refreshSpendLimits(tx, ctx.events, [...new Set([...(await store.ancestorIds(id)), ...(center.parentCostCenterId ? await store.ancestorIds(center.parentCostCenterId) : [])])]);
    const updated = (await store.byIds([id]))[0]!;
    ctx.loaders.costCenter.clear(id).prime(id, updated);
    return updated;
  });
}

export async function mapToCostCenter(ctx: AnalyticsContext, raw: unknown) {
  const input = parseInput(mapInput, typeof raw === 'object' && raw ? { ...raw, subjectType: String((raw as { subjectType?: unknown }).subjectType ?? '').toLowerCase() } : raw, ['input']);
  const actor = callerId(ctx);
  const center = await reachable(ctx, input.costCenterId, 'cost_center:allocate');
  // A tenant's cost center takes its own organization only; users are charged only for usage in it.
  if (input.subjectType === 'organization' && center.organizationId && input.subjectId !== center.organizationId) {
    throw badInput([{ path: ['input', 'subjectId'], message: "an organization can only be charged to one of its own cost centers" }]);
  }
  const row = await ctx.db.$transaction(async (tx) => {
    const store = new CostCenterStore(tx);
    // A team is charged only for usage in its own organization (resolve joins on it); one known to be
    // another tenant's is refused here rather than mapped to nothing.
    const teamOrg = input.subjectType === 'team' ? await store.teamOrganization(input.subjectId) : null;
    if (teamOrg && center.organizationId && teamOrg !== center.organizationId) {
      throw badInput([{ path: ['input', 'subjectId'], message: "a team can only be charged to one of its organization's cost centers" }]);
    }
    const before = await store.mappedCenter(input.subjectType, input.subjectId, center.organizationId);
    const [mapped] = await store.upsertMapping({ ...input, organizationId: center.organizationId, createdBy: actor });
    // Who a hard limit refuses changed, above the old cost center and the new one.
    const chains = [...(await store.ancestorIds(center.id)), ...(before ? await store.ancestorIds(before) : [])];
    await refreshSpendLimits(tx, ctx.events, [...new Set(chains)]);
    return mapped!;
  });
  return { id: row.id, subjectType: input.subjectType, subjectId: input.subjectId, costCenter: center };
}

/** A cost center's spend this month and year (or the ones holding `at`), rolled up from its descendants. */
export async function spendOf(ctx: AnalyticsContext, center: CostCenter, rawAt: unknown) {
  const at = rawAt ? parseInput(z.coerce.date(), rawAt, ['at']) : new Date();
  const store = new CostCenterStore(ctx.db);
  const month = monthOf(at);
  const year = yearOf(at);
  const [ownSpend, totalSpend, annualSpend] = await Promise.all([store.ownSpend(center.id, month.start, month.end), store.subtreeSpend(center.id, month.start, month.end), store.subtreeSpend(center.id, year.start, year.end)]);
  const pct = (spend: string, budget: { toString(): string } | null) => percentOf(spend, budget ? budget.toString() : null)?.toNumber() ?? null;
  return {
    periodStart: month.start,
    ownSpend,
    totalSpend,
    percentOfMonthlyBudget: pct(totalSpend, center.monthlyBudget),
    yearStart: year.start,
    annualSpend,
    percentOfAnnualBudget: pct(annualSpend, center.annualBudget),
  };
}

const DIMENSION_OF: Record<string, LlmDimension> = { PROVIDER: 'provider', MODEL: 'model', OPERATION: 'operation', USER: 'userId', ORGANIZATION: 'organizationId', DAY: 'day' };
const usageInput = z
  .object({
    from: z.coerce.date(),
    to: z.coerce.date(),
    groupBy: z.array(z.enum(Object.keys(DIMENSION_OF) as [string, ...string[]])).max(6).nullish(),
    organizationId: uuid.nullish(),
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'must be after from' })
  .refine((v) => v.to.getTime() - v.from.getTime() <= 366 * 86_400_000, { path: ['to'], message: 'the window is at most 366 days' });

/** LLM usage of the organizations the caller reads analytics of (003's RLS: members read their org's rows). */
export async function llmUsage(ctx: AnalyticsContext, args: unknown) {
  const input = parseInput(usageInput, args);
  const scope = await tenantFor(ctx, 'analytics:read');
  if (!scope.all && scope.organizationIds.length === 0) throw forbidden('Missing permission analytics:read', { permission: 'analytics:read', reason: 'NO_GRANT' });
  if (input.organizationId && !inTenant(scope, input.organizationId)) return [];
  const groupBy = [...new Set(input.groupBy ?? [])].map((d) => DIMENSION_OF[d]!);
  return new UsageCostStore(ctx.db).summary(scope, input.from, input.to, groupBy, input.organizationId ?? null);
}

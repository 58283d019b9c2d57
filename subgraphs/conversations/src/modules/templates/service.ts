import { announceResource, badInput, connection, forbidden, idArg, inTenant, notFound, page, parseInput, tenantFor, toJson, type EventBus, type RawExecutor } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { PromptTemplate } from '../../db.js';
import { countTokens } from '../chat/tokens.js';
import { callerId, chosenTenant, holds, memberScope } from '../shared/access.js';
import { TEMPLATE_VISIBILITY, values } from '../shared/enums.js';
import { jsonObject, text, uuid } from '../shared/inputs.js';
import { TemplateStore } from './store.js';
import type { TemplateDefinition } from './render.js';

export { TemplateStore };

const variableName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an identifier (letters, digits, _)').max(100);
const names = z.array(variableName).max(100).refine((v) => new Set(v).size === v.length, 'must not repeat a name');
const fields = {
  displayName: text(255).nullish(),
  description: text(10_000).nullish(),
  category: text(100).nullish(),
  tags: z.array(text(100).min(1)).max(50).nullish(),
  templateContent: z.string().min(1, 'must not be empty').max(100_000),
  requiredVariables: names.nullish(),
  optionalVariables: names.nullish(),
  variableSchemas: jsonObject.nullish(),
  recommendedModelIds: z.array(uuid).max(50).nullish(),
  defaultParameters: jsonObject.nullish(),
  visibility: z.enum(values(TEMPLATE_VISIBILITY)).nullish(),
};
const createInput = z.object({ name: text(255).min(1), organizationId: uuid.nullish(), ...fields });
const updateInput = z.object({ ...fields, templateContent: fields.templateContent.nullish() });
const filterInput = z.object({ name: text(255).nullish(), category: text(100).nullish(), approvedOnly: z.boolean().nullish() }).nullish();

const stringList = (json: unknown) => (Array.isArray(json) ? json.filter((v): v is string => typeof v === 'string') : []);

export const definitionOf = (t: PromptTemplate): TemplateDefinition => ({
  id: t.id,
  templateContent: t.templateContent,
  requiredVariables: stringList(t.requiredVariables),
  optionalVariables: stringList(t.optionalVariables),
  variableSchemas: (t.variableSchemas ?? {}) as Record<string, unknown>,
});

/** Reviewers (prompt_template:approve about the template: everywhere, or in its organization) see and may edit it. */
const isReviewer = (ctx: ConversationsContext, t: PromptTemplate) => holds(ctx, 'prompt_template:approve', t.id);

/**
 * Who sees a version: its author (while a member of its organization); once approved and
 * active, everyone for PUBLIC, and for SHARED the members of its organization (everyone for a
 * platform-wide one); and reviewers.
 */
async function canSee(ctx: ConversationsContext, t: PromptTemplate): Promise<boolean> {
  const member = t.organizationId === null || inTenant(await memberScope(ctx), t.organizationId);
  if (t.createdBy === callerId(ctx) && member) return true;
  if (t.isActive && t.isApproved && (t.visibility === 'public' || (t.visibility === 'shared' && member))) return true;
  return isReviewer(ctx, t);
}

/** A version the caller may see; otherwise the same null as for none. */
export async function getTemplate(ctx: ConversationsContext, rawId: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t) return null;
  return (await canSee(ctx, t)) ? t : null;
}

/** A template version as a resource: owned by its author, under its organization. */
export const announceTemplate = (events: EventBus, tx: RawExecutor, t: PromptTemplate) =>
  announceResource(events, tx, { type: 'prompt_template', id: t.id, name: `${t.name} v${t.templateVersion}`, ownerId: t.createdBy, organizationId: t.organizationId, attributes: { visibility: t.visibility } });

export async function listTemplates(ctx: ConversationsContext, rawArgs: Record<string, unknown>, createdBy: string | null = null) {
  const p = page(rawArgs);
  const filter = parseInput(filterInput, rawArgs.filter, ['filter']) ?? {};
  const [members, reviewers] = await Promise.all([memberScope(ctx), tenantFor(ctx, 'prompt_template:approve')]);
  const rows = await new TemplateStore(ctx.db).list({ callerId: callerId(ctx), members, reviewers, createdBy, ...filter }, p);
  rows.forEach((row) => ctx.loaders.template.prime(row.id, row));
  return connection(rows, p);
}

export async function versions(ctx: ConversationsContext, t: PromptTemplate, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new TemplateStore(ctx.db).versions(t.name, p);
  // Versions are one template: whoever may see one version may see its history.
  return connection(rows, p);
}

function checkDefinition(ctx: ConversationsContext, def: TemplateDefinition, prefix: (string | number)[]) {
  const problems = ctx.templates.definitionProblems(def, prefix);
  if (problems.length) throw badInput(problems);
}

export async function createTemplate(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  const def: TemplateDefinition = {
    templateContent: input.templateContent,
    requiredVariables: input.requiredVariables ?? [],
    optionalVariables: input.optionalVariables ?? [],
    variableSchemas: input.variableSchemas ?? {},
  };
  checkDefinition(ctx, def, ['input']);
  const organizationId = await chosenTenant(ctx, input.organizationId, ['input', 'organizationId']);
  return writeVersion(ctx, (store) => store
    .createFirstVersion({
      name: input.name,
      organizationId,
      displayName: input.displayName ?? null,
      description: input.description ?? null,
      category: input.category ?? null,
      tags: input.tags ?? [],
      templateContent: def.templateContent,
      templateVersion: 1,
      requiredVariables: def.requiredVariables,
      optionalVariables: def.optionalVariables,
      variableSchemas: toJson(def.variableSchemas),
      recommendedModels: input.recommendedModelIds ?? [],
      defaultParameters: input.defaultParameters ?? {},
      visibility: input.visibility ?? 'private',
      createdBy: callerId(ctx),
    }));
}

/** A new version's row and its resource, in one transaction. */
function writeVersion(ctx: ConversationsContext, write: (store: TemplateStore) => Promise<PromptTemplate>) {
  return ctx.db.$transaction(async (tx) => {
    const t = await write(new TemplateStore(tx));
    await announceTemplate(ctx.events, tx, t);
    return t;
  });
}

/** An edit inserts the next version of the name, starting from its newest version. */
export async function updateTemplate(ctx: ConversationsContext, rawId: unknown, raw: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t) throw notFound('Prompt template');
  const input = parseInput(updateInput, raw, ['input']);
  const store = new TemplateStore(ctx.db);
  const latest = (await store.latestOf(t.name))!;
  if (!(await canSee(ctx, t))) throw notFound('Prompt template');
  if (latest.createdBy !== callerId(ctx) && !(await isReviewer(ctx, latest))) throw forbidden('Only the author of the newest version, or a reviewer (prompt_template:approve), may edit this template');
  const pick = <T>(value: T | null | undefined, current: T): T => (value === undefined ? current : (value ?? current));
  const def: TemplateDefinition = {
    templateContent: pick(input.templateContent, latest.templateContent),
    requiredVariables: pick(input.requiredVariables, stringList(latest.requiredVariables)),
    optionalVariables: pick(input.optionalVariables, stringList(latest.optionalVariables)),
    variableSchemas: pick(input.variableSchemas, (latest.variableSchemas ?? {}) as Record<string, unknown>),
  };
  checkDefinition(ctx, def, ['input']);
  return writeVersion(ctx, (s) => s
    .createNextVersion({
      name: latest.name,
      organizationId: latest.organizationId,
      displayName: input.displayName === undefined ? latest.displayName : input.displayName,
      description: input.description === undefined ? latest.description : input.description,
      category: input.category === undefined ? latest.category : input.category,
      tags: pick(input.tags, latest.tags),
      templateContent: def.templateContent,
      templateVersion: latest.templateVersion + 1,
      requiredVariables: def.requiredVariables,
      optionalVariables: def.optionalVariables,
      variableSchemas: toJson(def.variableSchemas),
      recommendedModels: pick(input.recommendedModelIds, latest.recommendedModels),
      defaultParameters: input.defaultParameters ?? latest.defaultParameters ?? {},
      visibility: pick(input.visibility, latest.visibility),
      createdBy: callerId(ctx),
    }));
}

export async function approveTemplate(ctx: ConversationsContext, rawId: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t || !(await canSee(ctx, t))) throw notFound('Prompt template');
  const me = callerId(ctx);
  if (t.createdBy === me) throw forbidden('A template version is approved by someone other than its author');
  if (t.isApproved) return t;
  return new TemplateStore(ctx.db).update(t.id, { isApproved: true, approvedBy: me, approvedAt: new Date() });
}

export async function deactivateTemplate(ctx: ConversationsContext, rawId: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t || !(await canSee(ctx, t))) throw notFound('Prompt template');
  const store = new TemplateStore(ctx.db);
  const latest = (await store.latestOf(t.name))!;
  if (latest.createdBy !== callerId(ctx) && !(await holds(ctx, 'prompt_template:delete', latest.id))) throw forbidden('Only the author of the newest version, or a holder of prompt_template:delete, may deactivate this template');
  await store.deactivateName(t.name);
  return { ...latest, isActive: false };
}

/**
 * Render a version for use (renderPrompt, sendMessage, the render_prompt tool): the caller
 * must see it and it must be active; bad variables are BAD_USER_INPUT naming each one.
 */
export async function renderForUse(ctx: ConversationsContext, rawId: unknown, rawVariables: unknown, idPath: (string | number)[], variablesPath: (string | number)[]) {
  const id = idArg(rawId, idPath);
  const variables = parseInput(jsonObject, rawVariables ?? {}, variablesPath);
  const t = await ctx.loaders.template.load(id);
  if (!t) throw badInput([{ path: idPath, message: 'no such prompt template' }]);
  if (!(await canSee(ctx, t))) throw badInput([{ path: idPath, message: 'no such prompt template' }]);
  if (!t.isActive) throw badInput([{ path: idPath, message: 'the template is deactivated' }]);
  const result = ctx.templates.render(definitionOf(t), variables, variablesPath);
  if (!result.ok) throw badInput(result.problems);
  return { text: result.text, template: t, tokenCount: countTokens(result.text) };
}

import { badInput, connection, forbidden, idArg, notFound, page, parseInput, toJson } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { PromptTemplate } from '../../db.js';
import { countTokens } from '../chat/tokens.js';
import { callerId, holds } from '../shared/access.js';
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
const createInput = z.object({ name: text(255).min(1), ...fields });
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

/** Reviewers (prompt_template:approve) see and may edit every template. */
const isReviewer = (ctx: ConversationsContext) => holds(ctx, 'prompt_template:approve');

async function canSee(ctx: ConversationsContext, t: PromptTemplate): Promise<boolean> {
  if (t.createdBy === callerId(ctx)) return true;
  if (t.isActive && t.visibility !== 'private' && t.isApproved) return true;
  return isReviewer(ctx);
}

export async function getTemplate(ctx: ConversationsContext, rawId: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t) return null;
  if (!(await canSee(ctx, t))) throw forbidden('This prompt template is private or not approved');
  return t;
}

export async function listTemplates(ctx: ConversationsContext, rawArgs: Record<string, unknown>, createdBy: string | null = null) {
  const p = page(rawArgs);
  const filter = parseInput(filterInput, rawArgs.filter, ['filter']) ?? {};
  const rows = await new TemplateStore(ctx.db).list({ callerId: callerId(ctx), seesAll: await isReviewer(ctx), createdBy, ...filter }, p);
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
  return new TemplateStore(ctx.db)
    .createFirstVersion({
      name: input.name,
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
    });
}

/** An edit inserts the next version of the name, starting from its newest version. */
export async function updateTemplate(ctx: ConversationsContext, rawId: unknown, raw: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t) throw notFound('Prompt template');
  const input = parseInput(updateInput, raw, ['input']);
  const store = new TemplateStore(ctx.db);
  const latest = (await store.latestOf(t.name))!;
  if (latest.createdBy !== callerId(ctx) && !(await isReviewer(ctx))) throw forbidden('Only the author of the newest version, or a reviewer (prompt_template:approve), may edit this template');
  const pick = <T>(value: T | null | undefined, current: T): T => (value === undefined ? current : (value ?? current));
  const def: TemplateDefinition = {
    templateContent: pick(input.templateContent, latest.templateContent),
    requiredVariables: pick(input.requiredVariables, stringList(latest.requiredVariables)),
    optionalVariables: pick(input.optionalVariables, stringList(latest.optionalVariables)),
    variableSchemas: pick(input.variableSchemas, (latest.variableSchemas ?? {}) as Record<string, unknown>),
  };
  checkDefinition(ctx, def, ['input']);
  return store
    .createNextVersion({
      name: latest.name,
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
    });
}

export async function approveTemplate(ctx: ConversationsContext, rawId: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t) throw notFound('Prompt template');
  const me = callerId(ctx);
  if (t.createdBy === me) throw forbidden('A template version is approved by someone other than its author');
  if (t.isApproved) return t;
  return new TemplateStore(ctx.db).update(t.id, { isApproved: true, approvedBy: me, approvedAt: new Date() });
}

export async function deactivateTemplate(ctx: ConversationsContext, rawId: unknown) {
  const t = await ctx.loaders.template.load(idArg(rawId));
  if (!t) throw notFound('Prompt template');
  const store = new TemplateStore(ctx.db);
  const latest = (await store.latestOf(t.name))!;
  if (latest.createdBy !== callerId(ctx) && !(await holds(ctx, 'prompt_template:delete'))) throw forbidden('Only the author of the newest version, or a holder of prompt_template:delete, may deactivate this template');
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
  if (!(await canSee(ctx, t))) throw forbidden('This prompt template is private or not approved');
  if (!t.isActive) throw badInput([{ path: idPath, message: 'the template is deactivated' }]);
  const result = ctx.templates.render(definitionOf(t), variables, variablesPath);
  if (!result.ok) throw badInput(result.problems);
  return { text: result.text, template: t, tokenCount: countTokens(result.text) };
}

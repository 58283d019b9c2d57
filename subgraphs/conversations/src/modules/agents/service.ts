import { announceResource, badInput, conflict, connection, forbidden, idArg, inTenant, notFound, page, parseInput, tenantWhere, toJson, type EventBus, type RawExecutor } from '@atrium/kernel';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { Agent, AgentTool, Prisma } from '../../db.js';
import { ProviderError, type ChatMessage, type ToolSpec } from '../../providers/types.js';
import { callCost } from '../chat/cost.js';
import { assertWithinBudget } from '../chat/limits.js';
import { publishAiOperation, publishLlmUsage } from '../chat/usage.js';
import { llmClient, noteHealth, resolveModel } from '../llm/service.js';
import { callerId, chosenTenant, holds, memberScope } from '../shared/access.js';
import { jsonObject, text, uuid } from '../shared/inputs.js';
import { AgentStore } from './store.js';
import { builtin, executeTool } from './tools.js';

export const DEFAULT_MAX_STEPS = 5;
const MAX_STEPS = 20;

const configuration = z.object({
  instructions: z.string().max(20_000).optional(),
  modelId: uuid.optional(),
  maxSteps: z.number().int().min(1).max(MAX_STEPS).optional(),
  temperature: z.number().min(0).max(2).optional(),
});
type AgentConfig = z.infer<typeof configuration>;

const configFields = {
  instructions: z.string().max(20_000).nullish(),
  modelId: uuid.nullish(),
  maxSteps: z.number().int().min(1, 'must be at least 1').max(MAX_STEPS, `must be at most ${MAX_STEPS}`).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
};
const capabilities = z.array(text(100).min(1)).max(50);
const createInput = z.object({
  name: text(180).min(1),
  description: text(10_000).nullish(),
  agentType: text(100).min(1).nullish(),
  ...configFields,
  capabilities: capabilities.nullish(),
  organizationId: uuid.nullish(),
  toolNames: z.array(z.string().max(180)).max(50).nullish(),
});
const updateInput = z.object({
  name: text(180).min(1).nullish(),
  description: text(10_000).nullish(),
  ...configFields,
  capabilities: capabilities.nullish(),
  isActive: z.boolean().nullish(),
});
/** OpenAI function names: letters, digits, `_` and `-`, at most 64. */
const toolInput = z.object({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, _ or -'),
  description: text(2000).nullish(),
  toolType: text(100).min(1),
  configuration: jsonObject.nullish(),
});

/** Stored configuration, read leniently: a hand-edited row never breaks a run. */
export function configOf(agent: Agent): AgentConfig {
  const parsed = configuration.safeParse(agent.configuration ?? {});
  return parsed.success ? parsed.data : {};
}

/** The agent's author may change it; so may reviewers (prompt_template:approve about it: everywhere, or in its organization). */
async function requireAuthor(ctx: ConversationsContext, agent: Agent): Promise<void> {
  if (agent.createdBy === callerId(ctx)) return;
  if (await holds(ctx, 'prompt_template:approve', agent.id)) return;
  throw forbidden('Only the agent\'s creator, or a reviewer (prompt_template:approve), may change it');
}

/**
 * Who sees an agent: a platform-wide one (no organization), everyone with prompt_template:read;
 * an organization's, its members and its reviewers. Others get the answer for none.
 */
async function canSeeAgent(ctx: ConversationsContext, agent: Agent): Promise<boolean> {
  if (agent.organizationId === null || inTenant(await memberScope(ctx), agent.organizationId)) return true;
  return holds(ctx, 'prompt_template:approve', agent.id);
}

async function loadAgent(ctx: ConversationsContext, id: string): Promise<Agent> {
  const agent = await ctx.loaders.agent.load(id);
  if (!agent || !(await canSeeAgent(ctx, agent))) throw notFound('Agent');
  return agent;
}

export async function getAgent(ctx: ConversationsContext, id: string): Promise<Agent | null> {
  const agent = await ctx.loaders.agent.load(id);
  return agent && (await canSeeAgent(ctx, agent)) ? agent : null;
}

/**
 * An agent as a resource. Agents are authorized as prompt templates (permissions.ts), so they
 * are registered under that type: a reviewer scoped to the organization reaches them.
 */
export const announceAgent = (events: EventBus, tx: RawExecutor, a: Agent) =>
  announceResource(events, tx, { type: 'prompt_template', id: a.id, name: a.name, ownerId: a.createdBy, organizationId: a.organizationId, attributes: { kind: 'agent' } });

export async function listAgents(ctx: ConversationsContext, rawArgs: unknown, where: { createdBy?: string; organizationId?: string } = {}) {
  const p = page(rawArgs);
  const members = await memberScope(ctx);
  // Platform-wide agents and those of the caller's organizations.
  const tenants: Prisma.AgentWhereInput = members.all ? {} : { OR: [{ organizationId: null }, tenantWhere<'organizationId'>(members)] };
  const rows = await new AgentStore(ctx.db).list({ AND: [{ isActive: true, ...where }, tenants] }, p);
  rows.forEach((row) => ctx.loaders.agent.prime(row.id, row));
  return connection(rows, p);
}

export async function listTools(ctx: ConversationsContext, rawArgs: unknown) {
  const p = page(rawArgs);
  return connection(await new AgentStore(ctx.db).listTools(p), p);
}

export async function toolsOfAgent(ctx: ConversationsContext, agent: Agent, rawArgs: unknown) {
  const p = page(rawArgs);
  return connection(await new AgentStore(ctx.db).assignmentsPage(agent.id, p), p);
}

/** Runs of an agent: everyone's for holders of conversation:read, otherwise the caller's own. */
export async function executionsOfAgent(ctx: ConversationsContext, agent: Agent, rawArgs: unknown) {
  const p = page(rawArgs);
  const userId = (await holds(ctx, 'conversation:read')) ? null : callerId(ctx);
  return connection(await new AgentStore(ctx.db).executionsOfAgent(agent.id, userId, p), p);
}

export async function getExecution(ctx: ConversationsContext, rawId: unknown) {
  const execution = await ctx.loaders.execution.load(idArg(rawId));
  if (!execution) return null;
  // Someone else's run: only for unscoped holders of conversation:read, else the answer for none.
  if (execution.userId !== callerId(ctx) && !(await holds(ctx, 'conversation:read'))) return null;
  return execution;
}

export async function createTool(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(toolInput, raw, ['input']);
  const impl = input.toolType === 'builtin' ? builtin(input.name) : undefined;
  if (input.toolType === 'builtin' && !impl) throw badInput([{ path: ['input', 'name'], message: 'is not a built-in tool' }]);
  const config = input.configuration ?? (impl ? { parameters: impl.parameters } : {});
  return new AgentStore(ctx.db)
    .createTool({ name: input.name, description: input.description ?? impl?.description ?? null, toolType: input.toolType, configuration: toJson(config) });
}

const configFrom = (input: Partial<Record<keyof typeof configFields, unknown>>, base: AgentConfig): AgentConfig => {
  const next: Record<string, unknown> = { ...base };
  for (const key of Object.keys(configFields) as (keyof typeof configFields)[]) {
    if (input[key] === undefined) continue;
    if (input[key] === null) delete next[key];
    else next[key] = input[key];
  }
  return next as AgentConfig;
};

export async function createAgent(ctx: ConversationsContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  if (input.modelId) await resolveModel(ctx, input.modelId, null, ['input', 'modelId']);
  const names = [...new Set(input.toolNames ?? [])];
  const organizationId = await chosenTenant(ctx, input.organizationId, ['input', 'organizationId']);
  return ctx.db.$transaction(async (tx) => {
    const store = new AgentStore(tx);
    const tools = await store.toolsByNames(names);
    const missing = names.filter((n) => !tools.some((t) => t.name === n));
    if (missing.length) throw badInput(missing.map((n) => ({ path: ['input', 'toolNames', names.indexOf(n)], message: `no tool named ${n}` })));
    const agent = await store.create({
      name: input.name,
      description: input.description ?? null,
      agentType: input.agentType ?? 'assistant',
      configuration: toJson(configFrom(input, { maxSteps: DEFAULT_MAX_STEPS })),
      capabilities: input.capabilities ?? [],
      organizationId,
      createdBy: callerId(ctx),
    });
    for (const tool of tools) await store.assign({ agentId: agent.id, toolId: tool.id });
    await announceAgent(ctx.events, tx, agent);
    return agent;
  });
}

export async function updateAgent(ctx: ConversationsContext, rawId: unknown, raw: unknown) {
  const agent = await loadAgent(ctx, idArg(rawId));
  await requireAuthor(ctx, agent);
  const input = parseInput(updateInput, raw, ['input']);
  if (input.name === null) throw badInput([{ path: ['input', 'name'], message: 'cannot be null' }]);
  if (input.modelId) await resolveModel(ctx, input.modelId, null, ['input', 'modelId']);
  const data: Record<string, unknown> = { configuration: configFrom(input, configOf(agent)) };
  if (input.name) data.name = input.name;
  if (input.description !== undefined) data.description = input.description;
  if (input.capabilities !== undefined) data.capabilities = input.capabilities ?? [];
  if (input.isActive !== undefined && input.isActive !== null) data.isActive = input.isActive;
  return ctx.db.$transaction(async (tx) => {
    const saved = await new AgentStore(tx).update(agent.id, data);
    await announceAgent(ctx.events, tx, saved);
    return saved;
  });
}

export async function assignTool(ctx: ConversationsContext, raw: { agentId: unknown; toolId: unknown; configuration?: unknown }) {
  const agent = await loadAgent(ctx, idArg(raw.agentId, ['agentId']));
  await requireAuthor(ctx, agent);
  const toolId = idArg(raw.toolId, ['toolId']);
  const config = parseInput(jsonObject.nullish(), raw.configuration, ['configuration']);
  if (!(await ctx.loaders.tool.load(toolId))) throw badInput([{ path: ['toolId'], message: 'no such tool' }]);
  await new AgentStore(ctx.db).assign({ agentId: agent.id, toolId, configuration: config ?? {} });
  return agent;
}

export async function unassignTool(ctx: ConversationsContext, raw: { agentId: unknown; toolId: unknown }) {
  const agent = await loadAgent(ctx, idArg(raw.agentId, ['agentId']));
  await requireAuthor(ctx, agent);
  if (!(await new AgentStore(ctx.db).unassign(agent.id, idArg(raw.toolId, ['toolId'])))) throw notFound('Tool assignment');
  return agent;
}

interface StepRecord {
  step: number;
  promptTokens: number;
  completionTokens: number;
  content: string | null;
  toolCalls: { id: string; name: string; arguments: string; result?: unknown; error?: string }[];
}

/**
 * The tool-calling loop, synchronous within the mutation and bounded by the step limit and the
 * provider timeout. The execution row is written as `running` first, in its own statement, and
 * completed at the end whatever happens: a provider failure or the step limit is a FAILED run
 * returned as a value, and tool errors are recorded without stopping the run.
 */
export async function runAgent(ctx: ConversationsContext, rawAgentId: unknown, rawInput: unknown) {
  const agent = await loadAgent(ctx, idArg(rawAgentId, ['agentId']));
  const input = parseInput(z.string().trim().min(1, 'must not be empty').max(20_000), rawInput, ['input']);
  if (!agent.isActive) throw conflict('The agent is inactive', ['agentId']);
  const config = configOf(agent);
  const maxSteps = config.maxSteps ?? DEFAULT_MAX_STEPS;
  const { model, provider } = await resolveModel(ctx, config.modelId, null, ['agentId']);
  await assertWithinBudget(ctx, agent.organizationId);
  const assignments = await ctx.loaders.assignmentsByAgent.load(agent.id);
  const tools = (await ctx.loaders.tool.loadMany(assignments.map((a) => a.toolId))).filter((t): t is AgentTool => !!t && !(t instanceof Error) && t.isActive);
  const assigned = new Map(tools.map((t) => [t.name, t]));
  const specs: ToolSpec[] = tools.map((t) => ({
    name: t.name,
    description: t.description ?? '',
    parameters: ((t.configuration as { parameters?: Record<string, unknown> })?.parameters ?? builtin(t.name)?.parameters ?? { type: 'object' }) as Record<string, unknown>,
  }));

  // Before the execution row: a key the key service refuses leaves no running execution behind.
  const client = await llmClient(ctx, provider);
  const store = new AgentStore(ctx.db);
  const execution = await store.createExecution({
    agentId: agent.id,
    status: 'running',
    input: { input },
    userId: callerId(ctx),
    metadata: { modelId: model.id, model: model.modelName, provider: provider.name, maxSteps, tools: tools.map((t) => t.name) },
  });
  const began = performance.now();
  const messages: ChatMessage[] = [...(config.instructions ? [{ role: 'system' as const, content: config.instructions }] : []), { role: 'user', content: input }];
  const steps: StepRecord[] = [];
  const toolErrors: string[] = [];
  let promptTokens = 0;
  let completionTokens = 0;
  let cost = new Decimal(0);
  let answer: string | null = null;
  let failure: string | null = null;
  let providerFailed: string | null = null;

  try {
    for (let step = 1; step <= maxSteps && answer === null; step++) {
      const result = await client.chat({ model: model.modelName, messages, tools: specs.length ? specs : undefined, parameters: config.temperature !== undefined ? { temperature: config.temperature } : undefined });
      promptTokens += result.promptTokens;
      completionTokens += result.completionTokens;
      cost = cost.plus(callCost(result.promptTokens, result.completionTokens, model));
      const record: StepRecord = { step, promptTokens: result.promptTokens, completionTokens: result.completionTokens, content: result.content, toolCalls: [] };
      steps.push(record);
      if (result.toolCalls.length === 0) {
        answer = result.content ?? '';
        break;
      }
      messages.push({ role: 'assistant', content: result.content, toolCalls: result.toolCalls });
      for (const call of result.toolCalls) {
        const outcome = await executeTool(ctx, call, assigned);
        record.toolCalls.push({ id: call.id, name: call.name, arguments: call.arguments, ...(outcome.ok ? { result: outcome.result } : { error: outcome.error }) });
        if (!outcome.ok) toolErrors.push(`${call.name}: ${outcome.error}`);
        messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: JSON.stringify(outcome.ok ? outcome.result : { error: outcome.error }) });
      }
    }
    if (answer === null) failure = `Step limit of ${maxSteps} reached before a final answer`;
    await noteHealth(ctx, provider, 'healthy');
  } catch (error) {
    if (error instanceof ProviderError) {
      await noteHealth(ctx, provider, error.health);
      failure = error.message;
      providerFailed = error.kind === 'rate_limited' ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR';
    } else {
      ctx.logger.error({ err: error, executionId: execution.id }, 'agent run failed unexpectedly');
      failure = 'Internal error while running the agent';
    }
  }

  const executionTimeMs = Math.round(performance.now() - began);
  // The run's LLM usage (every step together), in the transaction that records it on the execution.
  return ctx.db.$transaction(async (tx) => {
    if (steps.length || providerFailed) {
      const usage = { provider: provider.name, model: model.modelName, operation: 'agent' as const, inputTokens: promptTokens, outputTokens: completionTokens, cost, latencyMs: executionTimeMs, success: !providerFailed, errorCode: providerFailed, organizationId: agent.organizationId };
      await publishLlmUsage(ctx, tx, usage);
    }
    if (steps.length) await publishAiOperation(ctx, tx, { operation: 'agent', provider: provider.name, model: model.modelName, organizationId: agent.organizationId, resourceType: 'AgentExecution', resourceId: execution.id, input, output: answer ?? '', success: !failure });
    return new AgentStore(tx).updateExecution(execution.id, {
      status: failure ? 'failed' : 'completed',
      output: toJson({
        answer,
        steps,
        toolErrors,
        usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, cost: cost.toFixed(6) },
      }),
      error: failure ?? (toolErrors.length ? `Tool errors: ${toolErrors.join('; ')}` : null),
      completedAt: new Date(),
      executionTimeMs,
    });
  });
}

import { AppError } from '@atrium/kernel';
import { z } from 'zod';
import type { ConversationsContext } from '../../context.js';
import type { AgentTool } from '../../db.js';
import type { ToolCall } from '../../providers/types.js';
import { renderForUse } from '../templates/service.js';
import { calculate, CalculatorError } from './calculator.js';

export interface BuiltinTool {
  description: string;
  /** JSON Schema of the arguments, sent to the model. */
  parameters: Record<string, unknown>;
  run(ctx: ConversationsContext, args: unknown): Promise<Record<string, unknown>>;
}

/** Thrown by a tool for a failure the model should see (bad arguments and the like). */
class ToolInputError extends Error {}

function parseArgs<T>(schema: z.ZodType<T>, args: unknown): T {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  throw new ToolInputError(parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; '));
}

/** Tools with an implementation in this subgraph; `agent_tools` rows of type `builtin` name one of these. */
export const BUILTIN_TOOLS: Record<string, BuiltinTool> = {
  calculator: {
    description: 'Evaluate an arithmetic expression exactly, with decimals: + - * / % ^, parentheses, sqrt, abs, round, floor, ceil, min, max, pi, e.',
    parameters: { type: 'object', properties: { expression: { type: 'string', description: 'For example "(2 + 3) * 4"' } }, required: ['expression'], additionalProperties: false },
    async run(_ctx, args) {
      const { expression } = parseArgs(z.object({ expression: z.string().max(500) }), args);
      return { expression, result: calculate(expression) };
    },
  },
  render_prompt: {
    description: 'Render a prompt template version with variables and return the text.',
    parameters: {
      type: 'object',
      properties: { templateId: { type: 'string', description: 'Id of the template version' }, variables: { type: 'object', description: 'Values by variable name' } },
      required: ['templateId'],
      additionalProperties: false,
    },
    async run(ctx, args) {
      const { templateId, variables } = parseArgs(z.object({ templateId: z.string(), variables: z.record(z.string(), z.unknown()).optional() }), args);
      const rendered = await renderForUse(ctx, templateId, variables ?? {}, ['templateId'], ['variables']);
      return { templateId: rendered.template.id, version: rendered.template.templateVersion, text: rendered.text };
    },
  },
};

export const builtin = (name: string): BuiltinTool | undefined => (Object.hasOwn(BUILTIN_TOOLS, name) ? BUILTIN_TOOLS[name] : undefined);

export type ToolOutcome = { ok: true; result: Record<string, unknown> } | { ok: false; error: string };

/**
 * Run one tool call. Every failure becomes an outcome the model is told about and the
 * execution records; nothing a tool does can end the run.
 */
export async function executeTool(ctx: ConversationsContext, call: ToolCall, assigned: ReadonlyMap<string, AgentTool>): Promise<ToolOutcome> {
  const tool = assigned.get(call.name);
  if (!tool) return { ok: false, error: `Tool "${call.name}" is not assigned to this agent` };
  const impl = tool.toolType === 'builtin' ? builtin(tool.name) : undefined;
  if (!impl) return { ok: false, error: `Tool "${call.name}" has no implementation` };
  let args: unknown;
  try {
    args = JSON.parse(call.arguments || '{}');
  } catch {
    return { ok: false, error: 'arguments are not valid JSON' };
  }
  try {
    return { ok: true, result: await impl.run(ctx, args) };
  } catch (error) {
    if (error instanceof CalculatorError || error instanceof ToolInputError || error instanceof AppError) return { ok: false, error: error.message };
    ctx.logger.error({ err: error, tool: call.name }, 'tool failed unexpectedly');
    return { ok: false, error: 'internal tool error' };
  }
}

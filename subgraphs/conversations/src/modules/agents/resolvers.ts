import { idArg } from '@atrium/kernel';
import type { ConversationsContext } from '../../context.js';
import type { Agent, AgentExecution, AgentToolAssignment } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as agents from './service.js';

type Ctx = ConversationsContext;
interface Output {
  answer?: string | null;
  steps?: unknown[];
  usage?: { totalTokens?: number; cost?: string };
}
const output = (e: AgentExecution) => (e.output ?? {}) as Output;

export const agentResolvers = {
  Query: {
    agents: (_: unknown, args: unknown, ctx: Ctx) => agents.listAgents(ctx, args),
    agent: (_: unknown, args: { id: unknown }, ctx: Ctx) => ctx.loaders.agent.load(idArg(args.id)),
    agentTools: (_: unknown, args: unknown, ctx: Ctx) => agents.listTools(ctx, args),
    agentExecution: (_: unknown, args: { id: unknown }, ctx: Ctx) => agents.getExecution(ctx, args.id),
  },
  Mutation: {
    createAgentTool: (_: unknown, args: { input: unknown }, ctx: Ctx) => agents.createTool(ctx, args.input),
    createAgent: (_: unknown, args: { input: unknown }, ctx: Ctx) => agents.createAgent(ctx, args.input),
    updateAgent: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => agents.updateAgent(ctx, args.id, args.input),
    assignAgentTool: (_: unknown, args: { agentId: unknown; toolId: unknown; configuration?: unknown }, ctx: Ctx) => agents.assignTool(ctx, args),
    unassignAgentTool: (_: unknown, args: { agentId: unknown; toolId: unknown }, ctx: Ctx) => agents.unassignTool(ctx, args),
    runAgent: (_: unknown, args: { agentId: unknown; input: unknown }, ctx: Ctx) => agents.runAgent(ctx, args.agentId, args.input),
  },
  User: {
    agents: (u: { id: string }, args: unknown, ctx: Ctx) => agents.listAgents(ctx, args, { createdBy: u.id }),
  },
  Organization: {
    agents: (o: { id: string }, args: unknown, ctx: Ctx) => agents.listAgents(ctx, args, { organizationId: o.id }),
  },
  Agent: {
    capabilities: (a: Agent) => a.capabilities ?? [],
    organization: (a: Agent) => (a.organizationId ? { __typename: 'Organization', id: a.organizationId } : null),
    createdBy: (a: Agent) => (a.createdBy ? { __typename: 'User', id: a.createdBy } : null),
    tools: (a: Agent, args: unknown, ctx: Ctx) => agents.toolsOfAgent(ctx, a, args),
    executions: (a: Agent, args: unknown, ctx: Ctx) => agents.executionsOfAgent(ctx, a, args),
  },
  AgentToolAssignment: {
    tool: (a: AgentToolAssignment, _: unknown, ctx: Ctx) => ctx.loaders.tool.load(a.toolId),
  },
  AgentExecution: {
    agent: (e: AgentExecution, _: unknown, ctx: Ctx) => ctx.loaders.agent.load(e.agentId),
    user: (e: AgentExecution) => (e.userId ? { __typename: 'User', id: e.userId } : null),
    answer: (e: AgentExecution) => output(e).answer ?? null,
    steps: (e: AgentExecution) => output(e).steps?.length ?? 0,
    totalTokens: (e: AgentExecution) => output(e).usage?.totalTokens ?? 0,
    cost: (e: AgentExecution) => formatDecimal(output(e).usage?.cost ?? '0', 6),
  },
};

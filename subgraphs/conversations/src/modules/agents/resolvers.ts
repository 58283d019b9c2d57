import { idArg, present } from '@atrium/kernel';
import type { Agent, AgentExecution, AgentToolAssignment } from '../../db.js';
import { formatDecimal } from '../chat/cost.js';
import * as agents from './service.js';
import type { Resolvers } from '../../schema.generated.js';

interface Output {
  answer?: string | null;
  steps?: unknown[];
  usage?: { totalTokens?: number; cost?: string };
}
const output = (e: AgentExecution) => (e.output ?? {}) as Output;

export const agentResolvers: Resolvers = {
  Query: {
    agents: (_, args, ctx) => agents.listAgents(ctx, args),
    agent: (_, args, ctx) => agents.getAgent(ctx, idArg(args.id)),
    agentTools: (_, args, ctx) => agents.listTools(ctx, args),
    agentExecution: (_, args, ctx) => agents.getExecution(ctx, args.id),
  },
  Mutation: {
    createAgentTool: (_, args, ctx) => agents.createTool(ctx, args.input),
    createAgent: (_, args, ctx) => agents.createAgent(ctx, args.input),
    updateAgent: (_, args, ctx) => agents.updateAgent(ctx, args.id, args.input),
    assignAgentTool: (_, args, ctx) => agents.assignTool(ctx, args),
    unassignAgentTool: (_, args, ctx) => agents.unassignTool(ctx, args),
    runAgent: (_, args, ctx) => agents.runAgent(ctx, args.agentId, args.input),
  },
  User: {
    agents: (u, args, ctx) => agents.listAgents(ctx, args, { createdBy: u.id }),
  },
  Organization: {
    agents: (o, args, ctx) => agents.listAgents(ctx, args, { organizationId: o.id }),
  },
  Agent: {
    capabilities: (a) => a.capabilities ?? [],
    organization: (a) => (a.organizationId ? { __typename: 'Organization', id: a.organizationId } : null),
    createdBy: (a) => (a.createdBy ? { __typename: 'User', id: a.createdBy } : null),
    tools: (a, args, ctx) => agents.toolsOfAgent(ctx, a, args),
    executions: (a, args, ctx) => agents.executionsOfAgent(ctx, a, args),
  },
  AgentToolAssignment: {
    tool: (a, _, ctx) => present(ctx.loaders.tool.load(a.toolId), 'Agent tool'),
  },
  AgentExecution: {
    agent: (e, _, ctx) => present(ctx.loaders.agent.load(e.agentId), 'Agent'),
    user: (e) => (e.userId ? { __typename: 'User', id: e.userId } : null),
    answer: (e) => output(e).answer ?? null,
    steps: (e) => output(e).steps?.length ?? 0,
    totalTokens: (e) => output(e).usage?.totalTokens ?? 0,
    cost: (e) => formatDecimal(output(e).usage?.cost ?? '0', 6),
  },
};

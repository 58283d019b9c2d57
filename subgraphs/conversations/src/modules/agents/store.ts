import type { DbClient, Prisma } from '../../db.js';
import { paginate, unique, type Page } from '@atrium/kernel';

/** Every Prisma call touching agents, tools, assignments and executions. */
export class AgentStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.agent.findMany({ where: { id: { in: [...ids] } } });
  }

  list(where: Prisma.AgentWhereInput, p: Page) {
    return paginate(p, where, (q) => this.db.agent.findMany(q), (w) => this.db.agent.count({ where: w }));
  }

  create(data: Prisma.AgentUncheckedCreateInput) {
    return this.db.agent.create({ data });
  }

  update(id: string, data: Prisma.AgentUncheckedUpdateInput) {
    return this.db.agent.update({ where: { id }, data });
  }

  toolsByIds(ids: readonly string[]) {
    return this.db.agentTool.findMany({ where: { id: { in: [...ids] } } });
  }

  toolsByNames(names: readonly string[]) {
    return this.db.agentTool.findMany({ where: { name: { in: [...names] } } });
  }

  listTools(p: Page) {
    return paginate(p, {}, (q) => this.db.agentTool.findMany(q), (w) => this.db.agentTool.count({ where: w }));
  }

  createTool(data: Prisma.AgentToolCreateInput) {
    return unique(this.db.agentTool.create({ data }), 'A tool with this name exists', ['name']);
  }

  upsertTool(name: string, data: Omit<Prisma.AgentToolCreateInput, 'name'>) {
    return this.db.agentTool.upsert({ where: { name }, create: { ...data, name }, update: {} });
  }

  assignmentsOfAgents(agentIds: readonly string[]) {
    return this.db.agentToolAssignment.findMany({ where: { agentId: { in: [...agentIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  assignmentsPage(agentId: string, p: Page) {
    return paginate(p, { agentId }, (q) => this.db.agentToolAssignment.findMany(q), (w) => this.db.agentToolAssignment.count({ where: w }));
  }

  assign(data: Prisma.AgentToolAssignmentUncheckedCreateInput) {
    return unique(this.db.agentToolAssignment.create({ data }), 'The tool is already assigned to this agent', ['toolId']);
  }

  async unassign(agentId: string, toolId: string): Promise<boolean> {
    return (await this.db.agentToolAssignment.deleteMany({ where: { agentId, toolId } })).count === 1;
  }

  executionsByIds(ids: readonly string[]) {
    return this.db.agentExecution.findMany({ where: { id: { in: [...ids] } } });
  }

  executionsOfAgent(agentId: string, userId: string | null, p: Page) {
    return paginate(p, { agentId, ...(userId ? { userId } : {}) }, (q) => this.db.agentExecution.findMany(q), (w) => this.db.agentExecution.count({ where: w }), [{ startedAt: 'asc' }, { id: 'asc' }]);
  }

  createExecution(data: Prisma.AgentExecutionUncheckedCreateInput) {
    return this.db.agentExecution.create({ data });
  }

  updateExecution(id: string, data: Prisma.AgentExecutionUncheckedUpdateInput) {
    return this.db.agentExecution.update({ where: { id }, data });
  }
}

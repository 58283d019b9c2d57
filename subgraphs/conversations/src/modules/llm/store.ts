import type { DbClient, Prisma } from '../../db.js';
import { paginate, unique, type Page } from '@atrium/kernel';

/** The built-in offline provider and model, seeded at every start; conversations default to it. */
export const LOCAL_PROVIDER = 'local';
export const LOCAL_MODEL = 'local-echo';

/** Every Prisma call touching providers and models. */
export class LlmStore {
  constructor(private readonly db: DbClient) {}

  providersByIds(ids: readonly string[]) {
    return this.db.llmProvider.findMany({ where: { id: { in: [...ids] } } });
  }

  modelsByIds(ids: readonly string[]) {
    return this.db.llmModel.findMany({ where: { id: { in: [...ids] } } });
  }

  listProviders(p: Page) {
    return paginate(p, {}, (q) => this.db.llmProvider.findMany(q), (w) => this.db.llmProvider.count({ where: w }));
  }

  listModels(p: Page, where: Prisma.LlmModelWhereInput) {
    return paginate(p, where, (q) => this.db.llmModel.findMany(q), (w) => this.db.llmModel.count({ where: w }));
  }

  defaultModel() {
    return this.db.llmModel.findFirst({ where: { modelName: LOCAL_MODEL, provider: { name: LOCAL_PROVIDER } } });
  }

  createProvider(data: Prisma.LlmProviderCreateInput) {
    return unique(this.db.llmProvider.create({ data }), 'A provider with this name already exists', ['name']);
  }

  updateProvider(id: string, data: Prisma.LlmProviderUpdateInput) {
    return unique(this.db.llmProvider.update({ where: { id }, data }), 'A provider with this name already exists', ['name']);
  }

  deleteProvider(id: string) {
    return this.db.llmProvider.delete({ where: { id } });
  }

  /** Record health; returns nothing when the row is gone. */
  recordHealth(id: string, healthStatus: string) {
    return this.db.llmProvider.updateMany({ where: { id }, data: { healthStatus, lastHealthCheck: new Date() } });
  }

  createModel(data: Prisma.LlmModelUncheckedCreateInput) {
    return unique(this.db.llmModel.create({ data }), 'The provider already has a model with this name', ['modelName']);
  }

  updateModel(id: string, data: Prisma.LlmModelUpdateInput) {
    return this.db.llmModel.update({ where: { id }, data });
  }

  /** Whether any stored message, conversation or job still points at one of the provider's models. */
  async providerInUse(providerId: string): Promise<boolean> {
    const where = { model: { providerId } };
    const [messages, jobs, conversations] = await Promise.all([
      this.db.message.count({ where, take: 1 }),
      this.db.documentProcessingJob.count({ where, take: 1 }),
      this.db.conversation.count({ where: { defaultModel: { providerId } }, take: 1 }),
    ]);
    return messages + jobs + conversations > 0;
  }
}

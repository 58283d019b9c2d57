import { paginate, tenantWhere, type Page, type TenantScope } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Every statement touching `compliance.ai_compliance_logs`. */
export class AiLogStore {
  constructor(private readonly db: DbClient) {}

  /** Insert once per event id; whether it was new. */
  async insert(data: Prisma.AiComplianceLogCreateInput): Promise<boolean> {
    const n = await this.db.aiComplianceLog.createMany({ data: [data as Prisma.AiComplianceLogCreateManyInput], skipDuplicates: true });
    return n.count === 1;
  }

  list(scope: TenantScope, where: Prisma.AiComplianceLogWhereInput, p: Page) {
    const inScope = { AND: [where, tenantWhere(scope, 'organizationId')] };
    return paginate(p, inScope, (q) => this.db.aiComplianceLog.findMany(q), (w) => this.db.aiComplianceLog.count({ where: w }), [{ createdAt: 'desc' }, { id: 'desc' }]);
  }

  find(scope: TenantScope, id: string, where: Prisma.AiComplianceLogWhereInput = {}) {
    return this.db.aiComplianceLog.findFirst({ where: { AND: [{ id }, where, tenantWhere(scope, 'organizationId')] } });
  }

  async lock(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('SELECT 1 FROM compliance.ai_compliance_logs WHERE id = $1::uuid FOR UPDATE', id);
  }

  update(id: string, data: Prisma.AiComplianceLogUpdateInput) {
    return this.db.aiComplianceLog.update({ where: { id }, data });
  }
}

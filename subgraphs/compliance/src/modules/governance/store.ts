import { paginate, tenantWhere, type Page, type TenantScope } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Every statement touching `compliance.compliance_frameworks` and `compliance.compliance_assessments`. */
export class GovernanceStore {
  constructor(private readonly db: DbClient) {}

  frameworks() {
    return this.db.complianceFramework.findMany({ orderBy: { name: 'asc' } });
  }

  frameworksByIds(ids: readonly string[]) {
    return this.db.complianceFramework.findMany({ where: { id: { in: [...ids] } } });
  }

  framework(id: string) {
    return this.db.complianceFramework.findUnique({ where: { id } });
  }

  list(scope: TenantScope, where: Prisma.ComplianceAssessmentWhereInput, p: Page) {
    const inScope = { AND: [where, tenantWhere(scope, 'organizationId')] };
    return paginate(p, inScope, (q) => this.db.complianceAssessment.findMany(q), (w) => this.db.complianceAssessment.count({ where: w }), [{ createdAt: 'desc' }, { id: 'desc' }]);
  }

  /** One assessment inside the tenant scope, or null (absent and foreign read the same). */
  find(scope: TenantScope, id: string) {
    return this.db.complianceAssessment.findFirst({ where: { id, ...tenantWhere(scope, 'organizationId') } });
  }

  /** Lock the row for a workflow step (inside a transaction). */
  async lock(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('SELECT 1 FROM compliance.compliance_assessments WHERE id = $1::uuid FOR UPDATE', id);
  }

  create(data: Prisma.ComplianceAssessmentUncheckedCreateInput) {
    return this.db.complianceAssessment.create({ data });
  }

  update(id: string, data: Prisma.ComplianceAssessmentUncheckedUpdateInput) {
    return this.db.complianceAssessment.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
  }
}

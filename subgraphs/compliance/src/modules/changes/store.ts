import { paginate, tenantWhere, type Page, type TenantScope } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Every statement touching `compliance.change_sets` and `compliance.change_tracking`. */
export class ChangeStore {
  constructor(private readonly db: DbClient) {}

  /** Insert a change set and its rows unless the set exists (a redelivered audit event); whether it was new. */
  async record(set: Prisma.ChangeSetCreateManyInput, rows: Prisma.ChangeTrackingCreateManyInput[]): Promise<boolean> {
    const { count } = await this.db.changeSet.createMany({ data: [set], skipDuplicates: true });
    // Rows too on a redelivery: a crash between the two statements must not leave a set without them.
    await this.db.changeTracking.createMany({ data: rows, skipDuplicates: true });
    return count === 1;
  }

  listSets(scope: TenantScope, where: Prisma.ChangeSetWhereInput, p: Page) {
    const inScope = { AND: [where, tenantWhere(scope, 'organizationId')] };
    return paginate(p, inScope, (q) => this.db.changeSet.findMany(q), (w) => this.db.changeSet.count({ where: w }), [{ changedAt: 'desc' }, { id: 'desc' }]);
  }

  listRows(scope: TenantScope, where: Prisma.ChangeTrackingWhereInput, p: Page) {
    const inScope = { AND: [where, { changeSet: { is: tenantWhere(scope, 'organizationId') } }] };
    return paginate(
      p,
      inScope,
      (q) => this.db.changeTracking.findMany(q),
      (w) => this.db.changeTracking.count({ where: w }),
      [{ changedAt: 'desc' }, { changeSetId: 'desc' }, { sequenceNumber: 'asc' }, { id: 'asc' }],
    );
  }

  rowsOfSets(ids: readonly string[]) {
    return this.db.changeTracking.findMany({ where: { changeSetId: { in: [...ids] } }, orderBy: [{ changeSetId: 'asc' }, { sequenceNumber: 'asc' }] });
  }

  /** One change set inside the tenant scope, or null (absent and foreign read the same). */
  findSet(scope: TenantScope, id: string) {
    return this.db.changeSet.findFirst({ where: { id, ...tenantWhere(scope, 'organizationId') } });
  }

  async lock(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('SELECT 1 FROM compliance.change_sets WHERE id = $1::uuid FOR UPDATE', id);
  }

  /** Record the approval on the set and on each of its rows (the seed keeps it per row). */
  async approve(id: string, by: string, note: string | null) {
    const at = new Date();
    await this.db.changeTracking.updateMany({ where: { changeSetId: id }, data: { approvedBy: by, approvedAt: at } });
    return this.db.changeSet.update({ where: { id }, data: { approvedBy: by, approvedAt: at, approvalNote: note } });
  }
}

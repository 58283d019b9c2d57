import { Prisma, type DbClient } from '../../db.js';
import { ownedInTenants, paginate, removeJob, type Page, type TenantScope } from '@atrium/kernel';

/** Every Prisma call touching documents and their processing jobs. */
export class DocumentStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.document.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Documents inside `tenants`; with `ownerId`, that user's only, personal ones included (kernel `ownedInTenants`). */
  list(tenants: TenantScope, ownerId: string | null, p: Page, organizationId: string | null = null) {
    const where: Prisma.DocumentWhereInput = { AND: [ownedInTenants(tenants, ownerId, 'userId'), organizationId ? { organizationId } : {}] };
    return paginate(p, where, (q) => this.db.document.findMany(q), (w) => this.db.document.count({ where: w }));
  }

  create(data: Prisma.DocumentUncheckedCreateInput) {
    return this.db.document.create({ data });
  }

  update(id: string, data: Prisma.DocumentUncheckedUpdateInput) {
    return this.db.document.update({ where: { id }, data });
  }

  jobsByIds(ids: readonly string[]) {
    return this.db.documentProcessingJob.findMany({ where: { id: { in: [...ids] } } });
  }

  jobsOfDocument(documentId: string, p: Page) {
    return paginate(p, { documentId }, (q) => this.db.documentProcessingJob.findMany(q), (w) => this.db.documentProcessingJob.count({ where: w }));
  }

  createJob(data: Prisma.DocumentProcessingJobUncheckedCreateInput) {
    return this.db.documentProcessingJob.create({ data });
  }

  /** Start an attempt unless the job was cancelled or already ended; returns the row, or null. */
  async startAttempt(id: string) {
    const count = await this.db.documentProcessingJob.updateMany({
      where: { id, status: { in: ['queued', 'running'] } },
      data: { status: 'running', attempts: { increment: 1 }, startedAt: new Date(), errorMessage: null },
    });
    return count.count === 1 ? this.db.documentProcessingJob.findUnique({ where: { id } }) : null;
  }

  /** Write an attempt's outcome only while the job is still running (a cancel wins). */
  async finishAttempt(id: string, data: Prisma.DocumentProcessingJobUpdateManyMutationInput): Promise<boolean> {
    return (await this.db.documentProcessingJob.updateMany({ where: { id, status: 'running' }, data })).count === 1;
  }

  /** Cancel a job that has not ended; false when it already had. */
  async cancel(id: string): Promise<boolean> {
    return (await this.db.documentProcessingJob.updateMany({ where: { id, status: { in: ['queued', 'running'] } }, data: { status: 'cancelled', completedAt: new Date() } })).count === 1;
  }

  /** Queue a failed or cancelled job again with fresh attempts. */
  async requeue(id: string, maxAttempts: number): Promise<boolean> {
    const count = await this.db.documentProcessingJob.updateMany({
      where: { id, status: { in: ['failed', 'cancelled'] } },
      data: { status: 'queued', attempts: 0, maxAttempts, errorMessage: null, outputData: Prisma.DbNull, startedAt: null, completedAt: null, processingTimeMs: null, tokensUsed: null, cost: null },
    });
    return count.count === 1;
  }

  /** Take the job off graphile-worker's queue: removed when waiting, no further retry when running. */
  removeQueued(jobKey: string): Promise<void> {
    return removeJob(this.db, jobKey);
  }
}

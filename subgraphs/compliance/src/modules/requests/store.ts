import { paginate, type Page } from '@atrium/kernel';
import type { DataSubjectContribution, DataSubjectRequest, DbClient, Prisma } from '../../db.js';

/** A request with its contributions, as the API returns it. */
export type RequestRow = DataSubjectRequest & { contributions: DataSubjectContribution[] };

const withParts = { contributions: { orderBy: { subgraph: 'asc' as const } } };

/** Every statement touching `compliance.data_subject_requests` and their contributions. */
export class RequestStore {
  constructor(private readonly db: DbClient) {}

  create(data: Prisma.DataSubjectRequestUncheckedCreateInput): Promise<RequestRow> {
    return this.db.dataSubjectRequest.create({ data, include: withParts });
  }

  /** One request where `visible` holds (the caller's reach), or null. */
  find(id: string, visible: Prisma.DataSubjectRequestWhereInput = {}): Promise<RequestRow | null> {
    return this.db.dataSubjectRequest.findFirst({ where: { AND: [{ id }, visible] }, include: withParts });
  }

  list(where: Prisma.DataSubjectRequestWhereInput, p: Page): Promise<RequestRow[]> {
    return paginate(p, where, (q) => this.db.dataSubjectRequest.findMany({ ...q, include: withParts }), (w) => this.db.dataSubjectRequest.count({ where: w }), [{ createdAt: 'desc' }, { id: 'desc' }]);
  }

  /** Lock a request for a change (inside a transaction): verifications and contributions serialize on it. */
  async lock(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('SELECT 1 FROM compliance.data_subject_requests WHERE id = $1::uuid FOR UPDATE', id);
  }

  update(id: string, data: Prisma.DataSubjectRequestUncheckedUpdateInput): Promise<RequestRow> {
    return this.db.dataSubjectRequest.update({ where: { id }, data: { ...data, updatedAt: new Date() }, include: withParts });
  }

  /** One pending contribution per participant. */
  async expect(requestId: string, subgraphs: readonly string[]): Promise<void> {
    await this.db.dataSubjectContribution.createMany({ data: subgraphs.map((subgraph) => ({ requestId, subgraph })), skipDuplicates: true });
  }

  /** Record a participant's answer once: only a pending contribution takes it; whether this one did. */
  async answer(requestId: string, subgraph: string, data: Prisma.DataSubjectContributionUncheckedUpdateManyInput): Promise<boolean> {
    const n = await this.db.dataSubjectContribution.updateMany({ where: { requestId, subgraph, status: 'pending' }, data: { ...data, completedAt: new Date() } });
    return n.count === 1;
  }

  contributions(requestId: string): Promise<DataSubjectContribution[]> {
    return this.db.dataSubjectContribution.findMany({ where: { requestId }, orderBy: { subgraph: 'asc' } });
  }
}

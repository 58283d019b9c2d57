import { paginate, type Page } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

const BY_JOINED = [{ joinedAt: 'asc' }, { id: 'asc' }] as const;

/** Every Prisma call touching organizations, memberships and teams. */
export class OrganizationStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.organization.findMany({ where: { id: { in: [...ids] } } });
  }

  list(p: Page, where: Prisma.OrganizationWhereInput = {}) {
    return paginate(p, (q) => this.db.organization.findMany({ where, ...q }), (w) => this.db.organization.count({ where: w }));
  }

  create(data: Prisma.OrganizationUncheckedCreateInput) {
    return this.db.organization.create({ data });
  }

  update(id: string, data: Prisma.OrganizationUncheckedUpdateInput) {
    return this.db.organization.update({ where: { id }, data });
  }

  membershipsOfUsers(userIds: readonly string[]) {
    return this.db.organizationMember.findMany({ where: { userId: { in: [...userIds] } }, orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }] });
  }

  membership(organizationId: string, userId: string) {
    return this.db.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
  }

  members(organizationId: string, p: Page) {
    return paginate(p, (q) => this.db.organizationMember.findMany({ where: { organizationId }, ...q }), (w) => this.db.organizationMember.count({ where: w }), BY_JOINED);
  }

  addMember(data: Prisma.OrganizationMemberUncheckedCreateInput) {
    return this.db.organizationMember.create({ data });
  }

  async removeMember(organizationId: string, userId: string): Promise<boolean> {
    const { count } = await this.db.organizationMember.deleteMany({ where: { organizationId, userId } });
    return count === 1;
  }

  /** Team memberships of a user inside one organization (removed with the org membership). */
  async removeFromOrganizationTeams(organizationId: string, userId: string) {
    await this.db.teamMember.deleteMany({ where: { userId, team: { organizationId } } });
  }

  teamsByIds(ids: readonly string[]) {
    return this.db.team.findMany({ where: { id: { in: [...ids] } } });
  }

  teams(organizationId: string, p: Page) {
    return paginate(p, (q) => this.db.team.findMany({ where: { organizationId }, ...q }), (w) => this.db.team.count({ where: w }));
  }

  createTeam(data: Prisma.TeamUncheckedCreateInput) {
    return this.db.team.create({ data });
  }

  updateTeam(id: string, data: Prisma.TeamUncheckedUpdateInput) {
    return this.db.team.update({ where: { id }, data });
  }

  teamMembers(teamId: string, p: Page) {
    return paginate(p, (q) => this.db.teamMember.findMany({ where: { teamId }, ...q }), (w) => this.db.teamMember.count({ where: w }), BY_JOINED);
  }

  addTeamMember(data: Prisma.TeamMemberUncheckedCreateInput) {
    return this.db.teamMember.create({ data });
  }

  async removeTeamMember(teamId: string, userId: string): Promise<boolean> {
    const { count } = await this.db.teamMember.deleteMany({ where: { teamId, userId } });
    return count === 1;
  }

  userExists(id: string) {
    return this.db.user.count({ where: { id, deletedAt: null } }).then((n) => n === 1);
  }
}

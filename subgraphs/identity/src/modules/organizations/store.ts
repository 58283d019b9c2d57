import { paginate, unique, type Page } from '@atrium/kernel';
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
    return unique(this.db.organization.create({ data }), 'An organization with this name or slug already exists');
  }

  update(id: string, data: Prisma.OrganizationUncheckedUpdateInput) {
    return unique(this.db.organization.update({ where: { id }, data }), 'An organization with this name already exists');
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
    return unique(this.db.organizationMember.create({ data }), 'This membership already exists');
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
    return unique(this.db.team.create({ data }), 'A team with this name already exists');
  }

  updateTeam(id: string, data: Prisma.TeamUncheckedUpdateInput) {
    return unique(this.db.team.update({ where: { id }, data }), 'A team with this name already exists');
  }

  teamMembers(teamId: string, p: Page) {
    return paginate(p, (q) => this.db.teamMember.findMany({ where: { teamId }, ...q }), (w) => this.db.teamMember.count({ where: w }), BY_JOINED);
  }

  addTeamMember(data: Prisma.TeamMemberUncheckedCreateInput) {
    return unique(this.db.teamMember.create({ data }), 'This team membership already exists');
  }

  async removeTeamMember(teamId: string, userId: string): Promise<boolean> {
    const { count } = await this.db.teamMember.deleteMany({ where: { teamId, userId } });
    return count === 1;
  }

  userExists(id: string) {
    return this.db.user.count({ where: { id, deletedAt: null } }).then((n) => n === 1);
  }
}

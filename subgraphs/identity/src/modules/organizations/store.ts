import { afterCursor, keysetOrder, type Cursor } from '@atrium/kernel';
import type { DbClient, Prisma } from '../../db.js';

/** Every Prisma call touching organizations, memberships and teams. */
export class OrganizationStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.organization.findMany({ where: { id: { in: [...ids] } } });
  }

  list(cursor: Cursor | null, take: number, where: Prisma.OrganizationWhereInput = {}) {
    return this.db.organization.findMany({ where: { AND: [where, afterCursor(cursor) as Prisma.OrganizationWhereInput] }, orderBy: keysetOrder(), take });
  }

  create(data: Prisma.OrganizationUncheckedCreateInput) {
    return this.db.organization.create({ data });
  }

  update(id: string, data: Prisma.OrganizationUncheckedUpdateInput) {
    return this.db.organization.update({ where: { id }, data });
  }

  membershipsOfUsers(userIds: readonly string[]) {
    return this.db.organizationMember.findMany({ where: { userId: { in: [...userIds] } }, orderBy: keysetOrder('joinedAt') });
  }

  membership(organizationId: string, userId: string) {
    return this.db.organizationMember.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
  }

  members(organizationId: string, cursor: Cursor | null, take: number) {
    return this.db.organizationMember.findMany({
      where: { AND: [{ organizationId }, afterCursor(cursor, 'joinedAt') as Prisma.OrganizationMemberWhereInput] },
      orderBy: keysetOrder('joinedAt'),
      take,
    });
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

  teams(organizationId: string, cursor: Cursor | null, take: number) {
    return this.db.team.findMany({ where: { AND: [{ organizationId }, afterCursor(cursor) as Prisma.TeamWhereInput] }, orderBy: keysetOrder(), take });
  }

  createTeam(data: Prisma.TeamUncheckedCreateInput) {
    return this.db.team.create({ data });
  }

  updateTeam(id: string, data: Prisma.TeamUncheckedUpdateInput) {
    return this.db.team.update({ where: { id }, data });
  }

  teamMembers(teamId: string, cursor: Cursor | null, take: number) {
    return this.db.teamMember.findMany({
      where: { AND: [{ teamId }, afterCursor(cursor, 'joinedAt') as Prisma.TeamMemberWhereInput] },
      orderBy: keysetOrder('joinedAt'),
      take,
    });
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

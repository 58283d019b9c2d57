import { ORGANIZATION_ROLES, paginate, tenantWhere, unique, type Page, type TenantScope } from '@atrium/kernel';
import type { DbClient, Organization, Prisma } from '../../db.js';

const BY_JOINED = [{ joinedAt: 'asc' }, { id: 'asc' }] as const;

/** Every Prisma call touching organizations, memberships and teams. */
export class OrganizationStore {
  constructor(private readonly db: DbClient) {}

  byIds(ids: readonly string[]) {
    return this.db.organization.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Organizations inside the caller's scope (kernel tenancy: an organization is its own tenant). */
  list(scope: TenantScope, p: Page, filter: Prisma.OrganizationWhereInput = {}) {
    const where = { ...filter, ...tenantWhere(scope, 'id') };
    return paginate(p, where, (q) => this.db.organization.findMany(q), (w) => this.db.organization.count({ where: w }));
  }

  /** The public directory: every organization, directory fields only. */
  directory(p: Page) {
    const select = { id: true, name: true, slug: true, displayName: true, createdAt: true } as const;
    return paginate(p, {}, (q) => this.db.organization.findMany({ select, ...q }), (w) => this.db.organization.count({ where: w }));
  }

  /** Lock the organization's row until the transaction ends (membership changes of one organization are serialised). */
  async lock(id: string) {
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "identity"."organizations" WHERE id = ${id}::uuid FOR UPDATE`;
    if (rows.length === 0) return null;
    return this.db.organization.findUnique({ where: { id } });
  }

  /** The user's memberships in any of these organizations (an organization and its ancestors). */
  membershipsIn(userId: string, organizationIds: readonly string[]) {
    return this.db.organizationMember.findMany({ where: { userId, organizationId: { in: [...organizationIds] } } });
  }

  ownerCount(organizationId: string) {
    return this.db.organizationMember.count({ where: { organizationId, roleId: ORGANIZATION_ROLES.org_owner.id } });
  }

  updateMember(id: string, data: Prisma.OrganizationMemberUncheckedUpdateInput) {
    return this.db.organizationMember.update({ where: { id }, data });
  }

  /** Lock several organizations' rows, in id order (two movers never wait on each other crosswise). */
  async lockAll(ids: readonly string[]) {
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "identity"."organizations" WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE`;
    return rows.length ? this.db.organization.findMany({ where: { id: { in: rows.map((r) => r.id) } } }) : [];
  }

  /** Rewrite the materialized path and depth of an organization and its whole subtree. */
  moveSubtree(oldPath: string, newPath: string, depthDelta: number) {
    return this.db.$executeRaw`
      UPDATE "identity"."organizations"
         SET organization_path = ${newPath} || substr(organization_path, ${oldPath.length + 1}), depth = depth + ${depthDelta}
       WHERE organization_path = ${oldPath} OR organization_path LIKE ${`${oldPath}/%`}`;
  }

  async hasChildren(id: string): Promise<boolean> {
    return (await this.db.organization.count({ where: { parentId: id }, take: 1 })) > 0;
  }

  /** Delete an organization; its memberships, teams and team memberships go by cascade. */
  async delete(id: string) {
    await this.db.$executeRaw`DELETE FROM "identity"."organization_announcements" WHERE organization_id = ${id}::uuid`;
    await this.db.organization.delete({ where: { id } });
  }

  /** Every membership of one organization (backfill). */
  allMembers(organizationId: string) {
    return this.db.organizationMember.findMany({ where: { organizationId }, orderBy: { id: 'asc' } });
  }

  /** Take one organization still to announce (backfill), removing it from the list; skips rows another process holds. */
  async takeAnnouncement(): Promise<Organization | null> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      DELETE FROM "identity"."organization_announcements"
       WHERE organization_id = (SELECT organization_id FROM "identity"."organization_announcements" ORDER BY organization_id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING organization_id::text AS id`;
    if (rows.length === 0) return null;
    return (await this.db.organization.findUnique({ where: { id: rows[0]!.id } })) ?? this.takeAnnouncement();
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
    return paginate(p, { organizationId }, (q) => this.db.organizationMember.findMany(q), (w) => this.db.organizationMember.count({ where: w }), BY_JOINED);
  }

  addMember(data: Prisma.OrganizationMemberUncheckedCreateInput) {
    return unique(this.db.organizationMember.create({ data }), 'This membership already exists');
  }

  async removeMember(organizationId: string, userId: string): Promise<boolean> {
    const { count } = await this.db.organizationMember.deleteMany({ where: { organizationId, userId } });
    return count === 1;
  }

  /** Team memberships of a user inside one organization (removed with the org membership). */
  /** Remove the user from every team of the organization; the team ids it was in. */
  async removeFromOrganizationTeams(organizationId: string, userId: string): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ teamId: string }[]>(
      `DELETE FROM "identity"."team_members" m USING "identity"."teams" t
        WHERE t.id = m.team_id AND t.organization_id = $1::uuid AND m.user_id = $2::uuid RETURNING m.team_id::text AS "teamId"`,
      organizationId,
      userId,
    );
    return rows.map((r) => r.teamId);
  }

  /** Every team membership of the organization (its deletion removes them all). */
  teamMembershipsOf(organizationId: string) {
    return this.db.teamMember.findMany({ where: { team: { organizationId } }, select: { teamId: true, userId: true } });
  }

  teamsByIds(ids: readonly string[]) {
    return this.db.team.findMany({ where: { id: { in: [...ids] } } });
  }

  teams(organizationId: string, p: Page) {
    return paginate(p, { organizationId }, (q) => this.db.team.findMany(q), (w) => this.db.team.count({ where: w }));
  }

  createTeam(data: Prisma.TeamUncheckedCreateInput) {
    return unique(this.db.team.create({ data }), 'A team with this name already exists');
  }

  updateTeam(id: string, data: Prisma.TeamUncheckedUpdateInput) {
    return unique(this.db.team.update({ where: { id }, data }), 'A team with this name already exists');
  }

  teamMembers(teamId: string, p: Page) {
    return paginate(p, { teamId }, (q) => this.db.teamMember.findMany(q), (w) => this.db.teamMember.count({ where: w }), BY_JOINED);
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

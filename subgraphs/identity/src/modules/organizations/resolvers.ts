import { idArg } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { Organization, OrganizationMember, Team, TeamMember } from '../../db.js';
import * as orgs from './service.js';

type Ctx = IdentityContext;

export const organizationResolvers = {
  OrganizationStatus: orgs.ORGANIZATION_STATUS,
  Query: {
    organization: (_: unknown, args: { id: unknown }, ctx: Ctx) => ctx.loaders.organization.load(idArg(args.id)),
    organizations: (_: unknown, args: unknown, ctx: Ctx) => orgs.listOrganizations(ctx, args),
    team: (_: unknown, args: { id: unknown }, ctx: Ctx) => ctx.loaders.team.load(idArg(args.id)),
  },
  Mutation: {
    createOrganization: (_: unknown, args: { input: unknown }, ctx: Ctx) => orgs.createOrganization(ctx, args.input),
    updateOrganization: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => orgs.updateOrganization(ctx, args.id, args.input),
    addOrganizationMember: (_: unknown, args: { input: unknown }, ctx: Ctx) => orgs.addMember(ctx, args.input),
    removeOrganizationMember: (_: unknown, args: { organizationId: unknown; userId: unknown }, ctx: Ctx) => orgs.removeMember(ctx, args.organizationId, args.userId),
    createTeam: (_: unknown, args: { input: unknown }, ctx: Ctx) => orgs.createTeam(ctx, args.input),
    updateTeam: (_: unknown, args: { id: unknown; input: unknown }, ctx: Ctx) => orgs.updateTeam(ctx, args.id, args.input),
    addTeamMember: (_: unknown, args: { input: unknown }, ctx: Ctx) => orgs.addTeamMember(ctx, args.input),
    removeTeamMember: (_: unknown, args: { teamId: unknown; userId: unknown }, ctx: Ctx) => orgs.removeTeamMember(ctx, args.teamId, args.userId),
  },
  Organization: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.organization.load(ref.id),
    parent: (o: Organization, _: unknown, ctx: Ctx) => (o.parentId ? ctx.loaders.organization.load(o.parentId) : null),
    path: (o: Organization) => (o.organizationPath ?? o.id).split('/'),
    children: (o: Organization, args: unknown, ctx: Ctx) => orgs.childrenOf(ctx, o, args),
    members: (o: Organization, args: unknown, ctx: Ctx) => orgs.membersOf(ctx, o.id, args),
    teams: (o: Organization, args: unknown, ctx: Ctx) => orgs.teamsOf(ctx, o.id, args),
  },
  OrganizationMember: {
    organization: (m: OrganizationMember, _: unknown, ctx: Ctx) => ctx.loaders.organization.load(m.organizationId),
    user: (m: OrganizationMember, _: unknown, ctx: Ctx) => ctx.loaders.user.load(m.userId),
  },
  Team: {
    organization: (t: Team, _: unknown, ctx: Ctx) => ctx.loaders.organization.load(t.organizationId),
    members: (t: Team, args: unknown, ctx: Ctx) => orgs.teamMembersOf(ctx, t.id, args),
  },
  TeamMember: {
    team: (m: TeamMember, _: unknown, ctx: Ctx) => ctx.loaders.team.load(m.teamId),
    user: (m: TeamMember, _: unknown, ctx: Ctx) => ctx.loaders.user.load(m.userId),
  },
};

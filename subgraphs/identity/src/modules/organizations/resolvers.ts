import { idArg, present } from '@atrium/kernel';
import type { Organization, OrganizationMember, Team, TeamMember } from '../../db.js';
import * as orgs from './service.js';
import type { Resolvers } from '../../schema.generated.js';


export const organizationResolvers: Resolvers = {
  OrganizationStatus: orgs.ORGANIZATION_STATUS,
  Query: {
    organization: (_, args, ctx) => orgs.readableOrganization(ctx, idArg(args.id)),
    organizations: (_, args, ctx) => orgs.listOrganizations(ctx, args),
    organizationDirectory: (_, args, ctx) => orgs.organizationDirectory(ctx, args),
    team: (_, args, ctx) => orgs.readableTeam(ctx, idArg(args.id)),
  },
  Mutation: {
    createOrganization: (_, args, ctx) => orgs.createOrganization(ctx, args.input),
    updateOrganization: (_, args, ctx) => orgs.updateOrganization(ctx, args.id, args.input),
    moveOrganization: (_, args, ctx) => orgs.moveOrganization(ctx, args.id, args.parentId),
    deleteOrganization: (_, args, ctx) => orgs.deleteOrganization(ctx, args.id),
    addOrganizationMember: (_, args, ctx) => orgs.addMember(ctx, args.input),
    updateOrganizationMember: (_, args, ctx) => orgs.updateMember(ctx, args.input),
    removeOrganizationMember: (_, args, ctx) => orgs.removeMember(ctx, args.organizationId, args.userId),
    createTeam: (_, args, ctx) => orgs.createTeam(ctx, args.input),
    updateTeam: (_, args, ctx) => orgs.updateTeam(ctx, args.id, args.input),
    addTeamMember: (_, args, ctx) => orgs.addTeamMember(ctx, args.input),
    removeTeamMember: (_, args, ctx) => orgs.removeTeamMember(ctx, args.teamId, args.userId),
  },
  Organization: {
    __resolveReference: (ref, ctx) => ctx.loaders.organization.load(ref.id),
    parent: (o, _, ctx) => (o.parentId ? ctx.loaders.organization.load(o.parentId) : null),
    path: (o) => (o.organizationPath ?? o.id).split('/'),
    children: (o, args, ctx) => orgs.childrenOf(ctx, o, args),
    members: (o, args, ctx) => orgs.membersOf(ctx, o.id, args),
    teams: (o, args, ctx) => orgs.teamsOf(ctx, o.id, args),
  },
  OrganizationMember: {
    organization: (m, _, ctx) => present(ctx.loaders.organization.load(m.organizationId), 'Organization'),
    user: (m, _, ctx) => present(ctx.loaders.user.load(m.userId), 'User'),
  },
  Team: {
    organization: (t, _, ctx) => present(ctx.loaders.organization.load(t.organizationId), 'Organization'),
    members: (t, args, ctx) => orgs.teamMembersOf(ctx, t.id, args),
  },
  TeamMember: {
    team: (m, _, ctx) => present(ctx.loaders.team.load(m.teamId), 'Team'),
    user: (m, _, ctx) => present(ctx.loaders.user.load(m.userId), 'User'),
  },
};

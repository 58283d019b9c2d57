import { z } from 'zod';
import { badInput, connection, httpUrl as url, idArg, notFound, page, parseInput, uuid } from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { Organization } from '../../db.js';
import { OrganizationStore } from './store.js';

const httpUrl = url.nullish();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes').max(180);
const STATUS = { ACTIVE: 'active', SUSPENDED: 'suspended', TRIAL: 'trial', INACTIVE: 'inactive' } as const;

const createInput = z.object({
  name: z.string().trim().min(1).max(180),
  slug: slug.nullish(),
  displayName: z.string().trim().min(1).max(200).nullish(),
  description: z.string().max(5000).nullish(),
  website: httpUrl,
  logoUrl: httpUrl,
  parentId: uuid.nullish(),
  subscriptionTier: z.string().trim().min(1).max(50).nullish(),
  userLimit: z.number().int().min(1).max(1_000_000).nullish(),
});

const updateInput = z.object({
  name: z.string().trim().min(1).max(180).nullish(),
  displayName: z.string().trim().min(1).max(200).nullish(),
  description: z.string().max(5000).nullish(),
  website: httpUrl,
  logoUrl: httpUrl,
  // GraphQL already mapped the enum to its stored value (see ORGANIZATION_STATUS).
  status: z.enum(['active', 'suspended', 'trial', 'inactive']).nullish(),
  subscriptionTier: z.string().trim().min(1).max(50).nullish(),
  userLimit: z.number().int().min(1).max(1_000_000).nullish(),
  settings: z.record(z.string(), z.unknown()).nullish(),
});

const memberInput = z.object({ organizationId: uuid, userId: uuid, roleId: uuid.nullish(), isOwner: z.boolean().nullish() });
const teamInput = z.object({ organizationId: uuid, name: z.string().trim().min(1).max(180), description: z.string().max(5000).nullish() });
const teamUpdate = z.object({ name: z.string().trim().min(1).max(180).nullish(), description: z.string().max(5000).nullish() });
const teamMemberInput = z.object({ teamId: uuid, userId: uuid, roleId: uuid.nullish() });

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 180) || 'org';

export async function listOrganizations(ctx: IdentityContext, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).list(p);
  rows.forEach((row) => ctx.loaders.organization.prime(row.id, row));
  return connection(rows, p);
}

export async function childrenOf(ctx: IdentityContext, org: Organization, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).list(p, { parentId: org.id });
  return connection(rows, p);
}

export async function membersOf(ctx: IdentityContext, organizationId: string, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).members(organizationId, p);
  return connection(rows, p);
}

export async function teamsOf(ctx: IdentityContext, organizationId: string, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).teams(organizationId, p);
  return connection(rows, p);
}

export async function teamMembersOf(ctx: IdentityContext, teamId: string, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).teamMembers(teamId, p);
  return connection(rows, p);
}

export async function createOrganization(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(createInput, rawInput, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    let parentPath: string | null = null;
    let depth = 0;
    if (input.parentId) {
      const [parent] = await store.byIds([input.parentId]);
      if (!parent) throw badInput([{ path: ['input', 'parentId'], message: 'no such organization' }]);
      parentPath = parent.organizationPath ?? parent.id;
      depth = parent.depth + 1;
    }
    const org = await store.create({
      name: input.name,
      slug: input.slug ?? slugify(input.name),
      displayName: input.displayName ?? input.name,
      description: input.description ?? null,
      website: input.website ?? null,
      logoUrl: input.logoUrl ?? null,
      parentId: input.parentId ?? null,
      depth,
      subscriptionTier: input.subscriptionTier ?? undefined,
      userLimit: input.userLimit ?? undefined,
    });
    const path = parentPath ? `${parentPath}/${org.id}` : org.id;
    await store.addMember({ organizationId: org.id, userId: ctx.principal!.userId, isOwner: true });
    return store.update(org.id, { organizationPath: path });
  });
}

export async function updateOrganization(ctx: IdentityContext, rawId: unknown, rawInput: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateInput, rawInput, ['input']);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'status') {
      if (value === null) throw badInput([{ path: ['input', 'status'], message: 'cannot be null' }]);
      data.status = value;
    } else if ((key === 'name' || key === 'displayName' || key === 'subscriptionTier') && value === null) {
      throw badInput([{ path: ['input', key], message: 'cannot be null' }]);
    } else data[key] = key === 'settings' ? (value ?? {}) : value;
  }
  const store = new OrganizationStore(ctx.db);
  const [existing] = await store.byIds([id]);
  if (!existing) throw notFound('Organization');
  return store.update(id, data);
}

export async function addMember(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(memberInput, rawInput, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const [org] = await store.byIds([input.organizationId]);
    if (!org) throw notFound('Organization');
    if (!(await store.userExists(input.userId))) throw notFound('User');
    return store.addMember({ organizationId: org.id, userId: input.userId, roleId: input.roleId ?? null, isOwner: input.isOwner ?? false });
  });
}

export async function removeMember(ctx: IdentityContext, rawOrg: unknown, rawUser: unknown) {
  const organizationId = idArg(rawOrg, ['organizationId']);
  const userId = idArg(rawUser, ['userId']);
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    await store.removeFromOrganizationTeams(organizationId, userId);
    if (!(await store.removeMember(organizationId, userId))) throw notFound('Membership');
    const [org] = await store.byIds([organizationId]);
    return org!;
  });
}

export async function createTeam(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(teamInput, rawInput, ['input']);
  const store = new OrganizationStore(ctx.db);
  const [org] = await store.byIds([input.organizationId]);
  if (!org) throw notFound('Organization');
  return store.createTeam({ organizationId: org.id, name: input.name, description: input.description ?? null });
}

export async function updateTeam(ctx: IdentityContext, rawId: unknown, rawInput: unknown) {
  const id = idArg(rawId);
  const input = parseInput(teamUpdate, rawInput, ['input']);
  if (input.name === null) throw badInput([{ path: ['input', 'name'], message: 'cannot be null' }]);
  const store = new OrganizationStore(ctx.db);
  const [team] = await store.teamsByIds([id]);
  if (!team) throw notFound('Team');
  return store.updateTeam(id, { name: input.name ?? undefined, description: input.description });
}

export async function addTeamMember(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(teamMemberInput, rawInput, ['input']);
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const [team] = await store.teamsByIds([input.teamId]);
    if (!team) throw notFound('Team');
    if (!(await store.membership(team.organizationId, input.userId))) {
      throw badInput([{ path: ['input', 'userId'], message: "is not a member of the team's organization" }]);
    }
    return store.addTeamMember({ teamId: team.id, userId: input.userId, roleId: input.roleId ?? null });
  });
}

export async function removeTeamMember(ctx: IdentityContext, rawTeam: unknown, rawUser: unknown) {
  const teamId = idArg(rawTeam, ['teamId']);
  const userId = idArg(rawUser, ['userId']);
  const store = new OrganizationStore(ctx.db);
  if (!(await store.removeTeamMember(teamId, userId))) throw notFound('Team membership');
  const [team] = await store.teamsByIds([teamId]);
  return team!;
}

export const ORGANIZATION_STATUS = STATUS;

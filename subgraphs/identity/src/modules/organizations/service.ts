import { z } from 'zod';
import {
  announceResource,
  badInput,
  conflict,
  connection,
  databaseNow,
  EVENTS,
  forbidden,
  httpUrl as url,
  idArg,
  inTenant,
  notFound,
  ORGANIZATION_ROLES,
  organizationRole,
  page,
  parseInput,
  requireTenant,
  retireResources,
  tenantFor,
  tenantsOf,
  unionTenants,
  uuid,
  type EventBus,
  type RawExecutor,
  type TenantScope,
} from '@atrium/kernel';
import type { IdentityContext } from '../../context.js';
import type { DbClient, Organization } from '../../db.js';
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

/** An organization role id (kernel ORGANIZATION_ROLES): memberships and team memberships name one. */
const orgRoleId = uuid.refine((id) => organizationRole(id) !== undefined, 'must be an organization role: org_member, org_admin or org_owner');
const memberInput = z
  .object({ organizationId: uuid, userId: uuid, roleId: orgRoleId.nullish(), isOwner: z.boolean().nullish() })
  .refine((m) => !m.isOwner || !m.roleId || m.roleId === ORGANIZATION_ROLES.org_owner.id, { path: ['roleId'], message: 'an owner holds org_owner' });
const memberUpdate = z.object({ organizationId: uuid, userId: uuid, roleId: orgRoleId });
const teamInput = z.object({ organizationId: uuid, name: z.string().trim().min(1).max(180), description: z.string().max(5000).nullish() });
const teamUpdate = z.object({ name: z.string().trim().min(1).max(180).nullish(), description: z.string().max(5000).nullish() });
const teamMemberInput = z.object({ teamId: uuid, userId: uuid, roleId: orgRoleId.nullish() });

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 180) || 'org';

/**
 * Which organizations the caller may read: those its organization:read grants reach (children
 * included), and those it belongs to (its own membership shows at once, before the
 * authorization domain has applied the membership event).
 */
export async function readableOrganizations(ctx: IdentityContext): Promise<TenantScope> {
  const scope = await tenantFor(ctx, 'organization:read');
  if (scope.all || !ctx.principal) return scope;
  const own = await ctx.loaders.membershipsByUser.load(ctx.principal.userId);
  return unionTenants(scope, tenantsOf(own.map((m) => m.organizationId)));
}

/** `organization(id)`: null when it does not exist or the caller may not read it (no difference). */
export async function readableOrganization(ctx: IdentityContext, id: string) {
  const org = await ctx.loaders.organization.load(id);
  return org && inTenant(await readableOrganizations(ctx), org.id) ? org : null;
}

/** `team(id)`: null when it does not exist or its organization is not readable. */
export async function readableTeam(ctx: IdentityContext, id: string) {
  const team = await ctx.loaders.team.load(id);
  return team && inTenant(await readableOrganizations(ctx), team.organizationId) ? team : null;
}

export async function listOrganizations(ctx: IdentityContext, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).list(await readableOrganizations(ctx), p);
  rows.forEach((row) => ctx.loaders.organization.prime(row.id, row));
  return connection(rows, p);
}

export async function childrenOf(ctx: IdentityContext, org: Organization, rawArgs: unknown) {
  const p = page(rawArgs);
  const rows = await new OrganizationStore(ctx.db).list(await readableOrganizations(ctx), p, { parentId: org.id });
  return connection(rows, p);
}

/** The public directory: every organization's id, name, slug and display name, nothing else. */
export async function organizationDirectory(ctx: IdentityContext, rawArgs: unknown) {
  const p = page(rawArgs);
  // The directory is public to signed-in users by design: ALL_TENANTS, and only directory fields are selected.
  const rows = await new OrganizationStore(ctx.db).directory(p);
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
      // Locked: a concurrent delete of the parent waits, or this sees it gone.
      const parent = await store.lock(input.parentId);
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
    const creator = ctx.principal!.userId;
    await store.addMember({ organizationId: org.id, userId: creator, roleId: ORGANIZATION_ROLES.org_owner.id, isOwner: true });
    const saved = await store.update(org.id, { organizationPath: path });
    await announceOrganization(ctx.events, tx, saved);
    await ctx.events.publish(tx, EVENTS.organizationCreated, { organizationId: org.id, parentId: org.parentId, name: org.name, createdBy: creator });
    await publishMember(ctx.events, tx, 'added', { organizationId: org.id, userId: creator, roleId: ORGANIZATION_ROLES.org_owner.id });
    return saved;
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
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const [existing] = await store.byIds([id]);
    if (!existing) throw notFound('Organization');
    const saved = await store.update(id, data);
    await announceOrganization(ctx.events, tx, saved);
    await ctx.events.publish(tx, EVENTS.organizationUpdated, { organizationId: id, name: saved.name, status: saved.status });
    return saved;
  });
}

/**
 * Move an organization and its subtree under a new parent (or to the top). Its owners decide
 * (organization:delete on it: the new parent's people reach it afterwards), and the actor must
 * manage the destination (organization:update there; the top needs it everywhere). Moves are
 * serialised: a cycle check and the path rewrite of two concurrent moves never interleave.
 */
export async function moveOrganization(ctx: IdentityContext, rawId: unknown, rawParent: unknown) {
  const id = idArg(rawId);
  const parentId = rawParent === null || rawParent === undefined ? null : idArg(rawParent, ['parentId']);
  const [owners, managers] = await Promise.all([tenantFor(ctx, 'organization:delete'), tenantFor(ctx, 'organization:update')]);
  if (!inTenant(owners, id)) throw notFound('Organization');
  const refuseParent = (message: string) => badInput([{ path: ['parentId'], message }]);
  if (parentId === null ? !managers.all : !inTenant(managers, parentId)) {
    throw refuseParent(parentId === null ? 'only a platform administrator moves an organization to the top' : 'is not an organization you manage');
  }
  return ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atrium:identity:organization-move'))`;
    const store = new OrganizationStore(tx);
    const locked = await store.lockAll(parentId ? [id, parentId] : [id]);
    const org = locked.find((o) => o.id === id);
    if (!org) throw notFound('Organization');
    if (org.parentId === parentId) return org;
    let parentPath: string | null = null;
    let depth = 0;
    if (parentId) {
      const parent = locked.find((o) => o.id === parentId);
      if (!parent) throw refuseParent('is not an organization you manage');
      parentPath = parent.organizationPath ?? parent.id;
      if (parentId === id || parentPath.split('/').includes(id)) throw refuseParent('is inside the organization: a move cannot make a cycle');
      depth = parent.depth + 1;
    }
    await store.moveSubtree(org.organizationPath ?? org.id, parentPath ? `${parentPath}/${id}` : id, depth - org.depth);
    const saved = await store.update(id, { parentId });
    await announceOrganization(ctx.events, tx, saved);
    await ctx.events.publish(tx, EVENTS.organizationMoved, { organizationId: id, parentId, previousParentId: org.parentId });
    return saved;
  });
}

/**
 * Delete a leaf organization: memberships (each a member.removed, so the grants they gave end),
 * teams, and its resource (a tombstone), in one transaction. Creating a child locks the parent,
 * so no child appears between the check and the delete.
 */
export async function deleteOrganization(ctx: IdentityContext, rawId: unknown) {
  const id = idArg(rawId);
  if (!inTenant(await tenantFor(ctx, 'organization:delete'), id)) throw notFound('Organization');
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const org = await store.lock(id);
    if (!org) throw notFound('Organization');
    if (await store.hasChildren(id)) throw conflict('The organization has child organizations: move or delete them first', ['id']);
    const members = await store.allMembers(id);
    const teamMemberships = await store.teamMembershipsOf(id);
    await store.delete(id);
    for (const m of members) await publishMember(ctx.events, tx, 'removed', { organizationId: id, userId: m.userId });
    for (const m of teamMemberships) await publishTeamMember(ctx.events, tx, 'removed', { ...m, organizationId: id });
    await retireResources(ctx.events, tx, [{ type: 'organization', id }]);
    await ctx.events.publish(tx, EVENTS.organizationDeleted, { organizationId: id });
    return { organizationId: id, membershipsRemoved: members.length };
  });
}

/** The organization as a resource: its own tenant, under its parent organization (children inherit). */
function announceOrganization(events: EventBus, tx: RawExecutor, org: Organization) {
  return announceResource(events, tx, {
    type: 'organization',
    id: org.id,
    name: org.name,
    ownerId: null,
    organizationId: org.id,
    parent: org.parentId ? { type: 'organization', id: org.parentId } : null,
  });
}

/** A membership event, timed by the database clock after the membership row was written. */
async function publishMember(events: EventBus, tx: RawExecutor, change: 'added' | 'changed' | 'removed', m: { organizationId: string; userId: string; roleId?: string }) {
  const at = await databaseNow(tx);
  const key = { key: `${m.organizationId}:${m.userId}` };
  if (change === 'removed') return events.publish(tx, EVENTS.memberRemoved, { organizationId: m.organizationId, userId: m.userId, at }, key);
  const payload = { organizationId: m.organizationId, userId: m.userId, roleId: m.roleId!, isOwner: m.roleId === ORGANIZATION_ROLES.org_owner.id, at };
  return events.publish(tx, change === 'added' ? EVENTS.memberAdded : EVENTS.memberChanged, payload, key);
}

/** A team membership event (analytics charges team members to the team's cost center), timed like publishMember. */
async function publishTeamMember(events: EventBus, tx: RawExecutor, change: 'added' | 'removed', m: { teamId: string; organizationId: string; userId: string }) {
  const payload = { teamId: m.teamId, organizationId: m.organizationId, userId: m.userId, at: await databaseNow(tx) };
  return events.publish(tx, change === 'added' ? EVENTS.teamMemberAdded : EVENTS.teamMemberRemoved, payload, { key: `${m.teamId}:${m.userId}` });
}

/**
 * How far the actor may go with members of the organization (the coverage rule for
 * organization roles): any role for holders of organization:manage_members everywhere; else the
 * highest rank of its own memberships in the organization or an ancestor (a role there reaches
 * the children). Read inside the write's transaction, after the organization's row lock.
 */
async function actorRank(ctx: IdentityContext, store: OrganizationStore, org: Organization, manageScope: TenantScope): Promise<number> {
  if (manageScope.all) return Number.POSITIVE_INFINITY;
  const path = (org.organizationPath ?? org.id).split('/');
  const memberships = await store.membershipsIn(ctx.principal!.userId, path);
  return Math.max(0, ...memberships.map((m) => organizationRole(m.roleId)?.rank ?? 0));
}

const rankOf = (roleId: string) => organizationRole(roleId)!.rank;

/** Lock the organization (every membership change of one organization is serialised) and check the actor may manage it. */
async function lockForMembers(ctx: IdentityContext, store: OrganizationStore, organizationId: string, manageScope: TenantScope) {
  const org = await store.lock(organizationId);
  if (!org || !inTenant(manageScope, organizationId)) throw notFound('Organization');
  return { org, rank: await actorRank(ctx, store, org, manageScope) };
}

/** The organization must keep an owner after the change. */
async function keepsAnOwner(store: OrganizationStore, organizationId: string) {
  if ((await store.ownerCount(organizationId)) === 0) throw conflict('An organization always keeps an owner: make another member owner first', ['roleId']);
}

export async function addMember(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(memberInput, rawInput, ['input']);
  const roleId = input.roleId ?? (input.isOwner ? ORGANIZATION_ROLES.org_owner.id : ORGANIZATION_ROLES.org_member.id);
  const manageScope = await tenantFor(ctx, 'organization:manage_members');
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const { org, rank } = await lockForMembers(ctx, store, input.organizationId, manageScope);
    if (rankOf(roleId) > rank) throw forbidden('You cannot give an organization role above your own', { missing: ['organization:delete'] });
    if (!(await store.userExists(input.userId))) throw notFound('User');
    const member = await store.addMember({ organizationId: org.id, userId: input.userId, roleId, isOwner: roleId === ORGANIZATION_ROLES.org_owner.id });
    await publishMember(ctx.events, tx, 'added', member);
    return member;
  });
}

/** Change a member's organization role (ownership included), within the actor's own rank. */
export async function updateMember(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(memberUpdate, rawInput, ['input']);
  const manageScope = await tenantFor(ctx, 'organization:manage_members');
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const { rank } = await lockForMembers(ctx, store, input.organizationId, manageScope);
    const current = await store.membership(input.organizationId, input.userId);
    if (!current) throw notFound('Membership');
    if (rankOf(current.roleId) > rank || rankOf(input.roleId) > rank) throw forbidden('You cannot change a member above your own organization role, or give a role above it', { missing: ['organization:delete'] });
    if (current.roleId === input.roleId) return current;
    const member = await store.updateMember(current.id, { roleId: input.roleId, isOwner: input.roleId === ORGANIZATION_ROLES.org_owner.id });
    await keepsAnOwner(store, input.organizationId);
    await publishMember(ctx.events, tx, 'changed', member);
    return member;
  });
}

export async function removeMember(ctx: IdentityContext, rawOrg: unknown, rawUser: unknown) {
  const organizationId = idArg(rawOrg, ['organizationId']);
  const userId = idArg(rawUser, ['userId']);
  const manageScope = await tenantFor(ctx, 'organization:manage_members');
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const { org, rank } = await lockForMembers(ctx, store, organizationId, manageScope);
    const current = await store.membership(organizationId, userId);
    if (!current) throw notFound('Membership');
    if (rankOf(current.roleId) > rank) throw forbidden('You cannot remove a member above your own organization role', { missing: ['organization:delete'] });
    const teamIds = await store.removeFromOrganizationTeams(organizationId, userId);
    await store.removeMember(organizationId, userId);
    await keepsAnOwner(store, organizationId);
    await publishMember(ctx.events, tx, 'removed', { organizationId, userId });
    for (const teamId of teamIds) await publishTeamMember(ctx.events, tx, 'removed', { teamId, organizationId, userId });
    return org;
  });
}

export async function createTeam(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(teamInput, rawInput, ['input']);
  await requireTenant(ctx, 'organization:update', input.organizationId, 'Organization');
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
  await requireTenant(ctx, 'organization:update', team.organizationId, 'Team');
  return store.updateTeam(id, { name: input.name ?? undefined, description: input.description });
}

export async function addTeamMember(ctx: IdentityContext, rawInput: unknown) {
  const input = parseInput(teamMemberInput, rawInput, ['input']);
  const manageScope = await tenantFor(ctx, 'organization:manage_members');
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const [team] = await store.teamsByIds([input.teamId]);
    if (!team || !inTenant(manageScope, team.organizationId)) throw notFound('Team');
    if (!(await store.membership(team.organizationId, input.userId))) {
      throw badInput([{ path: ['input', 'userId'], message: "is not a member of the team's organization" }]);
    }
    const member = await store.addTeamMember({ teamId: team.id, userId: input.userId, roleId: input.roleId ?? ORGANIZATION_ROLES.org_member.id });
    await publishTeamMember(ctx.events, tx, 'added', { teamId: team.id, organizationId: team.organizationId, userId: input.userId });
    return member;
  });
}

export async function removeTeamMember(ctx: IdentityContext, rawTeam: unknown, rawUser: unknown) {
  const teamId = idArg(rawTeam, ['teamId']);
  const userId = idArg(rawUser, ['userId']);
  const manageScope = await tenantFor(ctx, 'organization:manage_members');
  return ctx.db.$transaction(async (tx) => {
    const store = new OrganizationStore(tx);
    const [team] = await store.teamsByIds([teamId]);
    if (!team || !inTenant(manageScope, team.organizationId)) throw notFound('Team');
    if (!(await store.removeTeamMember(teamId, userId))) throw notFound('Team membership');
    await publishTeamMember(ctx.events, tx, 'removed', { teamId, organizationId: team.organizationId, userId });
    return team;
  });
}

export const ORGANIZATION_STATUS = STATUS;

/**
 * Identity's seed: announce, once, every organization that existed before organizations were
 * resources (the migration listed them in organization_announcements): the organization, then
 * each membership, in one transaction per organization.
 */
export async function announceExistingOrganizations(s: { db: DbClient & { $transaction: IdentityContext['db']['$transaction'] }; events: EventBus }): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await s.db.$transaction(async (tx) => {
      const store = new OrganizationStore(tx);
      const org = await store.takeAnnouncement();
      if (!org) return false;
      await announceOrganization(s.events, tx, org);
      for (const m of await store.allMembers(org.id)) await publishMember(s.events, tx, 'added', m);
      return true;
    });
    if (!done) return total;
    total += 1;
  }
}

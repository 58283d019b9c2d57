import {
  announceResource,
  auditBefore,
  badInput,
  conflict,
  connection,
  forbidden,
  idArg,
  inTenant,
  jsonObject,
  notFound,
  optionalText,
  page,
  parseInput,
  tenantFor,
  text,
  uuid,
  type EventBus,
  type Permission,
  type RawExecutor,
} from '@atrium/kernel';
import { z } from 'zod';
import type { LoreContext } from '../../context.js';
import type { ContentAssignment, ContentItem, ContentStatus } from '../../db.js';
import { callerId } from '../knowledge/service.js';
import { ContentStore, type Reach } from './store.js';

/** GraphQL enum value → the Postgres enum label. */
export const CONTENT_TYPE = { AI_AGENT: 'ai_agent', VIDEO: 'video', DOCUMENT: 'document', PROMPT: 'prompt', AUTOMATION: 'automation' } as const;
export const CONTENT_STATUS = { DRAFT: 'draft', REVIEW: 'review', APPROVED: 'approved', PUBLISHED: 'published', ARCHIVED: 'archived' } as const;
export const ASSIGNMENT_TYPE = { REQUIRED: 'required', OPTIONAL: 'optional', RECOMMENDED: 'recommended' } as const;
export const ACCESS_LEVEL = { READ: 'read', COMMENT: 'comment', EDIT: 'edit' } as const;

/**
 * The workflow: which status each may move to, and what the move needs. Moving to REVIEW or
 * back to DRAFT is editing work (the creator, content:update, an EDIT assignment); approving
 * needs content:approve; publishing and archiving content:publish.
 */
export const TRANSITIONS: Record<ContentStatus, readonly ContentStatus[]> = {
  draft: ['review', 'archived'],
  review: ['draft', 'approved'],
  approved: ['published', 'draft'],
  published: ['archived'],
  archived: ['draft'],
};
const NEEDS: Record<ContentStatus, Permission> = {
  draft: 'content:update',
  review: 'content:update',
  approved: 'content:approve',
  published: 'content:publish',
  archived: 'content:publish',
};
/** Content changes only while it is being written or reviewed; an approved or published item is frozen. */
const EDITABLE: readonly ContentStatus[] = ['draft', 'review'];

const title = text(500).min(1, 'must not be empty');
const changeSummary = optionalText(1000);
const createInput = z.object({
  repositoryId: uuid,
  organizationId: uuid,
  title,
  description: optionalText(10_000),
  contentData: jsonObject(262_144).nullish(),
  metadata: jsonObject().nullish(),
  changeSummary,
});
const updateInput = z.object({
  title: title.nullish(),
  description: optionalText(10_000),
  contentData: jsonObject(262_144).nullish(),
  metadata: jsonObject().nullish(),
  changeSummary,
});
const assignInput = z
  .object({
    itemId: uuid,
    userId: uuid.nullish(),
    organizationId: uuid.nullish(),
    assignmentType: z.enum(['required', 'optional', 'recommended']),
    accessLevel: z.enum(['read', 'comment', 'edit']).nullish(),
    startsAt: z.date().nullish(),
    expiresAt: z.date().nullish(),
  })
  .refine((a) => !!a.userId !== !!a.organizationId, { path: ['userId'], message: 'exactly one of userId and organizationId is required' })
  .refine((a) => !a.startsAt || !a.expiresAt || a.expiresAt > a.startsAt, { path: ['expiresAt'], message: 'must be after startsAt' });
const searchArgs = z.object({ query: text(500).min(1, 'must not be empty'), first: z.number().int().min(1).max(50) });
const versionNumber = z.number().int().min(1, 'must be at least 1');

/** The caller as the access rule sees it, once per request. */
const reaches = new WeakMap<object, Promise<Reach>>();
export function reachOf(ctx: LoreContext): Promise<Reach> {
  const userId = callerId(ctx);
  let reach = reaches.get(ctx);
  if (!reach) {
    reach = Promise.all([tenantFor(ctx, 'content:read'), tenantFor(ctx, 'organization:read')]).then(([read, member]) => ({ userId, read, member, now: new Date() }));
    reaches.set(ctx, reach);
  }
  return reach;
}

/** The assignments reaching the caller for one item (batched per request). */
async function reachingAssignments(ctx: LoreContext, itemId: string): Promise<ContentAssignment[]> {
  const reach = await reachOf(ctx);
  return (await ctx.loaders.contentAssignmentsReaching(reach).load(itemId)) ?? [];
}

/** 001 §3.1.2: same organization (content:read), the creator, or an assignment reaching the caller now. */
export async function mayRead(ctx: LoreContext, item: ContentItem): Promise<boolean> {
  const reach = await reachOf(ctx);
  if (inTenant(reach.read, item.organizationId) || item.createdById === reach.userId) return true;
  return (await reachingAssignments(ctx, item.id)).length > 0;
}

/** An item the caller may read, or null: absent and unreadable read the same. */
export async function readableItem(ctx: LoreContext, id: string): Promise<ContentItem | null> {
  const item = await ctx.loaders.contentItem.load(id);
  return item && (await mayRead(ctx, item)) ? item : null;
}

const holdsIn = async (ctx: LoreContext, permission: Permission, organizationId: string) => inTenant(await tenantFor(ctx, permission), organizationId);

/** Whether the caller may change the item's content: content:update there, its creator, or an EDIT assignment reaching it. */
async function mayEdit(ctx: LoreContext, item: ContentItem): Promise<boolean> {
  if (item.createdById === callerId(ctx) || (await holdsIn(ctx, 'content:update', item.organizationId))) return true;
  return (await reachingAssignments(ctx, item.id)).some((a) => a.accessLevel === 'edit');
}

/** FORBIDDEN naming the permission for a reader; NOT_FOUND for anyone else (as for nothing). */
async function refuse(ctx: LoreContext, item: ContentItem, permission: Permission): Promise<never> {
  if (await mayRead(ctx, item)) throw forbidden(`Missing permission ${permission}`, { permission });
  throw notFound('Content item');
}

function announceItem(events: EventBus, tx: RawExecutor, item: ContentItem, repository: string) {
  return announceResource(events, tx, {
    type: 'content',
    id: item.id,
    name: item.title,
    ownerId: item.createdById,
    organizationId: item.organizationId,
    attributes: { kind: 'content_item', repository },
  });
}

type Tx = Parameters<Parameters<LoreContext['db']['$transaction']>[0]>[0];

/** Lock an item the caller may read for a change; NOT_FOUND otherwise. */
async function lockReadable(ctx: LoreContext, tx: Tx, id: string): Promise<ContentItem> {
  const item = await new ContentStore(tx).lockItem(id);
  if (!item || !(await mayRead(ctx, item))) throw notFound('Content item');
  return item;
}

// ---- repositories and items --------------------------------------------------------------

export function listRepositories(ctx: LoreContext) {
  callerId(ctx);
  return new ContentStore(ctx.db).repositories();
}

export const repositoryOf = async (ctx: LoreContext, item: ContentItem) => (await ctx.loaders.contentRepository.load(item.repositoryId))!;

export function getItem(ctx: LoreContext, rawId: unknown) {
  return readableItem(ctx, idArg(rawId));
}

export async function listItems(ctx: LoreContext, args: { repositoryId: unknown; status?: ContentStatus | null }) {
  const repositoryId = idArg(args.repositoryId, ['repositoryId']);
  const p = page(args);
  const rows = await new ContentStore(ctx.db).listItems(await reachOf(ctx), p, repositoryId, args.status ?? null);
  rows.forEach((r) => ctx.loaders.contentItem.prime(r.id, r));
  return connection(rows, p);
}

export async function myAssigned(ctx: LoreContext, args: unknown) {
  const p = page(args);
  const rows = await new ContentStore(ctx.db).assignedTo(await reachOf(ctx), p);
  rows.forEach((r) => ctx.loaders.contentItem.prime(r.id, r));
  return connection(rows, p);
}

export async function search(ctx: LoreContext, args: { query: unknown; first?: unknown }) {
  const { query, first } = parseInput(searchArgs, { query: args.query, first: args.first ?? 20 });
  const hits = await new ContentStore(ctx.db).search(await reachOf(ctx), query, first);
  const items = await ctx.loaders.contentItem.loadMany(hits.map((h) => h.id));
  return hits.flatMap((h, i) => {
    const item = items[i];
    return item && !(item instanceof Error) ? [{ rank: h.rank, item }] : [];
  });
}

export async function createItem(ctx: LoreContext, raw: unknown) {
  const input = parseInput(createInput, raw, ['input']);
  const userId = callerId(ctx);
  if (!(await holdsIn(ctx, 'content:create', input.organizationId))) throw notFound('Organization');
  const repository = await ctx.loaders.contentRepository.load(input.repositoryId);
  if (!repository) throw badInput([{ path: ['input', 'repositoryId'], message: 'no such content repository' }]);
  if (!repository.isActive) throw badInput([{ path: ['input', 'repositoryId'], message: 'this repository takes no new items' }]);
  return ctx.db.$transaction(async (tx) => {
    const store = new ContentStore(tx);
    const item = await store.createItem({
      repositoryId: repository.id,
      organizationId: input.organizationId,
      title: input.title,
      description: input.description ?? null,
      contentData: input.contentData ?? {},
      metadata: input.metadata ?? {},
      createdById: userId,
    });
    await store.createVersion({ contentItemId: item.id, versionNumber: 1, title: item.title, description: item.description, contentData: item.contentData ?? {}, metadata: item.metadata ?? {}, changeSummary: input.changeSummary ?? 'Created', createdById: userId });
    await announceItem(ctx.events, tx, item, repository.name);
    return item;
  });
}

/** JSON text with object keys sorted: jsonb does not keep the order a client sent. */
const canonical = (value: unknown): string =>
  value === null || typeof value !== 'object'
    ? JSON.stringify(value ?? null)
    : Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;

/** Write new content onto a locked item the caller may edit, as the next version (nothing, when nothing changes). */
async function writeVersion(ctx: LoreContext, tx: Tx, item: ContentItem, next: Pick<ContentItem, 'title' | 'description' | 'contentData' | 'metadata'>, summary: string | null) {
  if (!(await mayEdit(ctx, item))) await refuse(ctx, item, 'content:update');
  if (!EDITABLE.includes(item.status)) throw conflict(`A ${item.status} item cannot change; move it back to draft first`, ['status']);
  if (canonical(next) === canonical({ title: item.title, description: item.description, contentData: item.contentData, metadata: item.metadata })) return item;
  auditBefore({ title: item.title, description: item.description, contentData: item.contentData, metadata: item.metadata, version: item.version }, 'content');
  const store = new ContentStore(tx);
  const version = item.version + 1;
  const saved = await store.updateItem(item.id, { ...next, contentData: next.contentData ?? {}, metadata: next.metadata ?? {}, version });
  await store.createVersion({ contentItemId: item.id, versionNumber: version, ...next, contentData: next.contentData ?? {}, metadata: next.metadata ?? {}, changeSummary: summary, createdById: callerId(ctx) });
  if (saved.title !== item.title) await announceItem(ctx.events, tx, saved, (await repositoryOf(ctx, saved)).name);
  return saved;
}

export async function updateItem(ctx: LoreContext, rawId: unknown, raw: unknown) {
  const id = idArg(rawId);
  const input = parseInput(updateInput, raw, ['input']);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const item = await lockReadable(ctx, tx, id);
    const next = {
      title: input.title ?? item.title,
      description: input.description === undefined ? item.description : input.description,
      contentData: input.contentData ?? item.contentData,
      metadata: input.metadata ?? item.metadata,
    };
    return writeVersion(ctx, tx, item, next, input.changeSummary ?? null);
  });
}

export async function restoreVersion(ctx: LoreContext, rawItemId: unknown, rawVersion: unknown) {
  const id = idArg(rawItemId, ['itemId']);
  const number = parseInput(versionNumber, rawVersion, ['versionNumber']);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const item = await lockReadable(ctx, tx, id);
    const old = await new ContentStore(tx).version(id, number);
    if (!old) throw notFound('Content version');
    const next = { title: old.title, description: old.description, contentData: old.contentData, metadata: old.metadata };
    return writeVersion(ctx, tx, item, next, `Restored version ${number}`);
  });
}

export async function transition(ctx: LoreContext, rawId: unknown, to: ContentStatus) {
  const id = idArg(rawId);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const item = await lockReadable(ctx, tx, id);
    const permission = NEEDS[to];
    const allowed = permission === 'content:update' ? await mayEdit(ctx, item) : await holdsIn(ctx, permission, item.organizationId);
    if (!allowed) await refuse(ctx, item, permission);
    if (!TRANSITIONS[item.status].includes(to)) throw conflict(`A ${item.status} item cannot move to ${to} (allowed: ${TRANSITIONS[item.status].join(', ')})`, ['status']);
    auditBefore({ status: item.status, publishedAt: item.publishedAt }, 'content');
    return new ContentStore(tx).updateItem(id, { status: to, ...(to === 'published' ? { publishedAt: new Date() } : {}) });
  });
}

// ---- versions ----------------------------------------------------------------------------

export async function listVersions(ctx: LoreContext, args: { itemId: unknown }) {
  const id = idArg(args.itemId, ['itemId']);
  const p = page(args);
  if (!(await readableItem(ctx, id))) throw notFound('Content item');
  return connection(await new ContentStore(ctx.db).versionsOf(id, p), p);
}

// ---- assignments -------------------------------------------------------------------------

/** All of an item's assignments for content:assign holders in its organization, otherwise those reaching the caller. */
export async function assignmentsOf(ctx: LoreContext, item: ContentItem, args: unknown) {
  const p = page(args);
  const all = await holdsIn(ctx, 'content:assign', item.organizationId);
  return connection(await new ContentStore(ctx.db).assignmentsOf(item.id, p, all ? null : await reachOf(ctx)), p);
}

export async function assign(ctx: LoreContext, raw: unknown) {
  const input = parseInput(assignInput, raw, ['input']);
  const userId = callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const item = await lockReadable(ctx, tx, input.itemId);
    if (!(await holdsIn(ctx, 'content:assign', item.organizationId))) await refuse(ctx, item, 'content:assign');
    // No one hands out what they do not hold: an EDIT assignment lets its target change the content.
    if (input.accessLevel === 'edit' && !(await holdsIn(ctx, 'content:update', item.organizationId))) throw forbidden('Missing permission content:update (an EDIT assignment hands it out)', { permission: 'content:update' });
    return new ContentStore(tx).createAssignment({
      contentItemId: item.id,
      userId: input.userId ?? null,
      organizationId: input.organizationId ?? null,
      assignedById: userId,
      assignmentType: input.assignmentType,
      accessLevel: input.accessLevel ?? 'read',
      startsAt: input.startsAt ?? null,
      expiresAt: input.expiresAt ?? null,
    });
  });
}

export async function deactivate(ctx: LoreContext, rawId: unknown) {
  const id = idArg(rawId);
  callerId(ctx);
  return ctx.db.$transaction(async (tx) => {
    const store = new ContentStore(tx);
    const assignment = await store.lockAssignment(id);
    const item = assignment && (await ctx.loaders.contentItem.load(assignment.contentItemId));
    if (!assignment || !item || !(await mayRead(ctx, item))) throw notFound('Content assignment');
    if (!(await holdsIn(ctx, 'content:assign', item.organizationId))) await refuse(ctx, item, 'content:assign');
    if (!assignment.isActive) throw conflict('The assignment is already inactive', ['isActive']);
    auditBefore({ isActive: true }, 'content');
    return store.deactivateAssignment(id);
  });
}

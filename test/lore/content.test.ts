/**
 * Content repositories through the real gateway (issue 14 §5, 001 §2.2, §2.4.2, §3.1.2, §4.2.1):
 * the five seeded repositories; the workflow draft → review → approved → published → archived
 * with CONFLICT for a move it does not have and FORBIDDEN for a reader without the permission;
 * a version per change and restore as a new version; weighted full-text search (a title hit
 * ranks above a body hit); assignments to a user or an organization with a window and
 * deactivation; the dashboard query; and a second tenant that sees none of it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denial } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { ok, tenant, waitFor, type Tenant } from './kit.js';

let t: TestSystem;
let A: Tenant;
let B: Tenant;
let repos: Record<string, string>;

const ITEM = `id title description contentData status version organizationId createdById publishedAt updatedAt repository { name contentType }`;
const gql = (s: Session, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, s.accessToken);
const create = (s: Session, input: Record<string, unknown>) => gql(s, `mutation($i: CreateContentItemInput!) { createContentItem(input: $i) { ${ITEM} } }`, { i: input });
const update = (s: Session, id: string, input: Record<string, unknown>) => gql(s, `mutation($id: ID!, $i: UpdateContentItemInput!) { updateContentItem(id: $id, input: $i) { ${ITEM} } }`, { id, i: input });
const move = (s: Session, id: string, to: string) => gql(s, `mutation($id: ID!, $to: ContentStatus!) { transitionContentItem(id: $id, to: $to) { ${ITEM} } }`, { id, to });
const item = async (s: Session, id: string) => ok(await gql(s, `query($id: ID!) { contentItem(id: $id) { ${ITEM} } }`, { id })).contentItem;
const assign = (s: Session, input: Record<string, unknown>) =>
  gql(s, `mutation($i: AssignContentInput!) { assignContent(input: $i) { id itemId userId organizationId assignmentType accessLevel startsAt expiresAt isActive } }`, { i: input });
const deactivate = (s: Session, id: string) => gql(s, `mutation($id: ID!) { deactivateContentAssignment(id: $id) { id isActive } }`, { id });
const dashboard = async (s: Session) => ok(await gql(s, `{ myAssignedContent(first: 20) { nodes { id title } } }`)).myAssignedContent.nodes.map((n: { id: string }) => n.id) as string[];
const draft = async (s: Session, org: string, title: string, extra: Record<string, unknown> = {}) =>
  ok(await create(s, { repositoryId: repos.documents, organizationId: org, title, ...extra })).createContentItem as { id: string; version: number; updatedAt: string };

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([tenant(t), tenant(t)]);
  const list = ok(await t.gql(`{ contentRepositories { id name } }`, {}, A.member.accessToken)).contentRepositories as { id: string; name: string }[];
  repos = Object.fromEntries(list.map((r) => [r.name, r.id]));
}, 120_000);
afterAll(async () => t?.stop());

describe('repositories and the workflow', () => {
  it('seeds the five repositories, one per content type', async () => {
    const list = ok(await gql(B.member, `{ contentRepositories { name displayName contentType isActive } }`)).contentRepositories;
    expect(list.map((r: { name: string; contentType: string }) => [r.name, r.contentType])).toEqual([
      ['ai_agents', 'AI_AGENT'],
      ['automations', 'AUTOMATION'],
      ['documents', 'DOCUMENT'],
      ['prompts', 'PROMPT'],
      ['videos', 'VIDEO'],
    ]);
  });

  it('moves an item draft → review → approved → published → archived; a missing permission is FORBIDDEN, a move the workflow lacks CONFLICT, and neither writes', async () => {
    const created = ok(await create(A.member, { repositoryId: repos.prompts, organizationId: A.id, title: 'Onboarding prompt', contentData: { text: 'Welcome aboard' } })).createContentItem;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, organizationId: A.id, createdById: A.member.userId, publishedAt: null, repository: { name: 'prompts', contentType: 'PROMPT' } });

    // The creator submits it; approving needs content:approve, which a member does not hold.
    expect(ok(await move(A.member, created.id, 'REVIEW')).transitionContentItem.status).toBe('REVIEW');
    const refused = denial(await move(A.member, created.id, 'APPROVED'));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'content:approve' } });
    expect(denial(await move(A.member, created.id, 'PUBLISHED'))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'content:publish' } });

    // The organization's administrator approves; the workflow has no approved → archived.
    expect(ok(await move(A.admin, created.id, 'APPROVED')).transitionContentItem.status).toBe('APPROVED');
    expect(codes(await move(A.admin, created.id, 'ARCHIVED'))).toEqual(['CONFLICT']);
    expect(codes(await move(A.admin, created.id, 'APPROVED'))).toEqual(['CONFLICT']);
    // An approved item's content is frozen.
    expect(codes(await update(A.member, created.id, { title: 'Changed after approval' }))).toEqual(['CONFLICT']);

    const published = ok(await move(A.admin, created.id, 'PUBLISHED')).transitionContentItem;
    expect(published.status).toBe('PUBLISHED');
    expect(Date.parse(published.publishedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    expect(codes(await move(A.admin, created.id, 'DRAFT'))).toEqual(['CONFLICT']);
    expect(ok(await move(A.admin, created.id, 'ARCHIVED')).transitionContentItem).toMatchObject({ status: 'ARCHIVED', publishedAt: published.publishedAt });
    expect(ok(await move(A.member, created.id, 'DRAFT')).transitionContentItem.status).toBe('DRAFT');

    // None of the refusals wrote anything: still one version, the original title.
    const [row] = await sql<{ version: number; title: string; versions: string }>(
      t.db.url,
      `SELECT version, title, (SELECT count(*) FROM lore.content_versions WHERE content_item_id = $1) AS versions FROM lore.content_items WHERE id = $1`,
      [created.id],
    );
    expect(row).toEqual({ version: 1, title: 'Onboarding prompt', versions: '1' });
  });

  it('validates input at the boundary', async () => {
    expect(codes(await create(A.member, { repositoryId: repos.documents, organizationId: A.id, title: '' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await create(A.member, { repositoryId: randomUUID(), organizationId: A.id, title: 'Nowhere' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await create(A.member, { repositoryId: repos.documents, organizationId: A.id, title: 'x'.repeat(501) }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('versions', () => {
  it('records a version per change (the creator, or content:update), lists them newest first, and restores an old one as a new version', async () => {
    const created = await draft(A.member, A.id, 'Security policy v1', { description: 'First cut', contentData: { body: 'one' } });
    ok(await update(A.admin, created.id, { title: 'Security policy v2', contentData: { body: 'two' }, changeSummary: 'Second draft' }));
    const third = ok(await update(A.member, created.id, { description: 'Reviewed', changeSummary: 'Description' })).updateContentItem;
    expect(third).toMatchObject({ version: 3, title: 'Security policy v2', description: 'Reviewed', contentData: { body: 'two' } });
    // Nothing changes: no new version.
    expect(ok(await update(A.member, created.id, { title: 'Security policy v2', contentData: { body: 'two' } })).updateContentItem.version).toBe(3);

    const VERSIONS = `query($id: ID!, $after: String) { contentVersions(itemId: $id, first: 2, after: $after) { nodes { versionNumber title description contentData changeSummary createdById } pageInfo { hasNextPage endCursor } } }`;
    const first = ok(await gql(A.member, VERSIONS, { id: created.id })).contentVersions;
    expect(first.nodes.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([3, 2]);
    const rest = ok(await gql(A.member, VERSIONS, { id: created.id, after: first.pageInfo.endCursor })).contentVersions;
    expect(first.nodes[1]).toEqual({ versionNumber: 2, title: 'Security policy v2', description: 'First cut', contentData: { body: 'two' }, changeSummary: 'Second draft', createdById: A.admin.userId });
    expect(rest).toMatchObject({ pageInfo: { hasNextPage: false } });
    expect(rest.nodes).toEqual([
      { versionNumber: 1, title: 'Security policy v1', description: 'First cut', contentData: { body: 'one' }, changeSummary: 'Created', createdById: A.member.userId },
    ]);

    const RESTORE = `mutation($id: ID!, $n: Int!) { restoreContentVersion(itemId: $id, versionNumber: $n) { ${ITEM} } }`;
    const restored = ok(await gql(A.member, RESTORE, { id: created.id, n: 1 })).restoreContentVersion;
    expect(restored).toMatchObject({ version: 4, title: 'Security policy v1', description: 'First cut', contentData: { body: 'one' } });
    const newest = ok(await gql(A.member, VERSIONS, { id: created.id })).contentVersions.nodes[0];
    expect(newest).toMatchObject({ versionNumber: 4, title: 'Security policy v1', changeSummary: 'Restored version 1', createdById: A.member.userId });
    expect(codes(await gql(A.member, RESTORE, { id: created.id, n: 42 }))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(A.member, RESTORE, { id: created.id, n: 0 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('search', () => {
  it('ranks a title hit above a body hit, within what the caller may read', async () => {
    const word = `zyx${randomUUID().slice(0, 6).replace(/[^a-z]/g, 'q')}`;
    const body = await draft(A.admin, A.id, 'Cluster operations', { contentData: { steps: `Restart the ${word} controller after an upgrade.` } });
    const title = await draft(A.admin, A.id, `The ${word} handbook`, { description: 'How the platform runs' });
    const described = await draft(A.admin, A.id, 'Platform notes', { description: `Notes on ${word}` });
    const theirs = await draft(B.admin, B.id, `${word} at B`);

    const SEARCH = `query($q: String!) { searchContent(query: $q) { rank item { id title } } }`;
    const hits = ok(await gql(A.member, SEARCH, { q: word })).searchContent as { rank: number; item: { id: string } }[];
    expect(hits.map((h) => h.item.id)).toEqual([title.id, described.id, body.id]);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits[1]!.rank).toBeGreaterThan(hits[2]!.rank);
    // The second tenant finds only its own.
    expect(ok(await gql(B.member, SEARCH, { q: word })).searchContent.map((h: { item: { id: string } }) => h.item.id)).toEqual([theirs.id]);
    expect(codes(await gql(A.member, SEARCH, { q: '' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('assignments and the access rule', () => {
  it('an assignment reaches its user inside its window, and no longer once deactivated or expired', async () => {
    const [reader, later, brief] = await Promise.all([t.register(), t.register(), t.register()]);
    const doc = await draft(A.admin, A.id, 'Assigned guide');
    expect(await item(reader, doc.id)).toBeNull();

    const a = ok(await assign(A.admin, { itemId: doc.id, userId: reader.userId, assignmentType: 'REQUIRED' })).assignContent;
    expect(a).toMatchObject({ itemId: doc.id, userId: reader.userId, organizationId: null, assignmentType: 'REQUIRED', accessLevel: 'READ', isActive: true });
    expect(await item(reader, doc.id)).toMatchObject({ id: doc.id, title: 'Assigned guide' });
    expect(await dashboard(reader)).toEqual([doc.id]);
    // READ does not let them change it.
    expect(denial(await update(reader, doc.id, { title: 'Mine now' }))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'content:update' } });

    // Not yet started: nothing.
    ok(await assign(A.admin, { itemId: doc.id, userId: later.userId, assignmentType: 'OPTIONAL', startsAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(await item(later, doc.id)).toBeNull();
    expect(await dashboard(later)).toEqual([]);

    // Expiring: visible now, gone once the window closes.
    ok(await assign(A.admin, { itemId: doc.id, userId: brief.userId, assignmentType: 'RECOMMENDED', expiresAt: new Date(Date.now() + 4_000).toISOString() }));
    expect(await item(brief, doc.id)).not.toBeNull();
    await waitFor(async () => (await item(brief, doc.id)) === null, 'the assignment to expire', 20_000);
    expect(await dashboard(brief)).toEqual([]);

    expect(ok(await deactivate(A.admin, a.id)).deactivateContentAssignment).toEqual({ id: a.id, isActive: false });
    expect(await item(reader, doc.id)).toBeNull();
    expect(await dashboard(reader)).toEqual([]);
    expect(codes(await deactivate(A.admin, a.id))).toEqual(['CONFLICT']);
  });

  it('an assignment to an organization reaches its members; assigning needs content:assign, EDIT needs content:update too', async () => {
    const doc = await draft(A.admin, A.id, 'Shared with B');
    expect(await item(B.member, doc.id)).toBeNull();
    // A member of A reads it but may not assign it; B's administrator may not even see it.
    expect(denial(await assign(A.member, { itemId: doc.id, organizationId: B.id, assignmentType: 'REQUIRED' }))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'content:assign' } });
    expect(codes(await assign(B.admin, { itemId: doc.id, organizationId: B.id, assignmentType: 'REQUIRED' }))).toEqual(['NOT_FOUND']);
    expect(codes(await assign(A.admin, { itemId: doc.id, organizationId: B.id, userId: B.member.userId, assignmentType: 'REQUIRED' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await assign(A.admin, { itemId: doc.id, assignmentType: 'REQUIRED' }))).toEqual(['BAD_USER_INPUT']);
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    expect(codes(await assign(A.admin, { itemId: doc.id, organizationId: B.id, assignmentType: 'REQUIRED', startsAt, expiresAt: startsAt }))).toEqual(['BAD_USER_INPUT']);

    const shared = ok(await assign(A.admin, { itemId: doc.id, organizationId: B.id, assignmentType: 'RECOMMENDED', accessLevel: 'EDIT' })).assignContent;
    expect(shared).toMatchObject({ organizationId: B.id, userId: null, accessLevel: 'EDIT' });
    for (const s of [B.member, B.admin]) {
      expect(await item(s, doc.id)).toMatchObject({ id: doc.id });
      expect(await dashboard(s)).toContain(doc.id);
    }
    // EDIT: B's member changes the content; content:assign in A it does not have.
    expect(ok(await update(B.member, doc.id, { description: 'Edited at B', changeSummary: 'From B' })).updateContentItem).toMatchObject({ version: 2, description: 'Edited at B' });
    expect(denial(await deactivate(B.admin, shared.id))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'content:assign' } });
    const seen = ok(await gql(B.member, `query($id: ID!) { contentItem(id: $id) { assignments { nodes { id organizationId } } } }`, { id: doc.id })).contentItem.assignments.nodes;
    expect(seen).toEqual([{ id: shared.id, organizationId: B.id }]);

    ok(await deactivate(A.admin, shared.id));
    expect(await item(B.member, doc.id)).toBeNull();
    expect(codes(await update(B.member, doc.id, { description: 'Again' }))).toEqual(['NOT_FOUND']);
  });

  it('the dashboard lists assigned items most recently updated first', async () => {
    const reader = await t.register();
    const older = await draft(A.admin, A.id, 'Dashboard one');
    const newer = await draft(A.admin, A.id, 'Dashboard two');
    for (const d of [older, newer]) ok(await assign(A.admin, { itemId: d.id, userId: reader.userId, assignmentType: 'REQUIRED' }));
    expect(await dashboard(reader)).toEqual([newer.id, older.id]);
    ok(await update(A.admin, older.id, { description: 'Touched', changeSummary: 'Touch' }));
    expect(await dashboard(reader)).toEqual([older.id, newer.id]);
    const page = ok(await gql(reader, `{ myAssignedContent(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`)).myAssignedContent;
    expect(page).toMatchObject({ nodes: [{ id: older.id }], pageInfo: { hasNextPage: true } });
    const next = ok(await gql(reader, `query($a: String) { myAssignedContent(first: 1, after: $a) { nodes { id } pageInfo { hasNextPage } } }`, { a: page.pageInfo.endCursor })).myAssignedContent;
    expect(next).toEqual({ nodes: [{ id: newer.id }], pageInfo: { hasNextPage: false } });
  });
});

describe('tenancy', () => {
  it("a second tenant never sees or changes the first's items: the same answers as for nothing", async () => {
    const doc = await draft(A.member, A.id, 'Tenant A only');
    const ghost = randomUUID();
    for (const id of [doc.id, ghost]) {
      expect(await item(B.admin, id)).toBeNull();
      expect(codes(await update(B.admin, id, { title: 'Taken' }))).toEqual(['NOT_FOUND']);
      expect(codes(await move(B.admin, id, 'REVIEW'))).toEqual(['NOT_FOUND']);
      expect(codes(await gql(B.admin, `query($id: ID!) { contentVersions(itemId: $id) { nodes { title } } }`, { id }))).toEqual(['NOT_FOUND']);
      expect(codes(await assign(B.admin, { itemId: id, userId: B.member.userId, assignmentType: 'REQUIRED' }))).toEqual(['NOT_FOUND']);
    }
    // Creating in another tenant's organization reads as an unknown organization.
    expect(codes(await create(B.admin, { repositoryId: repos.documents, organizationId: A.id, title: 'Planted' }))).toEqual(['NOT_FOUND']);
    const LIST = `query($r: ID!) { contentItems(repositoryId: $r, first: 100) { nodes { id organizationId } } }`;
    const listed = ok(await gql(B.admin, LIST, { r: repos.documents })).contentItems.nodes as { organizationId: string }[];
    expect(listed.every((n) => n.organizationId === B.id)).toBe(true);
    const mine = ok(await gql(A.member, LIST, { r: repos.documents })).contentItems.nodes as { id: string; organizationId: string }[];
    expect(mine.map((n) => n.id)).toContain(doc.id);
    expect(mine.every((n) => n.organizationId === A.id)).toBe(true);
    // Another tenant's item as a cursor is not a cursor of this list.
    expect(codes(await t.gql(`query($r: ID!, $a: String) { contentItems(repositoryId: $r, after: $a) { nodes { id } } }`, { r: repos.documents, a: Buffer.from(doc.id).toString('base64url') }, B.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
    // A status filter.
    const drafts = ok(await gql(A.member, `query($r: ID!) { contentItems(repositoryId: $r, status: PUBLISHED, first: 100) { nodes { id } } }`, { r: repos.documents })).contentItems.nodes;
    expect(drafts).toEqual([]);
  });
});

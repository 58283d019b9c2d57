import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { ok, waitFor } from '../authz-kit.js';
import type { Session, TestSystem } from '../kit/system.js';

export { ok, waitFor };

/** One tenant: an organization with an administrator (knowledge:create) and a plain member. */
export interface Tenant {
  id: string;
  admin: Session;
  member: Session;
}

const scopeOf = async (t: TestSystem, s: Session, permission: string) =>
  ok(await t.gql(`query($p: [String!]!) { myTenantScopes(permissions: $p) { organizationIds } }`, { p: [permission] }, s.accessToken)).myTenantScopes[0].organizationIds as string[];

/** Create an organization whose administrator and member are fresh users; wait until their grants apply. */
export async function tenant(t: TestSystem, name = `Tenant ${randomUUID().slice(0, 8)}`): Promise<Tenant> {
  const [admin, member] = await Promise.all([t.register(), t.register()]);
  const root = t.admin.accessToken;
  const id = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, root)).createOrganization.id as string;
  const add = (userId: string, roleId: string) => t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: id, userId, roleId } }, root);
  ok(await add(admin.userId, ORGANIZATION_ROLES.org_admin.id));
  ok(await add(member.userId, ORGANIZATION_ROLES.org_member.id));
  await waitFor(async () => (await scopeOf(t, admin, 'knowledge:create')).includes(id), `${name}'s administrator grants`);
  await waitFor(async () => (await scopeOf(t, member, 'knowledge:read')).includes(id), `${name}'s member grants`);
  return { id, admin, member };
}

export const DOC_FIELDS = `id organizationId title content status version attempts chunkCount embeddingError metadata collection { id }`;

export function lore(t: TestSystem) {
  const gql = (s: Session, query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, s.accessToken);
  return {
    gql,
    createCollection: (s: Session, input: Record<string, unknown>) =>
      gql(s, `mutation($i: CreateKnowledgeCollectionInput!) { createKnowledgeCollection(input: $i) { id organizationId name model { id name dimensions } } }`, { i: input }),
    createDocument: (s: Session, input: Record<string, unknown>) => gql(s, `mutation($i: CreateKnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { ${DOC_FIELDS} } }`, { i: input }),
    updateDocument: (s: Session, id: string, input: Record<string, unknown>) =>
      gql(s, `mutation($id: ID!, $i: UpdateKnowledgeDocumentInput!) { updateKnowledgeDocument(id: $id, input: $i) { ${DOC_FIELDS} } }`, { id, i: input }),
    document: (s: Session, id: string) => gql(s, `query($id: ID!) { knowledgeDocument(id: $id) { ${DOC_FIELDS} chunks(first: 100) { nodes { id chunkIndex content startOffset endOffset } } } }`, { id }),
    /** Wait until the document reaches `status` (as its creator sees it) and return it. */
    async settled(s: Session, id: string, status: string, version?: number) {
      return waitFor(async () => {
        const doc = ok(await this.document(s, id)).knowledgeDocument;
        return doc && doc.status === status && (version === undefined || doc.version === version) ? doc : null;
      }, `document ${id} ${status}`);
    },
  };
}

/**
 * Two tenants' handbooks: a collection for each, `docs` in A's, and in B's one document on the
 * same subject as A's first (`ids.bCreds`); returns once every document is READY.
 */
export async function handbooks(api: ReturnType<typeof lore>, A: Tenant, B: Tenant, docs: readonly ({ key: string } & Record<string, unknown>)[]) {
  const collectionA = ok(await api.createCollection(A.admin, { organizationId: A.id, name: `Handbook ${randomUUID()}` })).createKnowledgeCollection.id as string;
  const collectionB = ok(await api.createCollection(B.admin, { organizationId: B.id, name: `Handbook ${randomUUID()}` })).createKnowledgeCollection.id as string;
  const ids: Record<string, string> = {};
  for (const { key, ...d } of docs) ids[key] = ok(await api.createDocument(A.admin, { collectionId: collectionA, ...d })).createKnowledgeDocument.id;
  // Tenant B holds a document on the very same subject.
  ids.bCreds = ok(await api.createDocument(B.admin, { collectionId: collectionB, title: 'Credential rotation at B', content: 'Database credentials at B are rotated weekly.' })).createKnowledgeDocument.id;
  for (const [key, id] of Object.entries(ids)) await api.settled(key === 'bCreds' ? B.admin : A.admin, id, 'READY');
  return { collectionA, collectionB, ids };
}

import { access, type AccessMap } from '@atrium/kernel';

const { public: open, authenticated, can, owner } = access;

/** Connection wrappers hold no data of their own; their nodes are guarded. */
const page = { '*': open };

/**
 * Every field of the lore schema → who may read or call it. Deny by default: a field missing
 * here is refused, and the mirror check fails.
 *
 * Knowledge is tenant-owned, and the organization roles grant knowledge:* scoped to their
 * organization. A scoped grant never satisfies a check made without a resource, and a new
 * collection or document is not a registered resource until the authorization domain has
 * applied its event, so operations are `authenticated` here and the service decides with the
 * caller's tenant scope of the knowledge:* permission named below ("service:"), read in the
 * same request (requireTenant / tenantFor): race-free, and a stranger gets NOT_FOUND or null,
 * the same as for nothing. Types carry their own rules for objects reached any other way
 * (`_entities`, nested fields): the creator, or knowledge:read on the object's resource.
 */
export const accessMap: AccessMap = {
  Query: {
    embeddingModels: authenticated, // platform catalog of embedders, no tenant data
    knowledgeCollections: authenticated, // service: knowledge:read tenants
    knowledgeCollection: authenticated, // service: knowledge:read in its organization
    knowledgeDocument: authenticated, // service: knowledge:read in its organization
    searchKnowledge: authenticated, // service: knowledge:search in the collection's organization
    knowledgeEntity: authenticated, // service: knowledge:read in its organization
    knowledgeEntities: authenticated, // service: knowledge:read in the collection's organization
    knowledgeRelationship: authenticated, // service: knowledge:read in its organization
    knowledgeEntityNeighbourhood: authenticated, // service: knowledge:read in the start's organization
    knowledgeEntityPath: authenticated, // service: knowledge:read in the entities' organization
    similarKnowledgeEntities: authenticated, // service: knowledge:search in the entity's organization
    // Content (README, Lore, content): the service applies 001 §3.1.2 (content:read in the
    // organization, the creator, or an assignment reaching the caller) to every item it returns.
    contentRepositories: authenticated, // the five global repositories, no tenant data
    contentItem: authenticated, // service: the access rule
    contentItems: authenticated, // service: the access rule, in SQL
    searchContent: authenticated, // service: the access rule, in SQL
    contentVersions: authenticated, // service: the item's access rule
    myAssignedContent: authenticated, // service: assignments reaching the caller
  },
  Mutation: {
    createEmbeddingModel: can('llm_provider:configure'),
    createKnowledgeCollection: authenticated, // service: knowledge:create in the organization
    createKnowledgeDocument: authenticated, // service: knowledge:create in the collection's organization
    updateKnowledgeDocument: authenticated, // service: knowledge:update in its organization
    reembedKnowledgeDocument: authenticated, // service: knowledge:update in its organization
    deleteKnowledgeDocument: authenticated, // service: knowledge:delete in its organization
    createKnowledgeEntity: authenticated, // service: knowledge:create in the collection's organization
    updateKnowledgeEntity: authenticated, // service: knowledge:update in its organization
    deleteKnowledgeEntity: authenticated, // service: knowledge:delete in its organization
    createKnowledgeRelationship: authenticated, // service: knowledge:create in the entities' organization
    updateKnowledgeRelationship: authenticated, // service: knowledge:update in its organization
    deleteKnowledgeRelationship: authenticated, // service: knowledge:delete in its organization
    createContentItem: authenticated, // service: content:create in the organization
    updateContentItem: authenticated, // service: creator, content:update in its organization, or an EDIT assignment
    transitionContentItem: authenticated, // service: content:update / approve / publish by target status
    restoreContentVersion: authenticated, // service: as updateContentItem
    assignContent: authenticated, // service: content:assign in its organization (+ content:update for EDIT)
    deactivateContentAssignment: authenticated, // service: content:assign in its item's organization
  },
  EmbeddingModel: { '*': authenticated },
  KnowledgeCollection: { '*': owner((c) => c.createdById, can('knowledge:read', (c) => c.id)) },
  KnowledgeDocument: { '*': owner((d) => d.createdById, can('knowledge:read', (d) => d.id)) },
  KnowledgeChunk: { '*': owner((c) => c.createdById, can('knowledge:read', (c) => c.documentId)) },
  KnowledgeEntity: { '*': owner((e) => e.createdById, can('knowledge:read', (e) => e.id)) },
  KnowledgeRelationship: { '*': owner((r) => r.createdById, can('knowledge:read', (r) => r.id)) },
  // Wrappers built by the service from rows it has already tenant-checked; their entities and
  // relationships carry the rules above.
  KnowledgeNeighbour: { '*': authenticated },
  KnowledgeGraphNode: { '*': authenticated },
  KnowledgeNeighbourhood: { '*': authenticated },
  KnowledgeEntityPath: { '*': authenticated },
  KnowledgeEntitySimilarity: { '*': authenticated },
  DeleteKnowledgeDocumentPayload: { '*': authenticated }, // only the id the caller just deleted
  DeleteKnowledgeGraphPayload: { '*': authenticated }, // only the id the caller just deleted
  KnowledgeSearchResult: { '*': authenticated }, // holds only hits, each guarded below
  KnowledgeSearchHit: { '*': owner((h) => h.createdById, can('knowledge:search', (h) => h.documentId)) },
  // Content objects have no @key (no `_entities` path): every way to one goes through a service
  // call that applied the access rule to its item, so the types only require a signed-in caller.
  ContentRepository: { '*': authenticated },
  ContentItem: { '*': authenticated },
  ContentVersion: { '*': authenticated },
  ContentAssignment: { '*': authenticated },
  ContentSearchHit: { '*': authenticated },
  ContentItemEdge: page,
  ContentItemConnection: page,
  ContentVersionEdge: page,
  ContentVersionConnection: page,
  ContentAssignmentEdge: page,
  ContentAssignmentConnection: page,
  PageInfo: page,
  EmbeddingModelEdge: page,
  EmbeddingModelConnection: page,
  KnowledgeCollectionEdge: page,
  KnowledgeCollectionConnection: page,
  KnowledgeDocumentEdge: page,
  KnowledgeDocumentConnection: page,
  KnowledgeChunkEdge: page,
  KnowledgeChunkConnection: page,
  KnowledgeEntityEdge: page,
  KnowledgeEntityConnection: page,
};

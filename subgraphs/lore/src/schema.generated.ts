/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmbeddingModel as EmbeddingModelModel, Collection as CollectionModel, Document as DocumentModel, ChunkRow as ChunkRowModel, Entity as EntityModel, Relationship as RelationshipModel, ContentRepository as ContentRepositoryModel, ContentItem as ContentItemModel, ContentVersion as ContentVersionModel, ContentAssignment as ContentAssignmentModel } from './db.js';
import type { Neighbour as NeighbourModel } from './modules/graph/service.js';
import type { SearchHit as SearchHitModel, SearchResult as SearchResultModel } from './modules/search/service.js';
import type { LoreContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time, serialised in UTC. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Input of assignContent: exactly one of userId and organizationId. */
export type AssignContentInput = {
  /** What the target may do (default READ; EDIT needs content:update as well). */
  accessLevel?: InputMaybe<ContentAccessLevel>;
  /** How strongly it is meant to be used. */
  assignmentType: ContentAssignmentType;
  /** Until when it applies (after startsAt). */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The item. */
  itemId: Scalars['ID']['input'];
  /** An organization to assign it to (reaches its members). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** From when it applies. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A user to assign it to. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** What an assignment lets its target do with the item (undefined in the seed; defined here). */
export type ContentAccessLevel =
  /** See it; comment is recorded for clients (lore keeps no comments). */
  | 'comment'
  /** See it and change its content (updateContentItem, restoreContentVersion). */
  | 'edit'
  /** See it. */
  | 'read';

/** Content handed to one user or one organization (001 §2.4.2); it reaches its target while active and inside its window. */
export type ContentAssignment = {
  __typename?: 'ContentAssignment';
  /** What the target may do with the item. */
  accessLevel: ContentAccessLevel;
  /** Who assigned it. */
  assignedById?: Maybe<Scalars['ID']['output']>;
  /** How strongly it is meant to be used. */
  assignmentType: ContentAssignmentType;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Until when it applies (none: until deactivated). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** False once deactivated. */
  isActive: Scalars['Boolean']['output'];
  /** The assigned item. */
  itemId: Scalars['ID']['output'];
  /** The organization it is assigned to: it reaches every member. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** From when it applies (none: at once). */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The user it is assigned to (exactly one of userId and organizationId is set). */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** A page of content assignments. */
export type ContentAssignmentConnection = {
  __typename?: 'ContentAssignmentConnection';
  /** Edges with cursors. */
  edges: Array<ContentAssignmentEdge>;
  /** The assignments of this page. */
  nodes: Array<ContentAssignment>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a content assignment connection. */
export type ContentAssignmentEdge = {
  __typename?: 'ContentAssignmentEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The assignment. */
  node: ContentAssignment;
};

/** How strongly assigned content is meant to be used (001 §2.4.2). */
export type ContentAssignmentType =
  /** May be used. */
  | 'optional'
  /** Suggested. */
  | 'recommended'
  /** Must be used. */
  | 'required';

/** A content item (001 §2.2.2): readable by its organization (content:read), its creator, and the targets of its active assignments. */
export type ContentItem = {
  __typename?: 'ContentItem';
  /** Its assignments, newest first: all of them for content:assign holders in its organization, otherwise those that reach the caller. */
  assignments: ContentAssignmentConnection;
  /** The content itself (JSON); weight C of the full text. */
  contentData: Scalars['JSON']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created it. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** Description; weight B of the full text. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Free metadata. */
  metadata: Scalars['JSON']['output'];
  /** The organization (tenant) that owns it. */
  organizationId: Scalars['ID']['output'];
  /** When it was last published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The repository it belongs to. */
  repository: ContentRepository;
  /** Where it is in the workflow. */
  status: ContentStatus;
  /** Title (1 to 500 characters); weight A of the full text. */
  title: Scalars['String']['output'];
  /** When it last changed (content or status). */
  updatedAt: Scalars['DateTime']['output'];
  /** Number of its newest version. */
  version: Scalars['Int']['output'];
};


/** A content item (001 §2.2.2): readable by its organization (content:read), its creator, and the targets of its active assignments. */
export type ContentItemAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of content items. */
export type ContentItemConnection = {
  __typename?: 'ContentItemConnection';
  /** Edges with cursors. */
  edges: Array<ContentItemEdge>;
  /** The items of this page. */
  nodes: Array<ContentItem>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a content item connection. */
export type ContentItemEdge = {
  __typename?: 'ContentItemEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ContentItem;
};

/** A content repository (001 §2.2.1): one of the five seeded, global. */
export type ContentRepository = {
  __typename?: 'ContentRepository';
  /** What its items are. */
  contentType: ContentType;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name to show. */
  displayName: Scalars['String']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Whether new items may be created in it. */
  isActive: Scalars['Boolean']['output'];
  /** Unique name: ai_agents, videos, documents, prompts or automations. */
  name: Scalars['String']['output'];
  /** Repository settings. */
  settings: Scalars['JSON']['output'];
};

/** One full-text hit of searchContent. */
export type ContentSearchHit = {
  __typename?: 'ContentSearchHit';
  /** The item. */
  item: ContentItem;
  /** ts_rank of the weighted full text (title A, description B, content C) against the query. */
  rank: Scalars['Float']['output'];
};

/** Where a content item is in its workflow: DRAFT → REVIEW → APPROVED → PUBLISHED → ARCHIVED (README, Lore, content). */
export type ContentStatus =
  /** Approved (content:approve); frozen until published or sent back to DRAFT. */
  | 'approved'
  /** Retired (content:publish); back to DRAFT to work on it again. */
  | 'archived'
  /** Being written; content can change. */
  | 'draft'
  /** Published (content:publish); `publishedAt` says when. */
  | 'published'
  /** Submitted for review; content can still change. */
  | 'review';

/** What a content repository holds (001 §2.2.1 content_type). */
export type ContentType =
  /** AI agents. */
  | 'ai_agent'
  /** Automations. */
  | 'automation'
  /** Documents. */
  | 'document'
  /** Prompts. */
  | 'prompt'
  /** Videos. */
  | 'video';

/** A snapshot of a content item's content (001 §2.2.3), one per change. */
export type ContentVersion = {
  __typename?: 'ContentVersion';
  /** What changed, as its author said (or "Restored version n"). */
  changeSummary?: Maybe<Scalars['String']['output']>;
  /** Content then. */
  contentData: Scalars['JSON']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Who made the change. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** Description then. */
  description?: Maybe<Scalars['String']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** The item. */
  itemId: Scalars['ID']['output'];
  /** Metadata then. */
  metadata: Scalars['JSON']['output'];
  /** Title then. */
  title: Scalars['String']['output'];
  /** 1 for the created item, one more for every change. */
  versionNumber: Scalars['Int']['output'];
};

/** A page of content versions. */
export type ContentVersionConnection = {
  __typename?: 'ContentVersionConnection';
  /** Edges with cursors. */
  edges: Array<ContentVersionEdge>;
  /** The versions of this page. */
  nodes: Array<ContentVersion>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a content version connection. */
export type ContentVersionEdge = {
  __typename?: 'ContentVersionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: ContentVersion;
};

/** Input of createContentItem. */
export type CreateContentItemInput = {
  /** Summary recorded on version 1 (default "Created"). */
  changeSummary?: InputMaybe<Scalars['String']['input']>;
  /** The content (a JSON object, at most 256 KB). */
  contentData?: InputMaybe<Scalars['JSON']['input']>;
  /** Description, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Metadata (a JSON object). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The owning organization: content:create there. */
  organizationId: Scalars['ID']['input'];
  /** The repository (by id). */
  repositoryId: Scalars['ID']['input'];
  /** Title, 1 to 500 characters. */
  title: Scalars['String']['input'];
};

/** Input of createEmbeddingModel. */
export type CreateEmbeddingModelInput = {
  /** OPENAI: the endpoint's base URL (`…/v1` or the host), http(s). */
  baseUrl?: InputMaybe<Scalars['String']['input']>;
  /** What it is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Vector length, 1 to 4096. */
  dimensions: Scalars['Int']['input'];
  /** Unique name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The embedder behind it. */
  provider: EmbeddingProvider;
  /** OPENAI: the model name the server knows (default: `name`). */
  remoteModel?: InputMaybe<Scalars['String']['input']>;
  /** OPENAI: send `dimensions` with each request (for servers that shorten vectors). */
  sendDimensions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Version label. */
  version?: InputMaybe<Scalars['String']['input']>;
};

/** Input of createKnowledgeCollection. */
export type CreateKnowledgeCollectionInput = {
  /** What it holds. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** JSON Schemas for the entities' metadata, by entity type (e.g. {"person": {"type": "object", "required": ["email"]}}); at most 100 types and 64 KB. */
  entityMetadataSchemas?: InputMaybe<Scalars['JSON']['input']>;
  /** JSON Schema for the documents' metadata. */
  metadataSchema?: InputMaybe<Scalars['JSON']['input']>;
  /** The embedding model (default: the default model). It cannot change later. */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** Name, 1 to 100 characters, unique within the organization. */
  name: Scalars['String']['input'];
  /** The organization that will own it; the caller needs knowledge:create there. */
  organizationId: Scalars['ID']['input'];
};

/** Input of createKnowledgeDocument. */
export type CreateKnowledgeDocumentInput = {
  /** The collection; the caller needs knowledge:create in its organization. */
  collectionId: Scalars['ID']['input'];
  /** Full text, at most 1 MB. */
  content: Scalars['String']['input'];
  /** MIME type, default `text/plain`. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** Metadata object (at most 64 KB), validated against the collection's metadataSchema. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Title, 1 to 255 characters. */
  title: Scalars['String']['input'];
};

/** Input of createKnowledgeEntity. */
export type CreateKnowledgeEntityInput = {
  /** The collection; the caller needs knowledge:create in its organization. */
  collectionId: Scalars['ID']['input'];
  /** What it is, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Type, 1 to 100 characters (lower case letters, digits, `_`, `-`). */
  entityType: Scalars['String']['input'];
  /** Metadata object, at most 64 KB of JSON (UTF-8) and 32 levels deep, validated against the collection's schema for the entity type. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Name, 1 to 255 characters, unique in the collection for its type. */
  name: Scalars['String']['input'];
};

/** Input of createKnowledgeRelationship. */
export type CreateKnowledgeRelationshipInput = {
  /** Confidence 0 to 1; default 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** Metadata object, at most 64 KB. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Type, 1 to 100 characters (lower case letters, digits, `_`, `-`). */
  relationshipType: Scalars['String']['input'];
  /** Source entity; the caller needs knowledge:create in its organization. */
  sourceId: Scalars['ID']['input'];
  /** Target entity, another entity of the same organization. */
  targetId: Scalars['ID']['input'];
};

/** What deleteKnowledgeDocument removed. */
export type DeleteKnowledgeDocumentPayload = {
  __typename?: 'DeleteKnowledgeDocumentPayload';
  /** Id of the deleted document. */
  id: Scalars['ID']['output'];
};

/** What a delete removed. */
export type DeleteKnowledgeGraphPayload = {
  __typename?: 'DeleteKnowledgeGraphPayload';
  /** Id of the deleted entity or relationship. */
  id: Scalars['ID']['output'];
};

/** An embedding model (000 §3 embedding_models): what turns text into vectors, and of what size. */
export type EmbeddingModel = {
  __typename?: 'EmbeddingModel';
  /** Whether it has what it needs to embed (an OpenAI model needs a base URL). */
  configured: Scalars['Boolean']['output'];
  /** What it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Length of every vector it produces; vectors of another length are refused. */
  dimensions: Scalars['Int']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Whether new collections use it when they name none. */
  isDefault: Scalars['Boolean']['output'];
  /** Unique name, e.g. `local` or `text-embedding-3-small`. */
  name: Scalars['String']['output'];
  /** The embedder behind it. */
  provider: EmbeddingProvider;
  /** Version label. */
  version?: Maybe<Scalars['String']['output']>;
};

/** A page of embedding models. */
export type EmbeddingModelConnection = {
  __typename?: 'EmbeddingModelConnection';
  /** Edges with cursors. */
  edges: Array<EmbeddingModelEdge>;
  /** The models of this page. */
  nodes: Array<EmbeddingModel>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an embedding model connection. */
export type EmbeddingModelEdge = {
  __typename?: 'EmbeddingModelEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The model. */
  node: EmbeddingModel;
};

/** Which kind of embedder a model is. */
export type EmbeddingProvider =
  /** Offline deterministic hashed n-grams (no network, no cost). */
  | 'local'
  /** Any OpenAI-compatible `/v1/embeddings` endpoint. */
  | 'openai';

/** A chunk of a knowledge document (000 §6 document_chunks): a contiguous slice of its content. An entity, so conversations can cite it as a source; a reference resolves to null once the document is re-ingested (its chunks are replaced) or deleted, or when the caller may not read it. */
export type KnowledgeChunk = {
  __typename?: 'KnowledgeChunk';
  /** Position in the document, from 0. */
  chunkIndex: Scalars['Int']['output'];
  /** The text of the chunk. */
  content: Scalars['String']['output'];
  /** The document it belongs to. */
  document: KnowledgeDocument;
  /** The document's version it was cut from. */
  documentVersion: Scalars['Int']['output'];
  /** Offset just past its last character. */
  endOffset: Scalars['Int']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** True once a re-ingestion of its document replaced it: it is out of search and of `KnowledgeDocument.chunks`, kept so that answers' sources still show what they used (ATRIUM_LORE_CHUNK_VERSIONS_KEPT versions back). */
  stale: Scalars['Boolean']['output'];
  /** Offset of its first character in the document's content. */
  startOffset: Scalars['Int']['output'];
  /** When a re-ingestion replaced it (null while current). */
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of chunks. */
export type KnowledgeChunkConnection = {
  __typename?: 'KnowledgeChunkConnection';
  /** Edges with cursors. */
  edges: Array<KnowledgeChunkEdge>;
  /** The chunks of this page. */
  nodes: Array<KnowledgeChunk>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a chunk connection. */
export type KnowledgeChunkEdge = {
  __typename?: 'KnowledgeChunkEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The chunk. */
  node: KnowledgeChunk;
};

/** A collection (000 §3 collections): an organization's knowledge documents, all embedded with one model. */
export type KnowledgeCollection = {
  __typename?: 'KnowledgeCollection';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created it. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** What it holds. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its documents, oldest first. */
  documents: KnowledgeDocumentConnection;
  /** Entity type → JSON Schema its entities' metadata must satisfy (a type not named: anything). */
  entityMetadataSchemas: Scalars['JSON']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** JSON Schema the documents' metadata must satisfy (empty: anything). */
  metadataSchema: Scalars['JSON']['output'];
  /** The model every document and query of the collection is embedded with. */
  model: EmbeddingModel;
  /** Name, unique within the organization. */
  name: Scalars['String']['output'];
  /** The organization (tenant) that owns it. */
  organizationId: Scalars['ID']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A collection (000 §3 collections): an organization's knowledge documents, all embedded with one model. */
export type KnowledgeCollectionDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of collections. */
export type KnowledgeCollectionConnection = {
  __typename?: 'KnowledgeCollectionConnection';
  /** Edges with cursors. */
  edges: Array<KnowledgeCollectionEdge>;
  /** The collections of this page. */
  nodes: Array<KnowledgeCollection>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a collection connection. */
export type KnowledgeCollectionEdge = {
  __typename?: 'KnowledgeCollectionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The collection. */
  node: KnowledgeCollection;
};

/** A knowledge document (000 §6 lore.documents). Named so it does not clash with conversations' uploaded `Document`. */
export type KnowledgeDocument = {
  __typename?: 'KnowledgeDocument';
  /** Ingestion attempts made for the current version. */
  attempts: Scalars['Int']['output'];
  /** How many chunks the current embedding has. */
  chunkCount: Scalars['Int']['output'];
  /** Its chunks in order (empty until READY). */
  chunks: KnowledgeChunkConnection;
  /** The collection it belongs to. */
  collection: KnowledgeCollection;
  /** Full text. */
  content: Scalars['String']['output'];
  /** MIME type of the content, e.g. `text/plain` or `text/markdown`. */
  contentType: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created it. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** When its current chunks were embedded. */
  embeddedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last ingestion attempt failed, if it did. */
  embeddingError?: Maybe<Scalars['String']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Free metadata, filterable in search (JSON containment). */
  metadata: Scalars['JSON']['output'];
  /** The organization (tenant) that owns it. */
  organizationId: Scalars['ID']['output'];
  /** Ingestion state. */
  status: KnowledgeDocumentStatus;
  /** Title (weighted above the body in keyword search). */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change of title or content. */
  version: Scalars['Int']['output'];
};


/** A knowledge document (000 §6 lore.documents). Named so it does not clash with conversations' uploaded `Document`. */
export type KnowledgeDocumentChunksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of knowledge documents. */
export type KnowledgeDocumentConnection = {
  __typename?: 'KnowledgeDocumentConnection';
  /** Edges with cursors. */
  edges: Array<KnowledgeDocumentEdge>;
  /** The documents of this page. */
  nodes: Array<KnowledgeDocument>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a knowledge document connection. */
export type KnowledgeDocumentEdge = {
  __typename?: 'KnowledgeDocumentEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: KnowledgeDocument;
};

/** Where a knowledge document is in its ingestion. */
export type KnowledgeDocumentStatus =
  /** Every attempt failed (see `embeddingError`); the content is kept, and reembedKnowledgeDocument tries again. */
  | 'failed'
  /** Written; waiting for the ingestion job. */
  | 'pending'
  /** Being chunked and embedded. */
  | 'processing'
  /** Chunks and embeddings match the current content: searchable. */
  | 'ready';

/** Which way relationships are followed from an entity. */
export type KnowledgeEdgeDirection =
  /** Either way. */
  | 'both'
  /** From the entity's sources to it. */
  | 'incoming'
  /** From the entity to its targets. */
  | 'outgoing';

/** A knowledge graph entity (000 §6 lore.entities): a named thing of one type, in a collection whose model embeds it. */
export type KnowledgeEntity = {
  __typename?: 'KnowledgeEntity';
  /** The collection it belongs to (its model embeds the entity). */
  collection: KnowledgeCollection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created it. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** What it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether its current name, type and description are embedded (similarKnowledgeEntities needs it). */
  embedded: Scalars['Boolean']['output'];
  /** When its current embedding was made. */
  embeddedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its type, e.g. `person`, `system`, `team`. */
  entityType: Scalars['String']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Free metadata. */
  metadata: Scalars['JSON']['output'];
  /** Name, unique per collection and type. */
  name: Scalars['String']['output'];
  /** Its direct relationships (in either direction by default), strongest first, at most 100. */
  neighbours: Array<KnowledgeNeighbour>;
  /** The organization (tenant) that owns it. */
  organizationId: Scalars['ID']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A knowledge graph entity (000 §6 lore.entities): a named thing of one type, in a collection whose model embeds it. */
export type KnowledgeEntityNeighboursArgs = {
  direction?: InputMaybe<KnowledgeEdgeDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of entities. */
export type KnowledgeEntityConnection = {
  __typename?: 'KnowledgeEntityConnection';
  /** Edges with cursors. */
  edges: Array<KnowledgeEntityEdge>;
  /** The entities of this page. */
  nodes: Array<KnowledgeEntity>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an entity connection. */
export type KnowledgeEntityEdge = {
  __typename?: 'KnowledgeEntityEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: KnowledgeEntity;
};

/** A shortest path between two entities: entities[i] → entities[i+1] along relationships[i]. */
export type KnowledgeEntityPath = {
  __typename?: 'KnowledgeEntityPath';
  /** The entities in order, from the start to the end. */
  entities: Array<KnowledgeEntity>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The relationships in order (each may point either way when the walk was BOTH). */
  relationships: Array<KnowledgeRelationship>;
};

/** Input of knowledgeEntityPath. */
export type KnowledgeEntityPathInput = {
  /** Which way relationships are followed; default BOTH. */
  direction?: InputMaybe<KnowledgeEdgeDirection>;
  /** Start entity. */
  fromId: Scalars['ID']['input'];
  /** Most hops tried, 1 to ATRIUM_LORE_GRAPH_MAX_DEPTH; default the maximum. */
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  /** Only relationships at least this confident, 0 to 1; default 0. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only relationships of these types (default: every type). */
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** End entity, of the same organization. */
  toId: Scalars['ID']['input'];
};

/** An entity similar to another, with the cosine similarity of their embeddings. */
export type KnowledgeEntitySimilarity = {
  __typename?: 'KnowledgeEntitySimilarity';
  /** The similar entity. */
  entity: KnowledgeEntity;
  /** Cosine similarity, -1 to 1. */
  score: Scalars['Float']['output'];
};

/** An entity reached by a traversal, with how far it is. */
export type KnowledgeGraphNode = {
  __typename?: 'KnowledgeGraphNode';
  /** Fewest hops from the start (the start itself is not listed). */
  depth: Scalars['Int']['output'];
  /** The entity. */
  entity: KnowledgeEntity;
};

/** An entity's direct relationship and the entity at its other end. */
export type KnowledgeNeighbour = {
  __typename?: 'KnowledgeNeighbour';
  /** OUTGOING when the entity is the relationship's source, INCOMING when its target. */
  direction: KnowledgeEdgeDirection;
  /** The entity at the other end. */
  entity: KnowledgeEntity;
  /** The relationship. */
  relationship: KnowledgeRelationship;
};

/** What a k-hop traversal reached: the entities within the depth, and the relationships among them and the start. */
export type KnowledgeNeighbourhood = {
  __typename?: 'KnowledgeNeighbourhood';
  /** The depth walked. */
  depth: Scalars['Int']['output'];
  /** Reached entities, nearest first, at most ATRIUM_LORE_GRAPH_MAX_NODES. */
  nodes: Array<KnowledgeGraphNode>;
  /** The followed relationships whose two ends are the start or a reached entity. */
  relationships: Array<KnowledgeRelationship>;
  /** The start. */
  start: KnowledgeEntity;
  /** Whether the node limit cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/** A typed, directed relationship between two entities of one organization (000 §6 lore.relationships). */
export type KnowledgeRelationship = {
  __typename?: 'KnowledgeRelationship';
  /** How sure it is, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The user who created it. */
  createdById?: Maybe<Scalars['ID']['output']>;
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Free metadata. */
  metadata: Scalars['JSON']['output'];
  /** The organization (tenant) of both entities. */
  organizationId: Scalars['ID']['output'];
  /** Its type, e.g. `owns`, `depends_on`. */
  relationshipType: Scalars['String']['output'];
  /** Where it starts. */
  source: KnowledgeEntity;
  /** Where it ends. */
  target: KnowledgeEntity;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One chunk found by searchKnowledge, with why it ranked. */
export type KnowledgeSearchHit = {
  __typename?: 'KnowledgeSearchHit';
  /** The chunk. */
  chunk: KnowledgeChunk;
  /** Its document. */
  document: KnowledgeDocument;
  /** Its position in the keyword list, from 1. */
  keywordRank?: Maybe<Scalars['Int']['output']>;
  /** ts_rank + 0.1 × trigram word similarity, if it was in the keyword list. */
  keywordScore?: Maybe<Scalars['Float']['output']>;
  /** Final position, from 1. */
  rank: Scalars['Int']['output'];
  /** The score it was ranked by: cosine (SEMANTIC), keyword score (KEYWORD) or fused RRF score (HYBRID). */
  score: Scalars['Float']['output'];
  /** Its position in the semantic list, from 1. */
  semanticRank?: Maybe<Scalars['Int']['output']>;
  /** Cosine similarity to the query, if it was in the semantic list. */
  semanticScore?: Maybe<Scalars['Float']['output']>;
};

/** Input of searchKnowledge. */
export type KnowledgeSearchInput = {
  /** The collection to search; the caller needs knowledge:search in its organization. Give it, or `documentIds`, or both. */
  collectionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only chunks of these documents (1 to 100, all of one collection, which is then searched). A document the caller may not search is NOT_FOUND, like one that does not exist. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only chunks of documents whose metadata contains this JSON object (e.g. {"team": "ops"}). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Ranking; default HYBRID. */
  mode?: InputMaybe<KnowledgeSearchMode>;
  /** Query text (embedded with the collection's model for the semantic half). Required for KEYWORD. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Lowest cosine similarity a semantic result may have, -1 to 1; default 0. */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  /** Results wanted, 1 to 100; default 10. */
  topK?: InputMaybe<Scalars['Int']['input']>;
  /** A query vector instead of text, of the model's dimensions (SEMANTIC and the semantic half of HYBRID). */
  vector?: InputMaybe<Array<Scalars['Float']['input']>>;
};

/** How searchKnowledge ranks. */
export type KnowledgeSearchMode =
  /** Reciprocal rank fusion (k = 60) of the semantic and keyword lists. */
  | 'hybrid'
  /** Full text (title weighted above body, ts_rank) plus trigram word similarity for fuzzy matches. */
  | 'keyword'
  /** Cosine similarity of embeddings (the collection's model), above the threshold. */
  | 'semantic';

/** What searchKnowledge found. */
export type KnowledgeSearchResult = {
  __typename?: 'KnowledgeSearchResult';
  /** Whether the semantic half was an exact scan (no pgvector) rather than an HNSW index search. */
  exact: Scalars['Boolean']['output'];
  /** At most topK hits, best first. */
  hits: Array<KnowledgeSearchHit>;
  /** How it ranked. */
  mode: KnowledgeSearchMode;
  /** The model queries were embedded with. */
  model: EmbeddingModel;
};

/** Input of knowledgeEntityNeighbourhood. */
export type KnowledgeTraversalInput = {
  /** How many hops, 1 to ATRIUM_LORE_GRAPH_MAX_DEPTH; default 2. */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Which way relationships are followed; default BOTH. */
  direction?: InputMaybe<KnowledgeEdgeDirection>;
  /** Where the walk starts; the caller needs knowledge:read in its organization. */
  entityId: Scalars['ID']['input'];
  /** Only reached entities of these types (the walk still passes through others). */
  entityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only relationships at least this confident, 0 to 1; default 0. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only relationships of these types (default: every type). */
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Assign an item to a user or an organization (content:assign in its organization). */
  assignContent: ContentAssignment;
  /** Create a content item in DRAFT (content:create in the organization), with version 1. */
  createContentItem: ContentItem;
  /** Register an embedding model (llm_provider:configure: it names an outside endpoint). */
  createEmbeddingModel: EmbeddingModel;
  /** Create a collection in an organization where the caller holds knowledge:create. */
  createKnowledgeCollection: KnowledgeCollection;
  /** Write a knowledge document and queue its ingestion; returns at once with status PENDING. */
  createKnowledgeDocument: KnowledgeDocument;
  /** Create an entity in a collection (knowledge:create in its organization); its embedding is queued. */
  createKnowledgeEntity: KnowledgeEntity;
  /** Relate two entities of one organization (knowledge:create there). */
  createKnowledgeRelationship: KnowledgeRelationship;
  /** End an assignment (content:assign in its item's organization). */
  deactivateContentAssignment: ContentAssignment;
  /** Delete a document with its chunks and embeddings (knowledge:delete). */
  deleteKnowledgeDocument: DeleteKnowledgeDocumentPayload;
  /** Delete an entity with its relationships and embedding (knowledge:delete). */
  deleteKnowledgeEntity: DeleteKnowledgeGraphPayload;
  /** Delete a relationship (knowledge:delete). */
  deleteKnowledgeRelationship: DeleteKnowledgeGraphPayload;
  /** Queue a fresh ingestion of a document (knowledge:update), e.g. after FAILED. */
  reembedKnowledgeDocument: KnowledgeDocument;
  /** Bring back an earlier version's content as a new version (the same rule as updateContentItem). */
  restoreContentVersion: ContentItem;
  /** Move an item through its workflow: to REVIEW or DRAFT (creator or content:update), APPROVED (content:approve), PUBLISHED or ARCHIVED (content:publish). A move the workflow does not have is CONFLICT. */
  transitionContentItem: ContentItem;
  /** Change a DRAFT or REVIEW item's content (its creator, content:update in its organization, or an EDIT assignment); records a new version. */
  updateContentItem: ContentItem;
  /** Change a document (knowledge:update); a changed title or content is re-embedded. */
  updateKnowledgeDocument: KnowledgeDocument;
  /** Change an entity (knowledge:update); a changed name, type or description is re-embedded. */
  updateKnowledgeEntity: KnowledgeEntity;
  /** Change a relationship's confidence or metadata (knowledge:update). */
  updateKnowledgeRelationship: KnowledgeRelationship;
};


export type MutationAssignContentArgs = {
  input: AssignContentInput;
};


export type MutationCreateContentItemArgs = {
  input: CreateContentItemInput;
};


export type MutationCreateEmbeddingModelArgs = {
  input: CreateEmbeddingModelInput;
};


export type MutationCreateKnowledgeCollectionArgs = {
  input: CreateKnowledgeCollectionInput;
};


export type MutationCreateKnowledgeDocumentArgs = {
  input: CreateKnowledgeDocumentInput;
};


export type MutationCreateKnowledgeEntityArgs = {
  input: CreateKnowledgeEntityInput;
};


export type MutationCreateKnowledgeRelationshipArgs = {
  input: CreateKnowledgeRelationshipInput;
};


export type MutationDeactivateContentAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKnowledgeEntityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteKnowledgeRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReembedKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreContentVersionArgs = {
  itemId: Scalars['ID']['input'];
  versionNumber: Scalars['Int']['input'];
};


export type MutationTransitionContentItemArgs = {
  id: Scalars['ID']['input'];
  to: ContentStatus;
};


export type MutationUpdateContentItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContentItemInput;
};


export type MutationUpdateKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKnowledgeDocumentInput;
};


export type MutationUpdateKnowledgeEntityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKnowledgeEntityInput;
};


export type MutationUpdateKnowledgeRelationshipArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKnowledgeRelationshipInput;
};

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One content item, or null when it does not exist or the caller may not read it (organization, creator or active assignment). */
  contentItem?: Maybe<ContentItem>;
  /** Items of a repository the caller may read, most recently updated first; one status with `status`. */
  contentItems: ContentItemConnection;
  /** The content repositories (the five seeded), by name. */
  contentRepositories: Array<ContentRepository>;
  /** The versions of an item the caller may read, newest first. */
  contentVersions: ContentVersionConnection;
  /** Embedding models, by name. */
  embeddingModels: EmbeddingModelConnection;
  /** One collection, or null when it does not exist or is outside the caller's knowledge:read tenants. */
  knowledgeCollection?: Maybe<KnowledgeCollection>;
  /** Collections of the organizations where the caller holds knowledge:read, oldest first; one organization's with `organizationId`. */
  knowledgeCollections: KnowledgeCollectionConnection;
  /** One knowledge document, or null when it does not exist or is outside the caller's knowledge:read tenants. */
  knowledgeDocument?: Maybe<KnowledgeDocument>;
  /** A collection's entities (knowledge:read in its organization), by type and name; one type with `entityType`. */
  knowledgeEntities: KnowledgeEntityConnection;
  /** One entity, or null when it does not exist or is outside the caller's knowledge:read tenants. */
  knowledgeEntity?: Maybe<KnowledgeEntity>;
  /** k-hop traversal from an entity (recursive SQL, bounded depth), within its organization (knowledge:read there). */
  knowledgeEntityNeighbourhood: KnowledgeNeighbourhood;
  /** A shortest path between two entities of one organization (knowledge:read there), or null when none is within maxDepth. */
  knowledgeEntityPath?: Maybe<KnowledgeEntityPath>;
  /** One relationship, or null when it does not exist or is outside the caller's knowledge:read tenants. */
  knowledgeRelationship?: Maybe<KnowledgeRelationship>;
  /** The caller's dashboard (001 §4.2.1): items assigned to it or to its organizations, active and inside their window, most recently updated first. */
  myAssignedContent: ContentItemConnection;
  /** Full-text search of the items the caller may read (websearch syntax, 'english'), best ts_rank first, at most `first` (1 to 50). */
  searchContent: Array<ContentSearchHit>;
  /** Search a collection: semantic, keyword or hybrid, tenant-scoped (knowledge:search in its organization). */
  searchKnowledge: KnowledgeSearchResult;
  /** Entities of the same collection most similar to an entity by embedding (cosine), best first (knowledge:search in its organization). */
  similarKnowledgeEntities: Array<KnowledgeEntitySimilarity>;
};


export type QueryContentItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContentItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  repositoryId: Scalars['ID']['input'];
  status?: InputMaybe<ContentStatus>;
};


export type QueryContentVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
};


export type QueryEmbeddingModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKnowledgeCollectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeCollectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collectionId: Scalars['ID']['input'];
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryKnowledgeEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryKnowledgeEntityNeighbourhoodArgs = {
  input: KnowledgeTraversalInput;
};


export type QueryKnowledgeEntityPathArgs = {
  input: KnowledgeEntityPathInput;
};


export type QueryKnowledgeRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyAssignedContentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchContentArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySearchKnowledgeArgs = {
  input: KnowledgeSearchInput;
};


export type QuerySimilarKnowledgeEntitiesArgs = {
  id: Scalars['ID']['input'];
  threshold?: InputMaybe<Scalars['Float']['input']>;
  topK?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of updateContentItem: the fields given change, and a new version records them. */
export type UpdateContentItemInput = {
  /** What changed (at most 1,000 characters). */
  changeSummary?: InputMaybe<Scalars['String']['input']>;
  /** New content. */
  contentData?: InputMaybe<Scalars['JSON']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateKnowledgeDocument: absent fields stay as they are. */
export type UpdateKnowledgeDocumentInput = {
  /** New content; a change re-embeds. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** New MIME type. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** New metadata (replaces the old; no re-embedding). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New title; a change re-embeds. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateKnowledgeEntity: absent fields stay as they are. */
export type UpdateKnowledgeEntityInput = {
  /** New description; a change re-embeds. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New type; a change re-embeds. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** New metadata (replaces the old), validated against the collection's schema for the entity's type (a new type validates the metadata it keeps). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New name; a change re-embeds. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateKnowledgeRelationship: absent fields stay as they are. */
export type UpdateKnowledgeRelationshipInput = {
  /** New confidence, 0 to 1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** New metadata (replaces the old). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  EmbeddingModel: EmbeddingModel;
  KnowledgeChunk: KnowledgeChunk;
  KnowledgeCollection: KnowledgeCollection;
  KnowledgeDocument: KnowledgeDocument;
  KnowledgeEntity: KnowledgeEntity;
  KnowledgeRelationship: KnowledgeRelationship;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  EmbeddingModel:
    ( { __typename: 'EmbeddingModel' }
    & GraphQLRecursivePick<FederationTypes['EmbeddingModel'], {"id":true}> );
  KnowledgeChunk:
    ( { __typename: 'KnowledgeChunk' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeChunk'], {"id":true}> );
  KnowledgeCollection:
    ( { __typename: 'KnowledgeCollection' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeCollection'], {"id":true}> );
  KnowledgeDocument:
    ( { __typename: 'KnowledgeDocument' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeDocument'], {"id":true}> );
  KnowledgeEntity:
    ( { __typename: 'KnowledgeEntity' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeEntity'], {"id":true}> );
  KnowledgeRelationship:
    ( { __typename: 'KnowledgeRelationship' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeRelationship'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssignContentInput: AssignContentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ContentAccessLevel: ContentAccessLevel;
  ContentAssignment: ResolverTypeWrapper<ContentAssignmentModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContentAssignmentConnection: ResolverTypeWrapper<Omit<ContentAssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ContentAssignmentEdge']>, nodes: Array<ResolversTypes['ContentAssignment']> }>;
  ContentAssignmentEdge: ResolverTypeWrapper<Omit<ContentAssignmentEdge, 'node'> & { node: ResolversTypes['ContentAssignment'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ContentAssignmentType: ContentAssignmentType;
  ContentItem: ResolverTypeWrapper<ContentItemModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContentItemConnection: ResolverTypeWrapper<Omit<ContentItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ContentItemEdge']>, nodes: Array<ResolversTypes['ContentItem']> }>;
  ContentItemEdge: ResolverTypeWrapper<Omit<ContentItemEdge, 'node'> & { node: ResolversTypes['ContentItem'] }>;
  ContentRepository: ResolverTypeWrapper<ContentRepositoryModel>;
  ContentSearchHit: ResolverTypeWrapper<Omit<ContentSearchHit, 'item'> & { item: ResolversTypes['ContentItem'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ContentStatus: ContentStatus;
  ContentType: ContentType;
  ContentVersion: ResolverTypeWrapper<ContentVersionModel>;
  ContentVersionConnection: ResolverTypeWrapper<Omit<ContentVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ContentVersionEdge']>, nodes: Array<ResolversTypes['ContentVersion']> }>;
  ContentVersionEdge: ResolverTypeWrapper<Omit<ContentVersionEdge, 'node'> & { node: ResolversTypes['ContentVersion'] }>;
  CreateContentItemInput: CreateContentItemInput;
  CreateEmbeddingModelInput: CreateEmbeddingModelInput;
  CreateKnowledgeCollectionInput: CreateKnowledgeCollectionInput;
  CreateKnowledgeDocumentInput: CreateKnowledgeDocumentInput;
  CreateKnowledgeEntityInput: CreateKnowledgeEntityInput;
  CreateKnowledgeRelationshipInput: CreateKnowledgeRelationshipInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteKnowledgeDocumentPayload: ResolverTypeWrapper<DeleteKnowledgeDocumentPayload>;
  DeleteKnowledgeGraphPayload: ResolverTypeWrapper<DeleteKnowledgeGraphPayload>;
  EmbeddingModel: ResolverTypeWrapper<EmbeddingModelModel>;
  EmbeddingModelConnection: ResolverTypeWrapper<Omit<EmbeddingModelConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmbeddingModelEdge']>, nodes: Array<ResolversTypes['EmbeddingModel']> }>;
  EmbeddingModelEdge: ResolverTypeWrapper<Omit<EmbeddingModelEdge, 'node'> & { node: ResolversTypes['EmbeddingModel'] }>;
  EmbeddingProvider: EmbeddingProvider;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KnowledgeChunk: ResolverTypeWrapper<ChunkRowModel>;
  KnowledgeChunkConnection: ResolverTypeWrapper<Omit<KnowledgeChunkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KnowledgeChunkEdge']>, nodes: Array<ResolversTypes['KnowledgeChunk']> }>;
  KnowledgeChunkEdge: ResolverTypeWrapper<Omit<KnowledgeChunkEdge, 'node'> & { node: ResolversTypes['KnowledgeChunk'] }>;
  KnowledgeCollection: ResolverTypeWrapper<CollectionModel>;
  KnowledgeCollectionConnection: ResolverTypeWrapper<Omit<KnowledgeCollectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KnowledgeCollectionEdge']>, nodes: Array<ResolversTypes['KnowledgeCollection']> }>;
  KnowledgeCollectionEdge: ResolverTypeWrapper<Omit<KnowledgeCollectionEdge, 'node'> & { node: ResolversTypes['KnowledgeCollection'] }>;
  KnowledgeDocument: ResolverTypeWrapper<DocumentModel>;
  KnowledgeDocumentConnection: ResolverTypeWrapper<Omit<KnowledgeDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KnowledgeDocumentEdge']>, nodes: Array<ResolversTypes['KnowledgeDocument']> }>;
  KnowledgeDocumentEdge: ResolverTypeWrapper<Omit<KnowledgeDocumentEdge, 'node'> & { node: ResolversTypes['KnowledgeDocument'] }>;
  KnowledgeDocumentStatus: KnowledgeDocumentStatus;
  KnowledgeEdgeDirection: KnowledgeEdgeDirection;
  KnowledgeEntity: ResolverTypeWrapper<EntityModel>;
  KnowledgeEntityConnection: ResolverTypeWrapper<Omit<KnowledgeEntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KnowledgeEntityEdge']>, nodes: Array<ResolversTypes['KnowledgeEntity']> }>;
  KnowledgeEntityEdge: ResolverTypeWrapper<Omit<KnowledgeEntityEdge, 'node'> & { node: ResolversTypes['KnowledgeEntity'] }>;
  KnowledgeEntityPath: ResolverTypeWrapper<Omit<KnowledgeEntityPath, 'entities' | 'relationships'> & { entities: Array<ResolversTypes['KnowledgeEntity']>, relationships: Array<ResolversTypes['KnowledgeRelationship']> }>;
  KnowledgeEntityPathInput: KnowledgeEntityPathInput;
  KnowledgeEntitySimilarity: ResolverTypeWrapper<Omit<KnowledgeEntitySimilarity, 'entity'> & { entity: ResolversTypes['KnowledgeEntity'] }>;
  KnowledgeGraphNode: ResolverTypeWrapper<Omit<KnowledgeGraphNode, 'entity'> & { entity: ResolversTypes['KnowledgeEntity'] }>;
  KnowledgeNeighbour: ResolverTypeWrapper<NeighbourModel>;
  KnowledgeNeighbourhood: ResolverTypeWrapper<Omit<KnowledgeNeighbourhood, 'nodes' | 'relationships' | 'start'> & { nodes: Array<ResolversTypes['KnowledgeGraphNode']>, relationships: Array<ResolversTypes['KnowledgeRelationship']>, start: ResolversTypes['KnowledgeEntity'] }>;
  KnowledgeRelationship: ResolverTypeWrapper<RelationshipModel>;
  KnowledgeSearchHit: ResolverTypeWrapper<SearchHitModel>;
  KnowledgeSearchInput: KnowledgeSearchInput;
  KnowledgeSearchMode: KnowledgeSearchMode;
  KnowledgeSearchResult: ResolverTypeWrapper<SearchResultModel>;
  KnowledgeTraversalInput: KnowledgeTraversalInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateContentItemInput: UpdateContentItemInput;
  UpdateKnowledgeDocumentInput: UpdateKnowledgeDocumentInput;
  UpdateKnowledgeEntityInput: UpdateKnowledgeEntityInput;
  UpdateKnowledgeRelationshipInput: UpdateKnowledgeRelationshipInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssignContentInput: AssignContentInput;
  ID: Scalars['ID']['output'];
  ContentAssignment: ContentAssignmentModel;
  Boolean: Scalars['Boolean']['output'];
  ContentAssignmentConnection: Omit<ContentAssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ContentAssignmentEdge']>, nodes: Array<ResolversParentTypes['ContentAssignment']> };
  ContentAssignmentEdge: Omit<ContentAssignmentEdge, 'node'> & { node: ResolversParentTypes['ContentAssignment'] };
  String: Scalars['String']['output'];
  ContentItem: ContentItemModel;
  Int: Scalars['Int']['output'];
  ContentItemConnection: Omit<ContentItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ContentItemEdge']>, nodes: Array<ResolversParentTypes['ContentItem']> };
  ContentItemEdge: Omit<ContentItemEdge, 'node'> & { node: ResolversParentTypes['ContentItem'] };
  ContentRepository: ContentRepositoryModel;
  ContentSearchHit: Omit<ContentSearchHit, 'item'> & { item: ResolversParentTypes['ContentItem'] };
  Float: Scalars['Float']['output'];
  ContentVersion: ContentVersionModel;
  ContentVersionConnection: Omit<ContentVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ContentVersionEdge']>, nodes: Array<ResolversParentTypes['ContentVersion']> };
  ContentVersionEdge: Omit<ContentVersionEdge, 'node'> & { node: ResolversParentTypes['ContentVersion'] };
  CreateContentItemInput: CreateContentItemInput;
  CreateEmbeddingModelInput: CreateEmbeddingModelInput;
  CreateKnowledgeCollectionInput: CreateKnowledgeCollectionInput;
  CreateKnowledgeDocumentInput: CreateKnowledgeDocumentInput;
  CreateKnowledgeEntityInput: CreateKnowledgeEntityInput;
  CreateKnowledgeRelationshipInput: CreateKnowledgeRelationshipInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteKnowledgeDocumentPayload: DeleteKnowledgeDocumentPayload;
  DeleteKnowledgeGraphPayload: DeleteKnowledgeGraphPayload;
  EmbeddingModel: EmbeddingModelModel;
  EmbeddingModelConnection: Omit<EmbeddingModelConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmbeddingModelEdge']>, nodes: Array<ResolversParentTypes['EmbeddingModel']> };
  EmbeddingModelEdge: Omit<EmbeddingModelEdge, 'node'> & { node: ResolversParentTypes['EmbeddingModel'] };
  JSON: Scalars['JSON']['output'];
  KnowledgeChunk: ChunkRowModel;
  KnowledgeChunkConnection: Omit<KnowledgeChunkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KnowledgeChunkEdge']>, nodes: Array<ResolversParentTypes['KnowledgeChunk']> };
  KnowledgeChunkEdge: Omit<KnowledgeChunkEdge, 'node'> & { node: ResolversParentTypes['KnowledgeChunk'] };
  KnowledgeCollection: CollectionModel;
  KnowledgeCollectionConnection: Omit<KnowledgeCollectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KnowledgeCollectionEdge']>, nodes: Array<ResolversParentTypes['KnowledgeCollection']> };
  KnowledgeCollectionEdge: Omit<KnowledgeCollectionEdge, 'node'> & { node: ResolversParentTypes['KnowledgeCollection'] };
  KnowledgeDocument: DocumentModel;
  KnowledgeDocumentConnection: Omit<KnowledgeDocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KnowledgeDocumentEdge']>, nodes: Array<ResolversParentTypes['KnowledgeDocument']> };
  KnowledgeDocumentEdge: Omit<KnowledgeDocumentEdge, 'node'> & { node: ResolversParentTypes['KnowledgeDocument'] };
  KnowledgeEntity: EntityModel;
  KnowledgeEntityConnection: Omit<KnowledgeEntityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KnowledgeEntityEdge']>, nodes: Array<ResolversParentTypes['KnowledgeEntity']> };
  KnowledgeEntityEdge: Omit<KnowledgeEntityEdge, 'node'> & { node: ResolversParentTypes['KnowledgeEntity'] };
  KnowledgeEntityPath: Omit<KnowledgeEntityPath, 'entities' | 'relationships'> & { entities: Array<ResolversParentTypes['KnowledgeEntity']>, relationships: Array<ResolversParentTypes['KnowledgeRelationship']> };
  KnowledgeEntityPathInput: KnowledgeEntityPathInput;
  KnowledgeEntitySimilarity: Omit<KnowledgeEntitySimilarity, 'entity'> & { entity: ResolversParentTypes['KnowledgeEntity'] };
  KnowledgeGraphNode: Omit<KnowledgeGraphNode, 'entity'> & { entity: ResolversParentTypes['KnowledgeEntity'] };
  KnowledgeNeighbour: NeighbourModel;
  KnowledgeNeighbourhood: Omit<KnowledgeNeighbourhood, 'nodes' | 'relationships' | 'start'> & { nodes: Array<ResolversParentTypes['KnowledgeGraphNode']>, relationships: Array<ResolversParentTypes['KnowledgeRelationship']>, start: ResolversParentTypes['KnowledgeEntity'] };
  KnowledgeRelationship: RelationshipModel;
  KnowledgeSearchHit: SearchHitModel;
  KnowledgeSearchInput: KnowledgeSearchInput;
  KnowledgeSearchResult: SearchResultModel;
  KnowledgeTraversalInput: KnowledgeTraversalInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UpdateContentItemInput: UpdateContentItemInput;
  UpdateKnowledgeDocumentInput: UpdateKnowledgeDocumentInput;
  UpdateKnowledgeEntityInput: UpdateKnowledgeEntityInput;
  UpdateKnowledgeRelationshipInput: UpdateKnowledgeRelationshipInput;
};

export type ContentAccessLevelResolvers = { COMMENT: 'comment', EDIT: 'edit', READ: 'read' };

export type ContentAssignmentResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentAssignment'] = ResolversParentTypes['ContentAssignment']> = {
  accessLevel?: Resolver<ResolversTypes['ContentAccessLevel'], ParentType, ContextType>;
  assignedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assignmentType?: Resolver<ResolversTypes['ContentAssignmentType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ContentAssignmentConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentAssignmentConnection'] = ResolversParentTypes['ContentAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContentAssignmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ContentAssignment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ContentAssignmentEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentAssignmentEdge'] = ResolversParentTypes['ContentAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContentAssignment'], ParentType, ContextType>;
};

export type ContentAssignmentTypeResolvers = { OPTIONAL: 'optional', RECOMMENDED: 'recommended', REQUIRED: 'required' };

export type ContentItemResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentItem'] = ResolversParentTypes['ContentItem']> = {
  assignments?: Resolver<ResolversTypes['ContentAssignmentConnection'], ParentType, ContextType, RequireFields<ContentItemAssignmentsArgs, 'first'>>;
  contentData?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  repository?: Resolver<ResolversTypes['ContentRepository'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContentItemConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentItemConnection'] = ResolversParentTypes['ContentItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContentItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ContentItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ContentItemEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentItemEdge'] = ResolversParentTypes['ContentItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
};

export type ContentRepositoryResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentRepository'] = ResolversParentTypes['ContentRepository']> = {
  contentType?: Resolver<ResolversTypes['ContentType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type ContentSearchHitResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentSearchHit'] = ResolversParentTypes['ContentSearchHit']> = {
  item?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ContentStatusResolvers = { APPROVED: 'approved', ARCHIVED: 'archived', DRAFT: 'draft', PUBLISHED: 'published', REVIEW: 'review' };

export type ContentTypeResolvers = { AI_AGENT: 'ai_agent', AUTOMATION: 'automation', DOCUMENT: 'document', PROMPT: 'prompt', VIDEO: 'video' };

export type ContentVersionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentVersion'] = ResolversParentTypes['ContentVersion']> = {
  changeSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentData?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContentVersionConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentVersionConnection'] = ResolversParentTypes['ContentVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContentVersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ContentVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ContentVersionEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['ContentVersionEdge'] = ResolversParentTypes['ContentVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContentVersion'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteKnowledgeDocumentPayloadResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['DeleteKnowledgeDocumentPayload'] = ResolversParentTypes['DeleteKnowledgeDocumentPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeleteKnowledgeGraphPayloadResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['DeleteKnowledgeGraphPayload'] = ResolversParentTypes['DeleteKnowledgeGraphPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmbeddingModelResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['EmbeddingModel'] = ResolversParentTypes['EmbeddingModel'], FederationReferenceType extends FederationReferenceTypes['EmbeddingModel'] = FederationReferenceTypes['EmbeddingModel']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmbeddingModel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  configured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimensions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['EmbeddingProvider'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmbeddingModelConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['EmbeddingModelConnection'] = ResolversParentTypes['EmbeddingModelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmbeddingModelEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EmbeddingModel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EmbeddingModelEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['EmbeddingModelEdge'] = ResolversParentTypes['EmbeddingModelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmbeddingModel'], ParentType, ContextType>;
};

export type EmbeddingProviderResolvers = { LOCAL: 'local', OPENAI: 'openai' };

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KnowledgeChunkResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeChunk'] = ResolversParentTypes['KnowledgeChunk'], FederationReferenceType extends FederationReferenceTypes['KnowledgeChunk'] = FederationReferenceTypes['KnowledgeChunk']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeChunk']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chunkIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType>;
  documentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supersededAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type KnowledgeChunkConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeChunkConnection'] = ResolversParentTypes['KnowledgeChunkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeChunkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeChunk']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type KnowledgeChunkEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeChunkEdge'] = ResolversParentTypes['KnowledgeChunkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeChunk'], ParentType, ContextType>;
};

export type KnowledgeCollectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeCollection'] = ResolversParentTypes['KnowledgeCollection'], FederationReferenceType extends FederationReferenceTypes['KnowledgeCollection'] = FederationReferenceTypes['KnowledgeCollection']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeCollection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['KnowledgeDocumentConnection'], ParentType, ContextType, RequireFields<KnowledgeCollectionDocumentsArgs, 'first'>>;
  entityMetadataSchemas?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadataSchema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['EmbeddingModel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type KnowledgeCollectionConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeCollectionConnection'] = ResolversParentTypes['KnowledgeCollectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeCollectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeCollection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type KnowledgeCollectionEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeCollectionEdge'] = ResolversParentTypes['KnowledgeCollectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeCollection'], ParentType, ContextType>;
};

export type KnowledgeDocumentResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeDocument'] = ResolversParentTypes['KnowledgeDocument'], FederationReferenceType extends FederationReferenceTypes['KnowledgeDocument'] = FederationReferenceTypes['KnowledgeDocument']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeDocument']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chunkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chunks?: Resolver<ResolversTypes['KnowledgeChunkConnection'], ParentType, ContextType, RequireFields<KnowledgeDocumentChunksArgs, 'first'>>;
  collection?: Resolver<ResolversTypes['KnowledgeCollection'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  embeddedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  embeddingError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KnowledgeDocumentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeDocumentConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeDocumentConnection'] = ResolversParentTypes['KnowledgeDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeDocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type KnowledgeDocumentEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeDocumentEdge'] = ResolversParentTypes['KnowledgeDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType>;
};

export type KnowledgeDocumentStatusResolvers = { FAILED: 'failed', PENDING: 'pending', PROCESSING: 'processing', READY: 'ready' };

export type KnowledgeEdgeDirectionResolvers = { BOTH: 'both', INCOMING: 'incoming', OUTGOING: 'outgoing' };

export type KnowledgeEntityResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeEntity'] = ResolversParentTypes['KnowledgeEntity'], FederationReferenceType extends FederationReferenceTypes['KnowledgeEntity'] = FederationReferenceTypes['KnowledgeEntity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeEntity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  collection?: Resolver<ResolversTypes['KnowledgeCollection'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  embedded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  embeddedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbours?: Resolver<Array<ResolversTypes['KnowledgeNeighbour']>, ParentType, ContextType, RequireFields<KnowledgeEntityNeighboursArgs, 'direction' | 'first'>>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type KnowledgeEntityConnectionResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeEntityConnection'] = ResolversParentTypes['KnowledgeEntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeEntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeEntity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type KnowledgeEntityEdgeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeEntityEdge'] = ResolversParentTypes['KnowledgeEntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
};

export type KnowledgeEntityPathResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeEntityPath'] = ResolversParentTypes['KnowledgeEntityPath']> = {
  entities?: Resolver<Array<ResolversTypes['KnowledgeEntity']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['KnowledgeRelationship']>, ParentType, ContextType>;
};

export type KnowledgeEntitySimilarityResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeEntitySimilarity'] = ResolversParentTypes['KnowledgeEntitySimilarity']> = {
  entity?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type KnowledgeGraphNodeResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeGraphNode'] = ResolversParentTypes['KnowledgeGraphNode']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
};

export type KnowledgeNeighbourResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeNeighbour'] = ResolversParentTypes['KnowledgeNeighbour']> = {
  direction?: Resolver<ResolversTypes['KnowledgeEdgeDirection'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['KnowledgeRelationship'], ParentType, ContextType>;
};

export type KnowledgeNeighbourhoodResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeNeighbourhood'] = ResolversParentTypes['KnowledgeNeighbourhood']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeGraphNode']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['KnowledgeRelationship']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type KnowledgeRelationshipResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeRelationship'] = ResolversParentTypes['KnowledgeRelationship'], FederationReferenceType extends FederationReferenceTypes['KnowledgeRelationship'] = FederationReferenceTypes['KnowledgeRelationship']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeRelationship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type KnowledgeSearchHitResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeSearchHit'] = ResolversParentTypes['KnowledgeSearchHit']> = {
  chunk?: Resolver<ResolversTypes['KnowledgeChunk'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType>;
  keywordRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  keywordScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  semanticRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  semanticScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type KnowledgeSearchModeResolvers = { HYBRID: 'hybrid', KEYWORD: 'keyword', SEMANTIC: 'semantic' };

export type KnowledgeSearchResultResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['KnowledgeSearchResult'] = ResolversParentTypes['KnowledgeSearchResult']> = {
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['KnowledgeSearchHit']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['KnowledgeSearchMode'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['EmbeddingModel'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assignContent?: Resolver<ResolversTypes['ContentAssignment'], ParentType, ContextType, RequireFields<MutationAssignContentArgs, 'input'>>;
  createContentItem?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationCreateContentItemArgs, 'input'>>;
  createEmbeddingModel?: Resolver<ResolversTypes['EmbeddingModel'], ParentType, ContextType, RequireFields<MutationCreateEmbeddingModelArgs, 'input'>>;
  createKnowledgeCollection?: Resolver<ResolversTypes['KnowledgeCollection'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeCollectionArgs, 'input'>>;
  createKnowledgeDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeDocumentArgs, 'input'>>;
  createKnowledgeEntity?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeEntityArgs, 'input'>>;
  createKnowledgeRelationship?: Resolver<ResolversTypes['KnowledgeRelationship'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeRelationshipArgs, 'input'>>;
  deactivateContentAssignment?: Resolver<ResolversTypes['ContentAssignment'], ParentType, ContextType, RequireFields<MutationDeactivateContentAssignmentArgs, 'id'>>;
  deleteKnowledgeDocument?: Resolver<ResolversTypes['DeleteKnowledgeDocumentPayload'], ParentType, ContextType, RequireFields<MutationDeleteKnowledgeDocumentArgs, 'id'>>;
  deleteKnowledgeEntity?: Resolver<ResolversTypes['DeleteKnowledgeGraphPayload'], ParentType, ContextType, RequireFields<MutationDeleteKnowledgeEntityArgs, 'id'>>;
  deleteKnowledgeRelationship?: Resolver<ResolversTypes['DeleteKnowledgeGraphPayload'], ParentType, ContextType, RequireFields<MutationDeleteKnowledgeRelationshipArgs, 'id'>>;
  reembedKnowledgeDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationReembedKnowledgeDocumentArgs, 'id'>>;
  restoreContentVersion?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationRestoreContentVersionArgs, 'itemId' | 'versionNumber'>>;
  transitionContentItem?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationTransitionContentItemArgs, 'id' | 'to'>>;
  updateContentItem?: Resolver<ResolversTypes['ContentItem'], ParentType, ContextType, RequireFields<MutationUpdateContentItemArgs, 'id' | 'input'>>;
  updateKnowledgeDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeDocumentArgs, 'id' | 'input'>>;
  updateKnowledgeEntity?: Resolver<ResolversTypes['KnowledgeEntity'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeEntityArgs, 'id' | 'input'>>;
  updateKnowledgeRelationship?: Resolver<ResolversTypes['KnowledgeRelationship'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeRelationshipArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  contentItem?: Resolver<Maybe<ResolversTypes['ContentItem']>, ParentType, ContextType, RequireFields<QueryContentItemArgs, 'id'>>;
  contentItems?: Resolver<ResolversTypes['ContentItemConnection'], ParentType, ContextType, RequireFields<QueryContentItemsArgs, 'first' | 'repositoryId'>>;
  contentRepositories?: Resolver<Array<ResolversTypes['ContentRepository']>, ParentType, ContextType>;
  contentVersions?: Resolver<ResolversTypes['ContentVersionConnection'], ParentType, ContextType, RequireFields<QueryContentVersionsArgs, 'first' | 'itemId'>>;
  embeddingModels?: Resolver<ResolversTypes['EmbeddingModelConnection'], ParentType, ContextType, RequireFields<QueryEmbeddingModelsArgs, 'first'>>;
  knowledgeCollection?: Resolver<Maybe<ResolversTypes['KnowledgeCollection']>, ParentType, ContextType, RequireFields<QueryKnowledgeCollectionArgs, 'id'>>;
  knowledgeCollections?: Resolver<ResolversTypes['KnowledgeCollectionConnection'], ParentType, ContextType, RequireFields<QueryKnowledgeCollectionsArgs, 'first'>>;
  knowledgeDocument?: Resolver<Maybe<ResolversTypes['KnowledgeDocument']>, ParentType, ContextType, RequireFields<QueryKnowledgeDocumentArgs, 'id'>>;
  knowledgeEntities?: Resolver<ResolversTypes['KnowledgeEntityConnection'], ParentType, ContextType, RequireFields<QueryKnowledgeEntitiesArgs, 'collectionId' | 'first'>>;
  knowledgeEntity?: Resolver<Maybe<ResolversTypes['KnowledgeEntity']>, ParentType, ContextType, RequireFields<QueryKnowledgeEntityArgs, 'id'>>;
  knowledgeEntityNeighbourhood?: Resolver<ResolversTypes['KnowledgeNeighbourhood'], ParentType, ContextType, RequireFields<QueryKnowledgeEntityNeighbourhoodArgs, 'input'>>;
  knowledgeEntityPath?: Resolver<Maybe<ResolversTypes['KnowledgeEntityPath']>, ParentType, ContextType, RequireFields<QueryKnowledgeEntityPathArgs, 'input'>>;
  knowledgeRelationship?: Resolver<Maybe<ResolversTypes['KnowledgeRelationship']>, ParentType, ContextType, RequireFields<QueryKnowledgeRelationshipArgs, 'id'>>;
  myAssignedContent?: Resolver<ResolversTypes['ContentItemConnection'], ParentType, ContextType, RequireFields<QueryMyAssignedContentArgs, 'first'>>;
  searchContent?: Resolver<Array<ResolversTypes['ContentSearchHit']>, ParentType, ContextType, RequireFields<QuerySearchContentArgs, 'first' | 'query'>>;
  searchKnowledge?: Resolver<ResolversTypes['KnowledgeSearchResult'], ParentType, ContextType, RequireFields<QuerySearchKnowledgeArgs, 'input'>>;
  similarKnowledgeEntities?: Resolver<Array<ResolversTypes['KnowledgeEntitySimilarity']>, ParentType, ContextType, RequireFields<QuerySimilarKnowledgeEntitiesArgs, 'id' | 'threshold' | 'topK'>>;
};

export type Resolvers<ContextType = LoreContext> = {
  ContentAccessLevel?: ContentAccessLevelResolvers;
  ContentAssignment?: ContentAssignmentResolvers<ContextType>;
  ContentAssignmentConnection?: ContentAssignmentConnectionResolvers<ContextType>;
  ContentAssignmentEdge?: ContentAssignmentEdgeResolvers<ContextType>;
  ContentAssignmentType?: ContentAssignmentTypeResolvers;
  ContentItem?: ContentItemResolvers<ContextType>;
  ContentItemConnection?: ContentItemConnectionResolvers<ContextType>;
  ContentItemEdge?: ContentItemEdgeResolvers<ContextType>;
  ContentRepository?: ContentRepositoryResolvers<ContextType>;
  ContentSearchHit?: ContentSearchHitResolvers<ContextType>;
  ContentStatus?: ContentStatusResolvers;
  ContentType?: ContentTypeResolvers;
  ContentVersion?: ContentVersionResolvers<ContextType>;
  ContentVersionConnection?: ContentVersionConnectionResolvers<ContextType>;
  ContentVersionEdge?: ContentVersionEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteKnowledgeDocumentPayload?: DeleteKnowledgeDocumentPayloadResolvers<ContextType>;
  DeleteKnowledgeGraphPayload?: DeleteKnowledgeGraphPayloadResolvers<ContextType>;
  EmbeddingModel?: EmbeddingModelResolvers<ContextType>;
  EmbeddingModelConnection?: EmbeddingModelConnectionResolvers<ContextType>;
  EmbeddingModelEdge?: EmbeddingModelEdgeResolvers<ContextType>;
  EmbeddingProvider?: EmbeddingProviderResolvers;
  JSON?: GraphQLScalarType;
  KnowledgeChunk?: KnowledgeChunkResolvers<ContextType>;
  KnowledgeChunkConnection?: KnowledgeChunkConnectionResolvers<ContextType>;
  KnowledgeChunkEdge?: KnowledgeChunkEdgeResolvers<ContextType>;
  KnowledgeCollection?: KnowledgeCollectionResolvers<ContextType>;
  KnowledgeCollectionConnection?: KnowledgeCollectionConnectionResolvers<ContextType>;
  KnowledgeCollectionEdge?: KnowledgeCollectionEdgeResolvers<ContextType>;
  KnowledgeDocument?: KnowledgeDocumentResolvers<ContextType>;
  KnowledgeDocumentConnection?: KnowledgeDocumentConnectionResolvers<ContextType>;
  KnowledgeDocumentEdge?: KnowledgeDocumentEdgeResolvers<ContextType>;
  KnowledgeDocumentStatus?: KnowledgeDocumentStatusResolvers;
  KnowledgeEdgeDirection?: KnowledgeEdgeDirectionResolvers;
  KnowledgeEntity?: KnowledgeEntityResolvers<ContextType>;
  KnowledgeEntityConnection?: KnowledgeEntityConnectionResolvers<ContextType>;
  KnowledgeEntityEdge?: KnowledgeEntityEdgeResolvers<ContextType>;
  KnowledgeEntityPath?: KnowledgeEntityPathResolvers<ContextType>;
  KnowledgeEntitySimilarity?: KnowledgeEntitySimilarityResolvers<ContextType>;
  KnowledgeGraphNode?: KnowledgeGraphNodeResolvers<ContextType>;
  KnowledgeNeighbour?: KnowledgeNeighbourResolvers<ContextType>;
  KnowledgeNeighbourhood?: KnowledgeNeighbourhoodResolvers<ContextType>;
  KnowledgeRelationship?: KnowledgeRelationshipResolvers<ContextType>;
  KnowledgeSearchHit?: KnowledgeSearchHitResolvers<ContextType>;
  KnowledgeSearchMode?: KnowledgeSearchModeResolvers;
  KnowledgeSearchResult?: KnowledgeSearchResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};


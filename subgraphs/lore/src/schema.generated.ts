/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmbeddingModel as EmbeddingModelModel, Collection as CollectionModel, Document as DocumentModel, ChunkRow as ChunkRowModel } from './db.js';
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

/** What deleteKnowledgeDocument removed. */
export type DeleteKnowledgeDocumentPayload = {
  __typename?: 'DeleteKnowledgeDocumentPayload';
  /** Id of the deleted document. */
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
  /** Offset just past its last character. */
  endOffset: Scalars['Int']['output'];
  /** Identifier. */
  id: Scalars['ID']['output'];
  /** Offset of its first character in the document's content. */
  startOffset: Scalars['Int']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Register an embedding model (llm_provider:configure: it names an outside endpoint). */
  createEmbeddingModel: EmbeddingModel;
  /** Create a collection in an organization where the caller holds knowledge:create. */
  createKnowledgeCollection: KnowledgeCollection;
  /** Write a knowledge document and queue its ingestion; returns at once with status PENDING. */
  createKnowledgeDocument: KnowledgeDocument;
  /** Delete a document with its chunks and embeddings (knowledge:delete). */
  deleteKnowledgeDocument: DeleteKnowledgeDocumentPayload;
  /** Queue a fresh ingestion of a document (knowledge:update), e.g. after FAILED. */
  reembedKnowledgeDocument: KnowledgeDocument;
  /** Change a document (knowledge:update); a changed title or content is re-embedded. */
  updateKnowledgeDocument: KnowledgeDocument;
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


export type MutationDeleteKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReembedKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateKnowledgeDocumentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateKnowledgeDocumentInput;
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
  /** Embedding models, by name. */
  embeddingModels: EmbeddingModelConnection;
  /** One collection, or null when it does not exist or is outside the caller's knowledge:read tenants. */
  knowledgeCollection?: Maybe<KnowledgeCollection>;
  /** Collections of the organizations where the caller holds knowledge:read, oldest first; one organization's with `organizationId`. */
  knowledgeCollections: KnowledgeCollectionConnection;
  /** One knowledge document, or null when it does not exist or is outside the caller's knowledge:read tenants. */
  knowledgeDocument?: Maybe<KnowledgeDocument>;
  /** Search a collection: semantic, keyword or hybrid, tenant-scoped (knowledge:search in its organization). */
  searchKnowledge: KnowledgeSearchResult;
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


export type QuerySearchKnowledgeArgs = {
  input: KnowledgeSearchInput;
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
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateEmbeddingModelInput: CreateEmbeddingModelInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateKnowledgeCollectionInput: CreateKnowledgeCollectionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateKnowledgeDocumentInput: CreateKnowledgeDocumentInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteKnowledgeDocumentPayload: ResolverTypeWrapper<DeleteKnowledgeDocumentPayload>;
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
  KnowledgeSearchHit: ResolverTypeWrapper<SearchHitModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  KnowledgeSearchInput: KnowledgeSearchInput;
  KnowledgeSearchMode: KnowledgeSearchMode;
  KnowledgeSearchResult: ResolverTypeWrapper<SearchResultModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateKnowledgeDocumentInput: UpdateKnowledgeDocumentInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateEmbeddingModelInput: CreateEmbeddingModelInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CreateKnowledgeCollectionInput: CreateKnowledgeCollectionInput;
  ID: Scalars['ID']['output'];
  CreateKnowledgeDocumentInput: CreateKnowledgeDocumentInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteKnowledgeDocumentPayload: DeleteKnowledgeDocumentPayload;
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
  KnowledgeSearchHit: SearchHitModel;
  Float: Scalars['Float']['output'];
  KnowledgeSearchInput: KnowledgeSearchInput;
  KnowledgeSearchResult: SearchResultModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UpdateKnowledgeDocumentInput: UpdateKnowledgeDocumentInput;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteKnowledgeDocumentPayloadResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['DeleteKnowledgeDocumentPayload'] = ResolversParentTypes['DeleteKnowledgeDocumentPayload']> = {
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
  endOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startOffset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  createEmbeddingModel?: Resolver<ResolversTypes['EmbeddingModel'], ParentType, ContextType, RequireFields<MutationCreateEmbeddingModelArgs, 'input'>>;
  createKnowledgeCollection?: Resolver<ResolversTypes['KnowledgeCollection'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeCollectionArgs, 'input'>>;
  createKnowledgeDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeDocumentArgs, 'input'>>;
  deleteKnowledgeDocument?: Resolver<ResolversTypes['DeleteKnowledgeDocumentPayload'], ParentType, ContextType, RequireFields<MutationDeleteKnowledgeDocumentArgs, 'id'>>;
  reembedKnowledgeDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationReembedKnowledgeDocumentArgs, 'id'>>;
  updateKnowledgeDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeDocumentArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = LoreContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  embeddingModels?: Resolver<ResolversTypes['EmbeddingModelConnection'], ParentType, ContextType, RequireFields<QueryEmbeddingModelsArgs, 'first'>>;
  knowledgeCollection?: Resolver<Maybe<ResolversTypes['KnowledgeCollection']>, ParentType, ContextType, RequireFields<QueryKnowledgeCollectionArgs, 'id'>>;
  knowledgeCollections?: Resolver<ResolversTypes['KnowledgeCollectionConnection'], ParentType, ContextType, RequireFields<QueryKnowledgeCollectionsArgs, 'first'>>;
  knowledgeDocument?: Resolver<Maybe<ResolversTypes['KnowledgeDocument']>, ParentType, ContextType, RequireFields<QueryKnowledgeDocumentArgs, 'id'>>;
  searchKnowledge?: Resolver<ResolversTypes['KnowledgeSearchResult'], ParentType, ContextType, RequireFields<QuerySearchKnowledgeArgs, 'input'>>;
};

export type Resolvers<ContextType = LoreContext> = {
  DateTime?: GraphQLScalarType;
  DeleteKnowledgeDocumentPayload?: DeleteKnowledgeDocumentPayloadResolvers<ContextType>;
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
  KnowledgeSearchHit?: KnowledgeSearchHitResolvers<ContextType>;
  KnowledgeSearchMode?: KnowledgeSearchModeResolvers;
  KnowledgeSearchResult?: KnowledgeSearchResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};


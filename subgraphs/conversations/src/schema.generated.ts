/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRef as UserRefModel, OrganizationRef as OrganizationRefModel } from './modules/shared/refs.js';
import type { LlmProvider as LlmProviderModel, LlmModel as LlmModelModel, Conversation as ConversationModel, Message as MessageModel, PromptTemplate as PromptTemplateModel, Document as DocumentModel, DocumentProcessingJob as DocumentProcessingJobModel, Agent as AgentModel, AgentTool as AgentToolModel, AgentToolAssignment as AgentToolAssignmentModel, AgentExecution as AgentExecutionModel } from './db.js';
import type { ConversationsContext } from './context.js';
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
  /** An exact decimal number, serialised as a string in plain notation (for example `"0.002500"`), never as a binary float. */
  Decimal: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An AI agent: instructions, a model, a step limit and assigned tools. */
export type Agent = {
  __typename?: 'Agent';
  /** Kind of agent. */
  agentType: Scalars['String']['output'];
  /** Capabilities. */
  capabilities: Array<Scalars['String']['output']>;
  /** `{ instructions, modelId, maxSteps, temperature }`. */
  configuration: Scalars['JSON']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Creator. */
  createdBy?: Maybe<User>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Runs, oldest first. The caller's own; all with conversation:read. */
  executions: AgentExecutionConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive agents cannot run. */
  isActive: Scalars['Boolean']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The organization it belongs to. */
  organization?: Maybe<Organization>;
  /** Tools the agent may call. */
  tools: AgentToolAssignmentConnection;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** An AI agent: instructions, a model, a step limit and assigned tools. */
export type AgentExecutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An AI agent: instructions, a model, a step limit and assigned tools. */
export type AgentToolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agents. */
export type AgentConnection = {
  __typename?: 'AgentConnection';
  /** Edges with cursors. */
  edges: Array<AgentEdge>;
  /** The agents of this page. */
  nodes: Array<Agent>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an agent connection. */
export type AgentEdge = {
  __typename?: 'AgentEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The agent. */
  node: Agent;
};

/** One run of an agent. */
export type AgentExecution = {
  __typename?: 'AgentExecution';
  /** The agent. */
  agent: Agent;
  /** The final answer. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cost of every step, to 6 decimals. */
  cost: Scalars['Decimal']['output'];
  /** Why it failed, or which tool calls failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** Duration. */
  executionTimeMs?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** `{ input }`. */
  input: Scalars['JSON']['output'];
  /** Model and provider details. */
  metadata: Scalars['JSON']['output'];
  /** `{ answer, steps, usage }`: every tool call with its result or error. */
  output: Scalars['JSON']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** State. */
  status: ExecutionStatus;
  /** Steps (model calls) made. */
  steps: Scalars['Int']['output'];
  /** Tokens used by every step. */
  totalTokens: Scalars['Int']['output'];
  /** Who ran it. */
  user?: Maybe<User>;
};

/** A page of agent executions. */
export type AgentExecutionConnection = {
  __typename?: 'AgentExecutionConnection';
  /** Edges with cursors. */
  edges: Array<AgentExecutionEdge>;
  /** The executions of this page. */
  nodes: Array<AgentExecution>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an agent execution connection. */
export type AgentExecutionEdge = {
  __typename?: 'AgentExecutionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The execution. */
  node: AgentExecution;
};

/** A tool agents can be given. */
export type AgentTool = {
  __typename?: 'AgentTool';
  /** `{ parameters }`: JSON Schema of the arguments. */
  configuration: Scalars['JSON']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description sent to the model. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive tools are not offered. */
  isActive: Scalars['Boolean']['output'];
  /** Function name the model calls; unique. */
  name: Scalars['String']['output'];
  /** Kind of tool (`builtin`). */
  toolType: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A tool assigned to an agent. */
export type AgentToolAssignment = {
  __typename?: 'AgentToolAssignment';
  /** Per-agent settings. */
  configuration: Scalars['JSON']['output'];
  /** When it was assigned. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The tool. */
  tool: AgentTool;
};

/** A page of tool assignments. */
export type AgentToolAssignmentConnection = {
  __typename?: 'AgentToolAssignmentConnection';
  /** Edges with cursors. */
  edges: Array<AgentToolAssignmentEdge>;
  /** The assignments of this page. */
  nodes: Array<AgentToolAssignment>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a tool assignment connection. */
export type AgentToolAssignmentEdge = {
  __typename?: 'AgentToolAssignmentEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The assignment. */
  node: AgentToolAssignment;
};

/** A page of agent tools. */
export type AgentToolConnection = {
  __typename?: 'AgentToolConnection';
  /** Edges with cursors. */
  edges: Array<AgentToolEdge>;
  /** The tools of this page. */
  nodes: Array<AgentTool>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an agent tool connection. */
export type AgentToolEdge = {
  __typename?: 'AgentToolEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The tool. */
  node: AgentTool;
};

/** The end of one branch of a conversation. */
export type Branch = {
  __typename?: 'Branch';
  /** The newest message of the branch: pass its id as `messages(branch:)`. */
  leaf: Message;
  /** Messages on the path from the root to the leaf. */
  length: Scalars['Int']['output'];
  /** The thread the leaf belongs to. */
  threadId?: Maybe<Scalars['ID']['output']>;
};

/** A page of branches. */
export type BranchConnection = {
  __typename?: 'BranchConnection';
  /** Edges with cursors. */
  edges: Array<BranchEdge>;
  /** The branches of this page. */
  nodes: Array<Branch>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a branch connection. */
export type BranchEdge = {
  __typename?: 'BranchEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The branch. */
  node: Branch;
};

/** A conversation with an LLM. Its messages form a tree: each edit starts a new branch. */
export type Conversation = {
  __typename?: 'Conversation';
  /** When it was archived. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The ends of the branches, newest first. */
  branches: BranchConnection;
  /** Free-form context. */
  context: Scalars['JSON']['output'];
  /** Kind of conversation. */
  conversationType: ConversationType;
  /** When the conversation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Model used when a message names none. */
  defaultModel?: Maybe<LlmModel>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether a share link is active (see `sharedUntil`). */
  isShared: Scalars['Boolean']['output'];
  /** When the last message was stored. */
  lastMessageAt?: Maybe<Scalars['DateTime']['output']>;
  /** One branch, root first: the path to the leaf `branch` (a message id from `branches`), by default to the newest message. `last` returns only the newest messages of the path. */
  messages: MessageConnection;
  /** Parameters sent with each call (`temperature`, `maxTokens` reserved for the reply, `topP`). */
  modelParameters: Scalars['JSON']['output'];
  /** The organization it belongs to; null for a personal conversation. */
  organization?: Maybe<Organization>;
  /** When the share link expires. */
  sharedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle state. */
  state: ConversationState;
  /** Instruction sent first in every prompt. */
  systemPrompt?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
  /** Sum of the messages' costs, to 4 decimals. */
  totalCost: Scalars['Decimal']['output'];
  /** Messages stored, on every branch. */
  totalMessages: Scalars['Int']['output'];
  /** Tokens used by every call, prompt and completion. */
  totalTokens: Scalars['Int']['output'];
  /** When the conversation last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The owner. */
  user: User;
};


/** A conversation with an LLM. Its messages form a tree: each edit starts a new branch. */
export type ConversationBranchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conversation with an LLM. Its messages form a tree: each edit starts a new branch. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of conversations. */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** Edges with cursors. */
  edges: Array<ConversationEdge>;
  /** The conversations of this page. */
  nodes: Array<Conversation>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a conversation connection. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The conversation. */
  node: Conversation;
};

/** Filters for conversation lists. All given filters must match. */
export type ConversationFilter = {
  /** Only this kind. */
  conversationType?: InputMaybe<ConversationType>;
  /** Only this state (default: active and archived). */
  state?: InputMaybe<ConversationState>;
  /** Case-insensitive match on title or description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Lifecycle state of a conversation. */
export type ConversationState =
  /** Open for messages. */
  | 'active'
  /** Read-only; can be unarchived. */
  | 'archived'
  /** Soft-deleted: hidden and read-only. */
  | 'deleted';

/** Kind of conversation. */
export type ConversationType =
  /** Analysis of material. */
  | 'analysis'
  /** Free chat. */
  | 'chat'
  /** Content generation. */
  | 'generation';

/** A new agent. */
export type CreateAgentInput = {
  /** Kind of agent (default `assistant`). */
  agentType?: InputMaybe<Scalars['String']['input']>;
  /** Capabilities. */
  capabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Instructions: the system prompt of every run. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** Step limit, 1 to 20 (default 5). */
  maxSteps?: InputMaybe<Scalars['Int']['input']>;
  /** Model (default: the built-in local model). */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Organization it belongs to. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Sampling temperature. */
  temperature?: InputMaybe<Scalars['Float']['input']>;
  /** Tool names to assign. */
  toolNames?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new tool (the built-ins `calculator` and `render_prompt` are seeded). */
export type CreateAgentToolInput = {
  /** `{ parameters }`: JSON Schema of the arguments. */
  configuration?: InputMaybe<Scalars['JSON']['input']>;
  /** Description sent to the model. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Function name; unique. */
  name: Scalars['String']['input'];
  /** Kind of tool; only `builtin` tools have an implementation. */
  toolType: Scalars['String']['input'];
};

/** A new conversation. */
export type CreateConversationInput = {
  /** Free-form context. */
  context?: InputMaybe<Scalars['JSON']['input']>;
  /** Kind (default CHAT). */
  conversationType?: InputMaybe<ConversationType>;
  /** Model to use (default: the built-in local model). */
  defaultModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Parameters sent with each call: `temperature`, `topP`, `maxTokens`. */
  modelParameters?: InputMaybe<Scalars['JSON']['input']>;
  /**
   * The organization it belongs to, one of yours; its administrators can then read and manage it.
   * Omit for a personal conversation.
   */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Instruction sent first in every prompt. */
  systemPrompt?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new document with its text content. */
export type CreateDocumentInput = {
  /** The content, as text (at most 1 MB). */
  content: Scalars['String']['input'];
  /** Kind of content. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** File name. */
  filename: Scalars['String']['input'];
  /** Language code. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** MIME type: text/plain, text/markdown, text/csv, application/json are extracted. */
  mimeType: Scalars['String']['input'];
  /** The organization it belongs to, one of yours. Omit for a personal document. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new model. */
export type CreateLlmModelInput = {
  /** Typical latency. */
  averageLatencyMs?: InputMaybe<Scalars['Int']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Price per 1,000 prompt tokens, as a decimal string. */
  inputTokenCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Context window in tokens. */
  maxTokens?: InputMaybe<Scalars['Int']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Name sent to the provider; unique per provider. */
  modelName: Scalars['String']['input'];
  /** Price per 1,000 completion tokens, as a decimal string. */
  outputTokenCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** The provider. */
  providerId: Scalars['ID']['input'];
  /** Quality score, 0 to 5. */
  qualityScore?: InputMaybe<Scalars['Decimal']['input']>;
  /** Whether it can call tools. */
  supportsFunctions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether it can stream. */
  supportsStreaming?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether it reads images. */
  supportsVision?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new provider. */
export type CreateLlmProviderInput = {
  /** Base URL, required for HTTP providers. */
  apiBaseUrl?: InputMaybe<Scalars['String']['input']>;
  /** API key; stored encrypted, never returned. */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** API version. */
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  /** Default model name. */
  defaultModel?: InputMaybe<Scalars['String']['input']>;
  /** Whether it can be called (default true). */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique name. */
  name: Scalars['String']['input'];
  /** Pricing notes. */
  pricingConfig?: InputMaybe<Scalars['JSON']['input']>;
  /** Adapter. */
  providerType: ProviderType;
  /** `{ requests_per_minute, tokens_per_minute }`. */
  rateLimits?: InputMaybe<Scalars['JSON']['input']>;
  /** Model names offered. */
  supportedModels?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new prompt template (version 1). */
export type CreatePromptTemplateInput = {
  /** Category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Parameters to call models with. */
  defaultParameters?: InputMaybe<Scalars['JSON']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Name; unique per version. */
  name: Scalars['String']['input'];
  /** Variables that may be given. */
  optionalVariables?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * The organization it belongs to, one of yours; every later version keeps it. Omit for a
   * platform-wide template.
   */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Suggested models. */
  recommendedModelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Variables that must be given. */
  requiredVariables?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Text with `{{variable}}` placeholders; each must be a declared variable. */
  templateContent: Scalars['String']['input'];
  /** JSON Schema per variable name (draft 2020-12 subset ajv supports). */
  variableSchemas?: InputMaybe<Scalars['JSON']['input']>;
  /** Who may see it (default PRIVATE). */
  visibility?: InputMaybe<TemplateVisibility>;
};

/** A document uploaded for processing. */
export type Document = {
  __typename?: 'Document';
  /** Access level (`private`, `shared`, `public`). */
  accessLevel: Scalars['String']['output'];
  /** Kind of content (`report`, `contract`...). */
  contentType?: Maybe<Scalars['String']['output']>;
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** Kind of file (`txt`, `pdf`...). */
  documentType?: Maybe<Scalars['String']['output']>;
  /** Metadata found while extracting. */
  extractedMetadata: Scalars['JSON']['output'];
  /** Extracted text. */
  extractedText?: Maybe<Scalars['String']['output']>;
  /** Text extraction status. */
  extractionStatus: DocumentStatus;
  /** SHA-256 of the bytes. */
  fileHash?: Maybe<Scalars['String']['output']>;
  /** Size in bytes. */
  fileSize?: Maybe<Scalars['Int']['output']>;
  /** File name. */
  filename: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Processing jobs, oldest first. */
  jobs: DocumentProcessingJobConnection;
  /** Language code. */
  language?: Maybe<Scalars['String']['output']>;
  /** MIME type. */
  mimeType?: Maybe<Scalars['String']['output']>;
  /** The organization it belongs to; null for a personal document. */
  organization?: Maybe<Organization>;
  /** Name as uploaded. */
  originalFilename?: Maybe<Scalars['String']['output']>;
  /** Pages, estimated for plain text. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** When processing last completed. */
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Overall processing status. */
  processingStatus: DocumentStatus;
  /** Where the bytes are kept (`inline`: in the database). */
  storageProvider?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The owner. */
  user: User;
  /** Words. */
  wordCount?: Maybe<Scalars['Int']['output']>;
};


/** A document uploaded for processing. */
export type DocumentJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** Edges with cursors. */
  edges: Array<DocumentEdge>;
  /** The documents of this page. */
  nodes: Array<Document>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a document connection. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** A processing job run by the Postgres job queue. */
export type DocumentProcessingJob = {
  __typename?: 'DocumentProcessingJob';
  /** Attempts started. */
  attempts: Scalars['Int']['output'];
  /** When it ended. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cost, to 6 decimals. */
  cost?: Maybe<Scalars['Decimal']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The document. */
  document: Document;
  /** Last error. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (also the queue's job key). */
  id: Scalars['ID']['output'];
  /** Parameters. */
  jobParameters: Scalars['JSON']['output'];
  /** Attempts allowed. */
  maxAttempts: Scalars['Int']['output'];
  /** Model used for model-based types. */
  model?: Maybe<LlmModel>;
  /** Result. */
  outputData?: Maybe<Scalars['JSON']['output']>;
  /** Duration of the successful attempt. */
  processingTimeMs?: Maybe<Scalars['Int']['output']>;
  /** What it does. */
  processingType: ProcessingType;
  /** When the last attempt started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** State. */
  status: JobStatus;
  /** Tokens used. */
  tokensUsed?: Maybe<Scalars['Int']['output']>;
  /** Who asked for it. */
  user: User;
};

/** A page of processing jobs. */
export type DocumentProcessingJobConnection = {
  __typename?: 'DocumentProcessingJobConnection';
  /** Edges with cursors. */
  edges: Array<DocumentProcessingJobEdge>;
  /** The jobs of this page. */
  nodes: Array<DocumentProcessingJob>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a processing job connection. */
export type DocumentProcessingJobEdge = {
  __typename?: 'DocumentProcessingJobEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The job. */
  node: DocumentProcessingJob;
};

/** Status of a document or its extraction. */
export type DocumentStatus =
  /** Done. */
  | 'completed'
  /** Failed. */
  | 'failed'
  /** Not processed yet. */
  | 'pending'
  /** Being processed. */
  | 'processing';

/** State of an agent run. */
export type ExecutionStatus =
  /** Answered. */
  | 'completed'
  /** Stopped by an error or the step limit; see `error`. */
  | 'failed'
  /** In progress. */
  | 'running';

/** State of a processing job: QUEUED → RUNNING → COMPLETED or FAILED; CANCELLED at any point before the end. */
export type JobStatus =
  /** Cancelled by a user. */
  | 'cancelled'
  /** Finished; see `outputData`. */
  | 'completed'
  /** Gave up after its attempts; see `errorMessage`. */
  | 'failed'
  /** Waiting for a worker (also between retries). */
  | 'queued'
  /** A worker is on it. */
  | 'running';

/** A chunk of a knowledge document of the lore subgraph (only its key here; lore resolves it, or null once the document was re-ingested or deleted, or for a caller who may not read it). */
export type KnowledgeChunk = {
  __typename?: 'KnowledgeChunk';
  /** Identifier. */
  id: Scalars['ID']['output'];
};

/** A knowledge document of the lore subgraph (only its key here; lore resolves the rest, or null for a caller who may not read it). */
export type KnowledgeDocument = {
  __typename?: 'KnowledgeDocument';
  /** Identifier. */
  id: Scalars['ID']['output'];
};

/** Ground an answer in knowledge: chunks retrieved from the lore subgraph (hybrid search with the message as the query, as the caller) go into the model's context within its token budget. */
export type KnowledgeGroundingInput = {
  /** A collection to search (knowledge:search in its organization). */
  collectionId?: InputMaybe<Scalars['ID']['input']>;
  /** Or only these knowledge documents (1 to 100, of one collection). */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Chunks retrieved, 1 to 20; default 5. Those that do not fit the budget are left out. */
  topK?: InputMaybe<Scalars['Int']['input']>;
};

/** A model of a provider, with its context window and prices. */
export type LlmModel = {
  __typename?: 'LlmModel';
  /** Typical latency. */
  averageLatencyMs?: Maybe<Scalars['Int']['output']>;
  /** When the model was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the model was deprecated. */
  deprecatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name to show in interfaces. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Price per 1,000 prompt tokens. */
  inputTokenCost?: Maybe<Scalars['Decimal']['output']>;
  /** Inactive models cannot be chosen. */
  isActive: Scalars['Boolean']['output'];
  /** Context window in tokens: prompts are trimmed to fit it. */
  maxTokens?: Maybe<Scalars['Int']['output']>;
  /** Free-form metadata. */
  metadata: Scalars['JSON']['output'];
  /** Name sent to the provider. */
  modelName: Scalars['String']['output'];
  /** Price per 1,000 completion tokens. */
  outputTokenCost?: Maybe<Scalars['Decimal']['output']>;
  /** The provider serving it. */
  provider: LlmProvider;
  /** Quality score, 0.00 to 5.00. */
  qualityScore?: Maybe<Scalars['Decimal']['output']>;
  /** Whether it can call tools. */
  supportsFunctions: Scalars['Boolean']['output'];
  /** Whether it can stream. */
  supportsStreaming: Scalars['Boolean']['output'];
  /** Whether it reads images. */
  supportsVision: Scalars['Boolean']['output'];
};

/** A page of models. */
export type LlmModelConnection = {
  __typename?: 'LlmModelConnection';
  /** Edges with cursors. */
  edges: Array<LlmModelEdge>;
  /** The models of this page. */
  nodes: Array<LlmModel>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a model connection. */
export type LlmModelEdge = {
  __typename?: 'LlmModelEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The model. */
  node: LlmModel;
};

/** A configured LLM provider. Its API key is stored encrypted and never returned. */
export type LlmProvider = {
  __typename?: 'LlmProvider';
  /** Base URL of the API, for HTTP providers. */
  apiBaseUrl?: Maybe<Scalars['String']['output']>;
  /** API version, for providers that need one. */
  apiVersion?: Maybe<Scalars['String']['output']>;
  /** When the provider was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Model used when none is named. */
  defaultModel?: Maybe<Scalars['String']['output']>;
  /** Whether an API key is stored (the key itself is never returned). */
  hasApiKey: Scalars['Boolean']['output'];
  /** Health from the last check or failure. */
  healthStatus: ProviderHealth;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive providers cannot be called. */
  isActive: Scalars['Boolean']['output'];
  /** When health was last recorded. */
  lastHealthCheck?: Maybe<Scalars['DateTime']['output']>;
  /** Free-form metadata. */
  metadata: Scalars['JSON']['output'];
  /** The provider's models. */
  models: LlmModelConnection;
  /** Unique name. */
  name: Scalars['String']['output'];
  /** Provider-level pricing notes. */
  pricingConfig: Scalars['JSON']['output'];
  /** Adapter used to call it. */
  providerType: ProviderType;
  /** Client-side limits honoured before each call: `requests_per_minute`, `tokens_per_minute`. */
  rateLimits: Scalars['JSON']['output'];
  /** Model names the provider offers. */
  supportedModels: Scalars['JSON']['output'];
  /** When the provider last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A configured LLM provider. Its API key is stored encrypted and never returned. */
export type LlmProviderModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of providers. */
export type LlmProviderConnection = {
  __typename?: 'LlmProviderConnection';
  /** Edges with cursors. */
  edges: Array<LlmProviderEdge>;
  /** The providers of this page. */
  nodes: Array<LlmProvider>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a provider connection. */
export type LlmProviderEdge = {
  __typename?: 'LlmProviderEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The provider. */
  node: LlmProvider;
};

/** One message of a conversation. */
export type Message = {
  __typename?: 'Message';
  /** Attachments. */
  attachments: Scalars['JSON']['output'];
  /** Tokens of the answer (assistant messages). */
  completionTokens: Scalars['Int']['output'];
  /** Text. */
  content: Scalars['String']['output'];
  /** Content categories. */
  contentCategories: Array<Scalars['String']['output']>;
  /** Kind of content (`text`). */
  contentType: Scalars['String']['output'];
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Cost of the call, to 6 decimals. */
  estimatedCost: Scalars['Decimal']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Free-form metadata (context trimming, prompt template used, provider details). */
  metadata: Scalars['JSON']['output'];
  /** Model that wrote it (assistant messages). */
  model?: Maybe<LlmModel>;
  /** Parameters of the call that produced it. */
  modelParameters: Scalars['JSON']['output'];
  /** Id of the message this one answers or follows. */
  parentMessageId?: Maybe<Scalars['ID']['output']>;
  /** When the provider call ended. */
  processingCompletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the provider call started. */
  processingStartedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tokens of the prompt sent (assistant messages). */
  promptTokens: Scalars['Int']['output'];
  /** How long the provider took. */
  responseTimeMs?: Maybe<Scalars['Int']['output']>;
  /** Who wrote it. */
  role: MessageRole;
  /** Safety flags. */
  safetyFlags: Scalars['JSON']['output'];
  /** Sentiment, -1.00 to 1.00. */
  sentimentScore?: Maybe<Scalars['Decimal']['output']>;
  /** Position in the conversation, unique and increasing. */
  sequenceNumber: Scalars['Int']['output'];
  /** The knowledge chunks the answer was grounded in (`sendMessage(knowledge:)`), in the order they were put in the model's context; empty for other messages. */
  sources: Array<MessageSource>;
  /** The branch the message was written on. */
  threadId?: Maybe<Scalars['ID']['output']>;
  /** Prompt plus completion tokens. */
  totalTokens: Scalars['Int']['output'];
};

/** A page of messages. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** Edges with cursors. */
  edges: Array<MessageEdge>;
  /** The messages of this page. */
  nodes: Array<Message>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a message connection. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: Message;
};

/** Who wrote a message. */
export type MessageRole =
  /** The model. */
  | 'assistant'
  /** A function or tool result. */
  | 'function'
  /** A system instruction. */
  | 'system'
  /** The person. */
  | 'user';

/** One knowledge chunk an answer used, with the retrieval score it was chosen by. */
export type MessageSource = {
  __typename?: 'MessageSource';
  /** The chunk the answer used. After its document was re-ingested lore still returns it, with `stale: true`, for ATRIUM_LORE_CHUNK_VERSIONS_KEPT versions; null once pruned or the document deleted, or for a caller who may not read it. */
  chunk?: Maybe<KnowledgeChunk>;
  /** Position of the chunk in its document, from 0, when it was used. */
  chunkIndex: Scalars['Int']['output'];
  /** The knowledge document. */
  document: KnowledgeDocument;
  /** The document's version the chunk was cut from (null on answers stored before it was kept); `document.version` past it means the document changed since. */
  documentVersion?: Maybe<Scalars['Int']['output']>;
  /** Its number in the answer's context, from 1 (the local model cites it as `[n]`). */
  position: Scalars['Int']['output'];
  /** The score it was retrieved with (hybrid search: the fused RRF score). */
  score: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Approve one version (prompt_template:approve; not your own). */
  approvePromptTemplate: PromptTemplate;
  /** Archive: read-only until unarchived. */
  archiveConversation: Conversation;
  /** Give an agent a tool; a tool is assigned at most once. */
  assignAgentTool: Agent;
  /** Cancel a queued or running job; a running one discards its result. */
  cancelDocumentJob: DocumentProcessingJob;
  /** Check a provider now and record its health. */
  checkProviderHealth: ProviderHealthCheck;
  /** Create an agent. */
  createAgent: Agent;
  /** Add a tool. */
  createAgentTool: AgentTool;
  /** Start a conversation owned by the caller. */
  createConversation: Conversation;
  /** Upload a text document. */
  createDocument: Document;
  /** Queue a processing job on the Postgres job queue. */
  createDocumentJob: DocumentProcessingJob;
  /** Add a model. */
  createLlmModel: LlmModel;
  /** Add a provider. */
  createLlmProvider: LlmProvider;
  /** Create a template (version 1). */
  createPromptTemplate: PromptTemplate;
  /** Deactivate every version of a template. */
  deactivatePromptTemplate: PromptTemplate;
  /** Soft-delete (owner, or conversation:delete); the share link ends too. */
  deleteConversation: Conversation;
  /** Remove a provider with its models; refused while messages use them. */
  deleteLlmProvider: LlmProvider;
  /** Edit an earlier user message: sends `content` in its place, on a new branch from the same parent. */
  editMessage: SendMessagePayload;
  /** Promote an uploaded document (owner, or document:read) into a knowledge document of a lore collection (knowledge:create in its organization, checked by lore as the caller). Its extracted text, or its text content, becomes the knowledge document's content; ingestion is queued. */
  promoteDocument: KnowledgeDocument;
  /** Queue a failed or cancelled job again, with fresh attempts. */
  retryDocumentJob: DocumentProcessingJob;
  /** Run an agent on `input`: the model may ask for tools, which run and report back, up to the agent's step limit. The run is recorded; a failed run is returned with status FAILED, not thrown. */
  runAgent: AgentExecution;
  /** Send a message and store the model's answer. Without `parentMessageId` it continues after the newest message; with an earlier one it starts a new branch. Give `templateId` and `variables` instead of `content` to send a rendered prompt template. On a provider failure the user message stays, no answer is stored, and the error (INTERNAL_SERVER_ERROR or RATE_LIMITED) says what failed. */
  sendMessage: SendMessagePayload;
  /** Create a share link valid until `until` (owner, or conversation:share). */
  shareConversation: ShareConversationPayload;
  /** Make an archived conversation active again. */
  unarchiveConversation: Conversation;
  /** Take a tool away from an agent. */
  unassignAgentTool: Agent;
  /** Revoke the share link. */
  unshareConversation: Conversation;
  /** Change an agent (its creator, or prompt_template:update). */
  updateAgent: Agent;
  /** Change a conversation (owner, or conversation:update). */
  updateConversation: Conversation;
  /** Change a model. */
  updateLlmModel: LlmModel;
  /** Change a provider. */
  updateLlmProvider: LlmProvider;
  /** Edit a template: inserts the next version of its name. */
  updatePromptTemplate: PromptTemplate;
};


export type MutationApprovePromptTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignAgentToolArgs = {
  agentId: Scalars['ID']['input'];
  configuration?: InputMaybe<Scalars['JSON']['input']>;
  toolId: Scalars['ID']['input'];
};


export type MutationCancelDocumentJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckProviderHealthArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAgentArgs = {
  input: CreateAgentInput;
};


export type MutationCreateAgentToolArgs = {
  input: CreateAgentToolInput;
};


export type MutationCreateConversationArgs = {
  input: CreateConversationInput;
};


export type MutationCreateDocumentArgs = {
  input: CreateDocumentInput;
};


export type MutationCreateDocumentJobArgs = {
  documentId: Scalars['ID']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
  parameters?: InputMaybe<Scalars['JSON']['input']>;
  processingType: ProcessingType;
};


export type MutationCreateLlmModelArgs = {
  input: CreateLlmModelInput;
};


export type MutationCreateLlmProviderArgs = {
  input: CreateLlmProviderInput;
};


export type MutationCreatePromptTemplateArgs = {
  input: CreatePromptTemplateInput;
};


export type MutationDeactivatePromptTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLlmProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  content: Scalars['String']['input'];
  messageId: Scalars['ID']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationPromoteDocumentArgs = {
  collectionId: Scalars['ID']['input'];
  documentId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetryDocumentJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunAgentArgs = {
  agentId: Scalars['ID']['input'];
  input: Scalars['String']['input'];
};


export type MutationSendMessageArgs = {
  content?: InputMaybe<Scalars['String']['input']>;
  conversationId: Scalars['ID']['input'];
  knowledge?: InputMaybe<KnowledgeGroundingInput>;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  parentMessageId?: InputMaybe<Scalars['ID']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  variables?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationShareConversationArgs = {
  id: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
};


export type MutationUnarchiveConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnassignAgentToolArgs = {
  agentId: Scalars['ID']['input'];
  toolId: Scalars['ID']['input'];
};


export type MutationUnshareConversationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgentInput;
};


export type MutationUpdateConversationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateConversationInput;
};


export type MutationUpdateLlmModelArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLlmModelInput;
};


export type MutationUpdateLlmProviderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLlmProviderInput;
};


export type MutationUpdatePromptTemplateArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePromptTemplateInput;
};

/** A tenant. Organizations form a hierarchy through their parent. */
export type Organization = {
  __typename?: 'Organization';
  /** Agents that belong to the organization. */
  agents: AgentConnection;
  /**
   * Every conversation of the organization, for holders of conversation:read in it (an organization
   * administrator); a member sees only their own here. Newest last.
   */
  conversations: ConversationConnection;
  /**
   * Every document of the organization, for holders of document:read in it; a member sees only
   * their own here.
   */
  documents: DocumentConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};


/** A tenant. Organizations form a hierarchy through their parent. */
export type OrganizationAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. Organizations form a hierarchy through their parent. */
export type OrganizationConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. Organizations form a hierarchy through their parent. */
export type OrganizationDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** What a processing job does. */
export type ProcessingType =
  /** Analyse with a model (topics, tone). */
  | 'analyze'
  /** Extract the text, count words and pages. */
  | 'extract'
  /** Summarise with a model. */
  | 'summarize'
  /** Translate with a model (`parameters.targetLanguage`). */
  | 'translate';

/** One version of a prompt template. Every edit inserts the next version under the same name; earlier versions stay readable. */
export type PromptTemplate = {
  __typename?: 'PromptTemplate';
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it. */
  approvedBy?: Maybe<User>;
  /** Average rating. */
  averageRating?: Maybe<Scalars['Decimal']['output']>;
  /** Category. */
  category?: Maybe<Scalars['String']['output']>;
  /** When this version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Creator; null once the creator's personal data was erased (a shared or public version outlives its author). */
  createdBy?: Maybe<User>;
  /** Parameters to call models with. */
  defaultParameters: Scalars['JSON']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name to show. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Identifier of this version. */
  id: Scalars['ID']['output'];
  /** False once deactivated. */
  isActive: Scalars['Boolean']['output'];
  /** Whether a reviewer approved this version. */
  isApproved: Scalars['Boolean']['output'];
  /** Whether this is the newest version of the name. */
  isLatest: Scalars['Boolean']['output'];
  /** Name shared by every version. */
  name: Scalars['String']['output'];
  /** Variables that may be given. */
  optionalVariables: Array<Scalars['String']['output']>;
  /**
   * The organization it belongs to (SHARED visibility then means its members); null for a
   * platform-wide template.
   */
  organization?: Maybe<Organization>;
  /** Suggested models. */
  recommendedModelIds: Array<Scalars['ID']['output']>;
  /** Variables that must be given. */
  requiredVariables: Array<Scalars['String']['output']>;
  /** Tags. */
  tags: Array<Scalars['String']['output']>;
  /** Text with `{{variable}}` placeholders. */
  templateContent: Scalars['String']['output'];
  /** Version number, from 1. */
  templateVersion: Scalars['Int']['output'];
  /** When this version last changed (approval, usage). */
  updatedAt: Scalars['DateTime']['output'];
  /** How many messages used this version. */
  usageCount: Scalars['Int']['output'];
  /** JSON Schema per variable name. */
  variableSchemas: Scalars['JSON']['output'];
  /** Every version of the name, oldest first. */
  versions: PromptTemplateConnection;
  /** Who may see it. */
  visibility: TemplateVisibility;
};


/** One version of a prompt template. Every edit inserts the next version under the same name; earlier versions stay readable. */
export type PromptTemplateVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of prompt template versions. */
export type PromptTemplateConnection = {
  __typename?: 'PromptTemplateConnection';
  /** Edges with cursors. */
  edges: Array<PromptTemplateEdge>;
  /** The template versions of this page. */
  nodes: Array<PromptTemplate>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a prompt template connection. */
export type PromptTemplateEdge = {
  __typename?: 'PromptTemplateEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The template version. */
  node: PromptTemplate;
};

/** Filters for template lists. */
export type PromptTemplateFilter = {
  /** Only approved versions. */
  approvedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Exact name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Health of a provider, from the last check or the last failed call. */
export type ProviderHealth =
  /** Answering, but rate limiting. */
  | 'degraded'
  /** Failing or unreachable. */
  | 'down'
  /** Answering normally. */
  | 'healthy'
  /** Never checked. */
  | 'unknown';

/** Outcome of a provider health check. */
export type ProviderHealthCheck = {
  __typename?: 'ProviderHealthCheck';
  /** What went wrong, when something did. */
  detail?: Maybe<Scalars['String']['output']>;
  /** How long the check took. */
  latencyMs: Scalars['Int']['output'];
  /** The provider, with its updated health. */
  provider: LlmProvider;
  /** Health found. */
  status: ProviderHealth;
};

/** Kind of LLM provider; it chooses the adapter that talks to it. */
export type ProviderType =
  /** Azure OpenAI: the OpenAI protocol plus the `api-version` query parameter. */
  | 'azure'
  /** Built-in offline model: deterministic answers computed from the prompt. */
  | 'local'
  /** Any OpenAI-compatible `/v1/chat/completions` endpoint at `apiBaseUrl`. */
  | 'openai';

export type Query = {
  __typename?: 'Query';
  /** An agent. */
  agent?: Maybe<Agent>;
  /** A run: the caller's own, or anyone's with conversation:read. */
  agentExecution?: Maybe<AgentExecution>;
  /** Tools agents can be given. */
  agentTools: AgentToolConnection;
  /** Active agents. */
  agents: AgentConnection;
  /** A conversation: the caller's own, or anyone's with conversation:read. Deleted ones are not found. */
  conversation?: Maybe<Conversation>;
  /** The caller's conversations (same as `me { conversations }`). */
  conversations: ConversationConnection;
  /** A document: the caller's own, or anyone's with document:read. */
  document?: Maybe<Document>;
  /** A processing job of a document the caller can read. */
  documentJob?: Maybe<DocumentProcessingJob>;
  /** The caller's documents. */
  documents: DocumentConnection;
  /** A model. */
  llmModel?: Maybe<LlmModel>;
  /** Models of every provider; active ones unless `includeInactive`. */
  llmModels: LlmModelConnection;
  /** A provider. */
  llmProvider?: Maybe<LlmProvider>;
  /** Providers. */
  llmProviders: LlmProviderConnection;
  /** One template version. */
  promptTemplate?: Maybe<PromptTemplate>;
  /** Prompt templates the caller can see: the newest version of each name, unless `filter.name` asks for one name's versions. */
  promptTemplates: PromptTemplateConnection;
  /** Fill a template version's placeholders. Variables are checked against `requiredVariables`, `optionalVariables` and `variableSchemas`; a bad one is a BAD_USER_INPUT naming it. */
  renderPrompt: RenderedPrompt;
  /** A conversation opened through a share link, without sign-in, until the link expires or is revoked. */
  sharedConversation?: Maybe<SharedConversation>;
};


export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentExecutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgentToolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLlmModelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLlmModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLlmProviderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLlmProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPromptTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPromptTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PromptTemplateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRenderPromptArgs = {
  templateId: Scalars['ID']['input'];
  variables: Scalars['JSON']['input'];
};


export type QuerySharedConversationArgs = {
  token: Scalars['String']['input'];
};

/** A rendered prompt. */
export type RenderedPrompt = {
  __typename?: 'RenderedPrompt';
  /** The template version rendered. */
  template: PromptTemplate;
  /** The text with every placeholder filled. */
  text: Scalars['String']['output'];
  /** Tokens of the text, with the shared counter. */
  tokenCount: Scalars['Int']['output'];
};

/** What `sendMessage` and `editMessage` stored. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** The stored answer. */
  assistantMessage: Message;
  /** The conversation with updated totals. */
  conversation: Conversation;
  /** The stored user message. */
  userMessage: Message;
};

/** A new share link. The token is shown once; only its hash is stored. */
export type ShareConversationPayload = {
  __typename?: 'ShareConversationPayload';
  /** The shared conversation. */
  conversation: Conversation;
  /** When the link expires. */
  sharedUntil: Scalars['DateTime']['output'];
  /** Token to pass to `sharedConversation`. */
  token: Scalars['String']['output'];
};

/** A conversation opened through a share link: read-only, no sign-in needed. */
export type SharedConversation = {
  __typename?: 'SharedConversation';
  /** When the conversation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** One branch, root first; by default the newest. */
  messages: MessageConnection;
  /** When the link expires. */
  sharedUntil: Scalars['DateTime']['output'];
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
};


/** A conversation opened through a share link: read-only, no sign-in needed. */
export type SharedConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may see a prompt template. */
export type TemplateVisibility =
  /** Only its creator (and reviewers). */
  | 'private'
  /** Everyone signed in, once approved, in every organization. */
  | 'public'
  /** Members of its organization once approved; every signed-in user for a platform-wide template. */
  | 'shared';

/** Changes to an agent; omitted fields stay. */
export type UpdateAgentInput = {
  /** Capabilities. */
  capabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Instructions. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** Whether it can run. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Step limit, 1 to 20. */
  maxSteps?: InputMaybe<Scalars['Int']['input']>;
  /** Model. */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sampling temperature. */
  temperature?: InputMaybe<Scalars['Float']['input']>;
};

/** Changes to a conversation; omitted fields stay. */
export type UpdateConversationInput = {
  /** Free-form context. */
  context?: InputMaybe<Scalars['JSON']['input']>;
  /** Model to use. */
  defaultModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Parameters sent with each call. */
  modelParameters?: InputMaybe<Scalars['JSON']['input']>;
  /** Instruction sent first in every prompt. */
  systemPrompt?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a model; omitted fields stay. */
export type UpdateLlmModelInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Price per 1,000 prompt tokens. */
  inputTokenCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Whether it can be chosen; false also records `deprecatedAt`. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Context window in tokens. */
  maxTokens?: InputMaybe<Scalars['Int']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Price per 1,000 completion tokens. */
  outputTokenCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Whether it can call tools. */
  supportsFunctions?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a provider; omitted fields stay. `apiKey: null` removes the key. */
export type UpdateLlmProviderInput = {
  /** Base URL. */
  apiBaseUrl?: InputMaybe<Scalars['String']['input']>;
  /** API key; stored encrypted, never returned. */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** API version. */
  apiVersion?: InputMaybe<Scalars['String']['input']>;
  /** Default model name. */
  defaultModel?: InputMaybe<Scalars['String']['input']>;
  /** Whether it can be called. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Pricing notes. */
  pricingConfig?: InputMaybe<Scalars['JSON']['input']>;
  /** `{ requests_per_minute, tokens_per_minute }`. */
  rateLimits?: InputMaybe<Scalars['JSON']['input']>;
  /** Model names offered. */
  supportedModels?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An edit: the next version, starting from the newest one; omitted fields are copied. */
export type UpdatePromptTemplateInput = {
  /** Category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Parameters to call models with. */
  defaultParameters?: InputMaybe<Scalars['JSON']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Variables that may be given. */
  optionalVariables?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Suggested models. */
  recommendedModelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Variables that must be given. */
  requiredVariables?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Text with `{{variable}}` placeholders. */
  templateContent?: InputMaybe<Scalars['String']['input']>;
  /** JSON Schema per variable name. */
  variableSchemas?: InputMaybe<Scalars['JSON']['input']>;
  /** Who may see it. */
  visibility?: InputMaybe<TemplateVisibility>;
};

/** A person who can sign in to Atrium. */
export type User = {
  __typename?: 'User';
  /** Agents the user created. */
  agents: AgentConnection;
  /** The user's conversations, oldest first; deleted ones are never listed. Visible to the user, and to holders of conversation:read. */
  conversations: ConversationConnection;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Prompt templates the user created, latest version of each name; other callers see only the shared and public, approved ones. */
  promptTemplates: PromptTemplateConnection;
};


/** A person who can sign in to Atrium. */
export type UserAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who can sign in to Atrium. */
export type UserConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConversationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person who can sign in to Atrium. */
export type UserPromptTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Organization: Organization;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agent: ResolverTypeWrapper<AgentModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgentConnection: ResolverTypeWrapper<Omit<AgentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgentEdge']>, nodes: Array<ResolversTypes['Agent']> }>;
  AgentEdge: ResolverTypeWrapper<Omit<AgentEdge, 'node'> & { node: ResolversTypes['Agent'] }>;
  AgentExecution: ResolverTypeWrapper<AgentExecutionModel>;
  AgentExecutionConnection: ResolverTypeWrapper<Omit<AgentExecutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgentExecutionEdge']>, nodes: Array<ResolversTypes['AgentExecution']> }>;
  AgentExecutionEdge: ResolverTypeWrapper<Omit<AgentExecutionEdge, 'node'> & { node: ResolversTypes['AgentExecution'] }>;
  AgentTool: ResolverTypeWrapper<AgentToolModel>;
  AgentToolAssignment: ResolverTypeWrapper<AgentToolAssignmentModel>;
  AgentToolAssignmentConnection: ResolverTypeWrapper<Omit<AgentToolAssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgentToolAssignmentEdge']>, nodes: Array<ResolversTypes['AgentToolAssignment']> }>;
  AgentToolAssignmentEdge: ResolverTypeWrapper<Omit<AgentToolAssignmentEdge, 'node'> & { node: ResolversTypes['AgentToolAssignment'] }>;
  AgentToolConnection: ResolverTypeWrapper<Omit<AgentToolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgentToolEdge']>, nodes: Array<ResolversTypes['AgentTool']> }>;
  AgentToolEdge: ResolverTypeWrapper<Omit<AgentToolEdge, 'node'> & { node: ResolversTypes['AgentTool'] }>;
  Branch: ResolverTypeWrapper<Omit<Branch, 'leaf'> & { leaf: ResolversTypes['Message'] }>;
  BranchConnection: ResolverTypeWrapper<Omit<BranchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BranchEdge']>, nodes: Array<ResolversTypes['Branch']> }>;
  BranchEdge: ResolverTypeWrapper<Omit<BranchEdge, 'node'> & { node: ResolversTypes['Branch'] }>;
  Conversation: ResolverTypeWrapper<ConversationModel>;
  ConversationConnection: ResolverTypeWrapper<Omit<ConversationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConversationEdge']>, nodes: Array<ResolversTypes['Conversation']> }>;
  ConversationEdge: ResolverTypeWrapper<Omit<ConversationEdge, 'node'> & { node: ResolversTypes['Conversation'] }>;
  ConversationFilter: ConversationFilter;
  ConversationState: ConversationState;
  ConversationType: ConversationType;
  CreateAgentInput: CreateAgentInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateAgentToolInput: CreateAgentToolInput;
  CreateConversationInput: CreateConversationInput;
  CreateDocumentInput: CreateDocumentInput;
  CreateLlmModelInput: CreateLlmModelInput;
  CreateLlmProviderInput: CreateLlmProviderInput;
  CreatePromptTemplateInput: CreatePromptTemplateInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentEdge']>, nodes: Array<ResolversTypes['Document']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentProcessingJob: ResolverTypeWrapper<DocumentProcessingJobModel>;
  DocumentProcessingJobConnection: ResolverTypeWrapper<Omit<DocumentProcessingJobConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentProcessingJobEdge']>, nodes: Array<ResolversTypes['DocumentProcessingJob']> }>;
  DocumentProcessingJobEdge: ResolverTypeWrapper<Omit<DocumentProcessingJobEdge, 'node'> & { node: ResolversTypes['DocumentProcessingJob'] }>;
  DocumentStatus: DocumentStatus;
  ExecutionStatus: ExecutionStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobStatus: JobStatus;
  KnowledgeChunk: ResolverTypeWrapper<KnowledgeChunk>;
  KnowledgeDocument: ResolverTypeWrapper<KnowledgeDocument>;
  KnowledgeGroundingInput: KnowledgeGroundingInput;
  LlmModel: ResolverTypeWrapper<LlmModelModel>;
  LlmModelConnection: ResolverTypeWrapper<Omit<LlmModelConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LlmModelEdge']>, nodes: Array<ResolversTypes['LlmModel']> }>;
  LlmModelEdge: ResolverTypeWrapper<Omit<LlmModelEdge, 'node'> & { node: ResolversTypes['LlmModel'] }>;
  LlmProvider: ResolverTypeWrapper<LlmProviderModel>;
  LlmProviderConnection: ResolverTypeWrapper<Omit<LlmProviderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LlmProviderEdge']>, nodes: Array<ResolversTypes['LlmProvider']> }>;
  LlmProviderEdge: ResolverTypeWrapper<Omit<LlmProviderEdge, 'node'> & { node: ResolversTypes['LlmProvider'] }>;
  Message: ResolverTypeWrapper<MessageModel>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MessageEdge']>, nodes: Array<ResolversTypes['Message']> }>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageRole: MessageRole;
  MessageSource: ResolverTypeWrapper<MessageSource>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRefModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcessingType: ProcessingType;
  PromptTemplate: ResolverTypeWrapper<PromptTemplateModel>;
  PromptTemplateConnection: ResolverTypeWrapper<Omit<PromptTemplateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PromptTemplateEdge']>, nodes: Array<ResolversTypes['PromptTemplate']> }>;
  PromptTemplateEdge: ResolverTypeWrapper<Omit<PromptTemplateEdge, 'node'> & { node: ResolversTypes['PromptTemplate'] }>;
  PromptTemplateFilter: PromptTemplateFilter;
  ProviderHealth: ProviderHealth;
  ProviderHealthCheck: ResolverTypeWrapper<Omit<ProviderHealthCheck, 'provider'> & { provider: ResolversTypes['LlmProvider'] }>;
  ProviderType: ProviderType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RenderedPrompt: ResolverTypeWrapper<Omit<RenderedPrompt, 'template'> & { template: ResolversTypes['PromptTemplate'] }>;
  SendMessagePayload: ResolverTypeWrapper<Omit<SendMessagePayload, 'assistantMessage' | 'conversation' | 'userMessage'> & { assistantMessage: ResolversTypes['Message'], conversation: ResolversTypes['Conversation'], userMessage: ResolversTypes['Message'] }>;
  ShareConversationPayload: ResolverTypeWrapper<Omit<ShareConversationPayload, 'conversation'> & { conversation: ResolversTypes['Conversation'] }>;
  SharedConversation: ResolverTypeWrapper<ConversationModel>;
  TemplateVisibility: TemplateVisibility;
  UpdateAgentInput: UpdateAgentInput;
  UpdateConversationInput: UpdateConversationInput;
  UpdateLlmModelInput: UpdateLlmModelInput;
  UpdateLlmProviderInput: UpdateLlmProviderInput;
  UpdatePromptTemplateInput: UpdatePromptTemplateInput;
  User: ResolverTypeWrapper<UserRefModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agent: AgentModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgentConnection: Omit<AgentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgentEdge']>, nodes: Array<ResolversParentTypes['Agent']> };
  AgentEdge: Omit<AgentEdge, 'node'> & { node: ResolversParentTypes['Agent'] };
  AgentExecution: AgentExecutionModel;
  AgentExecutionConnection: Omit<AgentExecutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgentExecutionEdge']>, nodes: Array<ResolversParentTypes['AgentExecution']> };
  AgentExecutionEdge: Omit<AgentExecutionEdge, 'node'> & { node: ResolversParentTypes['AgentExecution'] };
  AgentTool: AgentToolModel;
  AgentToolAssignment: AgentToolAssignmentModel;
  AgentToolAssignmentConnection: Omit<AgentToolAssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgentToolAssignmentEdge']>, nodes: Array<ResolversParentTypes['AgentToolAssignment']> };
  AgentToolAssignmentEdge: Omit<AgentToolAssignmentEdge, 'node'> & { node: ResolversParentTypes['AgentToolAssignment'] };
  AgentToolConnection: Omit<AgentToolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgentToolEdge']>, nodes: Array<ResolversParentTypes['AgentTool']> };
  AgentToolEdge: Omit<AgentToolEdge, 'node'> & { node: ResolversParentTypes['AgentTool'] };
  Branch: Omit<Branch, 'leaf'> & { leaf: ResolversParentTypes['Message'] };
  BranchConnection: Omit<BranchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BranchEdge']>, nodes: Array<ResolversParentTypes['Branch']> };
  BranchEdge: Omit<BranchEdge, 'node'> & { node: ResolversParentTypes['Branch'] };
  Conversation: ConversationModel;
  ConversationConnection: Omit<ConversationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConversationEdge']>, nodes: Array<ResolversParentTypes['Conversation']> };
  ConversationEdge: Omit<ConversationEdge, 'node'> & { node: ResolversParentTypes['Conversation'] };
  ConversationFilter: ConversationFilter;
  CreateAgentInput: CreateAgentInput;
  Float: Scalars['Float']['output'];
  CreateAgentToolInput: CreateAgentToolInput;
  CreateConversationInput: CreateConversationInput;
  CreateDocumentInput: CreateDocumentInput;
  CreateLlmModelInput: CreateLlmModelInput;
  CreateLlmProviderInput: CreateLlmProviderInput;
  CreatePromptTemplateInput: CreatePromptTemplateInput;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Document: DocumentModel;
  DocumentConnection: Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, nodes: Array<ResolversParentTypes['Document']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentProcessingJob: DocumentProcessingJobModel;
  DocumentProcessingJobConnection: Omit<DocumentProcessingJobConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentProcessingJobEdge']>, nodes: Array<ResolversParentTypes['DocumentProcessingJob']> };
  DocumentProcessingJobEdge: Omit<DocumentProcessingJobEdge, 'node'> & { node: ResolversParentTypes['DocumentProcessingJob'] };
  JSON: Scalars['JSON']['output'];
  KnowledgeChunk: KnowledgeChunk;
  KnowledgeDocument: KnowledgeDocument;
  KnowledgeGroundingInput: KnowledgeGroundingInput;
  LlmModel: LlmModelModel;
  LlmModelConnection: Omit<LlmModelConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LlmModelEdge']>, nodes: Array<ResolversParentTypes['LlmModel']> };
  LlmModelEdge: Omit<LlmModelEdge, 'node'> & { node: ResolversParentTypes['LlmModel'] };
  LlmProvider: LlmProviderModel;
  LlmProviderConnection: Omit<LlmProviderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LlmProviderEdge']>, nodes: Array<ResolversParentTypes['LlmProvider']> };
  LlmProviderEdge: Omit<LlmProviderEdge, 'node'> & { node: ResolversParentTypes['LlmProvider'] };
  Message: MessageModel;
  MessageConnection: Omit<MessageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MessageEdge']>, nodes: Array<ResolversParentTypes['Message']> };
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageSource: MessageSource;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRefModel;
  PageInfo: PageInfo;
  PromptTemplate: PromptTemplateModel;
  PromptTemplateConnection: Omit<PromptTemplateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PromptTemplateEdge']>, nodes: Array<ResolversParentTypes['PromptTemplate']> };
  PromptTemplateEdge: Omit<PromptTemplateEdge, 'node'> & { node: ResolversParentTypes['PromptTemplate'] };
  PromptTemplateFilter: PromptTemplateFilter;
  ProviderHealthCheck: Omit<ProviderHealthCheck, 'provider'> & { provider: ResolversParentTypes['LlmProvider'] };
  Query: Record<PropertyKey, never>;
  RenderedPrompt: Omit<RenderedPrompt, 'template'> & { template: ResolversParentTypes['PromptTemplate'] };
  SendMessagePayload: Omit<SendMessagePayload, 'assistantMessage' | 'conversation' | 'userMessage'> & { assistantMessage: ResolversParentTypes['Message'], conversation: ResolversParentTypes['Conversation'], userMessage: ResolversParentTypes['Message'] };
  ShareConversationPayload: Omit<ShareConversationPayload, 'conversation'> & { conversation: ResolversParentTypes['Conversation'] };
  SharedConversation: ConversationModel;
  UpdateAgentInput: UpdateAgentInput;
  UpdateConversationInput: UpdateConversationInput;
  UpdateLlmModelInput: UpdateLlmModelInput;
  UpdateLlmProviderInput: UpdateLlmProviderInput;
  UpdatePromptTemplateInput: UpdatePromptTemplateInput;
  User: UserRefModel;
};

export type AgentResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = {
  agentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  configuration?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executions?: Resolver<ResolversTypes['AgentExecutionConnection'], ParentType, ContextType, RequireFields<AgentExecutionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  tools?: Resolver<ResolversTypes['AgentToolAssignmentConnection'], ParentType, ContextType, RequireFields<AgentToolsArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AgentConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentConnection'] = ResolversParentTypes['AgentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgentEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentEdge'] = ResolversParentTypes['AgentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
};

export type AgentExecutionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentExecution'] = ResolversParentTypes['AgentExecution']> = {
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executionTimeMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  output?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExecutionStatus'], ParentType, ContextType>;
  steps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AgentExecutionConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentExecutionConnection'] = ResolversParentTypes['AgentExecutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgentExecutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AgentExecution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgentExecutionEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentExecutionEdge'] = ResolversParentTypes['AgentExecutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgentExecution'], ParentType, ContextType>;
};

export type AgentToolResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentTool'] = ResolversParentTypes['AgentTool']> = {
  configuration?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toolType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AgentToolAssignmentResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentToolAssignment'] = ResolversParentTypes['AgentToolAssignment']> = {
  configuration?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['AgentTool'], ParentType, ContextType>;
};

export type AgentToolAssignmentConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentToolAssignmentConnection'] = ResolversParentTypes['AgentToolAssignmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgentToolAssignmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AgentToolAssignment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgentToolAssignmentEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentToolAssignmentEdge'] = ResolversParentTypes['AgentToolAssignmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgentToolAssignment'], ParentType, ContextType>;
};

export type AgentToolConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentToolConnection'] = ResolversParentTypes['AgentToolConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgentToolEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AgentTool']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgentToolEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['AgentToolEdge'] = ResolversParentTypes['AgentToolEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgentTool'], ParentType, ContextType>;
};

export type BranchResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Branch'] = ResolversParentTypes['Branch']> = {
  leaf?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type BranchConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['BranchConnection'] = ResolversParentTypes['BranchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BranchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Branch']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BranchEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['BranchEdge'] = ResolversParentTypes['BranchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Branch'], ParentType, ContextType>;
};

export type ConversationResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  branches?: Resolver<ResolversTypes['BranchConnection'], ParentType, ContextType, RequireFields<ConversationBranchesArgs, 'first'>>;
  context?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  conversationType?: Resolver<ResolversTypes['ConversationType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultModel?: Resolver<Maybe<ResolversTypes['LlmModel']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isShared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastMessageAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, Partial<ConversationMessagesArgs>>;
  modelParameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  sharedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ConversationState'], ParentType, ContextType>;
  systemPrompt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalMessages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ConversationConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Conversation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConversationEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export type ConversationStateResolvers = { ACTIVE: 'active', ARCHIVED: 'archived', DELETED: 'deleted' };

export type ConversationTypeResolvers = { ANALYSIS: 'analysis', CHAT: 'chat', GENERATION: 'generation' };

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DocumentResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  accessLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extractedMetadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  extractedText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extractionStatus?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  fileHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobs?: Resolver<ResolversTypes['DocumentProcessingJobConnection'], ParentType, ContextType, RequireFields<DocumentJobsArgs, 'first'>>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mimeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  originalFilename?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  processedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  processingStatus?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  storageProvider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  wordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentProcessingJobResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['DocumentProcessingJob'] = ResolversParentTypes['DocumentProcessingJob']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobParameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['LlmModel']>, ParentType, ContextType>;
  outputData?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  processingTimeMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  processingType?: Resolver<ResolversTypes['ProcessingType'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  tokensUsed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type DocumentProcessingJobConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['DocumentProcessingJobConnection'] = ResolversParentTypes['DocumentProcessingJobConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentProcessingJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DocumentProcessingJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DocumentProcessingJobEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['DocumentProcessingJobEdge'] = ResolversParentTypes['DocumentProcessingJobEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DocumentProcessingJob'], ParentType, ContextType>;
};

export type DocumentStatusResolvers = { COMPLETED: 'completed', FAILED: 'failed', PENDING: 'pending', PROCESSING: 'processing' };

export type ExecutionStatusResolvers = { COMPLETED: 'completed', FAILED: 'failed', RUNNING: 'running' };

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobStatusResolvers = { CANCELLED: 'cancelled', COMPLETED: 'completed', FAILED: 'failed', QUEUED: 'queued', RUNNING: 'running' };

export type KnowledgeChunkResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['KnowledgeChunk'] = ResolversParentTypes['KnowledgeChunk']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type KnowledgeDocumentResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['KnowledgeDocument'] = ResolversParentTypes['KnowledgeDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LlmModelResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['LlmModel'] = ResolversParentTypes['LlmModel']> = {
  averageLatencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deprecatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputTokenCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outputTokenCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['LlmProvider'], ParentType, ContextType>;
  qualityScore?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  supportsFunctions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supportsStreaming?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supportsVision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LlmModelConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['LlmModelConnection'] = ResolversParentTypes['LlmModelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LlmModelEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LlmModel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LlmModelEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['LlmModelEdge'] = ResolversParentTypes['LlmModelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LlmModel'], ParentType, ContextType>;
};

export type LlmProviderResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['LlmProvider'] = ResolversParentTypes['LlmProvider']> = {
  apiBaseUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  apiVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultModel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasApiKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  healthStatus?: Resolver<ResolversTypes['ProviderHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastHealthCheck?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  models?: Resolver<ResolversTypes['LlmModelConnection'], ParentType, ContextType, RequireFields<LlmProviderModelsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pricingConfig?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  providerType?: Resolver<ResolversTypes['ProviderType'], ParentType, ContextType>;
  rateLimits?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  supportedModels?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LlmProviderConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['LlmProviderConnection'] = ResolversParentTypes['LlmProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LlmProviderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LlmProvider']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LlmProviderEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['LlmProviderEdge'] = ResolversParentTypes['LlmProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LlmProvider'], ParentType, ContextType>;
};

export type MessageResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  attachments?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  completionTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  estimatedCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['LlmModel']>, ParentType, ContextType>;
  modelParameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  parentMessageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  processingCompletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  processingStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  promptTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseTimeMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MessageRole'], ParentType, ContextType>;
  safetyFlags?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sentimentScore?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  sequenceNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['MessageSource']>, ParentType, ContextType>;
  threadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  totalTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessageRoleResolvers = { ASSISTANT: 'assistant', FUNCTION: 'function', SYSTEM: 'system', USER: 'user' };

export type MessageSourceResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['MessageSource'] = ResolversParentTypes['MessageSource']> = {
  chunk?: Resolver<Maybe<ResolversTypes['KnowledgeChunk']>, ParentType, ContextType>;
  chunkIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType>;
  documentVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approvePromptTemplate?: Resolver<ResolversTypes['PromptTemplate'], ParentType, ContextType, RequireFields<MutationApprovePromptTemplateArgs, 'id'>>;
  archiveConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationArchiveConversationArgs, 'id'>>;
  assignAgentTool?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationAssignAgentToolArgs, 'agentId' | 'toolId'>>;
  cancelDocumentJob?: Resolver<ResolversTypes['DocumentProcessingJob'], ParentType, ContextType, RequireFields<MutationCancelDocumentJobArgs, 'id'>>;
  checkProviderHealth?: Resolver<ResolversTypes['ProviderHealthCheck'], ParentType, ContextType, RequireFields<MutationCheckProviderHealthArgs, 'id'>>;
  createAgent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationCreateAgentArgs, 'input'>>;
  createAgentTool?: Resolver<ResolversTypes['AgentTool'], ParentType, ContextType, RequireFields<MutationCreateAgentToolArgs, 'input'>>;
  createConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationCreateConversationArgs, 'input'>>;
  createDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationCreateDocumentArgs, 'input'>>;
  createDocumentJob?: Resolver<ResolversTypes['DocumentProcessingJob'], ParentType, ContextType, RequireFields<MutationCreateDocumentJobArgs, 'documentId' | 'processingType'>>;
  createLlmModel?: Resolver<ResolversTypes['LlmModel'], ParentType, ContextType, RequireFields<MutationCreateLlmModelArgs, 'input'>>;
  createLlmProvider?: Resolver<ResolversTypes['LlmProvider'], ParentType, ContextType, RequireFields<MutationCreateLlmProviderArgs, 'input'>>;
  createPromptTemplate?: Resolver<ResolversTypes['PromptTemplate'], ParentType, ContextType, RequireFields<MutationCreatePromptTemplateArgs, 'input'>>;
  deactivatePromptTemplate?: Resolver<ResolversTypes['PromptTemplate'], ParentType, ContextType, RequireFields<MutationDeactivatePromptTemplateArgs, 'id'>>;
  deleteConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationDeleteConversationArgs, 'id'>>;
  deleteLlmProvider?: Resolver<ResolversTypes['LlmProvider'], ParentType, ContextType, RequireFields<MutationDeleteLlmProviderArgs, 'id'>>;
  editMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'content' | 'messageId'>>;
  promoteDocument?: Resolver<ResolversTypes['KnowledgeDocument'], ParentType, ContextType, RequireFields<MutationPromoteDocumentArgs, 'collectionId' | 'documentId'>>;
  retryDocumentJob?: Resolver<ResolversTypes['DocumentProcessingJob'], ParentType, ContextType, RequireFields<MutationRetryDocumentJobArgs, 'id'>>;
  runAgent?: Resolver<ResolversTypes['AgentExecution'], ParentType, ContextType, RequireFields<MutationRunAgentArgs, 'agentId' | 'input'>>;
  sendMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'conversationId'>>;
  shareConversation?: Resolver<ResolversTypes['ShareConversationPayload'], ParentType, ContextType, RequireFields<MutationShareConversationArgs, 'id' | 'until'>>;
  unarchiveConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationUnarchiveConversationArgs, 'id'>>;
  unassignAgentTool?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationUnassignAgentToolArgs, 'agentId' | 'toolId'>>;
  unshareConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationUnshareConversationArgs, 'id'>>;
  updateAgent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType, RequireFields<MutationUpdateAgentArgs, 'id' | 'input'>>;
  updateConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationUpdateConversationArgs, 'id' | 'input'>>;
  updateLlmModel?: Resolver<ResolversTypes['LlmModel'], ParentType, ContextType, RequireFields<MutationUpdateLlmModelArgs, 'id' | 'input'>>;
  updateLlmProvider?: Resolver<ResolversTypes['LlmProvider'], ParentType, ContextType, RequireFields<MutationUpdateLlmProviderArgs, 'id' | 'input'>>;
  updatePromptTemplate?: Resolver<ResolversTypes['PromptTemplate'], ParentType, ContextType, RequireFields<MutationUpdatePromptTemplateArgs, 'id' | 'input'>>;
};

export type OrganizationResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, RequireFields<OrganizationAgentsArgs, 'first'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<OrganizationConversationsArgs, 'first'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<OrganizationDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProcessingTypeResolvers = { ANALYZE: 'analyze', EXTRACT: 'extract', SUMMARIZE: 'summarize', TRANSLATE: 'translate' };

export type PromptTemplateResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['PromptTemplate'] = ResolversParentTypes['PromptTemplate']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  defaultParameters?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isLatest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optionalVariables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  recommendedModelIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  requiredVariables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  templateContent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  templateVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  usageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variableSchemas?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['PromptTemplateConnection'], ParentType, ContextType, RequireFields<PromptTemplateVersionsArgs, 'first'>>;
  visibility?: Resolver<ResolversTypes['TemplateVisibility'], ParentType, ContextType>;
};

export type PromptTemplateConnectionResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['PromptTemplateConnection'] = ResolversParentTypes['PromptTemplateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PromptTemplateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PromptTemplate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PromptTemplateEdgeResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['PromptTemplateEdge'] = ResolversParentTypes['PromptTemplateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PromptTemplate'], ParentType, ContextType>;
};

export type ProviderHealthResolvers = { DEGRADED: 'degraded', DOWN: 'down', HEALTHY: 'healthy', UNKNOWN: 'unknown' };

export type ProviderHealthCheckResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['ProviderHealthCheck'] = ResolversParentTypes['ProviderHealthCheck']> = {
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['LlmProvider'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProviderHealth'], ParentType, ContextType>;
};

export type ProviderTypeResolvers = { AZURE: 'azure', LOCAL: 'local', OPENAI: 'openai' };

export type QueryResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryAgentArgs, 'id'>>;
  agentExecution?: Resolver<Maybe<ResolversTypes['AgentExecution']>, ParentType, ContextType, RequireFields<QueryAgentExecutionArgs, 'id'>>;
  agentTools?: Resolver<ResolversTypes['AgentToolConnection'], ParentType, ContextType, RequireFields<QueryAgentToolsArgs, 'first'>>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, RequireFields<QueryAgentsArgs, 'first'>>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documentJob?: Resolver<Maybe<ResolversTypes['DocumentProcessingJob']>, ParentType, ContextType, RequireFields<QueryDocumentJobArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  llmModel?: Resolver<Maybe<ResolversTypes['LlmModel']>, ParentType, ContextType, RequireFields<QueryLlmModelArgs, 'id'>>;
  llmModels?: Resolver<ResolversTypes['LlmModelConnection'], ParentType, ContextType, RequireFields<QueryLlmModelsArgs, 'first' | 'includeInactive'>>;
  llmProvider?: Resolver<Maybe<ResolversTypes['LlmProvider']>, ParentType, ContextType, RequireFields<QueryLlmProviderArgs, 'id'>>;
  llmProviders?: Resolver<ResolversTypes['LlmProviderConnection'], ParentType, ContextType, RequireFields<QueryLlmProvidersArgs, 'first'>>;
  promptTemplate?: Resolver<Maybe<ResolversTypes['PromptTemplate']>, ParentType, ContextType, RequireFields<QueryPromptTemplateArgs, 'id'>>;
  promptTemplates?: Resolver<ResolversTypes['PromptTemplateConnection'], ParentType, ContextType, RequireFields<QueryPromptTemplatesArgs, 'first'>>;
  renderPrompt?: Resolver<ResolversTypes['RenderedPrompt'], ParentType, ContextType, RequireFields<QueryRenderPromptArgs, 'templateId' | 'variables'>>;
  sharedConversation?: Resolver<Maybe<ResolversTypes['SharedConversation']>, ParentType, ContextType, RequireFields<QuerySharedConversationArgs, 'token'>>;
};

export type RenderedPromptResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['RenderedPrompt'] = ResolversParentTypes['RenderedPrompt']> = {
  template?: Resolver<ResolversTypes['PromptTemplate'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SendMessagePayloadResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['SendMessagePayload'] = ResolversParentTypes['SendMessagePayload']> = {
  assistantMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  userMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type ShareConversationPayloadResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['ShareConversationPayload'] = ResolversParentTypes['ShareConversationPayload']> = {
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
  sharedUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SharedConversationResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['SharedConversation'] = ResolversParentTypes['SharedConversation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, Partial<SharedConversationMessagesArgs>>;
  sharedUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TemplateVisibilityResolvers = { PRIVATE: 'private', PUBLIC: 'public', SHARED: 'shared' };

export type UserResolvers<ContextType = ConversationsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, RequireFields<UserAgentsArgs, 'first'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<UserConversationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promptTemplates?: Resolver<ResolversTypes['PromptTemplateConnection'], ParentType, ContextType, RequireFields<UserPromptTemplatesArgs, 'first'>>;
};

export type Resolvers<ContextType = ConversationsContext> = {
  Agent?: AgentResolvers<ContextType>;
  AgentConnection?: AgentConnectionResolvers<ContextType>;
  AgentEdge?: AgentEdgeResolvers<ContextType>;
  AgentExecution?: AgentExecutionResolvers<ContextType>;
  AgentExecutionConnection?: AgentExecutionConnectionResolvers<ContextType>;
  AgentExecutionEdge?: AgentExecutionEdgeResolvers<ContextType>;
  AgentTool?: AgentToolResolvers<ContextType>;
  AgentToolAssignment?: AgentToolAssignmentResolvers<ContextType>;
  AgentToolAssignmentConnection?: AgentToolAssignmentConnectionResolvers<ContextType>;
  AgentToolAssignmentEdge?: AgentToolAssignmentEdgeResolvers<ContextType>;
  AgentToolConnection?: AgentToolConnectionResolvers<ContextType>;
  AgentToolEdge?: AgentToolEdgeResolvers<ContextType>;
  Branch?: BranchResolvers<ContextType>;
  BranchConnection?: BranchConnectionResolvers<ContextType>;
  BranchEdge?: BranchEdgeResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  ConversationState?: ConversationStateResolvers;
  ConversationType?: ConversationTypeResolvers;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentProcessingJob?: DocumentProcessingJobResolvers<ContextType>;
  DocumentProcessingJobConnection?: DocumentProcessingJobConnectionResolvers<ContextType>;
  DocumentProcessingJobEdge?: DocumentProcessingJobEdgeResolvers<ContextType>;
  DocumentStatus?: DocumentStatusResolvers;
  ExecutionStatus?: ExecutionStatusResolvers;
  JSON?: GraphQLScalarType;
  JobStatus?: JobStatusResolvers;
  KnowledgeChunk?: KnowledgeChunkResolvers<ContextType>;
  KnowledgeDocument?: KnowledgeDocumentResolvers<ContextType>;
  LlmModel?: LlmModelResolvers<ContextType>;
  LlmModelConnection?: LlmModelConnectionResolvers<ContextType>;
  LlmModelEdge?: LlmModelEdgeResolvers<ContextType>;
  LlmProvider?: LlmProviderResolvers<ContextType>;
  LlmProviderConnection?: LlmProviderConnectionResolvers<ContextType>;
  LlmProviderEdge?: LlmProviderEdgeResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageRole?: MessageRoleResolvers;
  MessageSource?: MessageSourceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcessingType?: ProcessingTypeResolvers;
  PromptTemplate?: PromptTemplateResolvers<ContextType>;
  PromptTemplateConnection?: PromptTemplateConnectionResolvers<ContextType>;
  PromptTemplateEdge?: PromptTemplateEdgeResolvers<ContextType>;
  ProviderHealth?: ProviderHealthResolvers;
  ProviderHealthCheck?: ProviderHealthCheckResolvers<ContextType>;
  ProviderType?: ProviderTypeResolvers;
  Query?: QueryResolvers<ContextType>;
  RenderedPrompt?: RenderedPromptResolvers<ContextType>;
  SendMessagePayload?: SendMessagePayloadResolvers<ContextType>;
  ShareConversationPayload?: ShareConversationPayloadResolvers<ContextType>;
  SharedConversation?: SharedConversationResolvers<ContextType>;
  TemplateVisibility?: TemplateVisibilityResolvers;
  User?: UserResolvers<ContextType>;
};


import { access, type AccessMap } from '@atrium/kernel';

const { public: open, authenticated, can, owner } = access;

/** Connection wrappers hold no data of their own; their nodes are guarded. */
const page = { '*': open };

/**
 * Every field of the conversations schema → who may read or call it. Deny by default: a field
 * missing here is refused, and the mirror test fails the build.
 *
 * Two layers, because an owner is known only once a row is loaded:
 * - shield names the catalog permission everybody needs for an operation (creating a
 *   conversation, reading templates, configuring providers...), or `authenticated` where the
 *   operation is about the caller's own rows;
 * - services then apply the owner rule on the loaded row: the owner may, anyone else needs the
 *   named permission about that object (`requireOwnerOr`). These are marked "service:" below.
 * Types carry their own rules too, so a row reached another way is still guarded.
 *
 * The catalog has no agent:* permissions: agents are prompt configurations with tools, so they
 * use prompt_template:* to author and read, llm_provider:configure to register tools, and
 * conversation:create to run (an agent run is a conversation with tools).
 */
export const accessMap: AccessMap = {
  Query: {
    conversations: authenticated, // the caller's own: personal, and in its organizations
    conversation: authenticated, // service: owner, else conversation:read on it
    sharedConversation: open, // the share token is the credential; expiry checked in the service
    llmProviders: can('llm_provider:read'),
    llmProvider: can('llm_provider:read'),
    llmModels: can('llm_provider:read'),
    llmModel: can('llm_provider:read'),
    promptTemplates: can('prompt_template:read'),
    promptTemplate: can('prompt_template:read'), // service: private/unapproved only for author and reviewers
    renderPrompt: can('prompt_template:read'),
    documents: authenticated, // the caller's own
    document: authenticated, // service: owner, else document:read on it
    documentJob: authenticated, // service: owner, else document:read on the document
    agents: can('prompt_template:read'), // service: platform-wide, and its organizations'
    agent: can('prompt_template:read'), // service: platform-wide, or of its organizations
    agentTools: can('prompt_template:read'),
    agentExecution: authenticated, // service: owner, else conversation:read
  },
  Mutation: {
    createConversation: can('conversation:create'),
    updateConversation: authenticated, // service: owner, else conversation:update
    sendMessage: can('conversation:create'), // service: owner, else conversation:update
    editMessage: can('conversation:create'), // service: owner, else conversation:update
    shareConversation: authenticated, // service: owner, else conversation:share
    unshareConversation: authenticated, // service: owner, else conversation:share
    archiveConversation: authenticated, // service: owner, else conversation:update
    unarchiveConversation: authenticated, // service: owner, else conversation:update
    deleteConversation: authenticated, // service: owner, else conversation:delete
    createLlmProvider: can('llm_provider:create'),
    updateLlmProvider: can('llm_provider:update'),
    deleteLlmProvider: can('llm_provider:delete'),
    checkProviderHealth: can('llm_provider:configure'),
    createLlmModel: can('llm_provider:update'),
    updateLlmModel: can('llm_provider:update'),
    createPromptTemplate: can('prompt_template:create'),
    updatePromptTemplate: can('prompt_template:update', (_, a) => a.id), // service: author of the newest version, or a reviewer
    approvePromptTemplate: can('prompt_template:approve', (_, a) => a.id), // service: not one's own version; scoped reviewers reach their organization's
    deactivatePromptTemplate: can('prompt_template:update', (_, a) => a.id), // service: author, or prompt_template:delete
    createDocument: can('document:create'),
    promoteDocument: authenticated, // service: owner of the document, else document:read; lore checks knowledge:create as the caller
    createDocumentJob: can('document:create'), // service: owner of the document, else document:update
    cancelDocumentJob: authenticated, // service: owner of the job, else document:update
    retryDocumentJob: authenticated, // service: owner of the job, else document:update
    createAgentTool: can('llm_provider:configure'),
    createAgent: can('prompt_template:create'),
    updateAgent: can('prompt_template:update', (_, a) => a.id), // service: creator, or a reviewer
    assignAgentTool: can('prompt_template:update', (_, a) => a.agentId), // service: creator, or a reviewer
    unassignAgentTool: can('prompt_template:update', (_, a) => a.agentId), // service: creator, or a reviewer
    runAgent: can('conversation:create'),
  },
  User: {
    id: authenticated,
    conversations: owner((u) => u.id, can('conversation:read')),
    promptTemplates: can('prompt_template:read'), // service: others see shared/public approved versions only
    agents: can('prompt_template:read'),
  },
  Organization: {
    id: authenticated,
    agents: can('prompt_template:read'), // service: its members and reviewers
    conversations: authenticated, // service: all with conversation:read there, else the caller's own in it
    documents: authenticated, // service: all with document:read there, else the caller's own in it
  },
  LlmProvider: { '*': can('llm_provider:read') },
  LlmModel: { '*': can('llm_provider:read') },
  ProviderHealthCheck: { '*': can('llm_provider:read') },
  Conversation: { '*': owner((c) => c.userId, can('conversation:read', (c) => c.id)) },
  // Reached only through a valid share token (checked by the resolver that returns it).
  SharedConversation: { '*': open },
  // Messages and branches are reached only through a guarded Conversation, a valid share
  // token, or the sender's own SendMessagePayload; they are not entities.
  Message: { '*': open },
  MessageSource: { '*': open }, // ids and a score, on a message already reached; lore guards what they refer to
  // Keys of lore's entities: only the id is here; lore's shield guards every other field.
  KnowledgeDocument: { id: open },
  KnowledgeChunk: { id: open },
  Branch: { '*': open },
  SendMessagePayload: { '*': authenticated },
  ShareConversationPayload: { '*': authenticated },
  PromptTemplate: { '*': can('prompt_template:read') },
  RenderedPrompt: { '*': can('prompt_template:read') },
  Document: { '*': owner((d) => d.userId, can('document:read', (d) => d.id)) },
  DocumentProcessingJob: { '*': owner((j) => j.userId, can('document:read', (j) => j.documentId)) },
  Agent: { '*': can('prompt_template:read'), executions: authenticated /* service: own runs unless conversation:read */ },
  AgentTool: { '*': can('prompt_template:read') },
  AgentToolAssignment: { '*': can('prompt_template:read') },
  AgentExecution: { '*': owner((e) => e.userId, can('conversation:read')) },
  PageInfo: page,
  ConversationEdge: page,
  ConversationConnection: page,
  MessageEdge: page,
  MessageConnection: page,
  BranchEdge: page,
  BranchConnection: page,
  LlmProviderEdge: page,
  LlmProviderConnection: page,
  LlmModelEdge: page,
  LlmModelConnection: page,
  PromptTemplateEdge: page,
  PromptTemplateConnection: page,
  DocumentEdge: page,
  DocumentConnection: page,
  DocumentProcessingJobEdge: page,
  DocumentProcessingJobConnection: page,
  AgentEdge: page,
  AgentConnection: page,
  AgentToolEdge: page,
  AgentToolConnection: page,
  AgentToolAssignmentEdge: page,
  AgentToolAssignmentConnection: page,
  AgentExecutionEdge: page,
  AgentExecutionConnection: page,
};

/** GraphQL enum value → the spelling stored in the seed's VARCHAR columns. */
export const PROVIDER_TYPE = { LOCAL: 'local', OPENAI: 'openai', AZURE: 'azure' } as const;
export const PROVIDER_HEALTH = { UNKNOWN: 'unknown', HEALTHY: 'healthy', DEGRADED: 'degraded', DOWN: 'down' } as const;
export const CONVERSATION_TYPE = { CHAT: 'chat', ANALYSIS: 'analysis', GENERATION: 'generation' } as const;
export const CONVERSATION_STATE = { ACTIVE: 'active', ARCHIVED: 'archived', DELETED: 'deleted' } as const;
export const MESSAGE_ROLE = { USER: 'user', ASSISTANT: 'assistant', SYSTEM: 'system', FUNCTION: 'function' } as const;
export const TEMPLATE_VISIBILITY = { PRIVATE: 'private', SHARED: 'shared', PUBLIC: 'public' } as const;
export const DOCUMENT_STATUS = { PENDING: 'pending', PROCESSING: 'processing', COMPLETED: 'completed', FAILED: 'failed' } as const;
export const PROCESSING_TYPE = { EXTRACT: 'extract', SUMMARIZE: 'summarize', ANALYZE: 'analyze', TRANSLATE: 'translate' } as const;
export const JOB_STATUS = { QUEUED: 'queued', RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed', CANCELLED: 'cancelled' } as const;
export const EXECUTION_STATUS = { RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' } as const;

export const enumResolvers = {
  ProviderType: PROVIDER_TYPE,
  ProviderHealth: PROVIDER_HEALTH,
  ConversationType: CONVERSATION_TYPE,
  ConversationState: CONVERSATION_STATE,
  MessageRole: MESSAGE_ROLE,
  TemplateVisibility: TEMPLATE_VISIBILITY,
  DocumentStatus: DOCUMENT_STATUS,
  ProcessingType: PROCESSING_TYPE,
  JobStatus: JOB_STATUS,
  ExecutionStatus: EXECUTION_STATUS,
};

export const values = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];

/** A stored VARCHAR as its enum's value; a spelling outside the enum is a broken row, not a client error. */
export function stored<T extends Record<string, string>>(e: T, value: string): T[keyof T] {
  if (!(Object.values(e) as string[]).includes(value)) throw new Error(`Unexpected stored value ${JSON.stringify(value)}`);
  return value as T[keyof T];
}

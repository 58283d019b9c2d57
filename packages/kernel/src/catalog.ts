/**
 * The permission catalog: resource types and their actions. Seed 004 §2.1 inserts the
 * first seven exactly; the rest serve the later domains. The authorization subgraph seeds
 * `resource_types` and one permission per type × action from this table, and shield rules
 * may only name permissions built from it (checked by the mirror test).
 */
export const RESOURCE_TYPES = {
  system: { description: 'System-wide resources', actions: ['manage', 'configure', 'monitor'] },
  user: { description: 'User accounts and profiles', actions: ['create', 'read', 'update', 'delete', 'impersonate'] },
  role: { description: 'Roles and permissions', actions: ['create', 'read', 'update', 'delete', 'assign'] },
  conversation: { description: 'LLM conversations', actions: ['create', 'read', 'update', 'delete', 'share'] },
  document: { description: 'Documents and files', actions: ['create', 'read', 'update', 'delete', 'download'] },
  analytics: { description: 'Analytics and reports', actions: ['create', 'read', 'update', 'delete', 'export'] },
  api: { description: 'API endpoints', actions: ['access', 'rate_limit_exempt'] },
  organization: { description: 'Organizations, their members and teams', actions: ['create', 'read', 'update', 'delete', 'manage_members'] },
  prompt_template: { description: 'Prompt templates', actions: ['create', 'read', 'update', 'delete', 'approve'] },
  knowledge: { description: 'Knowledge bases, documents, entities and collections', actions: ['create', 'read', 'update', 'delete', 'search'] },
  content: { description: 'Content repository items (agents, videos, documents, prompts, automations), their workflow and assignments', actions: ['create', 'read', 'update', 'delete', 'approve', 'publish', 'assign'] },
  report: { description: 'Analytics report definitions and executions', actions: ['create', 'read', 'update', 'delete', 'execute'] },
  cost_center: { description: 'Cost centers and cost allocations', actions: ['create', 'read', 'update', 'delete', 'allocate'] },
  audit_log: { description: 'Audit logs, change tracking and security events', actions: ['read', 'export'] },
  compliance: { description: 'Compliance frameworks, assessments, classifications and privacy requests', actions: ['create', 'read', 'update', 'delete', 'assess', 'unmask'] },
  encryption_key: { description: 'Encryption keys and the encrypted data registry', actions: ['create', 'read', 'rotate', 'revoke'] },
  llm_provider: { description: 'LLM providers and models', actions: ['create', 'read', 'update', 'delete', 'configure'] },
} as const satisfies Record<string, { description: string; actions: readonly string[] }>;

export type ResourceType = keyof typeof RESOURCE_TYPES;
export type ActionOf<T extends ResourceType> = (typeof RESOURCE_TYPES)[T]['actions'][number];
/** A catalog permission name, `<type>:<action>`, checked at compile time. */
export type Permission = { [T in ResourceType]: `${T}:${ActionOf<T>}` }[ResourceType];

/** Every catalog permission, in catalog order. */
export const ALL_PERMISSIONS: Permission[] = (Object.keys(RESOURCE_TYPES) as ResourceType[]).flatMap((type) =>
  RESOURCE_TYPES[type].actions.map((action) => `${type}:${action}` as Permission),
);

export function splitPermission(permission: Permission): { resourceType: ResourceType; action: string } {
  const [resourceType, action] = permission.split(':') as [ResourceType, string];
  return { resourceType, action };
}

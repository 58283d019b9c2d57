import { isSecretKey } from '@atrium/kernel';

/** What the change-tracking rules see of one audited change. */
export interface ChangeFacts {
  operationType: 'INSERT' | 'UPDATE' | 'DELETE';
  field: string;
  columns: string[];
  oldValues: Record<string, unknown>;
  newValues: Record<string, unknown>;
  additionalData: Record<string, unknown>;
}

interface Tracked {
  /** The table of the owning subgraph (schema.table). */
  table: string;
  /** Why a change needs a second person's approval; null when it does not. */
  approval?: (c: ChangeFacts) => string | null;
}

/** A grant, assignment, delegation or role permission handing out system:* permissions (authorization's write guard names them). */
const privileged = (c: ChangeFacts) => {
  const handed = Array.isArray(c.additionalData.privilegedHandedOut) ? (c.additionalData.privilegedHandedOut as string[]) : [];
  return handed.length ? `hands out platform permissions (${handed.join(', ')})` : null;
};

/**
 * The critical tables whose changes are tracked column by column (004 §6.2), by the GraphQL
 * type the audit event names as its resource, and the rule for `requires_approval`:
 * - grants (user roles, user permissions, role permissions) and roles that hand out `system:*`
 *   permissions (super_admin among them);
 * - every SSO provider change: it decides who can sign in and where credentials go;
 * - classifications changed or removed (a new one is only more protection);
 * - masking policies removed or deactivated (less masking);
 * - encryption keys removed, deprecated or revoked.
 * The approval is a four-eyes sign-off recorded after the change (the change itself is already
 * in effect; grants that must wait before they take effect use authorization's approveGrant).
 * Types that no subgraph produces yet (DataClassification mutations, MaskingPolicy,
 * EncryptionKey) are tracked as soon as one does.
 */
export const TRACKED: Record<string, Tracked> = {
  Role: { table: 'authorization.roles', approval: privileged },
  Permission: { table: 'authorization.permissions' },
  RolePermission: { table: 'authorization.role_permissions', approval: privileged },
  UserRole: { table: 'authorization.user_roles', approval: privileged },
  UserPermission: { table: 'authorization.user_permissions', approval: privileged },
  SsoProvider: { table: 'identity.sso_providers', approval: () => 'SSO provider changes decide who can sign in and where credentials go' },
  DataClassification: { table: 'compliance.data_classifications', approval: (c) => (c.operationType === 'INSERT' ? null : 'a classification changed or removed can lower the protection of every column it covers') },
  MaskingPolicy: {
    table: 'compliance.masking_policies',
    approval: (c) => (c.operationType === 'DELETE' || (c.columns.includes('isActive') && c.newValues.isActive === false) ? 'a masking policy removed or deactivated unmasks data' : null),
  },
  EncryptionKey: {
    table: 'compliance.encryption_keys',
    approval: (c) => (c.operationType === 'DELETE' || ['deprecated', 'revoked'].includes(String(c.newValues.status ?? '')) ? 'a key removed, deprecated or revoked can make data unreadable' : null),
  },
};

/** The row operation of an audited mutation field. */
export function operationOf(eventType: string, field: string): ChangeFacts['operationType'] | null {
  if (eventType === 'create') return 'INSERT';
  if (eventType === 'delete') return 'DELETE';
  if (eventType === 'update') return 'UPDATE';
  if (eventType === 'permission_change') return /^(assign|grant|delegate|add)/.test(field) ? 'INSERT' : /^remove/.test(field) ? 'DELETE' : 'UPDATE';
  return null;
}

/** A value as change_tracking stores it: text as is, anything else as JSON; null when absent. */
export const asText = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
export const dataTypeOf = (v: unknown) => (v === undefined || v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
export const isSecretColumn = isSecretKey;

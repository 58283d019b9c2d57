/**
 * The built-in system roles and what each one may do. This is the file to review.
 *
 * Hierarchy (a role inherits every permission of its parent chain):
 *
 *     user  ←  content_creator  ←  manager  ←  admin          super_admin     auditor
 *
 * - Roles come from 001's `user_role` enum, plus `auditor`.
 * - `super_admin` is an ordinary role holding every catalog permission. There is no bypass:
 *   a permission added to the catalog reaches it through the seed, which runs at every start.
 * - Reading someone else's conversation or document is not an everyday permission: owners reach
 *   their own through owner rules in the subgraphs, and through the owner-only grants below
 *   when the object is registered in `resources`.
 * - Scoped administration (an "org admin") is the `admin` role assigned with a `resource_scope`
 *   pointing at the organization's resource: it then applies only to that organization and
 *   what is registered under it, never to checks made without a resource.
 *
 * The seed adds missing roles and missing links only; it never removes what an administrator
 * changed, except that it keeps super_admin complete.
 */
import { ORGANIZATION_ROLES, type Permission } from '@atrium/kernel';

/** JsonLogic: the resource belongs to the caller (see modules/policy/conditions.ts). */
export const OWNER_ONLY = { '==': [{ var: 'resource.ownerId' }, { var: 'user.id' }] } as const;

export interface SeedGrant {
  permission: Permission;
  /** role_permissions.additional_conditions */
  conditions?: Record<string, unknown>;
}

export interface SeedRole {
  name: 'super_admin' | 'admin' | 'manager' | 'content_creator' | 'user' | 'auditor' | keyof typeof ORGANIZATION_ROLES;
  /** A fixed id, for roles other domains name (organization roles). */
  id?: string;
  displayName: string;
  description: string;
  parent: SeedRole['name'] | null;
  /** `'*'`: every catalog permission. */
  grants: SeedGrant[] | '*';
  autoAssignConditions?: Record<string, unknown>;
}

const plain = (...permissions: Permission[]): SeedGrant[] => permissions.map((permission) => ({ permission }));
const ownOnly = (...permissions: Permission[]): SeedGrant[] => permissions.map((permission) => ({ permission, conditions: OWNER_ONLY }));

/** Parents first: the seed inserts in this order. */
export const SYSTEM_ROLES: SeedRole[] = [
  {
    name: 'user',
    displayName: 'User',
    description: 'Every signed-in employee. Assigned automatically at registration.',
    parent: null,
    autoAssignConditions: { on: 'user_registered' },
    grants: [
      ...plain(
        // Not user:read: identity shows everyone's public directory fields (names, avatars) to any
        // signed-in user; user:read is what opens other people's private fields and the full list.
        'conversation:create',
        'document:create',
        'prompt_template:read',
        // Not knowledge:read or knowledge:search: knowledge is tenant-owned (lore), and members
        // read and search their organizations' knowledge through org_member, scoped.
        'llm_provider:read', // which models can be chosen
        'api:access',
      ),
      // Their own conversations and documents, when registered as resources with an owner.
      ...ownOnly('conversation:read', 'conversation:update', 'conversation:delete', 'conversation:share', 'document:read', 'document:update', 'document:delete', 'document:download'),
    ],
  },
  {
    name: 'content_creator',
    displayName: 'Content creator',
    description: 'Writes prompt templates and curates knowledge.',
    parent: 'user',
    grants: plain('prompt_template:create', 'prompt_template:update', 'knowledge:create', 'knowledge:update', 'content:create', 'content:update'),
  },
  {
    name: 'manager',
    displayName: 'Manager',
    description: 'Leads a team: approves content, reads the user directory, analytics and reports, sees role assignments.',
    parent: 'content_creator',
    grants: plain(
      'user:read',
      'prompt_template:approve',
      'prompt_template:delete',
      'knowledge:delete',
      'content:approve',
      'content:publish',
      'content:assign',
      'content:delete',
      'analytics:read',
      'analytics:export',
      'report:create',
      'report:read',
      'report:execute',
      'cost_center:read',
      'role:read',
    ),
  },
  {
    name: 'admin',
    displayName: 'Administrator',
    description: 'Runs an organization: users, roles, providers, cost centers. Not system configuration or keys.',
    parent: 'manager',
    grants: plain(
      'user:create',
      'user:update',
      'user:delete',
      'role:create',
      'role:update',
      'role:delete',
      'role:assign',
      'organization:create',
      // Read as well: the plain user no longer reads organizations unscoped, and a scoped admin reads its own.
      'organization:read',
      'organization:update',
      'organization:manage_members',
      'conversation:read',
      'document:read',
      'analytics:create',
      'analytics:update',
      'analytics:delete',
      'report:update',
      'report:delete',
      'cost_center:create',
      'cost_center:update',
      'cost_center:delete',
      'cost_center:allocate',
      'llm_provider:create',
      'llm_provider:update',
      'llm_provider:delete',
      'llm_provider:configure',
      'audit_log:read',
      'compliance:read',
      'system:monitor',
    ),
  },
  {
    name: 'super_admin',
    displayName: 'Super administrator',
    description: 'Every catalog permission. Held by the first administrator created by `pnpm start`.',
    parent: null,
    grants: '*',
  },
  {
    name: 'auditor',
    displayName: 'Auditor',
    description: 'Read-only access to audit logs and compliance records.',
    parent: null,
    grants: plain('audit_log:read', 'audit_log:export', 'compliance:read'),
  },
  // Organization roles: never assigned unscoped. Identity's membership events assign them scoped
  // to the organization's resource, so each reaches that organization, its child organizations
  // and every object registered under them, and nothing of any other tenant.
  {
    name: 'org_member',
    id: ORGANIZATION_ROLES.org_member.id,
    displayName: 'Organization member',
    description: "Every member of an organization: sees it and its members, starts conversations and documents in it, uses its templates and knowledge.",
    parent: null,
    grants: [
      // Content too (lore, issue 14 §5): members read their organizations' items and write their own.
      ...plain('organization:read', 'conversation:create', 'document:create', 'prompt_template:read', 'knowledge:read', 'knowledge:search', 'content:read', 'content:create'),
      // Their own objects in the organization (owner conditions hold on registered resources).
      ...ownOnly('conversation:read', 'conversation:update', 'conversation:delete', 'conversation:share', 'document:read', 'document:update', 'document:delete', 'document:download'),
    ],
  },
  {
    name: 'org_admin',
    id: ORGANIZATION_ROLES.org_admin.id,
    displayName: 'Organization administrator',
    description: "Runs an organization: its profile, members and teams, every conversation, document and template in it, its LLM usage, costs, cost centers and reports. Cannot delete it or make owners.",
    parent: 'org_member',
    grants: plain(
      'organization:update',
      'organization:manage_members',
      'conversation:read',
      'conversation:update',
      'conversation:delete',
      'conversation:share',
      'document:read',
      'document:update',
      'document:delete',
      'document:download',
      'prompt_template:create',
      'prompt_template:update',
      'prompt_template:delete',
      'prompt_template:approve',
      'knowledge:create',
      'knowledge:update',
      'knowledge:delete',
      // Every content item of the organization: edit, review, publish, assign (lore).
      'content:update',
      'content:delete',
      'content:approve',
      'content:publish',
      'content:assign',
      // The organization's own LLM usage, costs and cost centers (analytics, tenant-scoped).
      'analytics:read',
      'cost_center:read',
      'cost_center:create',
      'cost_center:update',
      'cost_center:allocate',
      // Its reports over that analytics (issue 13 §4), and their CSV export.
      'report:create',
      'report:read',
      'report:update',
      'report:delete',
      'report:execute',
      'analytics:export',
    ),
  },
  {
    name: 'org_owner',
    id: ORGANIZATION_ROLES.org_owner.id,
    displayName: 'Organization owner',
    description: 'Owns an organization (its creator first): everything an administrator does, plus deleting it and making other owners. An organization always keeps one.',
    parent: 'org_admin',
    grants: plain('organization:delete'),
  },
];

/**
 * Catalog permissions that need a second person: a direct grant of one stays pending until
 * another holder of role:assign approves it. Role paths are not affected (assigning the role
 * is the approval).
 */
/**
 * Grants earlier seeds gave that the seed now takes away (it otherwise never removes a link),
 * each with its reason.
 */
export const WITHDRAWN: { role: SeedRole['name']; permission: Permission; reason: string }[] = [
  {
    role: 'user',
    permission: 'organization:read',
    reason: "Organizations are tenants: a plain user reads only the organizations it belongs to (org_member, scoped), and others' public directory entries.",
  },
  // Lore (knowledge): collections, documents and their search hits are tenant-owned.
  {
    role: 'user',
    permission: 'knowledge:read',
    reason: "Knowledge is tenant-owned: a plain user reads only its organizations' collections and documents (org_member, scoped).",
  },
  {
    role: 'user',
    permission: 'knowledge:search',
    reason: "Knowledge is tenant-owned: a plain user searches only its organizations' collections (org_member, scoped).",
  },
];

export const REQUIRES_APPROVAL: Permission[] = ['user:impersonate', 'system:manage', 'encryption_key:revoke', 'audit_log:export'];

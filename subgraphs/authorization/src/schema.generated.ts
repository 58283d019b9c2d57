/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRef as UserRefModel } from './modules/shared/refs.js';
import type { ResourceType as ResourceTypeModel, Resource as ResourceModel, ResourceOwnerChange as ResourceOwnerChangeModel, Role as RoleModel, Permission as PermissionModel, RolePermission as RolePermissionModel, UserRole as UserRoleModel, UserPermission as UserPermissionModel } from './db.js';
import type { EffectivePermissionView as EffectivePermissionViewModel } from './modules/policy/resolvers.js';
import type { FailedJobView as FailedJobViewModel } from './modules/system/service.js';
import type { AuthorizationContext } from './context.js';
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

/** One grant path considered for a check, with the check it stopped at. */
export type AccessCandidate = {
  __typename?: 'AccessCandidate';
  /** How many of the five checks (revocation, windows, scope, conditions, approval) it passed. */
  checksPassed: Scalars['Int']['output'];
  /** The user role or user permission the path starts from. */
  grantId: Scalars['ID']['output'];
  /** Role path or direct grant. */
  kind: GrantKind;
  /** Name of the permission row this path grants. */
  permission: Scalars['String']['output'];
  /** GRANTED, or the first check this path failed. */
  reason: AccessReason;
  /** `role:<r0>><r1>…` or `direct:<user permission id>`. */
  via: Scalars['String']['output'];
};

/** One access check: a catalog permission, optionally about one resource. */
export type AccessCheckInput = {
  /** `<resource type>:<action>`, e.g. `conversation:update`. */
  permission: Scalars['String']['input'];
  /** The protected object's id in its own domain (`resources.resourceId` of the permission's resource type). */
  resourceId?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of an access check. */
export type AccessDecision = {
  __typename?: 'AccessDecision';
  /** Whether access is allowed. */
  allowed: Scalars['Boolean']['output'];
  /** Why. */
  reason: AccessReason;
  /** The role chain (`role:manager>content_creator>user`) or direct grant (`direct:<id>`) that decided it; null when there was no candidate. */
  via?: Maybe<Scalars['String']['output']>;
};

/** A decision with every candidate that was evaluated. */
export type AccessExplanation = {
  __typename?: 'AccessExplanation';
  /** Whether access is allowed. */
  allowed: Scalars['Boolean']['output'];
  /** Every grant path evaluated, in evaluation order. */
  candidates: Array<AccessCandidate>;
  /** The permission checked. */
  permission: Scalars['String']['output'];
  /** Why: GRANTED, or the reason of the candidate that got furthest. */
  reason: AccessReason;
  /** The resource checked, if any. */
  resourceId?: Maybe<Scalars['String']['output']>;
  /** What that resource id resolved to (unknown ids fail every condition on the resource). */
  resourceStatus: AccessResourceStatus;
  /** The user the check was made for. */
  userId: Scalars['ID']['output'];
  /** The path that decided it. */
  via?: Maybe<Scalars['String']['output']>;
};

/** Why an access check was decided the way it was. */
export type AccessReason =
  /** A condition of the permission or of the grant does not hold for this resource and user. */
  | 'CONDITION_FALSE'
  /** A time window on the best grant path has ended. */
  | 'EXPIRED'
  /** A grant passed every check. */
  | 'GRANTED'
  /** A time window on the best grant path has not started yet. */
  | 'NOT_YET_VALID'
  /** The user holds no grant of the permission at all. */
  | 'NO_GRANT'
  /** The grant is limited to a resource that does not contain the one checked (or no resource was given). */
  | 'OUT_OF_SCOPE'
  /** A direct grant that needs approval has not been approved yet. */
  | 'PENDING_APPROVAL'
  /** The best grant path was revoked or deactivated. */
  | 'REVOKED';

/** What the resource id of a check resolved to. */
export type AccessResourceStatus =
  /** A registered, active resource. */
  | 'ACTIVE'
  /** A registered resource that is not active: no scoped grant reaches it. */
  | 'INACTIVE'
  /** The check named no resource. */
  | 'NOT_GIVEN'
  /** No resource of the permission's type is registered with that id: conditions that read `resource.*` are false. */
  | 'UNKNOWN';

/** Grant a permission to a role. */
export type AddRolePermissionInput = {
  /** Extra JsonLogic condition. */
  additionalConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** The permission. */
  permissionId: Scalars['ID']['input'];
  /** The role. */
  roleId: Scalars['ID']['input'];
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Assign a role to a user. */
export type AssignRoleInput = {
  /** Extra JsonLogic condition for every permission reached through this assignment. */
  contextConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Limit the assignment to this resource and its descendants. */
  resourceScope?: InputMaybe<Scalars['ID']['input']>;
  /** The role. */
  roleId: Scalars['ID']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
  /** Start of validity; defaults to now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A new permission. */
export type CreatePermissionInput = {
  /** One of the type's available actions. */
  action: Scalars['String']['input'];
  /** JsonLogic condition. */
  conditions?: InputMaybe<Scalars['JSON']['input']>;
  /** What it allows. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique name: `<type>:<action>` or `<type>:<action>:<qualifier>`. */
  name: Scalars['String']['input'];
  /** Whether direct grants need approval. */
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** Resource type id. */
  resourceTypeId: Scalars['ID']['input'];
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Register a protected object. */
export type CreateResourceInput = {
  /** Attributes for conditions. */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to true. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Owner user id. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Parent resource (its `id`). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The object's id in its own domain. */
  resourceId: Scalars['String']['input'];
  /** Resource type name, e.g. `conversation`. */
  resourceType: Scalars['String']['input'];
};

/** A new resource type. */
export type CreateResourceTypeInput = {
  /** Actions permissions of this type may use. */
  availableActions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the objects are. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique lowercase name. */
  name: Scalars['String']['input'];
  /** Parent type. */
  parentTypeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new role. */
export type CreateRoleInput = {
  /** Auto-assignment rule, e.g. `{"on": "user_registered"}`. */
  autoAssignConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** What the role is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to true. */
  isAssignable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Limit of active assignments. */
  maxAssignments?: InputMaybe<Scalars['Int']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique lowercase name. */
  name: Scalars['String']['input'];
  /** Role to inherit from. */
  parentRoleId?: InputMaybe<Scalars['ID']['input']>;
  /** Start of validity; defaults to now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Hand one of your role assignments on to another user. */
export type DelegateRoleInput = {
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Scope: your own scope (the default) or a resource inside it. */
  resourceScope?: InputMaybe<Scalars['ID']['input']>;
  /** The user who receives the role. */
  toUserId: Scalars['ID']['input'];
  /** Your own assignment to delegate from. */
  userRoleId: Scalars['ID']['input'];
  /** End of validity: at most your own (the default). */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A permission the user holds now, with where and until when. */
export type EffectivePermission = {
  __typename?: 'EffectivePermission';
  /** Its action. */
  action: Scalars['String']['output'];
  /** Conditions (JsonLogic) that must also hold for the resource a check is about. */
  conditions: Array<Scalars['JSON']['output']>;
  /** The user role or user permission the path starts from. */
  grantId: Scalars['ID']['output'];
  /** Role path or direct grant. */
  kind: GrantKind;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The permission row. */
  permission: Permission;
  /** Its resource type. */
  resourceType: Scalars['String']['output'];
  /** The resource the grant is limited to (with its descendants); null for everywhere. */
  scope?: Maybe<Resource>;
  /** Latest start of every window on the path. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** Earliest end of every window on the path; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  /** `role:<r0>><r1>…` or `direct:<user permission id>`. */
  via: Scalars['String']['output'];
};

/**
 * A background job that used every attempt: an event delivery to one consumer, or a subgraph's
 * own task. It stays in the queue, unprocessed, until it is retried.
 */
export type FailedJob = {
  __typename?: 'FailedJob';
  /** Attempts made. */
  attempts: Scalars['Int']['output'];
  /** The subgraph that consumes the event, for an event delivery. */
  consumer?: Maybe<Scalars['String']['output']>;
  /** When it was enqueued. */
  createdAt: Scalars['DateTime']['output'];
  /** The catalog event's name, for an event delivery. */
  event?: Maybe<Scalars['String']['output']>;
  /** The catalog event's version, for an event delivery. */
  eventVersion?: Maybe<Scalars['Int']['output']>;
  /** The queue row's id. */
  id: Scalars['ID']['output'];
  /** The job key, when the producer gave one. */
  key?: Maybe<Scalars['String']['output']>;
  /** The error of the last attempt. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Attempts it was allowed. */
  maxAttempts: Scalars['Int']['output'];
  /** When its last attempt was due. */
  runAt: Scalars['DateTime']['output'];
  /** The graphile-worker task; event deliveries are `<consumer>:<event>:v<version>`. */
  task: Scalars['String']['output'];
};

/** A page of failed jobs. */
export type FailedJobConnection = {
  __typename?: 'FailedJobConnection';
  /** Edges with cursors. */
  edges: Array<FailedJobEdge>;
  /** The failed jobs of this page. */
  nodes: Array<FailedJob>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a failed job connection. */
export type FailedJobEdge = {
  __typename?: 'FailedJobEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The failed job. */
  node: FailedJob;
};

/** How a permission reaches a user. */
export type GrantKind =
  /** Through a direct user permission. */
  | 'DIRECT'
  /** Through a role assignment and the role hierarchy. */
  | 'ROLE';

/** Grant a permission to a user directly. */
export type GrantPermissionInput = {
  /** Extra JsonLogic condition. */
  additionalConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** The permission. */
  permissionId: Scalars['ID']['input'];
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Limit the grant to this resource and its descendants. */
  resourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The user. */
  userId: Scalars['ID']['input'];
  /** Start of validity; defaults to now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Grant a permission to a role. */
  addRolePermission: RolePermission;
  /** Approve a pending direct grant (someone other than its granter and grantee). */
  approveGrant: UserPermission;
  /** Assign a role to a user. */
  assignRole: UserRole;
  /** Create a permission. */
  createPermission: Permission;
  /** Register a protected object. */
  createResource: Resource;
  /** Create a resource type. */
  createResourceType: ResourceType;
  /** Create a role. */
  createRole: Role;
  /** Delegate one of your own role assignments. */
  delegateRole: UserRole;
  /** Delete a non-system permission. */
  deletePermission: Permission;
  /** Unregister an object nothing refers to. */
  deleteResource: Resource;
  /** Delete an unused, non-catalog resource type. */
  deleteResourceType: ResourceType;
  /** Delete a non-system role without child roles, with its grants and assignments. */
  deleteRole: Role;
  /** Grant a permission to a user directly. */
  grantPermission: UserPermission;
  /** Take a permission from a role. */
  removeRolePermission: RolePermission;
  /** Give a failed job a fresh set of attempts, due now. */
  retryFailedJob: FailedJob;
  /** Revoke a direct grant. */
  revokePermission: UserPermission;
  /** Revoke a role assignment and every delegation made from it. */
  revokeRole: UserRole;
  /** Change a permission. */
  updatePermission: Permission;
  /** Change a registered object. */
  updateResource: Resource;
  /** Change a resource type. */
  updateResourceType: ResourceType;
  /** Change a role. */
  updateRole: Role;
  /** Change a role's permission grant. */
  updateRolePermission: RolePermission;
  /** Change a direct grant. */
  updateUserPermission: UserPermission;
  /** Change a role assignment. */
  updateUserRole: UserRole;
};


export type MutationAddRolePermissionArgs = {
  input: AddRolePermissionInput;
};


export type MutationApproveGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationCreatePermissionArgs = {
  input: CreatePermissionInput;
};


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


export type MutationCreateResourceTypeArgs = {
  input: CreateResourceTypeInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationDelegateRoleArgs = {
  input: DelegateRoleInput;
};


export type MutationDeletePermissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResourceTypeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantPermissionArgs = {
  input: GrantPermissionInput;
};


export type MutationRemoveRolePermissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryFailedJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePermissionArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeRoleArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdatePermissionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePermissionInput;
};


export type MutationUpdateResourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResourceInput;
};


export type MutationUpdateResourceTypeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResourceTypeInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRoleInput;
};


export type MutationUpdateRolePermissionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRolePermissionInput;
};


export type MutationUpdateUserPermissionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserPermissionInput;
};


export type MutationUpdateUserRoleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserRoleInput;
};

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A permission of the catalog or a custom one: a resource type, an action, and optional conditions. */
export type Permission = {
  __typename?: 'Permission';
  /** The action it allows. */
  action: Scalars['String']['output'];
  /** Reference to an external approval workflow. */
  approvalWorkflowId?: Maybe<Scalars['ID']['output']>;
  /** JsonLogic condition that must hold; `{}` for none. */
  conditions: Scalars['JSON']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy?: Maybe<User>;
  /** What it allows. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name to show. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** System permissions come from the catalog and cannot be deleted. */
  isSystemPermission: Scalars['Boolean']['output'];
  /** Free-form metadata. */
  metadata: Scalars['JSON']['output'];
  /** Unique name, `<type>:<action>` for catalog permissions. */
  name: Scalars['String']['output'];
  /** Whether a direct grant needs approval by another holder of role:assign. */
  requiresApproval: Scalars['Boolean']['output'];
  /** The resource type it applies to. */
  resourceType: ResourceType;
  /** Start of validity. */
  validFrom: Scalars['DateTime']['output'];
  /** End of validity; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of permissions. */
export type PermissionConnection = {
  __typename?: 'PermissionConnection';
  /** Edges with cursors. */
  edges: Array<PermissionEdge>;
  /** The permissions of this page. */
  nodes: Array<Permission>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a permission connection. */
export type PermissionEdge = {
  __typename?: 'PermissionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The permission. */
  node: Permission;
};

/** Filters for the permission list. */
export type PermissionFilter = {
  /** Permissions for this action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Permissions of this resource type (name). */
  resourceType?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Decide a check for a user: the caller, or anyone for holders of role:read. */
  checkAccess: AccessDecision;
  /** The decision with every candidate evaluated. Holders of role:read. */
  explainAccess: AccessExplanation;
  /** Jobs that used every attempt, oldest first (every subgraph's: the queue is shared). */
  failedJobs: FailedJobConnection;
  /** Whether the user holds the role, directly or through a role inheriting from it (002 §1 has_role). */
  hasRole: Scalars['Boolean']['output'];
  /** Decisions for the caller, one per check, in order. Other subgraphs' shield rules call this. */
  myAccess: Array<AccessDecision>;
  /** The caller's effective permissions. */
  myPermissions: Array<EffectivePermission>;
  /**
   * The caller's tenant scope per permission, in order: every tenant (all), or the organizations
   * its scoped grants of the permission reach, with their descendants. Other subgraphs' stores
   * narrow tenant-owned rows with it.
   */
  myTenantScopes: Array<TenantScope>;
  /** A permission by id or name. */
  permission?: Maybe<Permission>;
  /** Permissions. */
  permissions: PermissionConnection;
  /** A registered resource. */
  resource?: Maybe<Resource>;
  /** Every owner a resource was given (the first one included), by whom and when. */
  resourceOwnerChanges: ResourceOwnerChangeConnection;
  /** A resource type by id or name. */
  resourceType?: Maybe<ResourceType>;
  /** Resource types. */
  resourceTypes: ResourceTypeConnection;
  /** Registered resources. */
  resources: ResourceConnection;
  /** A role by id or name. */
  role?: Maybe<Role>;
  /** Permissions granted to roles. */
  rolePermissions: RolePermissionConnection;
  /** Roles. */
  roles: RoleConnection;
  /** Direct permission grants. */
  userPermissions: UserPermissionConnection;
  /** Role assignments. */
  userRoles: UserRoleConnection;
};


export type QueryCheckAccessArgs = {
  action: Scalars['String']['input'];
  resourceId?: InputMaybe<Scalars['String']['input']>;
  resourceType: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryExplainAccessArgs = {
  action: Scalars['String']['input'];
  resourceId?: InputMaybe<Scalars['String']['input']>;
  resourceType: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryFailedJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHasRoleArgs = {
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryMyAccessArgs = {
  checks: Array<AccessCheckInput>;
};


export type QueryMyTenantScopesArgs = {
  permissions: Array<Scalars['String']['input']>;
};


export type QueryPermissionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPermissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PermissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourceOwnerChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  resourceId: Scalars['ID']['input'];
};


export type QueryResourceTypeArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResourceTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRolePermissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RolePermissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserPermissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserPermissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserRoleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A protected object of some domain, registered so grants can be scoped to it and conditions can read it. */
export type Resource = {
  __typename?: 'Resource';
  /** Attributes readable by conditions as `resource.attributes`. */
  attributes: Scalars['JSON']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (what `resourceScope` and `resourceId` of grants point at). */
  id: Scalars['ID']['output'];
  /** Whether the object is active; an inactive one is reached by no scoped grant. */
  isActive: Scalars['Boolean']['output'];
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The owner. */
  owner?: Maybe<User>;
  /** Owner user id, readable by conditions as `resource.ownerId`. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The resource it belongs to; grants scoped to an ancestor reach it. */
  parent?: Maybe<Resource>;
  /** The object's id in its own domain. */
  resourceId: Scalars['String']['output'];
  /** Its type. */
  resourceType: ResourceType;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of resources. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** Edges with cursors. */
  edges: Array<ResourceEdge>;
  /** The resources of this page. */
  nodes: Array<Resource>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a resource connection. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: Resource;
};

/** Filters for the resource list. */
export type ResourceFilter = {
  /** Resources owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Direct children of this resource. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Resources of this type (name). */
  resourceType?: InputMaybe<Scalars['String']['input']>;
};

/** One change of a resource's owner. */
export type ResourceOwnerChange = {
  __typename?: 'ResourceOwnerChange';
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who changed it. */
  changedBy?: Maybe<User>;
  /** The owner before; null when it had none. */
  fromOwner?: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The owner after; null when it has none. */
  toOwner?: Maybe<User>;
};

/** A page of a resource's owner changes. */
export type ResourceOwnerChangeConnection = {
  __typename?: 'ResourceOwnerChangeConnection';
  /** Edges with cursors. */
  edges: Array<ResourceOwnerChangeEdge>;
  /** The changes of this page. */
  nodes: Array<ResourceOwnerChange>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a resource owner change connection. */
export type ResourceOwnerChangeEdge = {
  __typename?: 'ResourceOwnerChangeEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: ResourceOwnerChange;
};

/** A kind of protected object and the actions the permission catalog defines on it. */
export type ResourceType = {
  __typename?: 'ResourceType';
  /** Actions permissions of this type may use. */
  availableActions: Array<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the objects are. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the type comes from the code's permission catalog (cannot be renamed or deleted). */
  isBuiltIn: Scalars['Boolean']['output'];
  /** Free-form metadata. */
  metadata: Scalars['JSON']['output'];
  /** Unique name, e.g. `conversation`. */
  name: Scalars['String']['output'];
  /** Parent type, if any. */
  parentType?: Maybe<ResourceType>;
};

/** A page of resource types. */
export type ResourceTypeConnection = {
  __typename?: 'ResourceTypeConnection';
  /** Edges with cursors. */
  edges: Array<ResourceTypeEdge>;
  /** The resource types of this page. */
  nodes: Array<ResourceType>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a resource type connection. */
export type ResourceTypeEdge = {
  __typename?: 'ResourceTypeEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The resource type. */
  node: ResourceType;
};

/** A named set of permissions. A role inherits every permission of its parent chain. */
export type Role = {
  __typename?: 'Role';
  /** Active assignments (not revoked, not ended). */
  activeAssignments: Scalars['Int']['output'];
  /** When the role is assigned automatically, e.g. `{"on": "user_registered"}`. */
  autoAssignConditions: Scalars['JSON']['output'];
  /** This role followed by its ancestors, nearest first. */
  chain: Array<Role>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy?: Maybe<User>;
  /** What the role is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name to show. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the role can be assigned. */
  isAssignable: Scalars['Boolean']['output'];
  /** System roles cannot be deleted or renamed. */
  isSystemRole: Scalars['Boolean']['output'];
  /** Limit of active assignments; null for none. */
  maxAssignments?: Maybe<Scalars['Int']['output']>;
  /** Free-form metadata. */
  metadata: Scalars['JSON']['output'];
  /** Unique name, e.g. `manager`. */
  name: Scalars['String']['output'];
  /** The role this one inherits from. */
  parentRole?: Maybe<Role>;
  /** Permissions granted to this role itself (not inherited). */
  permissions: Array<RolePermission>;
  /** Depth in the hierarchy: 0 for a root role. */
  roleLevel: Scalars['Int']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Start of the role's validity. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the role's validity; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of roles. */
export type RoleConnection = {
  __typename?: 'RoleConnection';
  /** Edges with cursors. */
  edges: Array<RoleEdge>;
  /** The roles of this page. */
  nodes: Array<Role>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a role connection. */
export type RoleEdge = {
  __typename?: 'RoleEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The role. */
  node: Role;
};

/** A permission granted to a role. */
export type RolePermission = {
  __typename?: 'RolePermission';
  /** Extra JsonLogic condition for this grant; `{}` for none. */
  additionalConditions: Scalars['JSON']['output'];
  /** When. */
  grantedAt: Scalars['DateTime']['output'];
  /** Who granted it. */
  grantedBy?: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The permission. */
  permission: Permission;
  /** The role. */
  role: Role;
  /** Start of validity. */
  validFrom: Scalars['DateTime']['output'];
  /** End of validity; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of role permissions. */
export type RolePermissionConnection = {
  __typename?: 'RolePermissionConnection';
  /** Edges with cursors. */
  edges: Array<RolePermissionEdge>;
  /** The role permissions of this page. */
  nodes: Array<RolePermission>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a role permission connection. */
export type RolePermissionEdge = {
  __typename?: 'RolePermissionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The role permission. */
  node: RolePermission;
};

/** Filters for the role permission list. */
export type RolePermissionFilter = {
  /** Grants of this permission. */
  permissionId?: InputMaybe<Scalars['ID']['input']>;
  /** Grants to this role. */
  roleId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which tenants (organizations) a permission reaches for the caller. */
export type TenantScope = {
  __typename?: 'TenantScope';
  /** Every tenant: the permission is held without a scope. */
  all: Scalars['Boolean']['output'];
  /** Organizations reached through scoped grants (empty when all is true). */
  organizationIds: Array<Scalars['ID']['output']>;
  /** The permission asked for, `<resource type>:<action>`. */
  permission: Scalars['String']['output'];
};

/** Changes to a permission (its name, type and action never change). */
export type UpdatePermissionInput = {
  /** JsonLogic condition. */
  conditions?: InputMaybe<Scalars['JSON']['input']>;
  /** What it allows. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Whether direct grants need approval. */
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity; null for open-ended. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to a registered object. */
export type UpdateResourceInput = {
  /** Attributes for conditions (replaced whole). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Active flag. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Owner user id. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** New parent (must not be a descendant). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a resource type. Catalog types keep their name and catalog actions. */
export type UpdateResourceTypeInput = {
  /** The full new list of actions; actions used by permissions must stay. */
  availableActions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent type. */
  parentTypeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a role. System roles keep their name; the hierarchy must stay acyclic. */
export type UpdateRoleInput = {
  /** Auto-assignment rule. */
  autoAssignConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Whether it can be assigned. */
  isAssignable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Limit of active assignments; null for none. */
  maxAssignments?: InputMaybe<Scalars['Int']['input']>;
  /** Free-form metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent; null makes it a root role. */
  parentRoleId?: InputMaybe<Scalars['ID']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity; null for open-ended. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to a role's permission grant. */
export type UpdateRolePermissionInput = {
  /** Extra JsonLogic condition. */
  additionalConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity; null for open-ended. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to a direct grant. */
export type UpdateUserPermissionInput = {
  /** Extra JsonLogic condition. */
  additionalConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity; null for open-ended. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to a role assignment. */
export type UpdateUserRoleInput = {
  /** Extra JsonLogic condition. */
  contextConditions?: InputMaybe<Scalars['JSON']['input']>;
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of validity; null for open-ended. Shortening it also shortens delegations made from it. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A person who can sign in to Atrium. */
export type User = {
  __typename?: 'User';
  /** Permissions the user holds now, with scopes, windows and conditions. */
  effectivePermissions: Array<EffectivePermission>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Role assignments; revoked ones only with `includeInactive`. */
  roles: Array<UserRole>;
};


/** A person who can sign in to Atrium. */
export type UserRolesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A permission granted to a user directly. */
export type UserPermission = {
  __typename?: 'UserPermission';
  /** Extra JsonLogic condition for this grant; `{}` for none. */
  additionalConditions: Scalars['JSON']['output'];
  /** When it was approved (permissions that require approval). */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved it. */
  approvedBy?: Maybe<User>;
  /** Why. */
  grantReason?: Maybe<Scalars['String']['output']>;
  /** When. */
  grantedAt: Scalars['DateTime']['output'];
  /** Who granted it. */
  grantedBy?: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** False once revoked. */
  isActive: Scalars['Boolean']['output'];
  /** True while the permission requires approval and nobody has approved the grant. */
  pending: Scalars['Boolean']['output'];
  /** The permission. */
  permission: Permission;
  /** The resource the grant is limited to (with its descendants); null for everywhere. */
  resource?: Maybe<Resource>;
  /** Why. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who revoked it. */
  revokedBy?: Maybe<User>;
  /** The user. */
  user: User;
  /** Start of validity. */
  validFrom: Scalars['DateTime']['output'];
  /** End of validity; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of user permissions. */
export type UserPermissionConnection = {
  __typename?: 'UserPermissionConnection';
  /** Edges with cursors. */
  edges: Array<UserPermissionEdge>;
  /** The user permissions of this page. */
  nodes: Array<UserPermission>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a user permission connection. */
export type UserPermissionEdge = {
  __typename?: 'UserPermissionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The user permission. */
  node: UserPermission;
};

/** Filters for the user permission list. */
export type UserPermissionFilter = {
  /** Only grants that are not revoked. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only grants waiting for approval. */
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Grants of this permission. */
  permissionId?: InputMaybe<Scalars['ID']['input']>;
  /** Grants to this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A role held by a user, possibly scoped, time-limited or delegated. */
export type UserRole = {
  __typename?: 'UserRole';
  /** When. */
  assignedAt: Scalars['DateTime']['output'];
  /** Who assigned it. */
  assignedBy?: Maybe<User>;
  /** Why. */
  assignmentReason?: Maybe<Scalars['String']['output']>;
  /** Extra JsonLogic condition for every permission reached through this assignment. */
  contextConditions: Scalars['JSON']['output'];
  /** The delegator. */
  delegatedBy?: Maybe<User>;
  /** 0 for a direct assignment, delegator's depth + 1 for a delegation. */
  delegationDepth: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** False once revoked. */
  isActive: Scalars['Boolean']['output'];
  /** Whether another holder delegated it. */
  isDelegated: Scalars['Boolean']['output'];
  /** The resource the assignment is limited to (with its descendants); null for everywhere. */
  resourceScope?: Maybe<Resource>;
  /** Why. */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who revoked it. */
  revokedBy?: Maybe<User>;
  /** The role. */
  role: Role;
  /** The user. */
  user: User;
  /** Start of validity. */
  validFrom: Scalars['DateTime']['output'];
  /** End of validity; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of user roles. */
export type UserRoleConnection = {
  __typename?: 'UserRoleConnection';
  /** Edges with cursors. */
  edges: Array<UserRoleEdge>;
  /** The user roles of this page. */
  nodes: Array<UserRole>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a user role connection. */
export type UserRoleEdge = {
  __typename?: 'UserRoleEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The user role. */
  node: UserRole;
};

/** Filters for the user role list. */
export type UserRoleFilter = {
  /** Only assignments that are not revoked. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Assignments of this role. */
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** Assignments of this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
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
  Role: Role;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Role:
    ( { __typename: 'Role' }
    & GraphQLRecursivePick<FederationTypes['Role'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessCandidate: ResolverTypeWrapper<AccessCandidate>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessCheckInput: AccessCheckInput;
  AccessDecision: ResolverTypeWrapper<AccessDecision>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessExplanation: ResolverTypeWrapper<AccessExplanation>;
  AccessReason: AccessReason;
  AccessResourceStatus: AccessResourceStatus;
  AddRolePermissionInput: AddRolePermissionInput;
  AssignRoleInput: AssignRoleInput;
  CreatePermissionInput: CreatePermissionInput;
  CreateResourceInput: CreateResourceInput;
  CreateResourceTypeInput: CreateResourceTypeInput;
  CreateRoleInput: CreateRoleInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DelegateRoleInput: DelegateRoleInput;
  EffectivePermission: ResolverTypeWrapper<EffectivePermissionViewModel>;
  FailedJob: ResolverTypeWrapper<FailedJobViewModel>;
  FailedJobConnection: ResolverTypeWrapper<Omit<FailedJobConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FailedJobEdge']>, nodes: Array<ResolversTypes['FailedJob']> }>;
  FailedJobEdge: ResolverTypeWrapper<Omit<FailedJobEdge, 'node'> & { node: ResolversTypes['FailedJob'] }>;
  GrantKind: GrantKind;
  GrantPermissionInput: GrantPermissionInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Permission: ResolverTypeWrapper<PermissionModel>;
  PermissionConnection: ResolverTypeWrapper<Omit<PermissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PermissionEdge']>, nodes: Array<ResolversTypes['Permission']> }>;
  PermissionEdge: ResolverTypeWrapper<Omit<PermissionEdge, 'node'> & { node: ResolversTypes['Permission'] }>;
  PermissionFilter: PermissionFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Resource: ResolverTypeWrapper<ResourceModel>;
  ResourceConnection: ResolverTypeWrapper<Omit<ResourceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ResourceEdge']>, nodes: Array<ResolversTypes['Resource']> }>;
  ResourceEdge: ResolverTypeWrapper<Omit<ResourceEdge, 'node'> & { node: ResolversTypes['Resource'] }>;
  ResourceFilter: ResourceFilter;
  ResourceOwnerChange: ResolverTypeWrapper<ResourceOwnerChangeModel>;
  ResourceOwnerChangeConnection: ResolverTypeWrapper<Omit<ResourceOwnerChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ResourceOwnerChangeEdge']>, nodes: Array<ResolversTypes['ResourceOwnerChange']> }>;
  ResourceOwnerChangeEdge: ResolverTypeWrapper<Omit<ResourceOwnerChangeEdge, 'node'> & { node: ResolversTypes['ResourceOwnerChange'] }>;
  ResourceType: ResolverTypeWrapper<ResourceTypeModel>;
  ResourceTypeConnection: ResolverTypeWrapper<Omit<ResourceTypeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ResourceTypeEdge']>, nodes: Array<ResolversTypes['ResourceType']> }>;
  ResourceTypeEdge: ResolverTypeWrapper<Omit<ResourceTypeEdge, 'node'> & { node: ResolversTypes['ResourceType'] }>;
  Role: ResolverTypeWrapper<RoleModel>;
  RoleConnection: ResolverTypeWrapper<Omit<RoleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RoleEdge']>, nodes: Array<ResolversTypes['Role']> }>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  RolePermission: ResolverTypeWrapper<RolePermissionModel>;
  RolePermissionConnection: ResolverTypeWrapper<Omit<RolePermissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RolePermissionEdge']>, nodes: Array<ResolversTypes['RolePermission']> }>;
  RolePermissionEdge: ResolverTypeWrapper<Omit<RolePermissionEdge, 'node'> & { node: ResolversTypes['RolePermission'] }>;
  RolePermissionFilter: RolePermissionFilter;
  TenantScope: ResolverTypeWrapper<TenantScope>;
  UpdatePermissionInput: UpdatePermissionInput;
  UpdateResourceInput: UpdateResourceInput;
  UpdateResourceTypeInput: UpdateResourceTypeInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateRolePermissionInput: UpdateRolePermissionInput;
  UpdateUserPermissionInput: UpdateUserPermissionInput;
  UpdateUserRoleInput: UpdateUserRoleInput;
  User: ResolverTypeWrapper<UserRefModel>;
  UserPermission: ResolverTypeWrapper<UserPermissionModel>;
  UserPermissionConnection: ResolverTypeWrapper<Omit<UserPermissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserPermissionEdge']>, nodes: Array<ResolversTypes['UserPermission']> }>;
  UserPermissionEdge: ResolverTypeWrapper<Omit<UserPermissionEdge, 'node'> & { node: ResolversTypes['UserPermission'] }>;
  UserPermissionFilter: UserPermissionFilter;
  UserRole: ResolverTypeWrapper<UserRoleModel>;
  UserRoleConnection: ResolverTypeWrapper<Omit<UserRoleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserRoleEdge']>, nodes: Array<ResolversTypes['UserRole']> }>;
  UserRoleEdge: ResolverTypeWrapper<Omit<UserRoleEdge, 'node'> & { node: ResolversTypes['UserRole'] }>;
  UserRoleFilter: UserRoleFilter;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessCandidate: AccessCandidate;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AccessCheckInput: AccessCheckInput;
  AccessDecision: AccessDecision;
  Boolean: Scalars['Boolean']['output'];
  AccessExplanation: AccessExplanation;
  AddRolePermissionInput: AddRolePermissionInput;
  AssignRoleInput: AssignRoleInput;
  CreatePermissionInput: CreatePermissionInput;
  CreateResourceInput: CreateResourceInput;
  CreateResourceTypeInput: CreateResourceTypeInput;
  CreateRoleInput: CreateRoleInput;
  DateTime: Scalars['DateTime']['output'];
  DelegateRoleInput: DelegateRoleInput;
  EffectivePermission: EffectivePermissionViewModel;
  FailedJob: FailedJobViewModel;
  FailedJobConnection: Omit<FailedJobConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FailedJobEdge']>, nodes: Array<ResolversParentTypes['FailedJob']> };
  FailedJobEdge: Omit<FailedJobEdge, 'node'> & { node: ResolversParentTypes['FailedJob'] };
  GrantPermissionInput: GrantPermissionInput;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Permission: PermissionModel;
  PermissionConnection: Omit<PermissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PermissionEdge']>, nodes: Array<ResolversParentTypes['Permission']> };
  PermissionEdge: Omit<PermissionEdge, 'node'> & { node: ResolversParentTypes['Permission'] };
  PermissionFilter: PermissionFilter;
  Query: Record<PropertyKey, never>;
  Resource: ResourceModel;
  ResourceConnection: Omit<ResourceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ResourceEdge']>, nodes: Array<ResolversParentTypes['Resource']> };
  ResourceEdge: Omit<ResourceEdge, 'node'> & { node: ResolversParentTypes['Resource'] };
  ResourceFilter: ResourceFilter;
  ResourceOwnerChange: ResourceOwnerChangeModel;
  ResourceOwnerChangeConnection: Omit<ResourceOwnerChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ResourceOwnerChangeEdge']>, nodes: Array<ResolversParentTypes['ResourceOwnerChange']> };
  ResourceOwnerChangeEdge: Omit<ResourceOwnerChangeEdge, 'node'> & { node: ResolversParentTypes['ResourceOwnerChange'] };
  ResourceType: ResourceTypeModel;
  ResourceTypeConnection: Omit<ResourceTypeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ResourceTypeEdge']>, nodes: Array<ResolversParentTypes['ResourceType']> };
  ResourceTypeEdge: Omit<ResourceTypeEdge, 'node'> & { node: ResolversParentTypes['ResourceType'] };
  Role: RoleModel;
  RoleConnection: Omit<RoleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RoleEdge']>, nodes: Array<ResolversParentTypes['Role']> };
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  RolePermission: RolePermissionModel;
  RolePermissionConnection: Omit<RolePermissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RolePermissionEdge']>, nodes: Array<ResolversParentTypes['RolePermission']> };
  RolePermissionEdge: Omit<RolePermissionEdge, 'node'> & { node: ResolversParentTypes['RolePermission'] };
  RolePermissionFilter: RolePermissionFilter;
  TenantScope: TenantScope;
  UpdatePermissionInput: UpdatePermissionInput;
  UpdateResourceInput: UpdateResourceInput;
  UpdateResourceTypeInput: UpdateResourceTypeInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateRolePermissionInput: UpdateRolePermissionInput;
  UpdateUserPermissionInput: UpdateUserPermissionInput;
  UpdateUserRoleInput: UpdateUserRoleInput;
  User: UserRefModel;
  UserPermission: UserPermissionModel;
  UserPermissionConnection: Omit<UserPermissionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserPermissionEdge']>, nodes: Array<ResolversParentTypes['UserPermission']> };
  UserPermissionEdge: Omit<UserPermissionEdge, 'node'> & { node: ResolversParentTypes['UserPermission'] };
  UserPermissionFilter: UserPermissionFilter;
  UserRole: UserRoleModel;
  UserRoleConnection: Omit<UserRoleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserRoleEdge']>, nodes: Array<ResolversParentTypes['UserRole']> };
  UserRoleEdge: Omit<UserRoleEdge, 'node'> & { node: ResolversParentTypes['UserRole'] };
  UserRoleFilter: UserRoleFilter;
};

export type AccessCandidateResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['AccessCandidate'] = ResolversParentTypes['AccessCandidate']> = {
  checksPassed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GrantKind'], ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AccessReason'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessDecisionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['AccessDecision'] = ResolversParentTypes['AccessDecision']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AccessReason'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccessExplanationResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['AccessExplanation'] = ResolversParentTypes['AccessExplanation']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['AccessCandidate']>, ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['AccessReason'], ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceStatus?: Resolver<ResolversTypes['AccessResourceStatus'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EffectivePermissionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['EffectivePermission'] = ResolversParentTypes['EffectivePermission']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  grantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GrantKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FailedJobResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['FailedJob'] = ResolversParentTypes['FailedJob']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consumer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FailedJobConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['FailedJobConnection'] = ResolversParentTypes['FailedJobConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FailedJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FailedJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FailedJobEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['FailedJobEdge'] = ResolversParentTypes['FailedJobEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FailedJob'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRolePermission?: Resolver<ResolversTypes['RolePermission'], ParentType, ContextType, RequireFields<MutationAddRolePermissionArgs, 'input'>>;
  approveGrant?: Resolver<ResolversTypes['UserPermission'], ParentType, ContextType, RequireFields<MutationApproveGrantArgs, 'id'>>;
  assignRole?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType, RequireFields<MutationAssignRoleArgs, 'input'>>;
  createPermission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType, RequireFields<MutationCreatePermissionArgs, 'input'>>;
  createResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationCreateResourceArgs, 'input'>>;
  createResourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType, RequireFields<MutationCreateResourceTypeArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  delegateRole?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType, RequireFields<MutationDelegateRoleArgs, 'input'>>;
  deletePermission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType, RequireFields<MutationDeletePermissionArgs, 'id'>>;
  deleteResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationDeleteResourceArgs, 'id'>>;
  deleteResourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType, RequireFields<MutationDeleteResourceTypeArgs, 'id'>>;
  deleteRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'id'>>;
  grantPermission?: Resolver<ResolversTypes['UserPermission'], ParentType, ContextType, RequireFields<MutationGrantPermissionArgs, 'input'>>;
  removeRolePermission?: Resolver<ResolversTypes['RolePermission'], ParentType, ContextType, RequireFields<MutationRemoveRolePermissionArgs, 'id'>>;
  retryFailedJob?: Resolver<ResolversTypes['FailedJob'], ParentType, ContextType, RequireFields<MutationRetryFailedJobArgs, 'id'>>;
  revokePermission?: Resolver<ResolversTypes['UserPermission'], ParentType, ContextType, RequireFields<MutationRevokePermissionArgs, 'id'>>;
  revokeRole?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'id'>>;
  updatePermission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType, RequireFields<MutationUpdatePermissionArgs, 'id' | 'input'>>;
  updateResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationUpdateResourceArgs, 'id' | 'input'>>;
  updateResourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType, RequireFields<MutationUpdateResourceTypeArgs, 'id' | 'input'>>;
  updateRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationUpdateRoleArgs, 'id' | 'input'>>;
  updateRolePermission?: Resolver<ResolversTypes['RolePermission'], ParentType, ContextType, RequireFields<MutationUpdateRolePermissionArgs, 'id' | 'input'>>;
  updateUserPermission?: Resolver<ResolversTypes['UserPermission'], ParentType, ContextType, RequireFields<MutationUpdateUserPermissionArgs, 'id' | 'input'>>;
  updateUserRole?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType, RequireFields<MutationUpdateUserRoleArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PermissionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['Permission'] = ResolversParentTypes['Permission']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approvalWorkflowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  conditions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSystemPermission?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PermissionConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['PermissionConnection'] = ResolversParentTypes['PermissionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PermissionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PermissionEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['PermissionEdge'] = ResolversParentTypes['PermissionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Permission'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  checkAccess?: Resolver<ResolversTypes['AccessDecision'], ParentType, ContextType, RequireFields<QueryCheckAccessArgs, 'action' | 'resourceType' | 'userId'>>;
  explainAccess?: Resolver<ResolversTypes['AccessExplanation'], ParentType, ContextType, RequireFields<QueryExplainAccessArgs, 'action' | 'resourceType' | 'userId'>>;
  failedJobs?: Resolver<ResolversTypes['FailedJobConnection'], ParentType, ContextType, RequireFields<QueryFailedJobsArgs, 'first'>>;
  hasRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryHasRoleArgs, 'role' | 'userId'>>;
  myAccess?: Resolver<Array<ResolversTypes['AccessDecision']>, ParentType, ContextType, RequireFields<QueryMyAccessArgs, 'checks'>>;
  myPermissions?: Resolver<Array<ResolversTypes['EffectivePermission']>, ParentType, ContextType>;
  myTenantScopes?: Resolver<Array<ResolversTypes['TenantScope']>, ParentType, ContextType, RequireFields<QueryMyTenantScopesArgs, 'permissions'>>;
  permission?: Resolver<Maybe<ResolversTypes['Permission']>, ParentType, ContextType, Partial<QueryPermissionArgs>>;
  permissions?: Resolver<ResolversTypes['PermissionConnection'], ParentType, ContextType, RequireFields<QueryPermissionsArgs, 'first'>>;
  resource?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType, RequireFields<QueryResourceArgs, 'id'>>;
  resourceOwnerChanges?: Resolver<ResolversTypes['ResourceOwnerChangeConnection'], ParentType, ContextType, RequireFields<QueryResourceOwnerChangesArgs, 'first' | 'resourceId'>>;
  resourceType?: Resolver<Maybe<ResolversTypes['ResourceType']>, ParentType, ContextType, Partial<QueryResourceTypeArgs>>;
  resourceTypes?: Resolver<ResolversTypes['ResourceTypeConnection'], ParentType, ContextType, RequireFields<QueryResourceTypesArgs, 'first'>>;
  resources?: Resolver<ResolversTypes['ResourceConnection'], ParentType, ContextType, RequireFields<QueryResourcesArgs, 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, Partial<QueryRoleArgs>>;
  rolePermissions?: Resolver<ResolversTypes['RolePermissionConnection'], ParentType, ContextType, RequireFields<QueryRolePermissionsArgs, 'first'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<QueryRolesArgs, 'first'>>;
  userPermissions?: Resolver<ResolversTypes['UserPermissionConnection'], ParentType, ContextType, RequireFields<QueryUserPermissionsArgs, 'first'>>;
  userRoles?: Resolver<ResolversTypes['UserRoleConnection'], ParentType, ContextType, RequireFields<QueryUserRolesArgs, 'first'>>;
};

export type ResourceResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  attributes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType>;
  resourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ResourceConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceConnection'] = ResolversParentTypes['ResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ResourceEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceEdge'] = ResolversParentTypes['ResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resource'], ParentType, ContextType>;
};

export type ResourceOwnerChangeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceOwnerChange'] = ResolversParentTypes['ResourceOwnerChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  fromOwner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toOwner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ResourceOwnerChangeConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceOwnerChangeConnection'] = ResolversParentTypes['ResourceOwnerChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResourceOwnerChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ResourceOwnerChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ResourceOwnerChangeEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceOwnerChangeEdge'] = ResolversParentTypes['ResourceOwnerChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResourceOwnerChange'], ParentType, ContextType>;
};

export type ResourceTypeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceType'] = ResolversParentTypes['ResourceType']> = {
  availableActions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBuiltIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentType?: Resolver<Maybe<ResolversTypes['ResourceType']>, ParentType, ContextType>;
};

export type ResourceTypeConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceTypeConnection'] = ResolversParentTypes['ResourceTypeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResourceTypeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ResourceType']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ResourceTypeEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['ResourceTypeEdge'] = ResolversParentTypes['ResourceTypeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role'], FederationReferenceType extends FederationReferenceTypes['Role'] = FederationReferenceTypes['Role']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Role']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeAssignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  autoAssignConditions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAssignable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSystemRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxAssignments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['RolePermission']>, ParentType, ContextType>;
  roleLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RoleConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RolePermissionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['RolePermission'] = ResolversParentTypes['RolePermission']> = {
  additionalConditions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type RolePermissionConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['RolePermissionConnection'] = ResolversParentTypes['RolePermissionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RolePermissionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RolePermission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RolePermissionEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['RolePermissionEdge'] = ResolversParentTypes['RolePermissionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RolePermission'], ParentType, ContextType>;
};

export type TenantScopeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['TenantScope'] = ResolversParentTypes['TenantScope']> = {
  all?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organizationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  effectivePermissions?: Resolver<Array<ResolversTypes['EffectivePermission']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['UserRole']>, ParentType, ContextType, RequireFields<UserRolesArgs, 'includeInactive'>>;
};

export type UserPermissionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['UserPermission'] = ResolversParentTypes['UserPermission']> = {
  additionalConditions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  grantReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['Permission'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type UserPermissionConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['UserPermissionConnection'] = ResolversParentTypes['UserPermissionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserPermissionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UserPermission']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserPermissionEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['UserPermissionEdge'] = ResolversParentTypes['UserPermissionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserPermission'], ParentType, ContextType>;
};

export type UserRoleResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['UserRole'] = ResolversParentTypes['UserRole']> = {
  assignedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assignedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  assignmentReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contextConditions?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  delegatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  delegationDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDelegated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resourceScope?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type UserRoleConnectionResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['UserRoleConnection'] = ResolversParentTypes['UserRoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserRoleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UserRole']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserRoleEdgeResolvers<ContextType = AuthorizationContext, ParentType extends ResolversParentTypes['UserRoleEdge'] = ResolversParentTypes['UserRoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AuthorizationContext> = {
  AccessCandidate?: AccessCandidateResolvers<ContextType>;
  AccessDecision?: AccessDecisionResolvers<ContextType>;
  AccessExplanation?: AccessExplanationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EffectivePermission?: EffectivePermissionResolvers<ContextType>;
  FailedJob?: FailedJobResolvers<ContextType>;
  FailedJobConnection?: FailedJobConnectionResolvers<ContextType>;
  FailedJobEdge?: FailedJobEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Permission?: PermissionResolvers<ContextType>;
  PermissionConnection?: PermissionConnectionResolvers<ContextType>;
  PermissionEdge?: PermissionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  ResourceConnection?: ResourceConnectionResolvers<ContextType>;
  ResourceEdge?: ResourceEdgeResolvers<ContextType>;
  ResourceOwnerChange?: ResourceOwnerChangeResolvers<ContextType>;
  ResourceOwnerChangeConnection?: ResourceOwnerChangeConnectionResolvers<ContextType>;
  ResourceOwnerChangeEdge?: ResourceOwnerChangeEdgeResolvers<ContextType>;
  ResourceType?: ResourceTypeResolvers<ContextType>;
  ResourceTypeConnection?: ResourceTypeConnectionResolvers<ContextType>;
  ResourceTypeEdge?: ResourceTypeEdgeResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  RolePermission?: RolePermissionResolvers<ContextType>;
  RolePermissionConnection?: RolePermissionConnectionResolvers<ContextType>;
  RolePermissionEdge?: RolePermissionEdgeResolvers<ContextType>;
  TenantScope?: TenantScopeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPermission?: UserPermissionResolvers<ContextType>;
  UserPermissionConnection?: UserPermissionConnectionResolvers<ContextType>;
  UserPermissionEdge?: UserPermissionEdgeResolvers<ContextType>;
  UserRole?: UserRoleResolvers<ContextType>;
  UserRoleConnection?: UserRoleConnectionResolvers<ContextType>;
  UserRoleEdge?: UserRoleEdgeResolvers<ContextType>;
};


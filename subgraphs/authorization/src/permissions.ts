import { access, type AccessMap } from '@atrium/kernel';

const { public: open, authenticated, can, owner } = access;

/** Connection wrappers hold no data of their own; their nodes are guarded. */
const page = { '*': open };
/** Objects reachable only through guarded root fields carry no second rule. */
const reached = { '*': authenticated };
/** The user's own grants, or anyone's for holders of role:read. */
const selfOrRoleRead = (userId: (parent: any, args: any) => string | null | undefined) => owner(userId, can('role:read'));

/**
 * Every field of the authorization schema → who may read or call it. Deny by default:
 * a field missing here is refused, and the mirror test fails the build.
 *
 * Entity types (`User`, `Role`) are reachable through `_entities` without any Query rule,
 * so their sensitive fields carry their own.
 */
export const accessMap: AccessMap = {
  Query: {
    // Other subgraphs' shield rules ask this with the caller's token; it only answers for the caller.
    myAccess: authenticated,
    myTenantScopes: authenticated,
    myPermissions: authenticated,
    checkAccess: selfOrRoleRead((_p, args) => args.userId),
    explainAccess: can('role:read'),
    hasRole: selfOrRoleRead((_p, args) => args.userId),
    resourceTypes: can('role:read'),
    resourceType: can('role:read'),
    resources: can('role:read'),
    resource: can('role:read'),
    resourceOwnerChanges: can('role:read'),
    roles: can('role:read'),
    role: can('role:read'),
    permissions: can('role:read'),
    permission: can('role:read'),
    rolePermissions: can('role:read'),
    userRoles: can('role:read'),
    userPermissions: can('role:read'),
    failedJobs: can('system:manage'),
  },
  Mutation: {
    createResourceType: can('role:create'),
    updateResourceType: can('role:update'),
    deleteResourceType: can('role:delete'),
    createResource: can('role:create'),
    updateResource: can('role:update'),
    deleteResource: can('role:delete'),
    createRole: can('role:create'),
    updateRole: can('role:update'),
    deleteRole: can('role:delete'),
    createPermission: can('role:create'),
    updatePermission: can('role:update'),
    deletePermission: can('role:delete'),
    addRolePermission: can('role:update'),
    updateRolePermission: can('role:update'),
    removeRolePermission: can('role:update'),
    assignRole: can('role:assign'),
    updateUserRole: can('role:assign'),
    revokeRole: can('role:assign'),
    // Any signed-in user; the service requires the caller to hold the assignment delegated.
    delegateRole: authenticated,
    grantPermission: can('role:assign'),
    updateUserPermission: can('role:assign'),
    revokePermission: can('role:assign'),
    approveGrant: can('role:assign'),
    retryFailedJob: can('system:manage'),
  },
  User: {
    id: authenticated,
    roles: selfOrRoleRead((u) => u.id),
    effectivePermissions: selfOrRoleRead((u) => u.id),
  },
  Role: {
    id: authenticated,
    name: authenticated,
    displayName: authenticated,
    description: authenticated,
    '*': can('role:read'),
  },
  AccessDecision: reached,
  TenantScope: reached,
  AccessExplanation: reached,
  AccessCandidate: reached,
  EffectivePermission: reached,
  ResourceType: reached,
  Resource: reached,
  ResourceOwnerChange: reached,
  Permission: reached,
  RolePermission: reached,
  UserRole: reached,
  UserPermission: reached,
  FailedJob: { '*': can('system:manage') },
  FailedJobEdge: page,
  FailedJobConnection: page,
  PageInfo: page,
  ResourceTypeEdge: page,
  ResourceTypeConnection: page,
  ResourceEdge: page,
  ResourceOwnerChangeEdge: page,
  ResourceOwnerChangeConnection: page,
  ResourceConnection: page,
  RoleEdge: page,
  RoleConnection: page,
  PermissionEdge: page,
  PermissionConnection: page,
  RolePermissionEdge: page,
  RolePermissionConnection: page,
  UserRoleEdge: page,
  UserRoleConnection: page,
  UserPermissionEdge: page,
  UserPermissionConnection: page,
};

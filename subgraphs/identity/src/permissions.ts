import { access, type AccessMap } from '@atrium/kernel';

const { public: open, authenticated, can, owner } = access;

/** Public directory fields any signed-in user may see; the rest of a user is private. */
const directory = { id: authenticated, username: authenticated, displayName: authenticated, firstName: authenticated, lastName: authenticated, avatarUrl: authenticated };
const page = { '*': open }; // connection wrappers hold no data of their own; their nodes are guarded

/**
 * Every field of the identity schema → who may read or call it. Deny by default:
 * a field missing here is refused, and the mirror test fails the build.
 */
export const accessMap: AccessMap = {
  Query: {
    me: authenticated,
    user: authenticated,
    users: can('user:read'),
    organization: authenticated,
    // Narrowed to the caller's tenants in the service (tenancy): members, and scoped or unscoped holders of organization:read.
    organizations: authenticated,
    organizationDirectory: authenticated,
    team: authenticated,
    ssoProvider: can('system:configure'),
    ssoProviders: can('system:configure'),
  },
  Mutation: {
    register: open,
    login: open,
    refreshToken: open,
    logout: open,
    updateMyProfile: authenticated,
    deactivateUser: can('user:delete', (_p, args) => args.id),
    reactivateUser: can('user:delete', (_p, args) => args.id),
    unlockUser: can('user:update', (_p, args) => args.id),
    enrollMfa: authenticated,
    confirmMfa: authenticated,
    createOrganization: can('organization:create'),
    updateOrganization: can('organization:update', (_p, args) => args.id),
    moveOrganization: can('organization:delete', (_p, args) => args.id), // service: organization:update on the new parent
    deleteOrganization: can('organization:delete', (_p, args) => args.id),
    addOrganizationMember: can('organization:manage_members', (_p, args) => args.input?.organizationId),
    updateOrganizationMember: can('organization:manage_members', (_p, args) => args.input?.organizationId),
    removeOrganizationMember: can('organization:manage_members', (_p, args) => args.organizationId),
    createTeam: can('organization:update', (_p, args) => args.input?.organizationId),
    // The team's organization is known only after reading the team: the service checks the tenant (NOT_FOUND outside it).
    updateTeam: authenticated,
    addTeamMember: authenticated,
    removeTeamMember: authenticated,
    createSsoProvider: can('system:configure'),
    updateSsoProvider: can('system:configure'),
    deleteSsoProvider: can('system:configure'),
  },
  User: { ...directory, '*': owner((u) => u.id, can('user:read')) },
  UserProfile: { '*': owner((p) => p.userId, can('user:read')) },
  Organization: { '*': can('organization:read', (o) => o.id) },
  OrganizationMember: { '*': can('organization:read', (m) => m.organizationId) },
  Team: { '*': can('organization:read', (t) => t.organizationId) },
  // Reached only through Team.members, which the Team rule guards for the team's organization.
  TeamMember: { '*': authenticated },
  // The public directory entry of any organization.
  OrganizationDirectoryEntry: { '*': authenticated },
  DeleteOrganizationPayload: { '*': authenticated }, // returned to the owner who deleted it
  OrganizationDirectoryEntryEdge: page,
  OrganizationDirectoryEntryConnection: page,
  SsoProvider: { '*': can('system:configure') },
  PageInfo: page,
  UserEdge: page,
  UserConnection: page,
  OrganizationEdge: page,
  OrganizationConnection: page,
  OrganizationMemberEdge: page,
  OrganizationMemberConnection: page,
  TeamEdge: page,
  TeamConnection: page,
  TeamMemberEdge: page,
  TeamMemberConnection: page,
  SsoProviderEdge: page,
  SsoProviderConnection: page,
  AuthPayload: { '*': open },
  LogoutPayload: { '*': open },
  MfaEnrollment: { '*': authenticated },
  MfaConfirmation: { '*': authenticated },
};

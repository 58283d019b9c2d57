/* Generated from schema.graphql by `pnpm schema:publish` (GraphQL Code Generator); `pnpm schema:check` fails when it drifts. Do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel, UserProfile as UserProfileModel, Organization as OrganizationModel, OrganizationMember as OrganizationMemberModel, Team as TeamModel, TeamMember as TeamMemberModel, SsoProvider as SsoProviderModel } from './db.js';
import type { IdentityContext } from './context.js';
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

/** Input of addOrganizationMember. */
export type AddOrganizationMemberInput = {
  /** Whether the member owns the organization (the role is then org_owner). */
  isOwner?: InputMaybe<Scalars['Boolean']['input']>;
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /**
   * The organization role (org_member, org_admin or org_owner; default org_member, or org_owner
   * when isOwner). At most the caller's own role in the organization.
   */
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** The user to add. */
  userId: Scalars['ID']['input'];
};

/** Input of addTeamMember. */
export type AddTeamMemberInput = {
  /** An organization role (org_member, org_admin or org_owner); default org_member. */
  roleId?: InputMaybe<Scalars['ID']['input']>;
  /** The team. */
  teamId: Scalars['ID']['input'];
  /** The user to add; must belong to the team's organization. */
  userId: Scalars['ID']['input'];
};

/** Tokens issued by register, login and refresh. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT for the Authorization header, valid 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque single-use token for refreshToken. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token expires. */
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  /** The signed-in user. */
  user: User;
};

/** Input of createOrganization. */
export type CreateOrganizationInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show; the name when omitted. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Logo URL. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Unique name. */
  name: Scalars['String']['input'];
  /** Parent organization. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Unique slug; derived from the name when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Subscription tier. */
  subscriptionTier?: InputMaybe<Scalars['String']['input']>;
  /** Maximum number of members. */
  userLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Input of createSsoProvider. */
export type CreateSsoProviderInput = {
  /** Mapping from provider claims to user fields. */
  attributeMapping?: InputMaybe<Scalars['JSON']['input']>;
  /** Authorization endpoint. */
  authorizationUrl?: InputMaybe<Scalars['String']['input']>;
  /** Roles given to users it creates. */
  autoAssignRoles?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether unknown users are created on first sign-in. */
  autoCreateUsers?: InputMaybe<Scalars['Boolean']['input']>;
  /** OAuth client id. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** OAuth client secret; stored encrypted, never returned. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** OIDC discovery URL. */
  discoveryUrl?: InputMaybe<Scalars['String']['input']>;
  /** Whether the provider can be used. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** JWKS endpoint. */
  jwksUrl?: InputMaybe<Scalars['String']['input']>;
  /** Unique name. */
  name: Scalars['String']['input'];
  /** Protocol. */
  providerType: SsoProviderType;
  /** SAML signing certificate (PEM). */
  samlCertificate?: InputMaybe<Scalars['String']['input']>;
  /** SAML metadata URL. */
  samlMetadataUrl?: InputMaybe<Scalars['String']['input']>;
  /** Requested scopes. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Token endpoint. */
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
  /** Userinfo endpoint. */
  userinfoUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Input of createTeam. */
export type CreateTeamInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, unique within the organization. */
  name: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['ID']['input'];
};

/** What deleteOrganization removed. */
export type DeleteOrganizationPayload = {
  __typename?: 'DeleteOrganizationPayload';
  /** How many memberships ended with it (and the grants they gave). */
  membershipsRemoved: Scalars['Int']['output'];
  /** The deleted organization's id. */
  organizationId: Scalars['ID']['output'];
};

/** Input of login. */
export type LoginInput = {
  /** Email address. */
  email: Scalars['String']['input'];
  /** TOTP code or backup code, when MFA is enabled. */
  mfaCode?: InputMaybe<Scalars['String']['input']>;
  /** Password. */
  password: Scalars['String']['input'];
};

/** Result of logout. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** Number of sessions ended. */
  revokedSessions: Scalars['Int']['output'];
};

/** A confirmed MFA enrollment. */
export type MfaConfirmation = {
  __typename?: 'MfaConfirmation';
  /** Single-use backup codes, shown only this once. */
  backupCodes: Array<Scalars['String']['output']>;
  /** The user, now with MFA enabled. */
  user: User;
};

/** A started MFA enrollment. Confirm it with a code from the authenticator. */
export type MfaEnrollment = {
  __typename?: 'MfaEnrollment';
  /** otpauth:// URI to show as a QR code. */
  otpauthUri: Scalars['String']['output'];
  /** The base32 secret, for manual entry. */
  secret: Scalars['String']['output'];
};

/** Write operations. Every subgraph adds its own fields to this type. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Add a user to an organization. */
  addOrganizationMember: OrganizationMember;
  /** Add an organization member to a team. */
  addTeamMember: TeamMember;
  /** Confirm TOTP enrollment with a current code; returns backup codes once. */
  confirmMfa: MfaConfirmation;
  /** Create an organization; the caller becomes its owner. */
  createOrganization: Organization;
  /** Register an SSO provider. Needs system:configure. */
  createSsoProvider: SsoProvider;
  /** Create a team. */
  createTeam: Team;
  /** Deactivate (soft-delete) a user and end their sessions: every access token already issued is refused from the next request on. Needs user:delete. */
  deactivateUser: User;
  /**
   * Delete an organization (organization:delete: its owners). Its memberships, and the grants
   * they gave, its teams and its resource go with it; conversations and documents that belonged to
   * it stay, reachable by platform administrators only. Refused (CONFLICT) while it has child
   * organizations.
   */
  deleteOrganization: DeleteOrganizationPayload;
  /** Delete an SSO provider and its linked accounts. Needs system:configure. */
  deleteSsoProvider: SsoProvider;
  /** Start TOTP enrollment for the caller. */
  enrollMfa: MfaEnrollment;
  /** Sign in with email and password (and a second factor when enabled). */
  login: AuthPayload;
  /** End the session of the given refresh token and of the current access token. */
  logout: LogoutPayload;
  /**
   * Move an organization, with its children, under another parent (or to the top with null).
   * The new parent's people reach it afterwards, so this needs organization:delete on it (its
   * owners) and organization:update on the new parent; to the top, organization:update
   * everywhere (a platform administrator). A parent inside its own subtree is BAD_USER_INPUT.
   */
  moveOrganization: Organization;
  /** Undo a deactivation; sessions it ended stay ended. Needs user:delete. */
  reactivateUser: User;
  /** Exchange a refresh token for new tokens. Each refresh token works once. */
  refreshToken: AuthPayload;
  /** Create an account and sign in. */
  register: AuthPayload;
  /** Remove a user from an organization and its teams. */
  removeOrganizationMember: Organization;
  /** Remove a user from a team. */
  removeTeamMember: Team;
  /** End a sign-in lockout: the lock, the failure count and the account's sign-in throttling. Needs user:update. */
  unlockUser: User;
  /** Update the caller's own account and profile. */
  updateMyProfile: User;
  /** Update an organization. */
  updateOrganization: Organization;
  /**
   * Change a member's organization role. Refused (FORBIDDEN) for a member or a role above the
   * caller's own, and (CONFLICT) when the organization would be left without an owner.
   */
  updateOrganizationMember: OrganizationMember;
  /** Update an SSO provider. Needs system:configure. */
  updateSsoProvider: SsoProvider;
  /** Update a team. */
  updateTeam: Team;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationAddOrganizationMemberArgs = {
  input: AddOrganizationMemberInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationConfirmMfaArgs = {
  code: Scalars['String']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationCreateSsoProviderArgs = {
  input: CreateSsoProviderInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationDeleteSsoProviderArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationLogoutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationMoveOrganizationArgs = {
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationReactivateUserArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationRemoveOrganizationMemberArgs = {
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationRemoveTeamMemberArgs = {
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationUpdateMyProfileArgs = {
  input: UpdateProfileInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationUpdateOrganizationMemberArgs = {
  input: UpdateOrganizationMemberInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationUpdateSsoProviderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSsoProviderInput;
};


/** Write operations. Every subgraph adds its own fields to this type. */
export type MutationUpdateTeamArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTeamInput;
};

/** A tenant. Organizations form a hierarchy through their parent. */
export type Organization = {
  __typename?: 'Organization';
  /** Direct child organizations. */
  children: OrganizationConnection;
  /** When the organization was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Depth in the hierarchy; roots are 0. */
  depth: Scalars['Int']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name to show in interfaces. */
  displayName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Logo URL. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Members. */
  members: OrganizationMemberConnection;
  /** Unique name. */
  name: Scalars['String']['output'];
  /** Parent organization. */
  parent?: Maybe<Organization>;
  /** Ids from the root down to this organization. */
  path: Array<Scalars['ID']['output']>;
  /** Free-form settings. */
  settings: Scalars['JSON']['output'];
  /** Unique URL-safe slug. */
  slug: Scalars['String']['output'];
  /** Lifecycle state. */
  status: OrganizationStatus;
  /** Storage limit in GB. */
  storageLimitGb?: Maybe<Scalars['Int']['output']>;
  /** Subscription tier. */
  subscriptionTier: Scalars['String']['output'];
  /** Teams. */
  teams: TeamConnection;
  /** When the organization last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Maximum number of members. */
  userLimit?: Maybe<Scalars['Int']['output']>;
  /** Website. */
  website?: Maybe<Scalars['String']['output']>;
};


/** A tenant. Organizations form a hierarchy through their parent. */
export type OrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. Organizations form a hierarchy through their parent. */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. Organizations form a hierarchy through their parent. */
export type OrganizationTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** Edges with cursors. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page. */
  nodes: Array<Organization>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** An organization as the public directory shows it to any signed-in user. */
export type OrganizationDirectoryEntry = {
  __typename?: 'OrganizationDirectoryEntry';
  /** Name to display. */
  displayName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Unique name. */
  name: Scalars['String']['output'];
  /** URL-safe unique handle. */
  slug: Scalars['String']['output'];
};

/** A page of the organization directory. */
export type OrganizationDirectoryEntryConnection = {
  __typename?: 'OrganizationDirectoryEntryConnection';
  /** Edges with cursors. */
  edges: Array<OrganizationDirectoryEntryEdge>;
  /** The entries of this page. */
  nodes: Array<OrganizationDirectoryEntry>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** An edge of the organization directory. */
export type OrganizationDirectoryEntryEdge = {
  __typename?: 'OrganizationDirectoryEntryEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: OrganizationDirectoryEntry;
};

/** One edge of an organization connection. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** A user's membership in an organization. */
export type OrganizationMember = {
  __typename?: 'OrganizationMember';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the member owns the organization (the role is org_owner). */
  isOwner: Scalars['Boolean']['output'];
  /** When the user joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** The organization. */
  organization: Organization;
  /** The organization role (org_member, org_admin or org_owner), granted scoped to the organization. */
  roleId: Scalars['ID']['output'];
  /** The member. */
  user: User;
};

/** A page of organization members. */
export type OrganizationMemberConnection = {
  __typename?: 'OrganizationMemberConnection';
  /** Edges with cursors. */
  edges: Array<OrganizationMemberEdge>;
  /** The memberships of this page. */
  nodes: Array<OrganizationMember>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a member connection. */
export type OrganizationMemberEdge = {
  __typename?: 'OrganizationMemberEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: OrganizationMember;
};

/** Lifecycle state of an organization. */
export type OrganizationStatus =
  /** In good standing. */
  | 'active'
  /** No longer in use. */
  | 'inactive'
  /** Access suspended. */
  | 'suspended'
  /** On a trial. */
  | 'trial';

/** Cursor pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read operations. Every subgraph adds its own fields to this type. */
export type Query = {
  __typename?: 'Query';
  /** The signed-in user. */
  me?: Maybe<User>;
  /** An organization by id. */
  organization?: Maybe<Organization>;
  /**
   * The public directory of organizations, oldest first: id, name, slug and display name only,
   * for any signed-in user.
   */
  organizationDirectory: OrganizationDirectoryEntryConnection;
  /**
   * Organizations the caller may read, oldest first: those it belongs to and those its
   * organization:read grants reach (children included).
   */
  organizations: OrganizationConnection;
  /** An SSO provider by id. Needs system:configure. */
  ssoProvider?: Maybe<SsoProvider>;
  /** SSO providers. Needs system:configure. */
  ssoProviders: SsoProviderConnection;
  /** A team by id. */
  team?: Maybe<Team>;
  /** A user by id; null when there is none. */
  user?: Maybe<User>;
  /** Users, oldest first. Needs user:read. */
  users: UserConnection;
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QueryOrganizationDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QuerySsoProviderArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QuerySsoProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every subgraph adds its own fields to this type. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of register. */
export type RegisterInput = {
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  email: Scalars['String']['input'];
  /** Given name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Family name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  /** Unique handle: letters, digits, dot, dash, underscore. */
  username: Scalars['String']['input'];
};

/** An external identity provider. Its client secret is write-only. */
export type SsoProvider = {
  __typename?: 'SsoProvider';
  /** Mapping from provider claims to user fields. */
  attributeMapping: Scalars['JSON']['output'];
  /** Authorization endpoint. */
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  /** Roles given to users it creates. */
  autoAssignRoles: Array<Scalars['ID']['output']>;
  /** Whether unknown users are created on first sign-in. */
  autoCreateUsers: Scalars['Boolean']['output'];
  /** OAuth client id. */
  clientId?: Maybe<Scalars['String']['output']>;
  /** When the provider was created. */
  createdAt: Scalars['DateTime']['output'];
  /** OIDC discovery URL. */
  discoveryUrl?: Maybe<Scalars['String']['output']>;
  /** Whether a client secret is stored. The secret itself is never returned. */
  hasClientSecret: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the provider can be used. */
  isActive: Scalars['Boolean']['output'];
  /** JWKS endpoint. */
  jwksUrl?: Maybe<Scalars['String']['output']>;
  /** Unique name. */
  name: Scalars['String']['output'];
  /** Protocol. */
  providerType: SsoProviderType;
  /** SAML signing certificate (PEM). */
  samlCertificate?: Maybe<Scalars['String']['output']>;
  /** SAML metadata URL. */
  samlMetadataUrl?: Maybe<Scalars['String']['output']>;
  /** Requested scopes. */
  scopes: Array<Scalars['String']['output']>;
  /** Token endpoint. */
  tokenUrl?: Maybe<Scalars['String']['output']>;
  /** When the provider last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Userinfo endpoint. */
  userinfoUrl?: Maybe<Scalars['String']['output']>;
};

/** A page of SSO providers. */
export type SsoProviderConnection = {
  __typename?: 'SsoProviderConnection';
  /** Edges with cursors. */
  edges: Array<SsoProviderEdge>;
  /** The providers of this page. */
  nodes: Array<SsoProvider>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of an SSO provider connection. */
export type SsoProviderEdge = {
  __typename?: 'SsoProviderEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The provider. */
  node: SsoProvider;
};

/** Protocol of an external identity provider. */
export type SsoProviderType =
  /** OAuth 2.0. */
  | 'oauth2'
  /** OpenID Connect. */
  | 'oidc'
  /** SAML 2.0. */
  | 'saml';

/** A team inside an organization. */
export type Team = {
  __typename?: 'Team';
  /** When the team was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Members. */
  members: TeamMemberConnection;
  /** Name, unique within the organization. */
  name: Scalars['String']['output'];
  /** The organization the team belongs to. */
  organization: Organization;
  /** When the team last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A team inside an organization. */
export type TeamMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of teams. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** Edges with cursors. */
  edges: Array<TeamEdge>;
  /** The teams of this page. */
  nodes: Array<Team>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a team connection. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The team. */
  node: Team;
};

/** A user's membership in a team. */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the user joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** The member's organization role in the team (org_member, org_admin or org_owner). */
  roleId: Scalars['ID']['output'];
  /** The team. */
  team: Team;
  /** The member. */
  user: User;
};

/** A page of team members. */
export type TeamMemberConnection = {
  __typename?: 'TeamMemberConnection';
  /** Edges with cursors. */
  edges: Array<TeamMemberEdge>;
  /** The memberships of this page. */
  nodes: Array<TeamMember>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a team member connection. */
export type TeamMemberEdge = {
  __typename?: 'TeamMemberEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: TeamMember;
};

/** Input of updateOrganization. Omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Logo URL. */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Unique name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Free-form settings. */
  settings?: InputMaybe<Scalars['JSON']['input']>;
  /** Lifecycle state. */
  status?: InputMaybe<OrganizationStatus>;
  /** Subscription tier. */
  subscriptionTier?: InputMaybe<Scalars['String']['input']>;
  /** Maximum number of members. */
  userLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateOrganizationMember. */
export type UpdateOrganizationMemberInput = {
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** The new organization role (org_member, org_admin or org_owner), at most the caller's own. */
  roleId: Scalars['ID']['input'];
  /** The member. */
  userId: Scalars['ID']['input'];
};

/** Changes to the caller's own account and profile. Omitted fields stay as they are. */
export type UpdateProfileInput = {
  /** Address, first line. */
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  /** Address, second line. */
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  /** Avatar image URL. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Short biography. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Company. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Date of birth (YYYY-MM-DD). */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** Department. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Name to show. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Given name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** GitHub profile. */
  githubUrl?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** Family name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** LinkedIn profile. */
  linkedinUrl?: InputMaybe<Scalars['String']['input']>;
  /** BCP-47 locale. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Line manager's user id. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Notification preferences. */
  notificationPreferences?: InputMaybe<Scalars['JSON']['input']>;
  /** Phone number. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Privacy settings. */
  privacySettings?: InputMaybe<Scalars['JSON']['input']>;
  /** State or province. */
  stateProvince?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone. */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** UI preferences. */
  uiPreferences?: InputMaybe<Scalars['JSON']['input']>;
  /** Personal website. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateSsoProvider. Omitted fields stay as they are; a null clientSecret removes it. */
export type UpdateSsoProviderInput = {
  /** Mapping from provider claims to user fields. */
  attributeMapping?: InputMaybe<Scalars['JSON']['input']>;
  /** Authorization endpoint. */
  authorizationUrl?: InputMaybe<Scalars['String']['input']>;
  /** Roles given to users it creates. */
  autoAssignRoles?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether unknown users are created on first sign-in. */
  autoCreateUsers?: InputMaybe<Scalars['Boolean']['input']>;
  /** OAuth client id. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** OAuth client secret; stored encrypted, never returned. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** OIDC discovery URL. */
  discoveryUrl?: InputMaybe<Scalars['String']['input']>;
  /** Whether the provider can be used. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** JWKS endpoint. */
  jwksUrl?: InputMaybe<Scalars['String']['input']>;
  /** Unique name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** SAML signing certificate (PEM). */
  samlCertificate?: InputMaybe<Scalars['String']['input']>;
  /** SAML metadata URL. */
  samlMetadataUrl?: InputMaybe<Scalars['String']['input']>;
  /** Requested scopes. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Token endpoint. */
  tokenUrl?: InputMaybe<Scalars['String']['input']>;
  /** Userinfo endpoint. */
  userinfoUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Input of updateTeam. Omitted fields stay as they are. */
export type UpdateTeamInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, unique within the organization. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A person who can sign in to Atrium. */
export type User = {
  __typename?: 'User';
  /** Avatar image URL. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the account was deactivated (soft delete). */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name to show in interfaces. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Email address, unique. Visible to the user and to holders of user:read. */
  email: Scalars['String']['output'];
  /** Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** False once the account is deactivated. */
  isActive: Scalars['Boolean']['output'];
  /** Whether sign-in is currently refused after repeated failures. */
  isLocked: Scalars['Boolean']['output'];
  /** Whether the email address was verified. */
  isVerified: Scalars['Boolean']['output'];
  /** Time of the last successful sign-in. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  /** Address of the last successful sign-in. */
  lastLoginIp?: Maybe<Scalars['String']['output']>;
  /** Family name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** BCP-47 locale. */
  locale?: Maybe<Scalars['String']['output']>;
  /** When a temporary lock ends. */
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Whether sign-in needs a second factor. */
  mfaEnabled: Scalars['Boolean']['output'];
  /** Organizations the user belongs to. Bounded by membership count. */
  organizations: Array<Organization>;
  /** Phone number. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Extended profile. */
  profile?: Maybe<UserProfile>;
  /** IANA time zone. */
  timezone?: Maybe<Scalars['String']['output']>;
  /** When the account last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Unique handle. */
  username: Scalars['String']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** Edges with cursors. */
  edges: Array<UserEdge>;
  /** The users of this page. */
  nodes: Array<User>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** One edge of a user connection. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** Filters for the user list. All given filters must match. */
export type UserFilter = {
  /** True: active, not deactivated. False: inactive or deactivated. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Members of this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on email, username or names. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Extended, mostly self-managed profile information. */
export type UserProfile = {
  __typename?: 'UserProfile';
  /** Address, first line. */
  addressLine1?: Maybe<Scalars['String']['output']>;
  /** Address, second line. */
  addressLine2?: Maybe<Scalars['String']['output']>;
  /** Short biography. */
  bio?: Maybe<Scalars['String']['output']>;
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Company. */
  company?: Maybe<Scalars['String']['output']>;
  /** Country. */
  country?: Maybe<Scalars['String']['output']>;
  /** Date of birth (YYYY-MM-DD). */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  /** Department. */
  department?: Maybe<Scalars['String']['output']>;
  /** Gender, free text. */
  gender?: Maybe<Scalars['String']['output']>;
  /** GitHub profile. */
  githubUrl?: Maybe<Scalars['String']['output']>;
  /** Job title. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** LinkedIn profile. */
  linkedinUrl?: Maybe<Scalars['String']['output']>;
  /** Line manager. */
  manager?: Maybe<User>;
  /** Notification preferences. */
  notificationPreferences: Scalars['JSON']['output'];
  /** Postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Privacy settings. */
  privacySettings: Scalars['JSON']['output'];
  /** State or province. */
  stateProvince?: Maybe<Scalars['String']['output']>;
  /** UI preferences. */
  uiPreferences: Scalars['JSON']['output'];
  /** When the profile was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The user this profile belongs to. */
  user: User;
  /** Personal website. */
  websiteUrl?: Maybe<Scalars['String']['output']>;
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
  AddOrganizationMemberInput: AddOrganizationMemberInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddTeamMemberInput: AddTeamMemberInput;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user: ResolversTypes['User'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateOrganizationInput: CreateOrganizationInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateSsoProviderInput: CreateSsoProviderInput;
  CreateTeamInput: CreateTeamInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteOrganizationPayload: ResolverTypeWrapper<DeleteOrganizationPayload>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoginInput: LoginInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  MfaConfirmation: ResolverTypeWrapper<Omit<MfaConfirmation, 'user'> & { user: ResolversTypes['User'] }>;
  MfaEnrollment: ResolverTypeWrapper<MfaEnrollment>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationDirectoryEntry: ResolverTypeWrapper<OrganizationDirectoryEntry>;
  OrganizationDirectoryEntryConnection: ResolverTypeWrapper<OrganizationDirectoryEntryConnection>;
  OrganizationDirectoryEntryEdge: ResolverTypeWrapper<OrganizationDirectoryEntryEdge>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationMember: ResolverTypeWrapper<OrganizationMemberModel>;
  OrganizationMemberConnection: ResolverTypeWrapper<Omit<OrganizationMemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationMemberEdge']>, nodes: Array<ResolversTypes['OrganizationMember']> }>;
  OrganizationMemberEdge: ResolverTypeWrapper<Omit<OrganizationMemberEdge, 'node'> & { node: ResolversTypes['OrganizationMember'] }>;
  OrganizationStatus: OrganizationStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  SsoProvider: ResolverTypeWrapper<SsoProviderModel>;
  SsoProviderConnection: ResolverTypeWrapper<Omit<SsoProviderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SsoProviderEdge']>, nodes: Array<ResolversTypes['SsoProvider']> }>;
  SsoProviderEdge: ResolverTypeWrapper<Omit<SsoProviderEdge, 'node'> & { node: ResolversTypes['SsoProvider'] }>;
  SsoProviderType: SsoProviderType;
  Team: ResolverTypeWrapper<TeamModel>;
  TeamConnection: ResolverTypeWrapper<Omit<TeamConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TeamEdge']>, nodes: Array<ResolversTypes['Team']> }>;
  TeamEdge: ResolverTypeWrapper<Omit<TeamEdge, 'node'> & { node: ResolversTypes['Team'] }>;
  TeamMember: ResolverTypeWrapper<TeamMemberModel>;
  TeamMemberConnection: ResolverTypeWrapper<Omit<TeamMemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TeamMemberEdge']>, nodes: Array<ResolversTypes['TeamMember']> }>;
  TeamMemberEdge: ResolverTypeWrapper<Omit<TeamMemberEdge, 'node'> & { node: ResolversTypes['TeamMember'] }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationMemberInput: UpdateOrganizationMemberInput;
  UpdateProfileInput: UpdateProfileInput;
  UpdateSsoProviderInput: UpdateSsoProviderInput;
  UpdateTeamInput: UpdateTeamInput;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserEdge']>, nodes: Array<ResolversTypes['User']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserFilter: UserFilter;
  UserProfile: ResolverTypeWrapper<UserProfileModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddOrganizationMemberInput: AddOrganizationMemberInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AddTeamMemberInput: AddTeamMemberInput;
  AuthPayload: Omit<AuthPayload, 'user'> & { user: ResolversParentTypes['User'] };
  String: Scalars['String']['output'];
  CreateOrganizationInput: CreateOrganizationInput;
  Int: Scalars['Int']['output'];
  CreateSsoProviderInput: CreateSsoProviderInput;
  CreateTeamInput: CreateTeamInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteOrganizationPayload: DeleteOrganizationPayload;
  JSON: Scalars['JSON']['output'];
  LoginInput: LoginInput;
  LogoutPayload: LogoutPayload;
  MfaConfirmation: Omit<MfaConfirmation, 'user'> & { user: ResolversParentTypes['User'] };
  MfaEnrollment: MfaEnrollment;
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationDirectoryEntry: OrganizationDirectoryEntry;
  OrganizationDirectoryEntryConnection: OrganizationDirectoryEntryConnection;
  OrganizationDirectoryEntryEdge: OrganizationDirectoryEntryEdge;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationMember: OrganizationMemberModel;
  OrganizationMemberConnection: Omit<OrganizationMemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationMemberEdge']>, nodes: Array<ResolversParentTypes['OrganizationMember']> };
  OrganizationMemberEdge: Omit<OrganizationMemberEdge, 'node'> & { node: ResolversParentTypes['OrganizationMember'] };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  SsoProvider: SsoProviderModel;
  SsoProviderConnection: Omit<SsoProviderConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SsoProviderEdge']>, nodes: Array<ResolversParentTypes['SsoProvider']> };
  SsoProviderEdge: Omit<SsoProviderEdge, 'node'> & { node: ResolversParentTypes['SsoProvider'] };
  Team: TeamModel;
  TeamConnection: Omit<TeamConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TeamEdge']>, nodes: Array<ResolversParentTypes['Team']> };
  TeamEdge: Omit<TeamEdge, 'node'> & { node: ResolversParentTypes['Team'] };
  TeamMember: TeamMemberModel;
  TeamMemberConnection: Omit<TeamMemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TeamMemberEdge']>, nodes: Array<ResolversParentTypes['TeamMember']> };
  TeamMemberEdge: Omit<TeamMemberEdge, 'node'> & { node: ResolversParentTypes['TeamMember'] };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationMemberInput: UpdateOrganizationMemberInput;
  UpdateProfileInput: UpdateProfileInput;
  UpdateSsoProviderInput: UpdateSsoProviderInput;
  UpdateTeamInput: UpdateTeamInput;
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserEdge']>, nodes: Array<ResolversParentTypes['User']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserFilter: UserFilter;
  UserProfile: UserProfileModel;
};

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteOrganizationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeleteOrganizationPayload'] = ResolversParentTypes['DeleteOrganizationPayload']> = {
  membershipsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LogoutPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MfaConfirmationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MfaConfirmation'] = ResolversParentTypes['MfaConfirmation']> = {
  backupCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MfaEnrollmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MfaEnrollment'] = ResolversParentTypes['MfaEnrollment']> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addOrganizationMember?: Resolver<ResolversTypes['OrganizationMember'], ParentType, ContextType, RequireFields<MutationAddOrganizationMemberArgs, 'input'>>;
  addTeamMember?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'input'>>;
  confirmMfa?: Resolver<ResolversTypes['MfaConfirmation'], ParentType, ContextType, RequireFields<MutationConfirmMfaArgs, 'code'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createSsoProvider?: Resolver<ResolversTypes['SsoProvider'], ParentType, ContextType, RequireFields<MutationCreateSsoProviderArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  deactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'id'>>;
  deleteOrganization?: Resolver<ResolversTypes['DeleteOrganizationPayload'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'id'>>;
  deleteSsoProvider?: Resolver<ResolversTypes['SsoProvider'], ParentType, ContextType, RequireFields<MutationDeleteSsoProviderArgs, 'id'>>;
  enrollMfa?: Resolver<ResolversTypes['MfaEnrollment'], ParentType, ContextType>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, Partial<MutationLogoutArgs>>;
  moveOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationMoveOrganizationArgs, 'id'>>;
  reactivateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReactivateUserArgs, 'id'>>;
  refreshToken?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'refreshToken'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  removeOrganizationMember?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationRemoveOrganizationMemberArgs, 'organizationId' | 'userId'>>;
  removeTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'teamId' | 'userId'>>;
  unlockUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUnlockUserArgs, 'id'>>;
  updateMyProfile?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'input'>>;
  updateOrganizationMember?: Resolver<ResolversTypes['OrganizationMember'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationMemberArgs, 'input'>>;
  updateSsoProvider?: Resolver<ResolversTypes['SsoProvider'], ParentType, ContextType, RequireFields<MutationUpdateSsoProviderArgs, 'id' | 'input'>>;
  updateTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'id' | 'input'>>;
};

export type OrganizationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<OrganizationChildrenArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['OrganizationMemberConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrganizationStatus'], ParentType, ContextType>;
  storageLimitGb?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subscriptionTier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teams?: Resolver<ResolversTypes['TeamConnection'], ParentType, ContextType, RequireFields<OrganizationTeamsArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganizationDirectoryEntryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationDirectoryEntry'] = ResolversParentTypes['OrganizationDirectoryEntry']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganizationDirectoryEntryConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationDirectoryEntryConnection'] = ResolversParentTypes['OrganizationDirectoryEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationDirectoryEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrganizationDirectoryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganizationDirectoryEntryEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationDirectoryEntryEdge'] = ResolversParentTypes['OrganizationDirectoryEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationDirectoryEntry'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationMemberResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationMember'] = ResolversParentTypes['OrganizationMember']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOwner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type OrganizationMemberConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationMemberConnection'] = ResolversParentTypes['OrganizationMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrganizationMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrganizationMemberEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationMemberEdge'] = ResolversParentTypes['OrganizationMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationMember'], ParentType, ContextType>;
};

export type OrganizationStatusResolvers = { ACTIVE: 'active', INACTIVE: 'inactive', SUSPENDED: 'suspended', TRIAL: 'trial' };

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizationDirectory?: Resolver<ResolversTypes['OrganizationDirectoryEntryConnection'], ParentType, ContextType, RequireFields<QueryOrganizationDirectoryArgs, 'first'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  ssoProvider?: Resolver<Maybe<ResolversTypes['SsoProvider']>, ParentType, ContextType, RequireFields<QuerySsoProviderArgs, 'id'>>;
  ssoProviders?: Resolver<ResolversTypes['SsoProviderConnection'], ParentType, ContextType, RequireFields<QuerySsoProvidersArgs, 'first'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type SsoProviderResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SsoProvider'] = ResolversParentTypes['SsoProvider']> = {
  attributeMapping?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  authorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  autoAssignRoles?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  autoCreateUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discoveryUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasClientSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jwksUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerType?: Resolver<ResolversTypes['SsoProviderType'], ParentType, ContextType>;
  samlCertificate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  samlMetadataUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tokenUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userinfoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SsoProviderConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SsoProviderConnection'] = ResolversParentTypes['SsoProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SsoProviderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SsoProvider']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SsoProviderEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SsoProviderEdge'] = ResolversParentTypes['SsoProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SsoProvider'], ParentType, ContextType>;
};

export type SsoProviderTypeResolvers = { OAUTH2: 'oauth2', OIDC: 'oidc', SAML: 'saml' };

export type TeamResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['TeamMemberConnection'], ParentType, ContextType, RequireFields<TeamMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TeamConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TeamConnection'] = ResolversParentTypes['TeamConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TeamEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  roleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type TeamMemberConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TeamMemberConnection'] = ResolversParentTypes['TeamMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TeamMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TeamMemberEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TeamMemberEdge'] = ResolversParentTypes['TeamMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastLoginIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mfaEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['UserProfile']>, ParentType, ContextType>;
  timezone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserProfileResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserProfile'] = ResolversParentTypes['UserProfile']> = {
  addressLine1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  githubUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedinUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  notificationPreferences?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  privacySettings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  stateProvince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uiPreferences?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  websiteUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteOrganizationPayload?: DeleteOrganizationPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  MfaConfirmation?: MfaConfirmationResolvers<ContextType>;
  MfaEnrollment?: MfaEnrollmentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationDirectoryEntry?: OrganizationDirectoryEntryResolvers<ContextType>;
  OrganizationDirectoryEntryConnection?: OrganizationDirectoryEntryConnectionResolvers<ContextType>;
  OrganizationDirectoryEntryEdge?: OrganizationDirectoryEntryEdgeResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationMember?: OrganizationMemberResolvers<ContextType>;
  OrganizationMemberConnection?: OrganizationMemberConnectionResolvers<ContextType>;
  OrganizationMemberEdge?: OrganizationMemberEdgeResolvers<ContextType>;
  OrganizationStatus?: OrganizationStatusResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SsoProvider?: SsoProviderResolvers<ContextType>;
  SsoProviderConnection?: SsoProviderConnectionResolvers<ContextType>;
  SsoProviderEdge?: SsoProviderEdgeResolvers<ContextType>;
  SsoProviderType?: SsoProviderTypeResolvers;
  Team?: TeamResolvers<ContextType>;
  TeamConnection?: TeamConnectionResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TeamMemberConnection?: TeamMemberConnectionResolvers<ContextType>;
  TeamMemberEdge?: TeamMemberEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserProfile?: UserProfileResolvers<ContextType>;
};


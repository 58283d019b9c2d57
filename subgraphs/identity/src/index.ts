import { EnvelopeCipher, createTokenSigner, defineSubgraph, subgraphUrl } from '@atrium/kernel';
import { bootstrapAdmin } from './bootstrap.js';
import { identityConfig } from './config.js';
import type { IdentityDeps } from './context.js';
import { PrismaClient } from './generated/prisma/client.js';
import { createLoaders } from './loaders.js';
import { authResolvers } from './modules/auth/resolvers.js';
import { Throttle } from './modules/auth/throttle.js';
import { organizationResolvers } from './modules/organizations/resolvers.js';
import { ssoResolvers } from './modules/sso/resolvers.js';
import { userResolvers } from './modules/users/resolvers.js';
import { announceExistingUsers } from './modules/users/service.js';
import { announceExistingOrganizations } from './modules/organizations/service.js';
import { accessMap } from './permissions.js';
import { identitySecrets } from './modules/auth/secrets.js';
import { identitySubjectData } from './modules/users/subject-data.js';

/** Identity: accounts, sessions, MFA, organizations and teams, SSO providers. */
export default defineSubgraph({
  name: 'identity',
  port: 4101,
  schema: new URL('../schema.graphql', import.meta.url),
  database: PrismaClient,
  config: identityConfig,
  modules: [authResolvers, userResolvers, organizationResolvers, ssoResolvers],
  types: {
    context: './context.js#IdentityContext',
    mappers: {
      User: './db.js#User',
      UserProfile: './db.js#UserProfile',
      Organization: './db.js#Organization',
      OrganizationMember: './db.js#OrganizationMember',
      Team: './db.js#Team',
      TeamMember: './db.js#TeamMember',
      SsoProvider: './db.js#SsoProvider',
    },
  },
  accessMap,
  // Classified columns (compliance data elements): masked by the caller's plan, clear to the user themself.
  classified: {
    User: Object.fromEntries(
      (['email', 'phoneNumber', 'firstName', 'lastName'] as const).map((f) => [f, { column: `identity.users.${f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, owner: (u: { id: string }) => u.id }]),
    ),
  },
  // Signing up is an authentication event (the verb says create); the rest follow their field names.
  audit: { register: { eventCategory: 'authentication' } },
  loaders: createLoaders,
  async services({ config, settings, logger, databaseUrl }): Promise<IdentityDeps> {
    const sign = await createTokenSigner(config, { privateKey: settings.jwtPrivateKey, ttlSeconds: config.jwt.accessTtlSeconds });
    const envelope = new EnvelopeCipher({ service: 'identity', keyServiceUrl: () => subgraphUrl(config, 'compliance'), signatureSecret: config.secrets.subgraphHmacSecret, legacyKey: config.secrets.encryptionKey });
    return { sign, throttle: Throttle.create(databaseUrl, settings.throttle, logger), envelope };
  },
  // A rotation of one of its keys: re-encrypt its secrets under the new active key (one job at a time per key).
  events: identitySecrets.events,
  // Its part of data-subject requests: the account, profile, memberships and sessions (export, erasure).
  subjectData: identitySubjectData,
  tasks: (deps) => identitySecrets.tasks(deps),
  disposeServices: ({ throttle }) => throttle.close(),
  seed: async (s) => {
    // Secrets still under the single configured key move to managed data keys once the job runner is up.
    await identitySecrets.queueLegacyPass(s.db);
    await announceExistingUsers(s);
    const organizations = await announceExistingOrganizations(s);
    if (organizations > 0) s.logger.info({ organizations }, 'existing organizations announced as resources');
  },
  createFirstAdmin: bootstrapAdmin,
});

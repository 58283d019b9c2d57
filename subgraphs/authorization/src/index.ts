import { createRequestAuthorizer, startWorker, type SubgraphPackage } from '@atrium/kernel';
import { fileURLToPath } from 'node:url';
import { assignBootstrapRole } from './bootstrap.js';
import { createContext } from './context.js';
import { createAuthorizationDb } from './db.js';
import { PolicyService } from './modules/policy/service.js';
import { accessMap } from './permissions.js';
import { buildGuardedSchema, buildSchema, name } from './schema.js';
import { seedAuthorization } from './seed/index.js';
import { createTasks } from './worker.js';

export { assignBootstrapRole } from './bootstrap.js';

export const subgraph: SubgraphPackage = {
  name,
  dbSchema: 'authorization',
  migrationsDir: fileURLToPath(new URL('../../../prisma/authorization/migrations', import.meta.url)),
  buildSchema,
  accessMap,
  async seed({ databaseUrl, logger }) {
    const db = createAuthorizationDb(databaseUrl, logger, 2);
    try {
      await seedAuthorization(db);
    } finally {
      await db.$disconnect();
    }
  },
  async onAdminBootstrapped({ databaseUrl, logger, userId }) {
    await assignBootstrapRole({ databaseUrl, logger, userId, roleName: 'super_admin' });
  },
  async create({ databaseUrl, config, logger }) {
    const db = createAuthorizationDb(databaseUrl, logger);
    const worker = await startWorker({ databaseUrl, tasks: createTasks(db, logger), logger });
    return {
      schema: buildGuardedSchema(),
      context: (base) => createContext(base, { db, config }),
      // Shield rules here decide in-process, batched per request; never an HTTP call to itself.
      authorizer: ({ principal }) => {
        const policy = new PolicyService(db);
        return createRequestAuthorizer((requests) =>
          principal ? policy.decideRequests(principal.userId, requests) : Promise.resolve(requests.map(() => ({ allowed: false, reason: 'NO_GRANT' as const, via: null }))),
        );
      },
      queries: db.queries,
      async close() {
        await worker.stop();
        await db.$disconnect();
      },
    };
  },
};

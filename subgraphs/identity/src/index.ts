import { createTokenSigner, type SubgraphPackage } from '@atrium/kernel';
import { fileURLToPath } from 'node:url';
import { createContext } from './context.js';
import { createIdentityDb } from './db.js';
import { accessMap } from './permissions.js';
import { buildGuardedSchema, buildSchema, name } from './schema.js';

export { bootstrapAdmin, type BootstrapResult } from './bootstrap.js';

export const subgraph: SubgraphPackage = {
  name,
  dbSchema: 'identity',
  migrationsDir: fileURLToPath(new URL('../../../prisma/identity/migrations', import.meta.url)),
  buildSchema,
  accessMap,
  async create({ databaseUrl, config, logger }) {
    const db = createIdentityDb(databaseUrl, logger);
    const sign = await createTokenSigner(config);
    return {
      schema: buildGuardedSchema(),
      context: (base) => createContext(base, { db, config, sign }),
      queries: db.queries,
      close: () => db.$disconnect(),
    };
  },
};

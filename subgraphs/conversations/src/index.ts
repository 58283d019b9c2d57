import { startWorker, type SubgraphPackage } from '@atrium/kernel';
import { fileURLToPath } from 'node:url';
import { createContext } from './context.js';
import { createConversationsDb } from './db.js';
import { TemplateValidator } from './modules/templates/render.js';
import { accessMap } from './permissions.js';
import { RateLimiterRegistry } from './providers/limiter.js';
import { buildGuardedSchema, buildSchema, name } from './schema.js';
import { seedConversations } from './seed.js';
import { createTasks } from './worker.js';

export const subgraph: SubgraphPackage = {
  name,
  dbSchema: 'conversations',
  migrationsDir: fileURLToPath(new URL('../../../prisma/conversations/migrations', import.meta.url)),
  buildSchema,
  accessMap,
  async seed({ databaseUrl, logger }) {
    const db = createConversationsDb(databaseUrl, logger, 2);
    try {
      await seedConversations(db);
    } finally {
      await db.$disconnect();
    }
  },
  async create({ databaseUrl, config, logger }) {
    const db = createConversationsDb(databaseUrl, logger);
    const llm = { settings: config.llm, limiter: new RateLimiterRegistry(), encryptionKey: config.secrets.encryptionKey };
    const worker = await startWorker({ databaseUrl, tasks: createTasks({ db, llm, logger }), logger });
    const templates = new TemplateValidator();
    return {
      schema: buildGuardedSchema(),
      context: (base) => createContext(base, { db, config, llm, templates }),
      queries: db.queries,
      async close() {
        await worker.stop();
        await db.$disconnect();
      },
    };
  },
};

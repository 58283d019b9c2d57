import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AuthorizationSettings } from './config.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { autoAssignRoles, endGrantsOfUser } from './modules/assignments/service.js';

type Deps = SubgraphServices<PrismaClient, AuthorizationSettings>;

/** The catalog events authorization consumes. Each handler is idempotent: a replay changes nothing. */
export const consumers = [
  on(EVENTS.userRegistered, async ({ userId }, { db, logger }: Deps) => {
    const roles = await autoAssignRoles(db, userId, logger);
    logger.info({ userId, roles }, 'default roles assigned');
  }),
  on(EVENTS.userDeactivated, async ({ userId, deactivatedBy }, { db, logger }: Deps) => {
    const ended = await endGrantsOfUser(db, userId, deactivatedBy);
    logger.info({ userId, ...ended }, 'grants of a deactivated user ended');
  }),
];

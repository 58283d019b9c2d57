import type { Logger } from '@atrium/kernel';
import type { Task, TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { AuthorizationDb } from './db.js';
import { autoAssignRoles } from './modules/assignments/service.js';

/** Job names this subgraph consumes. Producers enqueue them inside their own transactions. */
export const USER_REGISTERED = 'authorization.user_registered';

const userRegistered = z.object({ userId: z.uuid() });

export function createTasks(db: AuthorizationDb, logger: Logger): TaskList {
  const onUserRegistered: Task = async (payload) => {
    // A malformed payload can never succeed: log it and let the job end instead of retrying.
    const parsed = userRegistered.safeParse(payload);
    if (!parsed.success) {
      logger.error({ payload }, `${USER_REGISTERED}: invalid payload`);
      return;
    }
    const roles = await autoAssignRoles(db, parsed.data.userId, logger);
    logger.info({ userId: parsed.data.userId, roles }, 'default roles assigned');
  };
  return { [USER_REGISTERED]: onUserRegistered };
}

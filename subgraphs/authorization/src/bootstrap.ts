import type { Logger } from '@atrium/kernel';
import type { DbClient } from './db.js';
import { UserAccountStore } from './modules/accounts/store.js';
import { AssignmentStore } from './modules/assignments/store.js';
import { RoleStore } from './modules/roles/store.js';

/**
 * Give a user a role outside any request, idempotently: `pnpm start` makes its first
 * administrator `super_admin` with it. An existing assignment (even a revoked one) is
 * left as it is: a deliberate revocation is not undone by a restart. The administrator is
 * created without a registration event, so it enters the user projection here (an older
 * state never overrides a newer one, so a later deactivation stands).
 */
export async function assignBootstrapRole(db: DbClient, input: { logger: Logger; userId: string; roleName: string }): Promise<{ assigned: boolean }> {
  const role = await new RoleStore(db).byName(input.roleName);
  if (!role) throw new Error(`Role ${input.roleName} does not exist; run the authorization seed first`);
  await new UserAccountStore(db).applyState(input.userId, true, new Date(0));
  const assigned = await new AssignmentStore(db).insertUserRoleIfMissing(input.userId, role.id, 'bootstrap administrator');
  if (assigned) input.logger.info({ userId: input.userId, role: input.roleName }, 'bootstrap role assigned');
  return { assigned };
}

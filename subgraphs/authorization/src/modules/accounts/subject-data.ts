import { clearReferences, countReferences, subjectCount as count, builtRows as rows, type RawExecutor, type SubjectDataHandler, type SubjectReferences, type SubgraphServices } from '@atrium/kernel';
import type { AuthorizationSettings } from '../../config.js';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { AssignmentStore } from '../assignments/store.js';
import { lockPolicy } from '../policy/guard.js';

type Deps = SubgraphServices<PrismaClient, AuthorizationSettings>;

/**
 * The authorization domain's part of data-subject requests. Export: the user's role assignments
 * and direct grants (with names), the delegations they made, their account state and the
 * resources they own. Erasure, under the policy lock (the policy-version triggers make every
 * cached decision stale): the delegation trees from the user end as at deactivation, then the
 * user's assignments and grants and the delegations they made are deleted (the delegatees' own
 * roles stay); the account row stays as a deactivated tombstone (a late user or member event
 * cannot grant anything again); the user as actor or owner on other rows (assigned, granted,
 * revoked, approved or created by; resource owner and owner changes) is cleared, and the names of
 * the resources the user owned with it.
 */

/** Columns holding the user as actor or owner on rows that are not the user's: `table.column` → cleared on erasure. */
const REFERENCES: SubjectReferences = [
  ['user_roles', 'assigned_by'],
  ['user_roles', 'revoked_by'],
  ['user_permissions', 'granted_by'],
  ['user_permissions', 'revoked_by'],
  ['roles', 'created_by'],
  ['permissions', 'created_by'],
  ['role_permissions', 'granted_by'],
  ['resources', 'owner_id'],
  ['resource_owner_changes', 'from_owner_id'],
  ['resource_owner_changes', 'to_owner_id'],
  ['resource_owner_changes', 'changed_by'],
];
/** Revocation reasons that name the user (a delegation ended with its delegator). */
const NAMING = `revocation_reason LIKE '%' || $1::text || '%'`;

export const authorizationSubjectData: SubjectDataHandler<Deps> = {
  async export({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    return {
      user_roles: await rows(db, `SELECT to_jsonb(ur) || jsonb_build_object('role_name', r.name) AS row FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id WHERE ur.user_id = $1::uuid ORDER BY ur.assigned_at, ur.id`, userId),
      user_permissions: await rows(db, `SELECT to_jsonb(up) || jsonb_build_object('permission_name', p.name) AS row FROM "authorization".user_permissions up JOIN "authorization".permissions p ON p.id = up.permission_id WHERE up.user_id = $1::uuid ORDER BY up.granted_at, up.id`, userId),
      delegations_made: await rows(db, `SELECT to_jsonb(ur) || jsonb_build_object('role_name', r.name) AS row FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id WHERE ur.delegated_by = $1::uuid ORDER BY ur.assigned_at, ur.id`, userId),
      user_accounts: await rows(db, `SELECT to_jsonb(a) AS row FROM "authorization".user_accounts a WHERE a.user_id = $1::uuid`, userId),
      resources_owned: await rows(db, `SELECT jsonb_build_object('resource_type', rt.name, 'resource_id', r.resource_id, 'name', r.name) AS row FROM "authorization".resources r JOIN "authorization".resource_types rt ON rt.id = r.resource_type_id WHERE r.owner_id = $1::uuid ORDER BY rt.name, r.resource_id`, userId),
    };
  },

  async erase({ userId }, deps) {
    return deps.db.$transaction(async (tx) => {
      await lockPolicy(tx);
      const db = tx as unknown as RawExecutor;
      // Delegation trees from the user end first (as at deactivation), so nothing stays granted through them.
      await new AssignmentStore(tx).revokeAllOfUser(userId, { revokedBy: null, reason: 'user erased', at: new Date() });
      const counts: Record<string, number> = {
        'user_roles.delegated_by': await db.$executeRawUnsafe(`DELETE FROM "authorization".user_roles WHERE delegated_by = $1::uuid`, userId),
        user_roles: await db.$executeRawUnsafe(`DELETE FROM "authorization".user_roles WHERE user_id = $1::uuid`, userId),
        user_permissions: await db.$executeRawUnsafe(`DELETE FROM "authorization".user_permissions WHERE user_id = $1::uuid`, userId),
        'user_roles.revocation_reason': await db.$executeRawUnsafe(`UPDATE "authorization".user_roles SET revocation_reason = 'delegator erased' WHERE ${NAMING}`, userId),
        'user_permissions.approved_by': await db.$executeRawUnsafe(`UPDATE "authorization".user_permissions SET approved_by = NULL, approved_at = NULL WHERE approved_by = $1::uuid`, userId),
      };
      // Names of the resources the user owns are the user's own text (a conversation's title): they
      // go before the owner is cleared; the owning subgraph keeps the object's name where it stays.
      counts['resources.name'] = await db.$executeRawUnsafe(`UPDATE "authorization".resources SET name = NULL, updated_at = now() WHERE owner_id = $1::uuid AND name IS NOT NULL`, userId);
      Object.assign(counts, await clearReferences(db, 'authorization', REFERENCES, userId));
      // The account stays as a deactivated tombstone, its state newer than any event still on its way.
      counts.user_accounts = await db.$executeRawUnsafe(
        `INSERT INTO "authorization".user_accounts (user_id, is_active, deactivated_at, state_at, updated_at) VALUES ($1::uuid, false, now(), now(), now())
         ON CONFLICT (user_id) DO UPDATE SET is_active = false, deactivated_at = coalesce(user_accounts.deactivated_at, now()), state_at = greatest(user_accounts.state_at, now()), updated_at = now()
         WHERE user_accounts.is_active`,
        userId,
      );
      return counts;
    });
  },

  async remaining({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    const left: Record<string, number> = {
      'user_roles.delegated_by': await count(db, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE delegated_by = $1::uuid`, userId),
      user_roles: await count(db, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE user_id = $1::uuid`, userId),
      user_permissions: await count(db, `SELECT count(*)::int AS n FROM "authorization".user_permissions WHERE user_id = $1::uuid`, userId),
      'user_roles.revocation_reason': await count(db, `SELECT count(*)::int AS n FROM "authorization".user_roles WHERE ${NAMING}`, userId),
      'user_permissions.approved_by': await count(db, `SELECT count(*)::int AS n FROM "authorization".user_permissions WHERE approved_by = $1::uuid`, userId),
      user_accounts: await count(db, `SELECT count(*)::int AS n FROM "authorization".user_accounts WHERE user_id = $1::uuid AND is_active`, userId),
    };
    return { ...left, ...(await countReferences(db, 'authorization', REFERENCES, userId)) };
  },
};

import { publishRegistry, registryEntry, revokeTokensIssuedBefore, subjectCount as count, builtRows as rows, type RawExecutor, type SubjectDataHandler, type SubgraphServices } from '@atrium/kernel';
import type { IdentitySettings } from '../../config.js';
import type { IdentityDeps } from '../../context.js';
import type { IdentityDb } from '../../db.js';
import { MFA_SECRET } from '../auth/secrets.js';

type Deps = SubgraphServices<IdentityDb, IdentitySettings> & IdentityDeps;

/**
 * Identity's part of data-subject requests. Export: the account (never its password hash, MFA
 * secret, backup codes or SSO tokens), profile, SSO links, memberships and sessions. Erasure: the
 * user row stays as a tombstone (its id is what every other domain's rows point to, and a late
 * event cannot bring the account back) with every personal column cleared or replaced by
 * `erased-<id>`; the profile, SSO links, organization and team memberships, refresh sessions are
 * deleted, so are the throttle windows keyed by the account, the user as another's manager is
 * cleared, and every token issued so far is refused.
 */
const ERASED_EMAIL = `'erased-' || $1::text || '@erased.invalid'`;
/** Personal columns of a user row still set, as one SQL condition on `u` (the tombstone has none). */
const PERSONAL = `(u.email <> ${ERASED_EMAIL} OR u.username <> ('erased-' || $1::text) OR u.password_hash IS NOT NULL OR u.first_name IS NOT NULL OR u.last_name IS NOT NULL
  OR u.display_name IS NOT NULL OR u.avatar_url IS NOT NULL OR u.phone_number IS NOT NULL OR u.last_login_ip IS NOT NULL OR u.mfa_secret IS NOT NULL
  OR cardinality(coalesce(u.backup_codes, '{}')) > 0 OR u.metadata <> '{}'::jsonb OR u.is_active)`;
/** Tables keyed by the user: deleted on erasure. */
const OWNED = ['user_profiles', 'user_sso_accounts', 'organization_members', 'team_members', 'refresh_sessions', 'user_announcements'] as const;

export const identitySubjectData: SubjectDataHandler<Deps> = {
  async export({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    return {
      users: await rows(db, `SELECT to_jsonb(u) - 'password_hash' - 'mfa_secret' - 'backup_codes' - 'mfa_last_used_step' AS row FROM identity.users u WHERE u.id = $1::uuid`, userId),
      user_profiles: await rows(db, `SELECT to_jsonb(p) AS row FROM identity.user_profiles p WHERE p.user_id = $1::uuid`, userId),
      user_sso_accounts: await rows(db, `SELECT to_jsonb(a) - 'access_token' - 'refresh_token' AS row FROM identity.user_sso_accounts a WHERE a.user_id = $1::uuid ORDER BY a.linked_at`, userId),
      organization_members: await rows(
        db,
        `SELECT to_jsonb(m) || jsonb_build_object('organization_name', o.name) AS row FROM identity.organization_members m JOIN identity.organizations o ON o.id = m.organization_id WHERE m.user_id = $1::uuid ORDER BY m.id`,
        userId,
      ),
      team_members: await rows(db, `SELECT to_jsonb(m) || jsonb_build_object('team_name', t.name) AS row FROM identity.team_members m JOIN identity.teams t ON t.id = m.team_id WHERE m.user_id = $1::uuid ORDER BY m.id`, userId),
      refresh_sessions: await rows(db, `SELECT to_jsonb(s) - 'token_hash' AS row FROM identity.refresh_sessions s WHERE s.user_id = $1::uuid ORDER BY s.created_at`, userId),
    };
  },

  async erase({ userId }, deps) {
    return deps.db.$transaction(async (tx) => {
      const db = tx as unknown as RawExecutor;
      const counts: Record<string, number> = {};
      const [had] = await db.$queryRawUnsafe<{ mfa: boolean; email: string }[]>(`SELECT mfa_secret IS NOT NULL AS mfa, lower(email) AS email FROM identity.users WHERE id = $1::uuid FOR UPDATE`, userId);
      // Throttle windows keyed by the account (`register:account:<email>`, `login:account:<email>`…).
      counts.rate_limits = await db.$executeRawUnsafe(`DELETE FROM identity.rate_limits WHERE strpos(lower(key), $1::text) > 0 OR ($2::text IS NOT NULL AND strpos(lower(key), $2::text) > 0)`, userId, had?.email ?? null);
      for (const table of OWNED) counts[table] = await db.$executeRawUnsafe(`DELETE FROM identity.${table} WHERE user_id = $1::uuid`, userId);
      counts['user_profiles.manager_id'] = await db.$executeRawUnsafe(`UPDATE identity.user_profiles SET manager_id = NULL, updated_at = now() WHERE manager_id = $1::uuid`, userId);
      counts.users = await db.$executeRawUnsafe(
        `UPDATE identity.users u SET email = ${ERASED_EMAIL}, username = 'erased-' || $1::text, password_hash = NULL, first_name = NULL, last_name = NULL, display_name = NULL,
           avatar_url = NULL, phone_number = NULL, last_login_ip = NULL, mfa_enabled = false, mfa_secret = NULL, backup_codes = '{}', mfa_last_used_step = NULL,
           metadata = '{}'::jsonb, is_active = false, deleted_at = coalesce(deleted_at, now()), updated_at = now()
         WHERE u.id = $1::uuid AND ${PERSONAL}`,
        userId,
      );
      // Every access token issued so far is refused from the next request on.
      await revokeTokensIssuedBefore(db, userId);
      // The MFA secret's ciphertext is gone: compliance drops its registry entry.
      if (had?.mfa) await publishRegistry(deps.events, db, 'identity', [registryEntry('identity', MFA_SECRET, userId, null, null)]);
      return counts;
    });
  },

  async remaining({ userId }, deps) {
    const db = deps.db as unknown as RawExecutor;
    const left: Record<string, number> = { users: await count(db, `SELECT count(*)::int AS n FROM identity.users u WHERE u.id = $1::uuid AND ${PERSONAL}`, userId) };
    for (const table of OWNED) left[table] = await count(db, `SELECT count(*)::int AS n FROM identity.${table} WHERE user_id = $1::uuid`, userId);
    left['user_profiles.manager_id'] = await count(db, `SELECT count(*)::int AS n FROM identity.user_profiles WHERE manager_id = $1::uuid`, userId);
    return left;
  },
};

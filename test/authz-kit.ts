/**
 * Personas and helpers for the authorization end-to-end tests (test/authz*.test.ts).
 * Everything goes through the real gateway over HTTP; SQL is used only to look at rows
 * or to put the clock of a row in the past.
 */
import { expect } from 'vitest';
import { sql } from './kit/db.js';
import type { GqlResult, Session, TestSystem } from './kit/system.js';

export interface Personas {
  superAdmin: Session;
  /** `admin` scoped to organization A's resource. */
  orgAdmin: Session;
  /** `manager` (inherits content_creator → user), unscoped. */
  manager: Session;
  /** Only the auto-assigned `user` role. */
  user: Session;
  /** `content_creator` scoped to organization B. */
  otherOrgUser: Session;
  orgA: { id: string; resourceId: string };
  orgB: { id: string; resourceId: string };
}

/** Throw with the raw body when a result has errors: setup steps must not fail silently. */
export function ok<T = any>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`unexpected errors: ${result.raw}`);
  return result.data;
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sleepUntil = async (at: Date) => {
  const ms = at.getTime() - Date.now();
  if (ms > 0) await new Promise((r) => setTimeout(r, ms + 20));
};

export function authz(t: TestSystem) {
  const admin = () => t.admin.accessToken;
  const ids = new Map<string, string>();

  async function roleId(name: string): Promise<string> {
    const cached = ids.get(`role:${name}`);
    if (cached) return cached;
    const id = ok(await t.gql(`query($n: String!) { role(name: $n) { id } }`, { n: name }, admin())).role.id as string;
    ids.set(`role:${name}`, id);
    return id;
  }

  async function permissionId(name: string): Promise<string> {
    const cached = ids.get(`perm:${name}`);
    if (cached) return cached;
    const id = ok(await t.gql(`query($n: String!) { permission(name: $n) { id } }`, { n: name }, admin())).permission.id as string;
    ids.set(`perm:${name}`, id);
    return id;
  }

  const self = {
    roleId,
    permissionId,
    async resource(input: { resourceType: string; resourceId?: string; parentId?: string | null; ownerId?: string | null; attributes?: Record<string, unknown> }) {
      const res = await t.gql(
        `mutation($i: CreateResourceInput!) { createResource(input: $i) { id resourceId } }`,
        { i: { resourceId: crypto.randomUUID(), ...input } },
        admin(),
      );
      return ok(res).createResource as { id: string; resourceId: string };
    },
    async assign(userId: string, role: string, extra: Record<string, unknown> = {}, token = admin()) {
      return t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id validUntil resourceScope { id } delegationDepth isDelegated } }`, { i: { userId, roleId: await roleId(role), ...extra } }, token);
    },
    async grant(userId: string, permission: string, extra: Record<string, unknown> = {}, token = admin()) {
      return t.gql(`mutation($i: GrantPermissionInput!) { grantPermission(input: $i) { id pending } }`, { i: { userId, permissionId: await permissionId(permission), ...extra } }, token);
    },
    /** myAccess for one check, as other subgraphs ask it. */
    async access(token: string | undefined, permission: string, resourceId?: string | null) {
      const res = await t.gql(`query($c: [AccessCheckInput!]!) { myAccess(checks: $c) { allowed reason via } }`, { c: [{ permission, resourceId: resourceId ?? null }] }, token);
      return ok(res).myAccess[0] as { allowed: boolean; reason: string; via: string | null };
    },
    async check(userId: string, permission: string, resourceId?: string | null, token = admin()) {
      const [resourceType, action] = permission.split(':');
      const res = await t.gql(
        `query($u: ID!, $t: String!, $a: String!, $r: String) { checkAccess(userId: $u, resourceType: $t, action: $a, resourceId: $r) { allowed reason via } }`,
        { u: userId, t: resourceType, a: action, r: resourceId ?? null },
        token,
      );
      return ok(res).checkAccess as { allowed: boolean; reason: string; via: string | null };
    },
    /** Resolve when the registration job gave the user the `user` role. */
    async registered(): Promise<Session> {
      const s = await t.register();
      await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM "authorization".user_roles ur JOIN "authorization".roles r ON r.id = ur.role_id WHERE ur.user_id = $1 AND r.name = 'user'`, [s.userId]))[0]!.n === 1, 'the user role');
      return s;
    },
    async personas(): Promise<Personas> {
      const orgA = await self.resource({ resourceType: 'organization', resourceId: crypto.randomUUID() });
      const orgB = await self.resource({ resourceType: 'organization', resourceId: crypto.randomUUID() });
      const [orgAdmin, manager, user, otherOrgUser] = await Promise.all([self.registered(), self.registered(), self.registered(), self.registered()]);
      ok(await self.assign(orgAdmin.userId, 'admin', { resourceScope: orgA.id }));
      ok(await self.assign(manager.userId, 'manager'));
      ok(await self.assign(otherOrgUser.userId, 'content_creator', { resourceScope: orgB.id }));
      return { superAdmin: t.admin, orgAdmin, manager, user, otherOrgUser, orgA, orgB };
    },
  };
  return self;
}

/** The single error of a result: its code and message. */
export function denial(result: GqlResult) {
  expect(result.errors, result.raw).toHaveLength(1);
  return { code: result.errors![0]!.extensions?.code as string, message: result.errors![0]!.message, extensions: result.errors![0]!.extensions ?? {} };
}

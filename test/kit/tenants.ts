/**
 * Two tenants' personas for tenancy tests: an organization with a child organization and a
 * team, its owner, administrator and member (each holding that organization role), and an
 * outsider. Built through the gateway by the platform administrator, which then leaves.
 */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { ok, waitFor } from '../authz-kit.js';
import type { Session, TestSystem } from './system.js';

export interface Tenant {
  id: string;
  childId: string;
  teamId: string;
  owner: Session;
  admin: Session;
  member: Session;
  outsider: Session;
}

const ROLE = ORGANIZATION_ROLES;

/** The organizations a session reaches through a permission. */
export async function scopeOf(t: TestSystem, s: Session, permission: string): Promise<string[]> {
  return ok(await t.gql(`query($p: [String!]!) { myTenantScopes(permissions: $p) { organizationIds } }`, { p: [permission] }, s.accessToken)).myTenantScopes[0].organizationIds as string[];
}

export async function createTenant(t: TestSystem, name: string): Promise<Tenant> {
  const [owner, admin, member, outsider] = await Promise.all([t.register(), t.register(), t.register(), t.register()]);
  const root = t.admin.accessToken;
  const gql = (query: string, variables: Record<string, unknown>) => t.gql(query, variables, root);
  const org = ok(await gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } })).createOrganization.id as string;
  const child = ok(await gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `${name} Labs`, parentId: org } })).createOrganization.id as string;
  const add = (userId: string, roleId: string) => gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: org, userId, roleId } });
  ok(await add(owner.userId, ROLE.org_owner.id));
  ok(await add(admin.userId, ROLE.org_admin.id));
  ok(await add(member.userId, ROLE.org_member.id));
  // The platform administrator created it and was its first owner; it leaves, the new owner stays.
  ok(await gql(`mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) { id } }`, { o: org, u: t.admin.userId }));
  const team = ok(await gql(`mutation($o: ID!) { createTeam(input: { organizationId: $o, name: "Core" }) { id } }`, { o: org })).createTeam.id as string;
  for (const s of [owner, admin, member]) await waitFor(async () => (await scopeOf(t, s, 'organization:read')).length === 2, `${name}'s grants`);
  return { id: org, childId: child, teamId: team, owner, admin, member, outsider };
}

/** A list's opaque cursor naming a row id (the kernel's encoding), for probes that page after another tenant's row. */
export const cursorOf = (id: string) => Buffer.from(id).toString('base64url');

/** One operation of a cross-tenant run, as a GraphQL field built from the target ids. */
export type Probe<Ids> = (ids: Ids) => string;

/**
 * The randomized cross-tenant run: `attempts` operations picked at random, each tried by a
 * random attacker once on the other tenant's real objects and once on fresh ids that exist
 * nowhere. A leak is any difference between the two answers (data, error code, message, path,
 * fields; ids aside), or the secret pattern appearing in an answer. Each operation goes in a
 * request of its own: a failed non-null field ends the rest of its request, which would hide
 * the answers of the fields after it. A request refused as a whole (a gateway limit) would
 * prove nothing, so one is reported.
 */
export async function crossTenantRun<Ids>(
  t: TestSystem,
  options: { attackers: readonly Session[]; queries: readonly Probe<Ids>[]; mutations: readonly Probe<Ids>[]; real: () => Ids; fake: () => Ids; secret: RegExp; attempts?: number },
): Promise<{ attempts: number; leaks: string[]; refused: string[] }> {
  const total = options.attempts ?? 1000;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const leaks: string[] = [];
  const refused: string[] = [];
  let attempts = 0;
  const outcome = (r: { data?: any; errors?: any[] }, alias: string) =>
    JSON.stringify({ data: r.data?.[alias] ?? null, errors: (r.errors ?? []).filter((e) => e.path?.[0] === alias).map((e) => [e.extensions?.code, e.message, e.path.slice(1), e.extensions?.fields]) }).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');
  const send = async (s: Session, document: string) => {
    const r = await t.gql(document, {}, s.accessToken);
    const whole = (r.errors ?? []).filter((e: any) => !e.path);
    if (whole.length) refused.push(JSON.stringify(whole));
    return r;
  };
  const compare = (onReal: string, onFake: string) => {
    attempts += 1;
    if (onReal !== onFake) leaks.push(`${onReal} vs ${onFake}`);
    if (options.secret.test(onReal)) leaks.push(`data: ${onReal}`);
  };
  const attempt = async () => {
    const s = pick(options.attackers);
    const [kind, op] = Math.random() < 0.3 ? ['query', pick(options.queries)] : ['mutation', pick(options.mutations)];
    const [onReal, onFake] = await Promise.all([send(s, `${kind} { x: ${op(options.real())} }`), send(s, `${kind} { x: ${op(options.fake())} }`)]);
    compare(outcome(onReal, 'x'), outcome(onFake, 'x'));
  };
  while (attempts < total) await Promise.all([attempt(), attempt(), attempt(), attempt()]);
  return { attempts, leaks: [...new Set(leaks)], refused: [...new Set(refused)] };
}

/**
 * Team → cost center mappings (issue 13 §2) through the real gateway: identity publishes
 * team.member_added / team.member_removed in the transaction of the change, analytics keeps the
 * newest state per (team, user), and a user's LLM usage in the team's organization is charged
 * user → team → organization → default. A team counts only in its own organization, and a hard
 * limit on a team's cost center refuses its members, and stops refusing one who left.
 */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { sql } from '@atrium/test/db';
import { codes, startTestSystem, type Session, type TestSystem } from '@atrium/test/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { conversationsKit } from '../conversations/kit.js';
import { adminTenant } from './tenants.js';

const DEFAULT_CENTER = '00000000-0000-4000-8000-00000000cc01';
const CREATE = `mutation($i: CreateCostCenterInput!) { createCostCenter(input: $i) { id } }`;
const MAP = `mutation($i: MapToCostCenterInput!) { mapToCostCenter(input: $i) { id subjectType subjectId costCenter { id } } }`;
const ADD_MEMBER = `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`;
const CREATE_TEAM = `mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }`;
const ADD_TO_TEAM = `mutation($i: AddTeamMemberInput!) { addTeamMember(input: $i) { id } }`;
const REMOVE_FROM_TEAM = `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) { id } }`;

let t: TestSystem;
let A: { id: string; admin: Session };
let B: { id: string; admin: Session };

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([adminTenant(t, `Teams A ${randomUUID().slice(0, 8)}`, 'cost_center:allocate'), adminTenant(t, `Teams B ${randomUUID().slice(0, 8)}`, 'cost_center:allocate')]);
}, 120_000);
afterAll(async () => t?.stop());

/** A member of organization A (it must be one to join a team there). */
async function memberOfA() {
  const user = await conversationsKit(t).user();
  ok(await t.gql(ADD_MEMBER, { i: { organizationId: A.id, userId: user.userId, roleId: ORGANIZATION_ROLES.org_member.id } }, t.admin.accessToken));
  return user;
}

const membership = async (teamId: string, userId: string) =>
  (await sql<{ is_member: boolean; organization_id: string }>(t.db.url, `SELECT is_member, organization_id::text FROM analytics.team_memberships WHERE team_id = $1 AND user_id = $2`, [teamId, userId]))[0];

/** Wait for analytics to hold the membership state identity published. */
const heard = (teamId: string, userId: string, isMember: boolean) => waitFor(async () => (await membership(teamId, userId))?.is_member === isMember, `analytics to hear ${isMember ? 'the join' : 'the leave'}`);

/** The cost center the user's newest LLM call was charged to (waits for calls number `n`). */
async function chargedTo(userId: string, n: number): Promise<string> {
  const rows = await waitFor(async () => {
    const r = await sql<{ cost_center_id: string }>(t.db.url, `SELECT cost_center_id::text FROM analytics.cost_allocations WHERE user_id = $1 ORDER BY incurred_at`, [userId]);
    return r.length >= n ? r : null;
  }, `allocation ${n}`);
  expect(rows).toHaveLength(n);
  return rows[n - 1]!.cost_center_id;
}

describe('team cost center mappings', () => {
  it('charge a team member to the team, and after leaving to the organization, then the default', async () => {
    const kit = conversationsKit(t);
    const token = A.admin.accessToken;
    const { model } = await kit.provider({ name: `team-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'team-echo', inputTokenCost: '0.00100000', outputTokenCost: '0.00100000', maxTokens: 4096 });
    const teamCenter = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: `Team X ${randomUUID().slice(0, 6)}` } }, token)).createCostCenter.id as string;
    const team = ok(await t.gql(CREATE_TEAM, { i: { organizationId: A.id, name: `Platform ${randomUUID().slice(0, 6)}` } }, token)).createTeam.id as string;
    const mapped = ok(await t.gql(MAP, { i: { subjectType: 'TEAM', subjectId: team, costCenterId: teamCenter } }, token)).mapToCostCenter;
    expect(mapped).toMatchObject({ subjectType: 'TEAM', subjectId: team, costCenter: { id: teamCenter } });

    const user = await memberOfA();
    ok(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: user.userId } }, token));
    await heard(team, user.userId, true);
    expect((await membership(team, user.userId))!.organization_id).toBe(A.id);

    const conversation = await kit.createConversation(user.accessToken, { defaultModelId: model.id, organizationId: A.id });
    await kit.sendOk(user.accessToken, conversation.id, 'Charge my team');
    expect(await chargedTo(user.userId, 1)).toBe(teamCenter);
    // The team counts only for usage in its organization: outside it, the user is unmapped.
    const personal = await kit.createConversation(user.accessToken, { defaultModelId: model.id });
    await kit.sendOk(user.accessToken, personal.id, 'Not an organization call');
    expect(await chargedTo(user.userId, 2)).toBe(DEFAULT_CENTER);

    // Left the team, with no organization mapping: the default cost center.
    ok(await t.gql(REMOVE_FROM_TEAM, { t: team, u: user.userId }, token));
    await heard(team, user.userId, false);
    await kit.sendOk(user.accessToken, conversation.id, 'Who pays now?');
    expect(await chargedTo(user.userId, 3)).toBe(DEFAULT_CENTER);

    // With an organization mapping: the organization's cost center; a user mapping still wins over the team.
    const orgCenter = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: `Org ${randomUUID().slice(0, 6)}` } }, token)).createCostCenter.id as string;
    ok(await t.gql(MAP, { i: { subjectType: 'ORGANIZATION', subjectId: A.id, costCenterId: orgCenter } }, token));
    await kit.sendOk(user.accessToken, conversation.id, 'The organization pays');
    expect(await chargedTo(user.userId, 4)).toBe(orgCenter);
    ok(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: user.userId } }, token));
    await heard(team, user.userId, true);
    await kit.sendOk(user.accessToken, conversation.id, 'Back in the team');
    expect(await chargedTo(user.userId, 5)).toBe(teamCenter);
    const ownCenter = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: `Own ${randomUUID().slice(0, 6)}` } }, token)).createCostCenter.id as string;
    ok(await t.gql(MAP, { i: { subjectType: 'USER', subjectId: user.userId, costCenterId: ownCenter } }, token));
    await kit.sendOk(user.accessToken, conversation.id, 'Mapped myself');
    expect(await chargedTo(user.userId, 6)).toBe(ownCenter);
  });

  it('leaving the organization leaves its teams, and analytics hears it', async () => {
    const token = A.admin.accessToken;
    const team = ok(await t.gql(CREATE_TEAM, { i: { organizationId: A.id, name: `Leavers ${randomUUID().slice(0, 6)}` } }, token)).createTeam.id as string;
    const user = await memberOfA();
    ok(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: user.userId } }, token));
    await heard(team, user.userId, true);
    ok(await t.gql(`mutation($o: ID!, $u: ID!) { removeOrganizationMember(organizationId: $o, userId: $u) { id } }`, { o: A.id, u: user.userId }, t.admin.accessToken));
    await heard(team, user.userId, false);
  });

  it('a failed team change publishes nothing', async () => {
    const token = A.admin.accessToken;
    const team = ok(await t.gql(CREATE_TEAM, { i: { organizationId: A.id, name: `Strict ${randomUUID().slice(0, 6)}` } }, token)).createTeam.id as string;
    const outsider = await conversationsKit(t).user();
    expect(codes(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: outsider.userId } }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(REMOVE_FROM_TEAM, { t: team, u: outsider.userId }, token))).toEqual(['NOT_FOUND']);
    // A change made after them is heard; nothing of theirs ever was (the events would have been enqueued first).
    const member = await memberOfA();
    ok(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: member.userId } }, token));
    await heard(team, member.userId, true);
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier LIKE 'analytics:team.%'`))[0]!.n === 0, 'the team queue to drain');
    expect(await membership(team, outsider.userId)).toBeUndefined();
  });

  it("another tenant cannot charge a team, nor be charged for one, outside its organization", async () => {
    const kit = conversationsKit(t);
    const { model } = await kit.provider({ name: `iso-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'iso-echo', inputTokenCost: '0.00100000', outputTokenCost: '0.00100000', maxTokens: 4096 });
    const team = ok(await t.gql(CREATE_TEAM, { i: { organizationId: A.id, name: `Isolated ${randomUUID().slice(0, 6)}` } }, A.admin.accessToken)).createTeam.id as string;
    const user = await memberOfA();
    ok(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: user.userId } }, A.admin.accessToken));
    await heard(team, user.userId, true);
    const centerB = ok(await t.gql(CREATE, { i: { organizationId: B.id, name: `B ${randomUUID().slice(0, 6)}` } }, B.admin.accessToken)).createCostCenter.id as string;
    // A's team, known to be A's: refused for B's cost center.
    expect(codes(await t.gql(MAP, { i: { subjectType: 'TEAM', subjectId: team, costCenterId: centerB } }, B.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
    // B cannot map to A's cost centers either (it cannot see them).
    const centerA = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: `A ${randomUUID().slice(0, 6)}` } }, A.admin.accessToken)).createCostCenter.id as string;
    expect(codes(await t.gql(MAP, { i: { subjectType: 'TEAM', subjectId: team, costCenterId: centerA } }, B.admin.accessToken))).toEqual(['NOT_FOUND']);
    // A team id analytics has not heard of yet may be mapped; if it is another organization's, it charges nothing in B.
    const unknown = randomUUID();
    ok(await t.gql(MAP, { i: { subjectType: 'TEAM', subjectId: unknown, costCenterId: centerB } }, B.admin.accessToken));
    const stored = await sql<{ organization_id: string }>(t.db.url, `SELECT organization_id::text FROM analytics.cost_center_mappings WHERE subject_type = 'team' AND subject_id = $1`, [unknown]);
    expect(stored).toEqual([{ organization_id: B.id }]);
    // And the user's calls in A stay A's: the platform default, B's cost center never.
    const conversation = await kit.createConversation(user.accessToken, { defaultModelId: model.id, organizationId: A.id });
    await kit.sendOk(user.accessToken, conversation.id, 'Mine, not B');
    expect(await chargedTo(user.userId, 1)).not.toBe(centerB);
  });

  it("a hard limit on the team's cost center refuses its members, and not one who left", async () => {
    const kit = conversationsKit(t);
    const token = A.admin.accessToken;
    const { model } = await kit.provider({ name: `team-dear-${randomUUID().slice(0, 6)}`, providerType: 'LOCAL' }, { modelName: 'team-dear', inputTokenCost: '10.00000000', outputTokenCost: '10.00000000', maxTokens: 4096 });
    const capped = ok(await t.gql(CREATE, { i: { organizationId: A.id, name: `Capped team ${randomUUID().slice(0, 6)}`, monthlyBudget: '0.01', hardLimit: true } }, token)).createCostCenter.id as string;
    const team = ok(await t.gql(CREATE_TEAM, { i: { organizationId: A.id, name: `Spenders ${randomUUID().slice(0, 6)}` } }, token)).createTeam.id as string;
    ok(await t.gql(MAP, { i: { subjectType: 'TEAM', subjectId: team, costCenterId: capped } }, token));
    const user = await memberOfA();
    ok(await t.gql(ADD_TO_TEAM, { i: { teamId: team, userId: user.userId } }, token));
    await heard(team, user.userId, true);
    const conversation = await kit.createConversation(user.accessToken, { defaultModelId: model.id, organizationId: A.id });
    await kit.sendOk(user.accessToken, conversation.id, 'Spend the team budget');
    const refusesUser = async () => {
      const [b] = await sql<{ blocked: boolean; subjects: { subjectType: string; subjectId: string }[] }>(t.db.url, `SELECT blocked, subjects FROM conversations.llm_spend_blocks WHERE cost_center_id = $1`, [capped]);
      return b ? b.blocked && b.subjects.some((s) => s.subjectType === 'user' && s.subjectId === user.userId) : undefined;
    };
    await waitFor(refusesUser, 'the team limit to reach conversations');
    const refused = await kit.send(user.accessToken, conversation.id, 'More?');
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'BUDGET_EXCEEDED', costCenterId: capped });

    // Left the team: the limit is published again without them, and their next call goes through.
    ok(await t.gql(REMOVE_FROM_TEAM, { t: team, u: user.userId }, token));
    await waitFor(async () => (await refusesUser()) === false, 'the limit without the user');
    await kit.sendOk(user.accessToken, conversation.id, 'Charged elsewhere now');
    expect(await chargedTo(user.userId, 2)).not.toBe(capped);
  });
});

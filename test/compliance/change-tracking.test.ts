/**
 * Change tracking of the critical tables (issue 12 §1, 004 §6.2) through the real gateway: the
 * audit intake turns each audited change of roles, permissions, grants and SSO providers into a
 * change set with one row per changed column (old and new values as text, never a secret); SSO
 * provider changes and grants of platform permissions require approval, which a second person
 * gives (the one who made the change is FORBIDDEN, twice or needless is CONFLICT); the lists are
 * for audit_log:read holders and tenant-scoped (platform rows only for unscoped holders).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
let officer: Session;

const SET = `id tableName recordId operationType operation changedBy changedAt organizationId auditLogId requestId requiresApproval approvalReason approvalStatus approvedBy approvedAt approvalNote
  changes { id changeSetId sequenceNumber tableName recordId operationType columnName oldValue newValue dataType changedBy requiresApproval approvedBy approvedAt }`;
const SETS = `query($f: ChangeSetFilter) { changeSets(filter: $f, first: 100) { nodes { ${SET} } pageInfo { hasNextPage endCursor } } }`;
const APPROVE = `mutation($id: ID!, $n: String) { approveChange(changeSetId: $id, note: $n) { ${SET} } }`;

const sets = async (filter: Record<string, unknown>, token = t.admin.accessToken) => ok(await t.gql(SETS, { f: filter }, token)).changeSets.nodes as Record<string, any>[];
/** Wait until `count` change sets match (intake is asynchronous). */
const tracked = (filter: Record<string, unknown>, count = 1) =>
  waitFor(async () => {
    const found = await sets(filter);
    return found.length >= count ? found : null;
  }, `change sets ${JSON.stringify(filter)}`);

beforeAll(async () => {
  t = await startTestSystem();
  kit = authz(t);
  // A second person who may approve platform changes: compliance:assess and audit_log:read, unscoped.
  officer = await kit.registered();
  const root = t.admin.accessToken;
  const role = ok(await t.gql(`mutation($n: String!) { createRole(input: { name: $n }) { id } }`, { n: `change_officer_${randomUUID().slice(0, 6)}` }, root)).createRole.id;
  for (const p of ['compliance:assess', 'audit_log:read']) ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role, permissionId: await kit.permissionId(p) } }, root));
  ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: officer.userId, roleId: role } }, root));
}, 120_000);
afterAll(async () => t?.stop());

describe('change sets from the audit intake', () => {
  let sso: string;
  let created: Record<string, any>;
  let updated: Record<string, any>;

  beforeAll(async () => {
    const root = t.admin.accessToken;
    sso = ok(
      await t.gql(`mutation($i: CreateSsoProviderInput!) { createSsoProvider(input: $i) { id } }`, { i: { name: `Track ${randomUUID().slice(0, 6)}`, providerType: 'OIDC', clientId: 'client-1', clientSecret: 'tracked-secret-value', discoveryUrl: 'https://sso.example.com/.well-known/openid-configuration' } }, root),
    ).createSsoProvider.id;
    ok(await t.gql(`mutation($id: ID!) { updateSsoProvider(id: $id, input: { isActive: false, clientId: "client-2" }) { id } }`, { id: sso }, root, { 'x-request-id': `track-${sso}` }));
    const both = await tracked({ tableName: 'identity.sso_providers', recordId: sso }, 2);
    updated = both.find((s) => s.operationType === 'UPDATE')!;
    created = both.find((s) => s.operationType === 'INSERT')!;
  });

  it('one set per audited change, one row per changed column, in order; values as text, never a secret', async () => {
    expect(updated).toMatchObject({
      tableName: 'identity.sso_providers',
      recordId: sso,
      operation: 'identity.Mutation.updateSsoProvider',
      changedBy: t.admin.userId,
      organizationId: null,
      requestId: `track-${sso}`,
      requiresApproval: true,
      approvalStatus: 'PENDING',
      approvedBy: null,
    });
    expect(updated.auditLogId).toBe(updated.id);
    // Identity gives the old state (auditBefore): old and new values of each changed column.
    expect(updated.changes.map((c: Record<string, unknown>) => [c.sequenceNumber, c.columnName, c.oldValue, c.newValue, c.dataType])).toEqual([
      [1, 'clientId', 'client-1', 'client-2', 'string'],
      [2, 'isActive', 'true', 'false', 'boolean'],
      [3, 'updatedAt', expect.any(String), expect.any(String), 'string'],
    ]);
    expect(updated.changes.every((c: Record<string, unknown>) => c.changeSetId === updated.id && c.operationType === 'UPDATE' && c.requiresApproval === true && c.changedBy === t.admin.userId)).toBe(true);
    // The audit row it came from is the same fact.
    const [audit] = await sql<{ operation: string; changed_fields: string[] }>(t.db.url, `SELECT operation, changed_fields FROM compliance.audit_logs WHERE id = $1`, [updated.auditLogId]);
    expect(audit).toEqual({ operation: 'identity.Mutation.updateSsoProvider', changed_fields: ['clientId', 'isActive', 'updatedAt'] });

    expect(created.changes.map((c: { columnName: string }) => c.columnName)).toEqual(expect.arrayContaining(['name', 'clientId', 'providerType', 'isActive']));
    expect(created.changes.find((c: { columnName: string }) => c.columnName === 'clientId').oldValue).toBeNull();
    const stored = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM compliance.change_tracking WHERE record_id = $1 AND (old_value LIKE '%tracked-secret-value%' OR new_value LIKE '%tracked-secret-value%')`, [sso]);
    expect(stored[0]!.n).toBe(0);
    // Exactly one set per audit event and one row per (set, sequence).
    const dupes = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM (SELECT change_set_id, sequence_number FROM compliance.change_tracking GROUP BY 1, 2 HAVING count(*) > 1) d`);
    expect(dupes[0]!.n).toBe(0);

    // The changes list: the same rows, filtered by column.
    const rows = ok(await t.gql(`query($f: ChangeFilter) { changes(filter: $f) { nodes { changeSetId columnName newValue } } }`, { f: { recordId: sso, columnName: 'isActive' } }, t.admin.accessToken)).changes.nodes;
    expect(rows).toEqual([
      { changeSetId: updated.id, columnName: 'isActive', newValue: 'false' },
      { changeSetId: created.id, columnName: 'isActive', newValue: 'true' },
    ]);
  });

  it('a second person approves; the one who made the change may not; twice or needless is CONFLICT', async () => {
    const self = await t.gql(APPROVE, { id: updated.id }, t.admin.accessToken);
    expect(codes(self)).toEqual(['FORBIDDEN']);
    expect(self.errors![0]!.message).toBe('The person who made a change may not approve it: a second person must');
    expect(self.errors![0]!.extensions).toMatchObject({ reason: 'SELF_APPROVAL' });

    const approved = ok(await t.gql(APPROVE, { id: updated.id, n: 'Planned IdP migration.' }, officer.accessToken, { 'x-request-id': `approve-${updated.id}` })).approveChange;
    expect(approved).toMatchObject({ approvalStatus: 'APPROVED', approvedBy: officer.userId, approvalNote: 'Planned IdP migration.' });
    expect(approved.changes.every((c: Record<string, unknown>) => c.approvedBy === officer.userId && c.approvedAt === approved.approvedAt)).toBe(true);
    expect(codes(await t.gql(APPROVE, { id: updated.id }, officer.accessToken))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(APPROVE, { id: randomUUID() }, officer.accessToken))).toEqual(['NOT_FOUND']);

    expect((await sets({ recordId: sso, approvalStatus: 'PENDING' })).map((s) => s.id)).toEqual([created.id]);
    expect((await sets({ recordId: sso, approvalStatus: 'APPROVED' })).map((s) => s.id)).toEqual([updated.id]);
    // The approval is audited.
    const audit = await waitFor(async () => (await sql<{ operation: string; resource_id: string }>(t.db.url, `SELECT operation, resource_id FROM compliance.audit_logs WHERE request_id = $1`, [`approve-${updated.id}`]))[0], 'the approval audit row');
    expect(audit).toEqual({ operation: 'compliance.Mutation.approveChange', resource_id: updated.id });
  });

  it('roles, permissions and grants are tracked; only grants of platform permissions require approval', async () => {
    const root = t.admin.accessToken;
    const roleName = `tracked_${randomUUID().slice(0, 6)}`;
    const role = ok(await t.gql(`mutation($n: String!) { createRole(input: { name: $n, description: "first" }) { id } }`, { n: roleName }, root)).createRole.id;
    ok(await t.gql(`mutation($id: ID!) { updateRole(id: $id, input: { description: "second" }) { id } }`, { id: role }, root));
    const roleSets = await tracked({ tableName: 'authorization.roles', recordId: role }, 2);
    expect(roleSets.map((s) => [s.operationType, s.approvalStatus])).toEqual([
      ['UPDATE', 'NOT_REQUIRED'],
      ['INSERT', 'NOT_REQUIRED'],
    ]);
    expect(roleSets[0]!.changes.map((c: Record<string, unknown>) => [c.columnName, c.oldValue, c.newValue])).toEqual([
      ['description', 'first', 'second'],
      ['updatedAt', expect.any(String), expect.any(String)],
    ]);
    expect(codes(await t.gql(APPROVE, { id: roleSets[0]!.id }, officer.accessToken))).toEqual(['CONFLICT']);

    const [plain, mighty] = await Promise.all([kit.registered(), kit.registered()]);
    const plainGrant = ok(await kit.assign(plain.userId, 'manager')).assignRole.id;
    const mightyGrant = ok(await kit.assign(mighty.userId, 'super_admin')).assignRole.id;
    const [p] = await tracked({ tableName: 'authorization.user_roles', recordId: plainGrant });
    const [m] = await tracked({ tableName: 'authorization.user_roles', recordId: mightyGrant });
    expect(p).toMatchObject({ operationType: 'INSERT', operation: 'authorization.Mutation.assignRole', approvalStatus: 'NOT_REQUIRED', approvalReason: null });
    expect(m).toMatchObject({ operationType: 'INSERT', requiresApproval: true, approvalStatus: 'PENDING' });
    expect(m!.approvalReason).toMatch(/^hands out platform permissions \(.*system:manage/);
    expect(m!.changes.find((c: { columnName: string }) => c.columnName === 'userId').newValue).toBe(mighty.userId);

    // Revoking is tracked too (the grant row is kept, deactivated).
    ok(await t.gql(`mutation($id: ID!) { revokeRole(id: $id, reason: "left the team") { id } }`, { id: plainGrant }, root));
    const revoked = (await tracked({ tableName: 'authorization.user_roles', recordId: plainGrant }, 2)).find((s) => s.operation === 'authorization.Mutation.revokeRole')!;
    expect(revoked.operationType).toBe('UPDATE');
    const [reason] = await sql<{ change_reason: string }>(t.db.url, `SELECT DISTINCT change_reason FROM compliance.change_tracking WHERE change_set_id = $1`, [revoked.id]);
    expect(reason!.change_reason).toBe('left the team');

    // Not critical tables: no change set (an organization update).
    const org = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `Untracked ${randomUUID().slice(0, 6)}` } }, root)).createOrganization.id;
    await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM compliance.audit_logs WHERE resource_id = $1`, [org]))[0]!.n > 0, 'the organization audit row');
    expect(await sets({ recordId: org })).toEqual([]);
  });
});

describe('who sees and approves change sets', () => {
  it('audit_log:read holders only; a tenant-scoped reader sees no platform rows and approves nothing there', async () => {
    const root = t.admin.accessToken;
    const org = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `Scoped ${randomUUID().slice(0, 6)}` } }, root)).createOrganization.id;
    const scoped = await kit.registered();
    // audit_log:read and compliance:assess in one tenant only.
    const role = ok(await t.gql(`mutation($n: String!) { createRole(input: { name: $n }) { id } }`, { n: `scoped_officer_${randomUUID().slice(0, 6)}` }, root)).createRole.id;
    for (const p of ['compliance:assess', 'audit_log:read']) ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role, permissionId: await kit.permissionId(p) } }, root));
    ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: scoped.userId, roleId: role, resourceScope: await organizationResource(t, org) } }, root));
    const [pending] = await tracked({ approvalStatus: 'PENDING' });

    expect(await sets({}, scoped.accessToken)).toEqual([]);
    expect(ok(await t.gql(`{ changes { nodes { id } } }`, {}, scoped.accessToken)).changes.nodes).toEqual([]);
    expect(codes(await t.gql(APPROVE, { id: pending!.id }, scoped.accessToken))).toEqual(['NOT_FOUND']);
    const nobody = await t.register();
    expect(codes(await t.gql(SETS, {}, nobody.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(APPROVE, { id: pending!.id }, nobody.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(SETS, {}))).toEqual(['UNAUTHENTICATED']);
    // The auditor reads every platform change set (unscoped audit_log:read) but approves none.
    const auditor = await kit.registered();
    ok(await kit.assign(auditor.userId, 'auditor'));
    expect((await sets({}, auditor.accessToken)).map((s) => s.id)).toContain(pending!.id);
    expect(codes(await t.gql(APPROVE, { id: pending!.id }, auditor.accessToken))).toEqual(['FORBIDDEN']);
  });
});

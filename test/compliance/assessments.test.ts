/**
 * Frameworks and assessments (issue 12 §5, 004 §5.3) through the real gateway: the five seeded
 * frameworks with their requirement and control lists, the five seeded classifications (004 §5.1)
 * exactly, the assessment workflow draft → in_review → approved → archived with conductor,
 * reviewer and approver three different people (FORBIDDEN otherwise), wrong transitions CONFLICT,
 * every step audited, and a second tenant that neither sees nor reaches the first one's.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource, waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
let orgA: string;
let orgB: string;
let conductor: Session;
let reviewer: Session;
let approver: Session;
let officerB: Session;
let readerA: Session;
let gdpr: string;

const FIELDS = `id organizationId name assessmentType scopeDescription systemsInScope dataTypesInScope overallStatus complianceScore
  findings { requirementId title severity description } recommendations { title description priority dueDate }
  periodStart periodEnd conductedBy reviewedBy approvedBy status reviewNotes submittedAt reviewedAt approvedAt archivedAt completedAt framework { id name }`;
const CREATE = `mutation($i: CreateComplianceAssessmentInput!) { createComplianceAssessment(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateComplianceAssessmentInput!) { updateComplianceAssessment(id: $id, input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitComplianceAssessment(id: $id) { ${FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $i: ReviewComplianceAssessmentInput!) { reviewComplianceAssessment(id: $id, input: $i) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!) { approveComplianceAssessment(id: $id) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveComplianceAssessment(id: $id) { ${FIELDS} } }`;
const LIST = `query($f: ComplianceAssessmentFilter) { complianceAssessments(filter: $f, first: 100) { nodes { id organizationId status } pageInfo { hasNextPage } } }`;
const ONE = `query($id: ID!) { complianceAssessment(id: $id) { id status } }`;

beforeAll(async () => {
  t = await startTestSystem();
  kit = authz(t);
  const root = t.admin.accessToken;
  const create = async (name: string) => ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, root)).createOrganization.id as string;
  [orgA, orgB] = [await create(`Assess A ${randomUUID().slice(0, 6)}`), await create(`Assess B ${randomUUID().slice(0, 6)}`)];
  [conductor, reviewer, approver, officerB, readerA] = await Promise.all([kit.registered(), kit.registered(), kit.registered(), kit.registered(), kit.registered()]);
  // A compliance officer role: every compliance:* action, assigned scoped to one tenant.
  const role = ok(await t.gql(`mutation($n: String!) { createRole(input: { name: $n }) { id } }`, { n: `assessor_${randomUUID().slice(0, 6)}` }, root)).createRole.id;
  for (const p of ['compliance:create', 'compliance:read', 'compliance:update', 'compliance:assess'])
    ok(await t.gql(`mutation($i: AddRolePermissionInput!) { addRolePermission(input: $i) { id } }`, { i: { roleId: role, permissionId: await kit.permissionId(p) } }, root));
  const [resA, resB] = [await organizationResource(t, orgA), await organizationResource(t, orgB)];
  for (const s of [conductor, reviewer, approver]) ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: s.userId, roleId: role, resourceScope: resA } }, root));
  ok(await t.gql(`mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: officerB.userId, roleId: role, resourceScope: resB } }, root));
  // The auditor of tenant A: compliance:read there, nothing to change.
  ok(await kit.assign(readerA.userId, 'auditor', { resourceScope: resA }));
  const frameworks = ok(await t.gql(`{ complianceFrameworks { id name } }`, {}, root)).complianceFrameworks as { id: string; name: string }[];
  gdpr = frameworks.find((f) => f.name === 'GDPR')!.id;
}, 120_000);
afterAll(async () => t?.stop());

describe('seeded reference data', () => {
  it('the five frameworks of 004 §5.3 with real requirement and control lists', async () => {
    const res = ok(
      await t.gql(`{ complianceFrameworks { id name version description jurisdiction frameworkType effectiveDate isActive requirements { id reference title description } controls { id title requirementIds atriumFeature } } }`, {}, conductor.accessToken),
    ).complianceFrameworks as Record<string, any>[];
    expect(res.map((f) => [f.name, f.version, f.description, f.jurisdiction, f.frameworkType, f.effectiveDate, f.isActive])).toEqual([
      ['CCPA', '2020', 'California Consumer Privacy Act', 'US-CA', 'PRIVACY', '2020-01-01', true],
      ['GDPR', '2018', 'General Data Protection Regulation', 'EU', 'PRIVACY', '2018-05-25', true],
      ['HIPAA', '1996', 'Health Insurance Portability and Accountability Act', 'US', 'PRIVACY', '1996-08-21', true],
      ['PCI-DSS', '4.0', 'Payment Card Industry Data Security Standard', 'Global', 'SECURITY', '2022-03-31', true],
      ['SOX', '2002', 'Sarbanes-Oxley Act', 'US', 'FINANCIAL', '2002-07-30', true],
    ]);
    const counts = Object.fromEntries(res.map((f) => [f.name, [f.requirements.length, f.controls.length]]));
    expect(counts).toEqual({ CCPA: [11, 5], GDPR: [18, 10], HIPAA: [15, 8], 'PCI-DSS': [12, 8], SOX: [8, 5] });
    for (const f of res) {
      const ids = new Set(f.requirements.map((r: { id: string }) => r.id));
      expect(ids.size).toBe(f.requirements.length);
      for (const c of f.controls) for (const r of c.requirementIds) expect(ids, `${f.name} ${c.id} → ${r}`).toContain(r);
      // Every requirement is served by at least one control.
      const served = new Set(f.controls.flatMap((c: { requirementIds: string[] }) => c.requirementIds));
      expect([...ids].filter((r) => !served.has(r)), f.name).toEqual([]);
    }
    const gdprBreach = res.find((f) => f.name === 'GDPR')!.requirements.find((r: { id: string }) => r.id === 'GDPR-33');
    expect(gdprBreach).toMatchObject({ reference: 'Art. 33', title: 'Notification of a breach to the supervisory authority' });
    expect(res.find((f) => f.name === 'PCI-DSS')!.requirements.map((r: { reference: string }) => r.reference)).toEqual(Array.from({ length: 12 }, (_, i) => `Requirement ${i + 1}`));
  });

  it('the five classifications of 004 §5.1, exactly', async () => {
    const rows = await sql<Record<string, unknown>>(
      t.db.url,
      `SELECT name, description, sensitivity_level, compliance_frameworks, retention_period_days, encryption_required, masking_required, access_logging_required, default_masking_rules
         FROM compliance.data_classifications WHERE name IN ('public', 'internal', 'confidential', 'restricted', 'top_secret') ORDER BY sensitivity_level`,
    );
    const common = { retention_period_days: null, access_logging_required: true, default_masking_rules: {} };
    expect(rows).toEqual([
      { name: 'public', description: 'Publicly available information', sensitivity_level: 1, compliance_frameworks: [], encryption_required: false, masking_required: false, ...common },
      { name: 'internal', description: 'Internal business information', sensitivity_level: 2, compliance_frameworks: [], encryption_required: false, masking_required: false, ...common },
      { name: 'confidential', description: 'Confidential business information', sensitivity_level: 3, compliance_frameworks: [], encryption_required: true, masking_required: false, ...common },
      { name: 'restricted', description: 'Restricted access information', sensitivity_level: 4, compliance_frameworks: ['GDPR'], encryption_required: true, masking_required: true, ...common },
      { name: 'top_secret', description: 'Highly classified information', sensitivity_level: 5, compliance_frameworks: ['GDPR', 'HIPAA'], encryption_required: true, masking_required: true, ...common },
    ]);
  });

  it('frameworks are for compliance:read holders', async () => {
    const nobody = await t.register();
    expect(codes(await t.gql(`{ complianceFrameworks { id } }`, {}, nobody.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`{ complianceFrameworks { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(ok(await t.gql(`{ complianceFrameworks { id } }`, {}, readerA.accessToken)).complianceFrameworks).toHaveLength(5);
  });
});

describe('the assessment workflow', () => {
  const draft = async (extra: Record<string, unknown> = {}, as = conductor) =>
    ok(await t.gql(CREATE, { i: { organizationId: orgA, frameworkId: gdpr, name: `GDPR ${randomUUID().slice(0, 6)}`, ...extra } }, as.accessToken)).createComplianceAssessment as Record<string, any>;

  it('draft → in_review → approved → archived by three different people; every step audited', async () => {
    const created = await draft({
      assessmentType: 'EXTERNAL_AUDIT',
      scopeDescription: 'Chat and knowledge features',
      systemsInScope: ['conversations', 'lore'],
      dataTypesInScope: ['message content', 'email'],
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      findings: [{ requirementId: 'GDPR-33', title: 'Breach runbook untested', severity: 'HIGH', description: 'No drill in 2026.' }],
      recommendations: [{ title: 'Run a breach drill', priority: 'HIGH', dueDate: '2026-09-30' }],
    });
    expect(created).toMatchObject({
      organizationId: orgA,
      assessmentType: 'EXTERNAL_AUDIT',
      status: 'DRAFT',
      conductedBy: conductor.userId,
      reviewedBy: null,
      approvedBy: null,
      overallStatus: null,
      complianceScore: null,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      systemsInScope: ['conversations', 'lore'],
      framework: { id: gdpr, name: 'GDPR' },
      findings: [{ requirementId: 'GDPR-33', title: 'Breach runbook untested', severity: 'HIGH', description: 'No drill in 2026.' }],
      recommendations: [{ title: 'Run a breach drill', description: null, priority: 'HIGH', dueDate: '2026-09-30' }],
    });
    const id = created.id as string;

    // Submitting needs a verdict and a score.
    expect(codes(await t.gql(SUBMIT, { id }, conductor.accessToken))).toEqual(['BAD_USER_INPUT']);
    const updated = ok(await t.gql(UPDATE, { id, i: { overallStatus: 'PARTIALLY_COMPLIANT', complianceScore: 72.456 } }, conductor.accessToken)).updateComplianceAssessment;
    expect(updated).toMatchObject({ overallStatus: 'PARTIALLY_COMPLIANT', complianceScore: 72.46, status: 'DRAFT' });
    // Only drafts are reviewed after submission, and only in_review ones are approved.
    expect(codes(await t.gql(REVIEW, { id, i: { decision: 'ACCEPT' } }, reviewer.accessToken))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(APPROVE, { id }, approver.accessToken))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(ARCHIVE, { id }, conductor.accessToken))).toEqual(['CONFLICT']);

    const submitted = ok(await t.gql(SUBMIT, { id }, conductor.accessToken)).submitComplianceAssessment;
    expect(submitted.status).toBe('IN_REVIEW');
    expect(submitted.submittedAt).toEqual(expect.any(String));
    expect(codes(await t.gql(SUBMIT, { id }, conductor.accessToken))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(UPDATE, { id, i: { complianceScore: 99 } }, conductor.accessToken))).toEqual(['CONFLICT']);

    // The conductor may not review its own assessment.
    const selfReview = await t.gql(REVIEW, { id, i: { decision: 'ACCEPT' } }, conductor.accessToken);
    expect(codes(selfReview)).toEqual(['FORBIDDEN']);
    expect(selfReview.errors![0]!.message).toBe('The conductor of an assessment may not review it: conductor, reviewer and approver must be three different people');
    expect(selfReview.errors![0]!.extensions).toMatchObject({ reason: 'SEPARATION_OF_DUTIES', duty: 'review', conflictsWith: 'conductor' });
    // Not reviewed yet: nothing to approve.
    expect(codes(await t.gql(APPROVE, { id }, approver.accessToken))).toEqual(['CONFLICT']);

    const reviewed = ok(await t.gql(REVIEW, { id, i: { decision: 'ACCEPT', notes: 'Evidence checked.' } }, reviewer.accessToken)).reviewComplianceAssessment;
    expect(reviewed).toMatchObject({ status: 'IN_REVIEW', reviewedBy: reviewer.userId, reviewNotes: 'Evidence checked.' });
    expect(codes(await t.gql(REVIEW, { id, i: { decision: 'ACCEPT' } }, approver.accessToken))).toEqual(['CONFLICT']);

    // Neither the conductor nor the reviewer may approve it.
    for (const [who, role] of [
      [conductor, 'conductor'],
      [reviewer, 'reviewer'],
    ] as const) {
      const refused = await t.gql(APPROVE, { id }, who.accessToken);
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.errors![0]!.message).toBe(`The ${role} of an assessment may not approve it: conductor, reviewer and approver must be three different people`);
      expect(refused.errors![0]!.extensions).toMatchObject({ reason: 'SEPARATION_OF_DUTIES', duty: 'approve', conflictsWith: role });
    }
    const approved = ok(await t.gql(APPROVE, { id }, approver.accessToken)).approveComplianceAssessment;
    expect(approved).toMatchObject({ status: 'APPROVED', conductedBy: conductor.userId, reviewedBy: reviewer.userId, approvedBy: approver.userId });
    expect(approved.completedAt).toEqual(approved.approvedAt);
    expect(codes(await t.gql(APPROVE, { id }, approver.accessToken))).toEqual(['CONFLICT']);
    expect(codes(await t.gql(UPDATE, { id, i: { complianceScore: 99 } }, conductor.accessToken))).toEqual(['CONFLICT']);

    const archived = ok(await t.gql(ARCHIVE, { id }, conductor.accessToken)).archiveComplianceAssessment;
    expect(archived).toMatchObject({ status: 'ARCHIVED', approvedBy: approver.userId });
    expect(archived.archivedAt).toEqual(expect.any(String));
    expect(codes(await t.gql(ARCHIVE, { id }, conductor.accessToken))).toEqual(['CONFLICT']);

    // Each step left its audit row, in the tenant, with the state before it.
    // Refused steps rolled back and left none.
    const rows = await waitForAudit(t, `resource_id = $1 AND operation LIKE 'compliance.Mutation.%'`, [id], 6);
    expect(rows.map((r) => r.operation!.split('.').pop())).toEqual([
      'createComplianceAssessment',
      'updateComplianceAssessment',
      'submitComplianceAssessment',
      'reviewComplianceAssessment',
      'approveComplianceAssessment',
      'archiveComplianceAssessment',
    ]);
    expect(rows.every((r) => r.organization_id === orgA && r.resource_type === 'ComplianceAssessment')).toBe(true);
    const approval = rows.find((r) => r.operation === 'compliance.Mutation.approveComplianceAssessment')!;
    expect(approval.user_id).toBe(approver.userId);
    expect(approval.old_values).toMatchObject({ status: 'in_review', approvedBy: null });
    expect(approval.changed_fields).toEqual(expect.arrayContaining(['status', 'approvedBy', 'approvedAt', 'completedAt']));
  });

  it('a reviewer returns an assessment to draft with notes; it is submitted again', async () => {
    const { id } = await draft({ overallStatus: 'NON_COMPLIANT', complianceScore: 35 });
    ok(await t.gql(SUBMIT, { id }, conductor.accessToken));
    expect(codes(await t.gql(REVIEW, { id, i: { decision: 'RETURN' } }, reviewer.accessToken))).toEqual(['BAD_USER_INPUT']);
    const returned = ok(await t.gql(REVIEW, { id, i: { decision: 'RETURN', notes: 'Findings lack evidence.' } }, reviewer.accessToken)).reviewComplianceAssessment;
    expect(returned).toMatchObject({ status: 'DRAFT', reviewedBy: null, reviewNotes: 'Findings lack evidence.', submittedAt: null });
    ok(await t.gql(UPDATE, { id, i: { findings: [{ title: 'Consent proof missing', severity: 'CRITICAL', requirementId: 'GDPR-7' }] } }, conductor.accessToken));
    expect(ok(await t.gql(SUBMIT, { id }, conductor.accessToken)).submitComplianceAssessment.status).toBe('IN_REVIEW');
    // The approver may review, and then someone else must approve: here the conductor may not.
    ok(await t.gql(REVIEW, { id, i: { decision: 'ACCEPT' } }, approver.accessToken));
    expect(codes(await t.gql(APPROVE, { id }, approver.accessToken))).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(APPROVE, { id }, reviewer.accessToken)).approveComplianceAssessment).toMatchObject({ status: 'APPROVED', reviewedBy: approver.userId, approvedBy: reviewer.userId });
  });

  it('validation: score 0–100, known requirements, real dates, an active framework', async () => {
    const base = { organizationId: orgA, frameworkId: gdpr, name: 'Invalid' };
    for (const bad of [
      { complianceScore: 100.5 },
      { complianceScore: -1 },
      { findings: [{ title: 'x', severity: 'LOW', requirementId: 'PCI-3' }] },
      { periodStart: '2026-02-30' },
      { periodStart: '2026-06-01', periodEnd: '2026-05-01' },
      { name: '' },
      { frameworkId: randomUUID() },
    ]) {
      const res = await t.gql(CREATE, { i: { ...base, ...bad } }, conductor.accessToken);
      expect(codes(res), JSON.stringify(bad)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await draft({ complianceScore: 0 })).complianceScore).toBe(0);
    expect((await draft({ complianceScore: 100 })).complianceScore).toBe(100);
  });
});

describe('tenants', () => {
  let mine: string;
  beforeAll(async () => {
    mine = (ok(await t.gql(CREATE, { i: { organizationId: orgA, frameworkId: gdpr, name: 'Tenant A assessment' } }, conductor.accessToken)).createComplianceAssessment as { id: string }).id;
  });

  it('another tenant neither lists, reads nor changes an assessment; creating in it reads as absent', async () => {
    const listed = async (token: string) => ok(await t.gql(LIST, {}, token)).complianceAssessments.nodes as { id: string; organizationId: string }[];
    const a = await listed(conductor.accessToken);
    expect(a.map((n) => n.id)).toContain(mine);
    expect(new Set(a.map((n) => n.organizationId))).toEqual(new Set([orgA]));
    expect(await listed(officerB.accessToken)).toEqual([]);
    expect(ok(await t.gql(ONE, { id: mine }, officerB.accessToken)).complianceAssessment).toBeNull();
    expect(ok(await t.gql(ONE, { id: mine }, readerA.accessToken)).complianceAssessment).toEqual({ id: mine, status: 'DRAFT' });
    // The root administrator (unscoped) sees every tenant's.
    expect((await listed(t.admin.accessToken)).map((n) => n.id)).toContain(mine);

    const foreign = await t.gql(UPDATE, { id: mine, i: { scopeDescription: 'x' } }, officerB.accessToken);
    const none = await t.gql(UPDATE, { id: randomUUID(), i: { scopeDescription: 'x' } }, officerB.accessToken);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.errors![0]!.message).toBe(none.errors![0]!.message);
    for (const op of [SUBMIT, APPROVE, ARCHIVE]) expect(codes(await t.gql(op, { id: mine }, officerB.accessToken))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(CREATE, { i: { organizationId: orgA, frameworkId: gdpr, name: 'Intruder' } }, officerB.accessToken))).toEqual(['NOT_FOUND']);
    // B's own assessment in B works, and A does not see it.
    const theirs = ok(await t.gql(CREATE, { i: { organizationId: orgB, frameworkId: gdpr, name: 'Tenant B assessment' } }, officerB.accessToken)).createComplianceAssessment.id;
    expect((await listed(conductor.accessToken)).map((n) => n.id)).not.toContain(theirs);
    expect((await listed(officerB.accessToken)).map((n) => n.id)).toEqual([theirs]);
  });

  it('an auditor reads but changes nothing; people without compliance:read are refused', async () => {
    expect(codes(await t.gql(UPDATE, { id: mine, i: { scopeDescription: 'x' } }, readerA.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CREATE, { i: { organizationId: orgA, frameworkId: gdpr, name: 'x' } }, readerA.accessToken))).toEqual(['FORBIDDEN']);
    const nobody = await t.register();
    expect(codes(await t.gql(LIST, {}, nobody.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

/**
 * The audit coverage table: one successful call per Mutation field of the composed supergraph,
 * in dependency order (later calls use what earlier ones created). A call names a persisted
 * operation of `operations/persisted-query-manifest.json` where one exists, else an inline
 * document; it runs as a persona allowed to make it (the platform administrator unless said).
 * A Mutation field without an entry fails audit-coverage.test.ts: add one here.
 */
import { ORGANIZATION_ROLES } from '@atrium/kernel';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import { authz, ok, waitFor } from '../authz-kit.js';
import type { FakeOpenAi } from '../conversations/fake-openai.js';
import { sql } from '../kit/db.js';
import type { Session, TestSystem } from '../kit/system.js';

const manifest = JSON.parse(readFileSync(new URL('../../operations/persisted-query-manifest.json', import.meta.url), 'utf8')) as { operations: { name: string; body: string }[] };
/** A persisted operation's document, by its name. */
export const persisted = (name: string): string => {
  const op = manifest.operations.find((o) => o.name === name);
  if (!op) throw new Error(`no persisted operation ${name}`);
  return op.body;
};

export type State = Record<string, any>;
export interface Call {
  /** The Mutation field this call covers. */
  field: string;
  /** A persisted operation's name, or a GraphQL document. */
  op: string;
  vars?: (s: State) => Record<string, unknown>;
  /** Token of the persona making it; default the platform administrator; null for anonymous. */
  as?: (s: State) => string | null;
  /** Arrange what the call needs (not itself checked). */
  before?: (s: State) => Promise<void>;
  /** Keep what later calls need from the data. */
  keep?: (data: any, s: State) => void;
}

export const documentOf = (call: Call) => (/^[A-Z]\w*$/.test(call.op) ? persisted(call.op) : call.op);

const tag = () => randomUUID().slice(0, 8);
const DAY = 24 * 3600 * 1000;
const future = (ms: number) => new Date(Date.now() + ms).toISOString();

/** The personas the table's calls run as, and the fake LLM endpoint document jobs use. */
export async function arrange(t: TestSystem, fake: FakeOpenAi): Promise<State> {
  const a = authz(t);
  const [member, delegator, delegate, approver, chatter] = await Promise.all([a.registered(), a.registered(), a.registered(), a.registered(), a.registered()]);
  ok(await a.assign(approver.userId, 'admin'));
  // A delivery that used its one attempt: retryFailedJob needs a failed job to retry.
  await sql(t.db.url, `SELECT graphile_worker.add_job('authorization:user.registered:v1', '{"not":"an envelope"}'::json, max_attempts => 1)`);
  const failedJobId = await waitFor(async () => {
    const nodes = ok(await t.gql(`{ failedJobs(first: 100) { nodes { id task } } }`, {}, t.admin.accessToken)).failedJobs.nodes as { id: string; task: string }[];
    return nodes.find((n) => n.task === 'authorization:user.registered:v1')?.id;
  }, 'the failed delivery');
  // A security event to triage: platform permissions handed out raise one.
  const privileged = await a.registered();
  ok(await a.assign(privileged.userId, 'super_admin'));
  const securityEvent = await waitFor(async () => {
    const nodes = ok(await t.gql(`{ securityEvents(filter: { detectionRuleId: "privilege_escalation.privileged_grant" }) { nodes { id targetUserId } } }`, {}, t.admin.accessToken)).securityEvents.nodes as { id: string; targetUserId: string }[];
    return nodes.find((n) => n.targetUserId === privileged.userId)?.id;
  }, 'the privileged grant security event');
  // Conductor (the administrator), reviewer and approver of an assessment are three people.
  const assessor = await a.registered();
  ok(await a.assign(assessor.userId, 'super_admin'));
  return { member, delegator, delegate, approver, chatter, failedJobId, securityEvent, privileged, assessor, fake, t };
}

const token = (s: Session) => s.accessToken;

export const CALLS: Call[] = [
  // ── identity ─────────────────────────────────────────────────────────────
  { field: 'register', op: 'Register', as: () => null, vars: (s) => ((s.pw = `password-${tag()}-long`), { input: { email: `cov-${tag()}@atrium.test`, username: `cov_${tag()}`, password: s.pw } }), keep: (d, s) => (s.reg = { ...d.register, password: s.pw }) },
  { field: 'login', op: 'Login', as: () => null, vars: (s) => ({ input: { email: s.reg.user.email, password: s.reg.password } }), keep: (d, s) => (s.signIn = d.login) },
  { field: 'refreshToken', op: 'RefreshToken', as: () => null, vars: (s) => ({ refreshToken: s.signIn.refreshToken }), keep: (d, s) => (s.signIn = d.refreshToken) },
  { field: 'logout', op: 'Logout', as: (s) => s.signIn.accessToken, vars: (s) => ({ refreshToken: s.signIn.refreshToken }) },
  { field: 'updateMyProfile', op: 'UpdateMyProfile', as: (s) => s.reg.accessToken, vars: () => ({ input: { displayName: 'Covered' } }) },
  { field: 'enrollMfa', op: 'EnrollMfa', as: (s) => s.reg.accessToken, keep: (d, s) => (s.mfaSecret = d.enrollMfa.secret) },
  { field: 'confirmMfa', op: 'ConfirmMfa', as: (s) => s.reg.accessToken, vars: (s) => ({ code: new TOTP({ secret: Secret.fromBase32(s.mfaSecret), digits: 6, period: 30 }).generate() }) },
  { field: 'createOrganization', op: 'CreateOrganization', vars: () => ({ input: { name: `Cov ${tag()}` } }), keep: (d, s) => (s.org = d.createOrganization.id) },
  { field: 'updateOrganization', op: 'UpdateOrganization', vars: (s) => ({ id: s.org, input: { description: 'covered' } }) },
  {
    field: 'moveOrganization',
    op: `mutation($id: ID!, $p: ID) { moveOrganization(id: $id, parentId: $p) { id } }`,
    before: async (s) => void (s.org2 = ok(await s.t.gql(persisted('CreateOrganization'), { input: { name: `Cov child ${tag()}` } }, s.t.admin.accessToken)).createOrganization.id),
    vars: (s) => ({ id: s.org2, p: s.org }),
  },
  { field: 'addOrganizationMember', op: 'AddOrganizationMember', vars: (s) => ({ input: { organizationId: s.org, userId: s.member.userId, roleId: ORGANIZATION_ROLES.org_member.id } }) },
  { field: 'updateOrganizationMember', op: 'UpdateOrganizationMember', vars: (s) => ({ input: { organizationId: s.org, userId: s.member.userId, roleId: ORGANIZATION_ROLES.org_admin.id } }) },
  { field: 'createTeam', op: 'CreateTeam', vars: (s) => ({ input: { organizationId: s.org, name: 'Covered' } }), keep: (d, s) => (s.team = d.createTeam.id) },
  { field: 'updateTeam', op: 'UpdateTeam', vars: (s) => ({ id: s.team, input: { description: 'covered' } }) },
  { field: 'addTeamMember', op: 'AddTeamMember', vars: (s) => ({ input: { teamId: s.team, userId: s.member.userId } }) },
  { field: 'removeTeamMember', op: 'RemoveTeamMember', vars: (s) => ({ teamId: s.team, userId: s.member.userId }) },
  { field: 'removeOrganizationMember', op: 'RemoveOrganizationMember', vars: (s) => ({ organizationId: s.org, userId: s.member.userId }) },
  { field: 'deactivateUser', op: 'DeactivateUser', vars: (s) => ({ id: s.member.userId }) },
  { field: 'reactivateUser', op: 'ReactivateUser', vars: (s) => ({ id: s.member.userId }) },
  { field: 'unlockUser', op: 'UnlockUser', vars: (s) => ({ id: s.member.userId }) },
  { field: 'createSsoProvider', op: 'CreateSsoProvider', vars: () => ({ input: { name: `Cov ${tag()}`, providerType: 'OIDC', clientId: 'c', clientSecret: 'covered-secret', discoveryUrl: 'https://sso.example.com/.well-known/openid-configuration' } }), keep: (d, s) => (s.sso = d.createSsoProvider.id) },
  { field: 'updateSsoProvider', op: 'UpdateSsoProvider', vars: (s) => ({ id: s.sso, input: { isActive: false } }) },
  { field: 'deleteSsoProvider', op: 'DeleteSsoProvider', vars: (s) => ({ id: s.sso }) },
  { field: 'deleteOrganization', op: `mutation($id: ID!) { deleteOrganization(id: $id) { organizationId } }`, vars: (s) => ({ id: s.org2 }) },

  // ── authorization ────────────────────────────────────────────────────────
  { field: 'retryFailedJob', op: 'RetryFailedJob', vars: (s) => ({ id: s.failedJobId }) },
  { field: 'createResourceType', op: `mutation($i: CreateResourceTypeInput!) { createResourceType(input: $i) { id name } }`, vars: () => ({ i: { name: `cov_${tag()}`, availableActions: ['open', 'close'] } }), keep: (d, s) => (s.type = d.createResourceType) },
  { field: 'updateResourceType', op: `mutation($id: ID!) { updateResourceType(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.type.id }) },
  { field: 'createPermission', op: `mutation($i: CreatePermissionInput!) { createPermission(input: $i) { id } }`, vars: (s) => ({ i: { name: `${s.type.name}:open`, resourceTypeId: s.type.id, action: 'open' } }), keep: (d, s) => (s.perm = d.createPermission.id) },
  { field: 'updatePermission', op: `mutation($id: ID!) { updatePermission(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.perm }) },
  { field: 'createResource', op: `mutation($i: CreateResourceInput!) { createResource(input: $i) { id } }`, vars: (s) => ({ i: { resourceType: s.type.name, resourceId: randomUUID() } }), keep: (d, s) => (s.resource = d.createResource.id) },
  { field: 'updateResource', op: `mutation($id: ID!) { updateResource(id: $id, input: { name: "covered" }) { id } }`, vars: (s) => ({ id: s.resource }) },
  { field: 'createRole', op: 'CreateRole', vars: () => ({ input: { name: `cov_${tag()}` } }), keep: (d, s) => (s.role = d.createRole.id) },
  { field: 'updateRole', op: `mutation($id: ID!) { updateRole(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.role }) },
  {
    field: 'addRolePermission',
    op: 'AddRolePermission',
    // One the granter holds (nobody holds a permission just created, so none may hand it out).
    before: async (s) => void (s.heldPerm = await authz(s.t).permissionId('conversation:read')),
    vars: (s) => ({ input: { roleId: s.role, permissionId: s.heldPerm } }),
    keep: (d, s) => (s.rolePerm = d.addRolePermission.id),
  },
  { field: 'updateRolePermission', op: `mutation($id: ID!) { updateRolePermission(id: $id, input: { validUntil: "2099-01-01T00:00:00Z" }) { id } }`, vars: (s) => ({ id: s.rolePerm }) },
  { field: 'removeRolePermission', op: 'RemoveRolePermission', vars: (s) => ({ id: s.rolePerm }) },
  {
    field: 'assignRole',
    op: 'AssignRole',
    vars: (s) => ({ input: { userId: s.delegator.userId, roleId: s.managerRoleId, validUntil: future(30 * DAY) } }),
    before: async (s) => void (s.managerRoleId = await authz(s.t).roleId('manager')),
    keep: (d, s) => (s.assignment = d.assignRole.id),
  },
  { field: 'updateUserRole', op: `mutation($id: ID!) { updateUserRole(id: $id, input: { reason: "covered" }) { id } }`, vars: (s) => ({ id: s.assignment }) },
  { field: 'delegateRole', op: 'DelegateRole', as: (s) => token(s.delegator), vars: (s) => ({ input: { userRoleId: s.assignment, toUserId: s.delegate.userId } }), keep: (d, s) => (s.delegation = d.delegateRole.id) },
  { field: 'revokeRole', op: 'RevokeRole', vars: (s) => ({ id: s.delegation, reason: 'covered' }) },
  {
    field: 'grantPermission',
    op: `mutation($i: GrantPermissionInput!) { grantPermission(input: $i) { id pending } }`,
    before: async (s) => void (s.impersonate = await authz(s.t).permissionId('user:impersonate')),
    vars: (s) => ({ i: { userId: s.member.userId, permissionId: s.impersonate } }),
    keep: (d, s) => (s.grant = d.grantPermission.id),
  },
  { field: 'approveGrant', op: `mutation($id: ID!) { approveGrant(id: $id) { id } }`, as: (s) => token(s.approver), vars: (s) => ({ id: s.grant }) },
  { field: 'updateUserPermission', op: `mutation($id: ID!) { updateUserPermission(id: $id, input: { reason: "covered" }) { id } }`, vars: (s) => ({ id: s.grant }) },
  { field: 'revokePermission', op: `mutation($id: ID!) { revokePermission(id: $id, reason: "covered") { id } }`, vars: (s) => ({ id: s.grant }) },
  { field: 'deleteRole', op: `mutation($id: ID!) { deleteRole(id: $id) { id } }`, vars: (s) => ({ id: s.role }) },
  { field: 'deleteResource', op: `mutation($id: ID!) { deleteResource(id: $id) { id } }`, vars: (s) => ({ id: s.resource }) },
  { field: 'deletePermission', op: `mutation($id: ID!) { deletePermission(id: $id) { id } }`, vars: (s) => ({ id: s.perm }) },
  { field: 'deleteResourceType', op: `mutation($id: ID!) { deleteResourceType(id: $id) { id } }`, vars: (s) => ({ id: s.type.id }) },

  // ── conversations ────────────────────────────────────────────────────────
  { field: 'createLlmProvider', op: `mutation($i: CreateLlmProviderInput!) { createLlmProvider(input: $i) { id } }`, vars: (s) => ({ i: { name: `cov-${tag()}`, providerType: 'OPENAI', apiBaseUrl: s.fake.baseUrl } }), keep: (d, s) => (s.provider = d.createLlmProvider.id) },
  { field: 'updateLlmProvider', op: `mutation($id: ID!) { updateLlmProvider(id: $id, input: { metadata: { covered: true } }) { id } }`, vars: (s) => ({ id: s.provider }) },
  { field: 'createLlmModel', op: `mutation($i: CreateLlmModelInput!) { createLlmModel(input: $i) { id } }`, vars: (s) => ({ i: { providerId: s.provider, modelName: 'fake-gpt' } }), keep: (d, s) => (s.model = d.createLlmModel.id) },
  { field: 'updateLlmModel', op: `mutation($id: ID!) { updateLlmModel(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.model }) },
  { field: 'checkProviderHealth', op: `mutation($id: ID!) { checkProviderHealth(id: $id) { status } }`, vars: (s) => ({ id: s.provider }) },
  {
    field: 'deleteLlmProvider',
    op: `mutation($id: ID!) { deleteLlmProvider(id: $id) { id } }`,
    before: async (s) => void (s.spareProvider = ok(await s.t.gql(`mutation { createLlmProvider(input: { name: "cov-spare-${tag()}", providerType: LOCAL }) { id } }`, {}, s.t.admin.accessToken)).createLlmProvider.id),
    vars: (s) => ({ id: s.spareProvider }),
  },
  { field: 'createConversation', op: 'CreateConversation', as: (s) => token(s.chatter), vars: () => ({ input: { title: 'Covered' } }), keep: (d, s) => (s.conversation = d.createConversation.id) },
  { field: 'updateConversation', op: `mutation($id: ID!) { updateConversation(id: $id, input: { title: "Covered 2" }) { id } }`, as: (s) => token(s.chatter), vars: (s) => ({ id: s.conversation }) },
  { field: 'sendMessage', op: 'SendMessage', as: (s) => token(s.chatter), vars: (s) => ({ conversationId: s.conversation, content: 'Hello' }), keep: (d, s) => (s.message = d.sendMessage.userMessage.id) },
  { field: 'editMessage', op: `mutation($id: ID!) { editMessage(messageId: $id, content: "Hello again") { userMessage { id } } }`, as: (s) => token(s.chatter), vars: (s) => ({ id: s.message }) },
  { field: 'shareConversation', op: 'ShareConversation', as: (s) => token(s.chatter), vars: (s) => ({ id: s.conversation, until: future(DAY) }) },
  { field: 'unshareConversation', op: `mutation($id: ID!) { unshareConversation(id: $id) { id } }`, as: (s) => token(s.chatter), vars: (s) => ({ id: s.conversation }) },
  { field: 'archiveConversation', op: 'ArchiveConversation', as: (s) => token(s.chatter), vars: (s) => ({ id: s.conversation }) },
  { field: 'unarchiveConversation', op: `mutation($id: ID!) { unarchiveConversation(id: $id) { id } }`, as: (s) => token(s.chatter), vars: (s) => ({ id: s.conversation }) },
  { field: 'deleteConversation', op: `mutation($id: ID!) { deleteConversation(id: $id) { id } }`, as: (s) => token(s.chatter), vars: (s) => ({ id: s.conversation }) },
  { field: 'createPromptTemplate', op: `mutation($i: CreatePromptTemplateInput!) { createPromptTemplate(input: $i) { id } }`, vars: () => ({ i: { name: `cov-${tag()}`, templateContent: 'Hello {{name}}', requiredVariables: ['name'] } }), keep: (d, s) => (s.template = d.createPromptTemplate.id) },
  { field: 'updatePromptTemplate', op: `mutation($id: ID!) { updatePromptTemplate(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.template }), keep: (d, s) => (s.template = d.updatePromptTemplate.id) },
  { field: 'approvePromptTemplate', op: `mutation($id: ID!) { approvePromptTemplate(id: $id) { id } }`, as: (s) => token(s.approver), vars: (s) => ({ id: s.template }) },
  { field: 'deactivatePromptTemplate', op: `mutation($id: ID!) { deactivatePromptTemplate(id: $id) { id } }`, vars: (s) => ({ id: s.template }) },
  { field: 'createDocument', op: `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`, as: (s) => token(s.chatter), vars: () => ({ i: { filename: 'notes.txt', mimeType: 'text/plain', content: 'Covered text.' } }), keep: (d, s) => (s.document = d.createDocument.id) },
  {
    field: 'createDocumentJob',
    op: `mutation($d: ID!, $m: ID) { createDocumentJob(documentId: $d, processingType: SUMMARIZE, modelId: $m) { id } }`,
    as: (s) => token(s.chatter),
    // The endpoint does not answer: the job stays in flight until it is cancelled.
    before: async (s) => s.fake.setDefault({ kind: 'hang' }),
    vars: (s) => ({ d: s.document, m: s.model }),
    keep: (d, s) => (s.job = d.createDocumentJob.id),
  },
  { field: 'cancelDocumentJob', op: `mutation($id: ID!) { cancelDocumentJob(id: $id) { id } }`, as: (s) => token(s.chatter), vars: (s) => ({ id: s.job }) },
  { field: 'retryDocumentJob', op: `mutation($id: ID!) { retryDocumentJob(id: $id) { id } }`, as: (s) => token(s.chatter), before: async (s) => s.fake.reset(), vars: (s) => ({ id: s.job }) },
  { field: 'createAgentTool', op: `mutation($i: CreateAgentToolInput!) { createAgentTool(input: $i) { id } }`, vars: () => ({ i: { name: `cov_${tag()}`, toolType: 'http', configuration: {} } }), keep: (d, s) => (s.tool = d.createAgentTool.id) },
  { field: 'createAgent', op: `mutation($i: CreateAgentInput!) { createAgent(input: $i) { id } }`, vars: () => ({ i: { name: 'Covered', instructions: 'Use tools when asked.', toolNames: ['calculator'] } }), keep: (d, s) => (s.agent = d.createAgent.id) },
  { field: 'updateAgent', op: `mutation($id: ID!) { updateAgent(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.agent }) },
  { field: 'assignAgentTool', op: `mutation($a: ID!, $t: ID!) { assignAgentTool(agentId: $a, toolId: $t) { id } }`, vars: (s) => ({ a: s.agent, t: s.tool }) },
  { field: 'unassignAgentTool', op: `mutation($a: ID!, $t: ID!) { unassignAgentTool(agentId: $a, toolId: $t) { id } }`, vars: (s) => ({ a: s.agent, t: s.tool }) },
  { field: 'runAgent', op: 'RunAgent', vars: (s) => ({ agentId: s.agent, input: 'What is /tool calculator {"expression": "2 + 2"} ?' }) },

  // ── analytics ────────────────────────────────────────────────────────────
  { field: 'createCostCenter', op: `mutation($i: CreateCostCenterInput!) { createCostCenter(input: $i) { id } }`, vars: (s) => ({ i: { organizationId: s.org, name: 'Covered', monthlyBudget: '10.00' } }), keep: (d, s) => (s.costCenter = d.createCostCenter.id) },
  { field: 'updateCostCenter', op: `mutation($id: ID!) { updateCostCenter(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.costCenter }) },
  { field: 'mapToCostCenter', op: `mutation($i: MapToCostCenterInput!) { mapToCostCenter(input: $i) { id } }`, vars: (s) => ({ i: { subjectType: 'USER', subjectId: s.member.userId, costCenterId: s.costCenter } }) },
  { field: 'recordBusinessMetric', op: `mutation($i: RecordBusinessMetricInput!) { recordBusinessMetric(input: $i) { id } }`, vars: (s) => ({ i: { organizationId: s.org, metricName: 'covered', value: 1 } }) },
  {
    field: 'createReport',
    op: `mutation($i: CreateReportInput!) { createReport(input: $i) { id } }`,
    vars: (s) => ({ i: { organizationId: s.org, name: 'Covered', reportType: 'COST', definition: { source: 'llm_usage', window: { lastDays: 7 }, aggregations: [{ fn: 'count', as: 'calls' }] } } }),
    keep: (d, s) => (s.report = d.createReport.id),
  },
  { field: 'updateReport', op: `mutation($id: ID!) { updateReport(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.report }) },
  { field: 'runReport', op: `mutation($id: ID!) { runReport(id: $id) { id status } }`, vars: (s) => ({ id: s.report }) },
  { field: 'deleteReport', op: `mutation($id: ID!) { deleteReport(id: $id) { id } }`, vars: (s) => ({ id: s.report }) },

  // ── compliance ───────────────────────────────────────────────────────────
  { field: 'exportAuditLogs', op: `mutation($f: AuditLogFilter) { exportAuditLogs(filter: $f, format: NDJSON) { rowCount } }`, vars: (s) => ({ f: { organizationId: s.org } }) },
  { field: 'triageSecurityEvent', op: `mutation($id: ID!) { triageSecurityEvent(id: $id, input: { status: INVESTIGATING, regulatoryNotificationRequired: true }) { id } }`, vars: (s) => ({ id: s.securityEvent }) },
  { field: 'recordSecurityNotification', op: `mutation($id: ID!) { recordSecurityNotification(id: $id) { id } }`, vars: (s) => ({ id: s.securityEvent }) },
  {
    field: 'createComplianceAssessment',
    op: `mutation($i: CreateComplianceAssessmentInput!) { createComplianceAssessment(input: $i) { id } }`,
    before: async (s) => void (s.framework = (ok(await s.t.gql(`{ complianceFrameworks { id name } }`, {}, s.t.admin.accessToken)).complianceFrameworks as { id: string; name: string }[]).find((f) => f.name === 'GDPR')!.id),
    vars: (s) => ({ i: { organizationId: s.org, frameworkId: s.framework, name: `Cov ${tag()}`, overallStatus: 'COMPLIANT', complianceScore: 90 } }),
    keep: (d, s) => (s.assessment = d.createComplianceAssessment.id),
  },
  { field: 'updateComplianceAssessment', op: `mutation($id: ID!) { updateComplianceAssessment(id: $id, input: { scopeDescription: "covered" }) { id } }`, vars: (s) => ({ id: s.assessment }) },
  { field: 'submitComplianceAssessment', op: `mutation($id: ID!) { submitComplianceAssessment(id: $id) { id } }`, vars: (s) => ({ id: s.assessment }) },
  { field: 'reviewComplianceAssessment', op: `mutation($id: ID!) { reviewComplianceAssessment(id: $id, input: { decision: ACCEPT }) { id } }`, as: (s) => s.privileged.accessToken, vars: (s) => ({ id: s.assessment }) },
  { field: 'approveComplianceAssessment', op: `mutation($id: ID!) { approveComplianceAssessment(id: $id) { id } }`, as: (s) => s.assessor.accessToken, vars: (s) => ({ id: s.assessment }) },
  { field: 'archiveComplianceAssessment', op: `mutation($id: ID!) { archiveComplianceAssessment(id: $id) { id } }`, vars: (s) => ({ id: s.assessment }) },
  {
    field: 'approveChange',
    op: `mutation($id: ID!) { approveChange(changeSetId: $id, note: "covered") { id } }`,
    // The administrator's SSO provider changes wait for a second person.
    before: async (s) =>
      void (s.changeSet = await waitFor(async () => {
        const nodes = ok(await s.t.gql(`query($r: String!) { changeSets(filter: { recordId: $r, approvalStatus: PENDING }) { nodes { id } } }`, { r: s.sso }, s.t.admin.accessToken)).changeSets.nodes as { id: string }[];
        return nodes[0]?.id;
      }, 'a pending SSO provider change set')),
    as: (s) => s.privileged.accessToken,
    vars: (s) => ({ id: s.changeSet }),
  },
  { field: 'grantConsent', op: `mutation { grantConsent(input: { purpose: "usage_analytics", noticeVersion: "coverage" }) { status } }` },
  {
    field: 'reviewAiComplianceLog',
    op: `mutation($id: ID!) { reviewAiComplianceLog(id: $id, input: { decision: CLEARED, notes: "covered" }) { id } }`,
    // The chatter's answer repeats an email address: a flagged record for the administrator to review.
    before: async (s) => {
      const requestId = `coverage-ai-${tag()}`;
      const c = ok(await s.t.gql(`mutation { createConversation(input: { title: "AI log" }) { id } }`, {}, token(s.chatter))).createConversation.id;
      ok(await s.t.gql(`mutation($c: ID!) { sendMessage(conversationId: $c, content: "mail me at covered@example.com") { assistantMessage { id } } }`, { c }, token(s.chatter), { 'x-request-id': requestId }));
      s.aiLog = await waitFor(async () => (await sql<{ id: string }>(s.t.db.url, `SELECT id FROM compliance.ai_compliance_logs WHERE request_id = $1 AND flagged`, [requestId]))[0]?.id, 'a flagged AI compliance record');
    },
    vars: (s) => ({ id: s.aiLog }),
  },
  { field: 'withdrawConsent', op: `mutation { withdrawConsent(purpose: "usage_analytics") { status } }` },
  // Data-subject requests: the administrator's own export (verified with its token, it fans out),
  // and for the member (an unscoped compliance:update holder files for another user) an erasure
  // left unverified and a rectification the administrator rejects.
  { field: 'requestDataExport', op: `mutation { requestDataExport { request { id } verificationToken } }`, keep: (d, s) => ((s.dsr = d.requestDataExport.request.id), (s.dsrToken = d.requestDataExport.verificationToken)) },
  { field: 'verifyDataSubjectRequest', op: `mutation($id: ID!, $t: String) { verifyDataSubjectRequest(id: $id, token: $t) { id status } }`, vars: (s) => ({ id: s.dsr, t: s.dsrToken }) },
  { field: 'requestErasure', op: `mutation($i: DataSubjectRequestInput) { requestErasure(input: $i) { request { id } } }`, vars: (s) => ({ i: { userId: s.member.userId } }) },
  {
    field: 'requestDataSubjectAction',
    op: `mutation($i: DataSubjectActionInput!) { requestDataSubjectAction(input: $i) { request { id } } }`,
    vars: (s) => ({ i: { type: 'RECTIFICATION', userId: s.member.userId, details: 'covered' } }),
    keep: (d, s) => (s.dsrAction = d.requestDataSubjectAction.request.id),
  },
  { field: 'updateDataSubjectRequest', op: `mutation($id: ID!) { updateDataSubjectRequest(id: $id, input: { status: REJECTED, notes: "covered" }) { id } }`, vars: (s) => ({ id: s.dsrAction }) },
  { field: 'createDataElement', op: `mutation($i: CreateDataElementInput!) { createDataElement(input: $i) { id } }`, vars: () => ({ i: { tableName: 'identity.user_profiles', columnName: `cov_${tag().replace(/-/g, '_')}`, classification: 'internal' } }), keep: (d, s) => (s.dataElement = d.createDataElement.id) },
  { field: 'updateDataElement', op: `mutation($id: ID!) { updateDataElement(id: $id, input: { maskingMethod: HASH }) { id } }`, vars: (s) => ({ id: s.dataElement }) },
  { field: 'deleteDataElement', op: `mutation($id: ID!) { deleteDataElement(id: $id) { id } }`, vars: (s) => ({ id: s.dataElement }) },
  { field: 'detectDataElements', op: `mutation($i: DetectDataElementsInput!) { detectDataElements(input: $i) { created } }`, vars: () => ({ i: { tableName: 'identity.user_profiles', columns: [{ columnName: `cov_${tag().replace(/-/g, '_')}`, samples: ['covered@example.com'] }] } }) },
  { field: 'createMaskingPolicy', op: `mutation($i: CreateMaskingPolicyInput!) { createMaskingPolicy(input: $i) { id } }`, vars: () => ({ i: { name: `cov-${tag()}`, appliesToTables: ['nothing.here'], isActive: false } }), keep: (d, s) => (s.maskingPolicy = d.createMaskingPolicy.id) },
  { field: 'updateMaskingPolicy', op: `mutation($id: ID!) { updateMaskingPolicy(id: $id, input: { priority: 5 }) { id } }`, vars: (s) => ({ id: s.maskingPolicy }) },
  { field: 'deleteMaskingPolicy', op: `mutation($id: ID!) { deleteMaskingPolicy(id: $id) { id } }`, vars: (s) => ({ id: s.maskingPolicy }) },
  {
    field: 'rotateKey',
    op: `mutation($id: ID!) { rotateKey(id: $id) { id } }`,
    // identity's data key exists once its first secret was written (enrollMfa above).
    before: async (s) =>
      void (s.oldKey = await waitFor(async () => {
        const nodes = ok(await s.t.gql(`{ encryptionKeys(status: ACTIVE, first: 100) { nodes { id allowedServices } } }`, {}, s.t.admin.accessToken)).encryptionKeys.nodes as { id: string; allowedServices: string[] }[];
        return nodes.find((k) => k.allowedServices.includes('identity'))?.id;
      }, "identity's active data key")),
    vars: (s) => ({ id: s.oldKey }),
  },
  { field: 'requestKeyRevocation', op: `mutation($id: ID!) { requestKeyRevocation(id: $id, reason: "covered") { id } }`, vars: (s) => ({ id: s.oldKey }) },
  {
    field: 'approveKeyRevocation',
    op: `mutation($id: ID!) { approveKeyRevocation(id: $id) { id } }`,
    // Another person, once identity's job re-encrypted what was under the key.
    as: (s) => s.privileged.accessToken,
    before: async (s) =>
      void (await waitFor(async () => {
        const nodes = ok(await s.t.gql(`{ encryptionKeys(first: 100) { nodes { id registeredValues } } }`, {}, s.t.admin.accessToken)).encryptionKeys.nodes as { id: string; registeredValues: number }[];
        return nodes.find((k) => k.id === s.oldKey)?.registeredValues === 0;
      }, 'the rotated key drained')),
    vars: (s) => ({ id: s.oldKey }),
  },

  // ── lore ─────────────────────────────────────────────────────────────────
  { field: 'createEmbeddingModel', op: `mutation($i: CreateEmbeddingModelInput!) { createEmbeddingModel(input: $i) { id } }`, vars: () => ({ i: { name: `cov-${tag()}`, provider: 'LOCAL', dimensions: 8 } }) },
  { field: 'createKnowledgeCollection', op: `mutation($i: CreateKnowledgeCollectionInput!) { createKnowledgeCollection(input: $i) { id } }`, vars: (s) => ({ i: { organizationId: s.org, name: `Cov ${tag()}` } }), keep: (d, s) => (s.collection = d.createKnowledgeCollection.id) },
  { field: 'createKnowledgeDocument', op: `mutation($i: CreateKnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { id } }`, vars: (s) => ({ i: { collectionId: s.collection, title: 'Covered', content: 'Covered knowledge.' } }), keep: (d, s) => (s.knowledge = d.createKnowledgeDocument.id) },
  // An uploaded document (the chatter's, which the administrator may read) into the collection: lore creates it as the caller.
  { field: 'promoteDocument', op: `mutation($d: ID!, $c: ID!) { promoteDocument(documentId: $d, collectionId: $c) { id } }`, vars: (s) => ({ d: s.document, c: s.collection }) },
  { field: 'updateKnowledgeDocument', op: `mutation($id: ID!) { updateKnowledgeDocument(id: $id, input: { title: "Covered 2" }) { id } }`, vars: (s) => ({ id: s.knowledge }) },
  { field: 'reembedKnowledgeDocument', op: `mutation($id: ID!) { reembedKnowledgeDocument(id: $id) { id } }`, vars: (s) => ({ id: s.knowledge }) },
  { field: 'deleteKnowledgeDocument', op: `mutation($id: ID!) { deleteKnowledgeDocument(id: $id) { id } }`, vars: (s) => ({ id: s.knowledge }) },
  { field: 'createKnowledgeEntity', op: `mutation($i: CreateKnowledgeEntityInput!) { createKnowledgeEntity(input: $i) { id } }`, vars: (s) => ({ i: { collectionId: s.collection, name: 'Covered', entityType: 'system' } }), keep: (d, s) => (s.entity = d.createKnowledgeEntity.id) },
  { field: 'updateKnowledgeEntity', op: `mutation($id: ID!) { updateKnowledgeEntity(id: $id, input: { description: "covered" }) { id } }`, vars: (s) => ({ id: s.entity }) },
  {
    field: 'createKnowledgeRelationship',
    op: `mutation($i: CreateKnowledgeRelationshipInput!) { createKnowledgeRelationship(input: $i) { id } }`,
    before: async (s) => {
      s.entity2 = ok(await s.t.gql(`mutation($i: CreateKnowledgeEntityInput!) { createKnowledgeEntity(input: $i) { id } }`, { i: { collectionId: s.collection, name: 'Covered 2', entityType: 'system' } }, s.t.admin.accessToken)).createKnowledgeEntity.id;
    },
    vars: (s) => ({ i: { sourceId: s.entity, targetId: s.entity2, relationshipType: 'covers', confidence: 0.5 } }),
    keep: (d, s) => (s.relationship = d.createKnowledgeRelationship.id),
  },
  { field: 'updateKnowledgeRelationship', op: `mutation($id: ID!) { updateKnowledgeRelationship(id: $id, input: { confidence: 0.7 }) { id } }`, vars: (s) => ({ id: s.relationship }) },
  { field: 'deleteKnowledgeRelationship', op: `mutation($id: ID!) { deleteKnowledgeRelationship(id: $id) { id } }`, vars: (s) => ({ id: s.relationship }) },
  { field: 'deleteKnowledgeEntity', op: `mutation($id: ID!) { deleteKnowledgeEntity(id: $id) { id } }`, vars: (s) => ({ id: s.entity }) },
  {
    field: 'createContentItem',
    op: `mutation($i: CreateContentItemInput!) { createContentItem(input: $i) { id } }`,
    before: async (s) => {
      const repositories = ok(await s.t.gql(`{ contentRepositories { id name } }`, {}, s.t.admin.accessToken)).contentRepositories as { id: string; name: string }[];
      s.contentRepository = repositories.find((r) => r.name === 'documents')!.id;
    },
    vars: (s) => ({ i: { repositoryId: s.contentRepository, organizationId: s.org, title: 'Covered content', contentData: { body: 'covered' } } }),
    keep: (d, s) => (s.content = d.createContentItem.id),
  },
  { field: 'updateContentItem', op: `mutation($id: ID!) { updateContentItem(id: $id, input: { description: "covered", changeSummary: "Covered" }) { id } }`, vars: (s) => ({ id: s.content }) },
  { field: 'restoreContentVersion', op: `mutation($id: ID!) { restoreContentVersion(itemId: $id, versionNumber: 1) { id } }`, vars: (s) => ({ id: s.content }) },
  { field: 'transitionContentItem', op: `mutation($id: ID!) { transitionContentItem(id: $id, to: REVIEW) { id } }`, vars: (s) => ({ id: s.content }) },
  {
    field: 'assignContent',
    op: `mutation($i: AssignContentInput!) { assignContent(input: $i) { id } }`,
    vars: (s) => ({ i: { itemId: s.content, organizationId: s.org, assignmentType: 'REQUIRED' } }),
    keep: (d, s) => (s.contentAssignment = d.assignContent.id),
  },
  { field: 'deactivateContentAssignment', op: `mutation($id: ID!) { deactivateContentAssignment(id: $id) { id } }`, vars: (s) => ({ id: s.contentAssignment }) },
];

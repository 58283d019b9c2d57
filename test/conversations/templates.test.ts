/**
 * Prompt templates through the gateway: versions on every edit with old ones readable, variable
 * validation with JSON Schema (ajv) naming each bad variable, approval by a reviewer,
 * visibility, and usage counted by sendMessage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { conversationsKit, failure, ok, type Session } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof conversationsKit>;
let author: Session; // content_creator
let reviewer: Session; // manager: prompt_template:approve
let reader: Session; // plain user

const FIELDS = `id name templateVersion templateContent requiredVariables optionalVariables variableSchemas visibility isApproved approvedBy { id } approvedAt isLatest usageCount createdBy { id }`;
const CREATE = `mutation($i: CreatePromptTemplateInput!) { createPromptTemplate(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdatePromptTemplateInput!) { updatePromptTemplate(id: $id, input: $i) { ${FIELDS} } }`;
const RENDER = `query($id: ID!, $v: JSON!) { renderPrompt(templateId: $id, variables: $v) { text tokenCount template { id templateVersion } } }`;
const APPROVE = `mutation($id: ID!) { approvePromptTemplate(id: $id) { id isApproved approvedBy { id } approvedAt } }`;

const email = {
  name: 'email-writer',
  templateContent: 'Write a {{tone}} email to {{name}} about {{topic}}.{{signature}}',
  requiredVariables: ['name', 'topic', 'tone'],
  optionalVariables: ['signature'],
  variableSchemas: { name: { type: 'string', minLength: 1 }, tone: { enum: ['formal', 'casual'] }, topic: { type: 'string', maxLength: 40 }, signature: { type: 'string' } },
  visibility: 'PUBLIC',
};

beforeAll(async () => {
  t = await startTestSystem();
  kit = conversationsKit(t);
  [author, reviewer, reader] = await Promise.all([kit.user(), kit.user(), kit.user()]);
  ok(await kit.assign(author.userId, 'content_creator'));
  ok(await kit.assign(reviewer.userId, 'manager'));
});
afterAll(() => t?.stop());

describe('definitions', () => {
  it('only content creators create templates', async () => {
    expect(failure(await t.gql(CREATE, { i: { ...email, name: 'nope' } }, reader.accessToken))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'prompt_template:create' } });
  });

  it('rejects undeclared placeholders and invalid schemas, naming the field', async () => {
    const res = await t.gql(CREATE, { i: { ...email, name: 'broken', templateContent: 'Hi {{who}}', variableSchemas: { name: { type: 'strng' } } } }, author.accessToken);
    const f = failure(res);
    expect(f.code).toBe('BAD_USER_INPUT');
    expect(f.extensions.fields).toEqual([
      { path: ['input', 'templateContent'], message: '{{who}} is not a declared variable' },
      { path: ['input', 'variableSchemas', 'name'], message: expect.stringContaining('is not a valid JSON Schema') },
    ]);
  });
});

describe('versions, rendering and approval', () => {
  let v1: any;
  let v2: any;

  it('creates version 1 and renders it, or names each bad variable', async () => {
    v1 = ok(await t.gql(CREATE, { i: email }, author.accessToken)).createPromptTemplate;
    expect(v1).toMatchObject({ templateVersion: 1, isApproved: false, isLatest: true, visibility: 'PUBLIC', createdBy: { id: author.userId } });
    const rendered = ok(await t.gql(RENDER, { id: v1.id, v: { name: 'Ada', topic: 'engines', tone: 'formal' } }, author.accessToken)).renderPrompt;
    expect(rendered).toMatchObject({ text: 'Write a formal email to Ada about engines.', template: { templateVersion: 1 } });
    expect(rendered.tokenCount).toBe(9);

    const bad = failure(await t.gql(RENDER, { id: v1.id, v: { name: '', tone: 'angry', extra: 1, signature: 5 } }, author.accessToken));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions.fields).toEqual(
      expect.arrayContaining([
        { path: ['variables', 'topic'], message: 'is required' },
        { path: ['variables', 'extra'], message: 'is not a variable of this template' },
        { path: ['variables', 'name'], message: 'must NOT have fewer than 1 characters' },
        { path: ['variables', 'tone'], message: 'must be equal to one of the allowed values' },
        { path: ['variables', 'signature'], message: 'must be string' },
      ]),
    );
    expect(bad.message).toContain('variables.topic: is required');
  });

  it('is private to its author and reviewers until approved, even when public', async () => {
    // Not approved yet: the reader gets the answer for a template that does not exist.
    expect(ok(await t.gql(`query($id: ID!) { promptTemplate(id: $id) { id } }`, { id: v1.id }, reader.accessToken)).promptTemplate).toBeNull();
    expect(ok(await t.gql(`query($id: ID!) { promptTemplate(id: $id) { id } }`, { id: v1.id }, reviewer.accessToken)).promptTemplate.id).toBe(v1.id);
    expect(failure(await t.gql(APPROVE, { id: v1.id }, author.accessToken))).toMatchObject({ code: 'FORBIDDEN', extensions: { permission: 'prompt_template:approve' } });
    const approved = ok(await t.gql(APPROVE, { id: v1.id }, reviewer.accessToken)).approvePromptTemplate;
    expect(approved).toMatchObject({ isApproved: true, approvedBy: { id: reviewer.userId } });
    expect(ok(await t.gql(RENDER, { id: v1.id, v: { name: 'Bo', topic: 't', tone: 'casual', signature: ' -- A' } }, reader.accessToken)).renderPrompt.text).toBe('Write a casual email to Bo about t. -- A');
  });

  it('every edit inserts the next version; old versions stay readable; approval starts over', async () => {
    v2 = ok(await t.gql(UPDATE, { id: v1.id, i: { templateContent: 'Draft a {{tone}} note to {{name}} on {{topic}}.{{signature}}' } }, author.accessToken)).updatePromptTemplate;
    expect(v2).toMatchObject({ name: 'email-writer', templateVersion: 2, isApproved: false, isLatest: true, requiredVariables: ['name', 'topic', 'tone'] });
    expect(v2.id).not.toBe(v1.id);
    // Editing through an old version's id still appends to the newest.
    const v3 = ok(await t.gql(UPDATE, { id: v1.id, i: { optionalVariables: [], variableSchemas: { name: { type: 'string' } }, templateContent: 'Note to {{name}} ({{tone}}): {{topic}}' } }, author.accessToken)).updatePromptTemplate;
    expect(v3.templateVersion).toBe(3);

    const old = ok(await t.gql(`query($id: ID!) { promptTemplate(id: $id) { templateVersion templateContent isLatest isApproved versions { nodes { templateVersion } } } }`, { id: v1.id }, author.accessToken)).promptTemplate;
    expect(old).toMatchObject({ templateVersion: 1, templateContent: email.templateContent, isLatest: false, isApproved: true });
    expect(old.versions.nodes.map((n: any) => n.templateVersion)).toEqual([1, 2, 3]);
    expect(ok(await t.gql(RENDER, { id: v1.id, v: { name: 'Old', topic: 'x', tone: 'formal' } }, author.accessToken)).renderPrompt.text).toBe('Write a formal email to Old about x.');
    expect(failure(await t.gql(RENDER, { id: v3.id, v: { name: 'N', topic: 'x', tone: 'formal', signature: 's' } }, author.accessToken)).extensions.fields).toEqual([{ path: ['variables', 'signature'], message: 'is not a variable of this template' }]);

    const rows = await sql<{ template_version: number }>(t.db.url, `SELECT template_version FROM conversations.prompt_templates WHERE name = 'email-writer' ORDER BY 1`);
    expect(rows.map((r) => r.template_version)).toEqual([1, 2, 3]);
    await expect(sql(t.db.url, `INSERT INTO conversations.prompt_templates (name, template_content, template_version, created_by) VALUES ('email-writer', 'x', 2, $1)`, [author.userId])).rejects.toThrow(/prompt_templates_name_template_version_key/);

    // A reader sees the newest approved version in lists; the author sees the newest.
    const listQuery = `{ promptTemplates(first: 50) { nodes { name templateVersion } } }`;
    expect(ok(await t.gql(listQuery, {}, reader.accessToken)).promptTemplates.nodes.filter((n: any) => n.name === 'email-writer')).toEqual([{ name: 'email-writer', templateVersion: 1 }]);
    expect(ok(await t.gql(listQuery, {}, author.accessToken)).promptTemplates.nodes.filter((n: any) => n.name === 'email-writer')).toEqual([{ name: 'email-writer', templateVersion: 3 }]);
    const byName = ok(await t.gql(`{ promptTemplates(filter: { name: "email-writer" }) { nodes { templateVersion } } }`, {}, author.accessToken)).promptTemplates.nodes;
    expect(byName.map((n: any) => n.templateVersion)).toEqual([1, 2, 3]);
    // Only the author of the newest version or a reviewer may edit.
    expect(failure(await t.gql(UPDATE, { id: v1.id, i: { description: 'mine' } }, reader.accessToken)).extensions.permission).toBe('prompt_template:update');
  });

  it('sendMessage renders a template, stores the text, and counts the use', async () => {
    const c = await kit.createConversation(reader.accessToken);
    const sent = ok(await kit.send(reader.accessToken, c.id, null, { template: v1.id, vars: { name: 'Cy', topic: 'budgets', tone: 'formal' } })).sendMessage;
    expect(sent.userMessage.content).toBe('Write a formal email to Cy about budgets.');
    expect(sent.userMessage.metadata).toEqual({ promptTemplate: { id: v1.id, version: 1 } });
    expect(sent.assistantMessage.content).toContain('Echo: Write a formal email to Cy about budgets.');
    const bad = failure(await kit.send(reader.accessToken, c.id, null, { template: v1.id, vars: { name: 'Cy' } }));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.extensions.fields).toEqual(expect.arrayContaining([{ path: ['variables', 'topic'], message: 'is required' }]));
    expect(failure(await kit.send(reader.accessToken, c.id, 'both', { template: v1.id })).code).toBe('BAD_USER_INPUT');
    // An unapproved version is not usable by others.
    expect(failure(await kit.send(reader.accessToken, c.id, null, { template: v2.id, vars: { name: 'a', topic: 'b', tone: 'formal' } }))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'templateId: no such prompt template' });
    const [row] = await sql<{ usage_count: number }>(t.db.url, `SELECT usage_count FROM conversations.prompt_templates WHERE id = $1`, [v1.id]);
    expect(row!.usage_count).toBe(1);
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM conversations.messages WHERE conversation_id = $1`, [c.id]))[0]!.n).toBe(2);
  });

  it('deactivating hides every version from use', async () => {
    const d = ok(await t.gql(`mutation($id: ID!) { deactivatePromptTemplate(id: $id) { templateVersion } }`, { id: v1.id }, author.accessToken)).deactivatePromptTemplate;
    expect(d.templateVersion).toBe(3);
    expect(failure(await t.gql(RENDER, { id: v1.id, v: { name: 'a', topic: 'b', tone: 'formal' } }, author.accessToken)).extensions.fields).toEqual([{ path: ['templateId'], message: 'the template is deactivated' }]);
  });
});

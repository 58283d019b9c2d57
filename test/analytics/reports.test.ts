/**
 * Reports (issue 13 §4, 004 §4.2) through the gateway: a definition in the report language is
 * validated against closed lists (sources, fields, operators, functions) and compiled to
 * parameterized SQL over analytics' own tables, always narrowed to the report's organization;
 * injection attempts are BAD_USER_INPUT or plain values; every run leaves a report_executions
 * row; CSV export; access by author, shared_with, is_public and report:* permissions, with a
 * second tenant reading nothing; a daily schedule run by the upkeep job with an injected clock.
 */
import { sql } from '@atrium/test/db';
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { createTenant, scopeOf, type Tenant } from '../kit/tenants.js';

let t: TestSystem;
let A: Tenant;
let B: Tenant;

const CREATE = `mutation($i: CreateReportInput!) { createReport(input: $i) { id organizationId name reportType definition schedule scheduleConfig nextRunAt lastGeneratedAt createdBy sharedWith isPublic isActive } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateReportInput!) { updateReport(id: $id, input: $i) { id isPublic sharedWith schedule nextRunAt } }`;
const RUN = `mutation($id: ID!) { runReport(id: $id) { id reportId executionType triggeredBy status columns rows rowsProcessed executionTimeMs errorMessage startedAt completedAt } }`;
const GET = `query($id: ID!) { report(id: $id) { id name lastGeneratedAt executions { id status executionType rowsProcessed } } }`;
const CSV = `query($id: ID!) { reportExecution(id: $id) { id csv } }`;
const LIST = `query($o: ID) { reports(organizationId: $o, first: 100) { nodes { id } } }`;

/** One LLM call row as analytics stores it (from `llm.usage`). */
const call = (org: string, model: string, cost: string, tokens: number, at = new Date()) =>
  sql(
    t.db.url,
    `INSERT INTO analytics.ai_usage_logs (id, organization_id, provider, model, operation, input_tokens, output_tokens, total_tokens, cost_usd, latency_ms, created_at)
     VALUES ($1, $2, 'p', $3, 'chat', $4, 0, $4, $5::numeric, 10, $6)`,
    [randomUUID(), org, model, tokens, cost, at],
  );

const BY_MODEL = { source: 'llm_usage', window: { lastDays: 7 }, groupBy: [{ field: 'model' }], aggregations: [{ fn: 'count', as: 'calls' }, { fn: 'sum', field: 'cost', as: 'cost' }, { fn: 'sum', field: 'totalTokens', as: 'tokens' }], orderBy: [{ key: 'cost', direction: 'desc' }] };
const create = (as: string, i: Record<string, unknown>) => t.gql(CREATE, { i: { name: `R ${randomUUID().slice(0, 6)}`, reportType: 'COST', ...i } }, as);

beforeAll(async () => {
  t = await startTestSystem();
  [A, B] = await Promise.all([createTenant(t, `Reports A ${randomUUID().slice(0, 8)}`), createTenant(t, `Reports B ${randomUUID().slice(0, 8)}`)]);
  for (const x of [A, B]) await waitFor(async () => (await scopeOf(t, x.admin, 'report:create')).includes(x.id), 'report:create of the administrators');
  await call(A.id, 'big', '1.250000', 1000);
  await call(A.id, 'big', '0.750000', 500);
  await call(A.id, 'small', '0.010000', 10);
  await call(B.id, 'big', '99.000000', 99_999); // the other tenant's
  await call(A.id, 'old', '5.000000', 1, new Date(Date.now() - 30 * 86_400_000)); // outside the window
}, 120_000);
afterAll(async () => t?.stop());

describe('definitions, runs and executions', () => {
  it("runs a tenant's report over its own rows only, records the execution and exports CSV", async () => {
    const report = ok(await create(A.admin.accessToken, { organizationId: A.id, definition: BY_MODEL })).createReport;
    expect(report).toMatchObject({ organizationId: A.id, reportType: 'COST', schedule: 'MANUAL', nextRunAt: null, createdBy: A.admin.userId, isPublic: false, isActive: true });
    expect(report.definition).toMatchObject({ source: 'llm_usage', filters: [], limit: 1000 });

    const run = ok(await t.gql(RUN, { id: report.id }, A.admin.accessToken)).runReport;
    expect(run).toMatchObject({ reportId: report.id, executionType: 'MANUAL', triggeredBy: A.admin.userId, status: 'COMPLETED', columns: ['model', 'calls', 'cost', 'tokens'], rowsProcessed: 3, errorMessage: null });
    expect(run.rows).toEqual([
      { model: 'big', calls: 2, cost: '2.000000', tokens: 1500 },
      { model: 'small', calls: 1, cost: '0.010000', tokens: 10 },
    ]);
    expect(run.executionTimeMs).toBeGreaterThanOrEqual(0);
    const [row] = await sql<any>(t.db.url, `SELECT status, rows_processed, execution_time_ms, completed_at, result_data FROM analytics.report_executions WHERE id = $1`, [run.id]);
    expect(row).toMatchObject({ status: 'completed', rows_processed: 3, completed_at: expect.any(Date) });
    expect(row.result_data.rows).toHaveLength(2);

    const got = ok(await t.gql(GET, { id: report.id }, A.admin.accessToken)).report;
    expect(got.lastGeneratedAt).toBe(run.startedAt);
    expect(got.executions).toEqual([{ id: run.id, status: 'COMPLETED', executionType: 'MANUAL', rowsProcessed: 3 }]);
    expect(ok(await t.gql(CSV, { id: run.id }, A.admin.accessToken)).reportExecution.csv).toBe('model,calls,cost,tokens\r\nbig,2,2.000000,1500\r\nsmall,1,0.010000,10\r\n');
  });

  it('filters with bound values, time buckets and percentiles', async () => {
    const definition = {
      source: 'llm_usage',
      window: { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      filters: [{ field: 'model', op: 'in', value: ['big', 'small'] }, { field: 'cost', op: 'gte', value: '0.5' }, { field: 'errorCode', op: 'isNull' }],
      groupBy: [{ time: 'day' }],
      aggregations: [{ fn: 'count', as: 'calls' }, { fn: 'p50', field: 'totalTokens', as: 'median_tokens' }, { fn: 'countDistinct', field: 'model', as: 'models' }],
    };
    const report = ok(await create(A.admin.accessToken, { organizationId: A.id, definition })).createReport;
    const run = ok(await t.gql(RUN, { id: report.id }, A.admin.accessToken)).runReport;
    expect(run.rows).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/), calls: 2, median_tokens: 750, models: 1 }]);
  });

  it('refuses anything outside the closed lists, and treats values as values', async () => {
    const bad = async (definition: unknown, path: (string | number)[], organizationId: string | null = A.id) => {
      const res = await create(A.admin.accessToken, { organizationId, definition });
      expect(codes(res), JSON.stringify(definition)).toEqual(['BAD_USER_INPUT']);
      const problems = res.errors![0]!.extensions!.fields as { path: (string | number)[] }[] | undefined;
      expect(problems).toBeDefined();
      expect(problems!.map((p) => p.path.join('.'))).toContain(['input', 'definition', ...path].join('.'));
    };
    const base = { source: 'llm_usage', window: { lastDays: 1 }, aggregations: [{ fn: 'count', as: 'n' }] };
    await bad({ ...base, source: 'identity.users' }, ['source']);
    await bad({ ...base, source: 'pg_catalog.pg_authid' }, ['source']);
    await bad({ ...base, source: 'ai_usage_logs; DROP TABLE analytics.ai_usage_logs' }, ['source']);
    await bad({ ...base, sql: 'SELECT * FROM identity.users' }, []);
    await bad({ ...base, groupBy: [{ field: 'model", (SELECT password_hash FROM identity.users LIMIT 1) AS "x' }] }, ['groupBy', 0, 'field']);
    await bad({ ...base, groupBy: [{ field: 'organization_id' }] }, ['groupBy', 0, 'field']);
    await bad({ ...base, filters: [{ field: 'model', op: 'LIKE', value: '%' }] }, ['filters', 0, 'op']);
    await bad({ ...base, filters: [{ field: 'model', op: 'eq', value: { raw: '1=1' } }] }, ['filters', 0, 'value']);
    await bad({ ...base, filters: [{ field: 'userId', op: 'eq', value: "x' OR '1'='1" }] }, ['filters', 0, 'value']);
    await bad({ ...base, aggregations: [{ fn: 'pg_sleep', field: 'cost', as: 'n' }] }, ['aggregations', 0, 'fn']);
    await bad({ ...base, aggregations: [{ fn: 'sum', field: 'model', as: 'n' }] }, ['aggregations', 0, 'fn']);
    await bad({ ...base, aggregations: [{ fn: 'count', as: 'n"; DROP TABLE x; --' }] }, ['aggregations', 0, 'as']);
    await bad({ ...base, orderBy: [{ key: 'random()' }] }, ['orderBy', 0, 'key']);
    await bad({ ...base, limit: 1_000_000 }, ['limit']);
    await bad({ ...base, window: { lastDays: 10_000 } }, ['window', 'lastDays']);
    // A tenant report cannot read platform-wide usage.
    await bad({ ...base, source: 'api_usage' }, ['source']);

    // A value that looks like SQL is a bound parameter: it matches no model, and nothing happened.
    const report = ok(await create(A.admin.accessToken, { organizationId: A.id, definition: { ...base, filters: [{ field: 'model', op: 'eq', value: "big' OR '1'='1" }] } })).createReport;
    const run = ok(await t.gql(RUN, { id: report.id }, A.admin.accessToken)).runReport;
    expect(run).toMatchObject({ status: 'COMPLETED', rows: [{ n: 0 }], rowsProcessed: 0 });
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.ai_usage_logs`))[0]!.n).toBe(5);
  });
});

describe('access', () => {
  it("is the author's, the shared users', the members' when public, report:read holders'; the other tenant reads nothing", async () => {
    const report = ok(await create(A.admin.accessToken, { organizationId: A.id, definition: BY_MODEL })).createReport;
    const run = ok(await t.gql(RUN, { id: report.id }, A.admin.accessToken)).runReport;

    // The other tenant: absent everywhere, and it cannot author a report in A.
    for (const s of [B.admin, B.owner, A.outsider]) {
      expect(ok(await t.gql(GET, { id: report.id }, s.accessToken)).report).toBeNull();
      expect(ok(await t.gql(CSV, { id: run.id }, s.accessToken)).reportExecution).toBeNull();
      expect(codes(await t.gql(RUN, { id: report.id }, s.accessToken))).toEqual(['NOT_FOUND']);
      expect(codes(await t.gql(UPDATE, { id: report.id, i: { isPublic: true } }, s.accessToken))).toEqual(['NOT_FOUND']);
      expect(codes(await t.gql(`mutation($id: ID!) { deleteReport(id: $id) { id } }`, { id: report.id }, s.accessToken))).toEqual(['NOT_FOUND']);
      expect(ok(await t.gql(LIST, {}, s.accessToken)).reports.nodes.map((n: any) => n.id)).not.toContain(report.id);
    }
    expect(codes(await create(B.admin.accessToken, { organizationId: A.id, definition: BY_MODEL }))).toEqual(['NOT_FOUND']);
    // B's own report over the same source sees B's rows only.
    const theirs = ok(await create(B.admin.accessToken, { organizationId: B.id, definition: BY_MODEL })).createReport;
    expect(ok(await t.gql(RUN, { id: theirs.id }, B.admin.accessToken)).runReport.rows).toEqual([{ model: 'big', calls: 1, cost: '99.000000', tokens: 99_999 }]);

    // A member: not while private; reads it when public, but may neither run nor export it.
    expect(ok(await t.gql(GET, { id: report.id }, A.member.accessToken)).report).toBeNull();
    ok(await t.gql(UPDATE, { id: report.id, i: { isPublic: true } }, A.admin.accessToken));
    expect(ok(await t.gql(GET, { id: report.id }, A.member.accessToken)).report.id).toBe(report.id);
    expect(ok(await t.gql(LIST, { o: A.id }, A.member.accessToken)).reports.nodes.map((n: any) => n.id)).toContain(report.id);
    expect(codes(await t.gql(RUN, { id: report.id }, A.member.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(CSV, { id: run.id }, A.member.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(UPDATE, { id: report.id, i: { isPublic: false } }, A.member.accessToken))).toEqual(['FORBIDDEN']);
    // Public in A is not public in B.
    expect(ok(await t.gql(GET, { id: report.id }, B.member.accessToken)).report).toBeNull();

    // Shared with the outsider: it reads it (and only that one).
    ok(await t.gql(UPDATE, { id: report.id, i: { isPublic: false, sharedWith: [A.outsider.userId] } }, A.admin.accessToken));
    expect(ok(await t.gql(GET, { id: report.id }, A.outsider.accessToken)).report.id).toBe(report.id);
    expect(ok(await t.gql(GET, { id: report.id }, A.member.accessToken)).report).toBeNull();
    // The owner holds report:read and report:execute in A (org_owner inherits org_admin).
    expect(ok(await t.gql(RUN, { id: report.id }, A.owner.accessToken)).runReport.status).toBe('COMPLETED');

    // A platform report needs the permissions for every organization.
    expect(codes(await create(A.admin.accessToken, { organizationId: null, definition: { source: 'api_usage', window: { lastDays: 1 }, aggregations: [{ fn: 'count', as: 'n' }] } }))).toEqual(['FORBIDDEN']);
    const platform = ok(await create(t.admin.accessToken, { organizationId: null, reportType: 'PERFORMANCE', definition: { source: 'api_usage', window: { lastDays: 1 }, groupBy: [{ field: 'operationName' }], aggregations: [{ fn: 'count', as: 'requests' }, { fn: 'p95', field: 'latencyMs', as: 'p95' }] } })).createReport;
    expect(ok(await t.gql(RUN, { id: platform.id }, t.admin.accessToken)).runReport.status).toBe('COMPLETED');
    expect(ok(await t.gql(GET, { id: platform.id }, A.admin.accessToken)).report).toBeNull();

    // Deleting takes the runs with it.
    ok(await t.gql(`mutation($id: ID!) { deleteReport(id: $id) { id } }`, { id: report.id }, A.admin.accessToken));
    expect((await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM analytics.report_executions WHERE report_id = $1`, [report.id]))[0]!.n).toBe(0);
  });
});

describe('schedules', () => {
  it('runs a daily report when the upkeep job passes its time, then sets the next one', async () => {
    const report = ok(await create(A.admin.accessToken, { organizationId: A.id, definition: BY_MODEL, schedule: 'DAILY', scheduleConfig: { hourUtc: 7 } })).createReport;
    expect(report.scheduleConfig).toEqual({ hourUtc: 7, weekday: 1, dayOfMonth: 1 });
    const next = new Date(report.nextRunAt);
    expect(next.getUTCHours()).toBe(7);
    expect(next.getTime() - Date.now()).toBeGreaterThan(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);

    const upkeep = async (now: Date) => {
      await sql(t.db.url, `SELECT graphile_worker.add_job('analytics.maintain', $1::json)`, [JSON.stringify({ now: now.toISOString() })]);
      await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics.maintain' AND key IS NULL`))[0]!.n === 0, 'the upkeep');
    };
    // Before its time: nothing.
    await upkeep(new Date(next.getTime() - 60_000));
    expect(ok(await t.gql(GET, { id: report.id }, A.admin.accessToken)).report.executions).toEqual([]);
    // Just after it (the job's clock injected): one scheduled run, its window ending then.
    const at = new Date(next.getTime() + 60_000);
    await upkeep(at);
    const got = ok(await t.gql(`query($id: ID!) { report(id: $id) { lastGeneratedAt nextRunAt executions { executionType triggeredBy status startedAt rows } } }`, { id: report.id }, A.admin.accessToken)).report;
    expect(got.executions).toEqual([{ executionType: 'SCHEDULED', triggeredBy: null, status: 'COMPLETED', startedAt: at.toISOString(), rows: expect.arrayContaining([expect.objectContaining({ model: 'big' })]) }]);
    expect(got.lastGeneratedAt).toBe(at.toISOString());
    expect(got.nextRunAt).toBe(new Date(next.getTime() + 86_400_000).toISOString());
    // The same hour again runs nothing more.
    await upkeep(new Date(at.getTime() + 60_000));
    expect(ok(await t.gql(GET, { id: report.id }, A.admin.accessToken)).report.executions).toHaveLength(1);

    // Manual again: no next run; weekly on a weekday; refused configuration.
    expect(ok(await t.gql(UPDATE, { id: report.id, i: { schedule: 'MANUAL' } }, A.admin.accessToken)).updateReport.nextRunAt).toBeNull();
    const weekly = ok(await t.gql(UPDATE, { id: report.id, i: { schedule: 'WEEKLY', scheduleConfig: { weekday: 0, hourUtc: 23 } } }, A.admin.accessToken)).updateReport;
    expect(new Date(weekly.nextRunAt).getUTCDay()).toBe(0);
    expect(codes(await t.gql(UPDATE, { id: report.id, i: { schedule: 'MONTHLY', scheduleConfig: { dayOfMonth: 31 } } }, A.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
  });
});

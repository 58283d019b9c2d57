/**
 * exportAuditLogs through the gateway: CSV and NDJSON for audit_log:export holders, inside the
 * organizations the grant reaches (a second tenant's rows never appear in a scoped export),
 * formula-looking cells neutralised, the content's hash returned, and the export itself audited.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authz, ok } from '../authz-kit.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { organizationResource, waitForAudit } from './kit.js';

let t: TestSystem;
let orgA: string;
let orgB: string;
let exporterA: Session;
let auditor: Session;
let nobody: Session;

const EXPORT = `mutation($f: AuditLogFilter, $format: AuditExportFormat!) { exportAuditLogs(filter: $f, format: $format) { format contentType filename rowCount truncated content sha256 } }`;

beforeAll(async () => {
  t = await startTestSystem();
  const kit = authz(t);
  const root = t.admin.accessToken;
  const create = async (name: string) => ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name } }, root)).createOrganization.id as string;
  orgA = await create(`=HYPERLINK("https://evil.example") ${randomUUID().slice(0, 6)}`);
  orgB = await create(`Export B ${randomUUID().slice(0, 6)}`);
  for (const id of [orgA, orgB]) ok(await t.gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { description: "exported, with \\"quotes\\", commas\\nand lines" }) { id } }`, { id }, root));
  [exporterA, auditor, nobody] = await Promise.all([kit.registered(), kit.registered(), kit.registered()]);
  ok(await kit.assign(exporterA.userId, 'auditor', { resourceScope: await organizationResource(t, orgA) }));
  ok(await kit.assign(auditor.userId, 'auditor'));
  await waitForAudit(t, `operation = 'identity.Mutation.updateOrganization' AND organization_id = ANY($1::uuid[])`, [[orgA, orgB]], 2);
}, 120_000);
afterAll(async () => t?.stop());

const exportAs = async (s: Session, format: 'CSV' | 'NDJSON', f: Record<string, unknown> = {}, requestId = `export-${randomUUID()}`) => {
  const res = await t.gql(EXPORT, { f, format }, s.accessToken, { 'x-request-id': requestId });
  return { ...(ok(res).exportAuditLogs as { format: string; contentType: string; filename: string; rowCount: number; truncated: boolean; content: string; sha256: string }), requestId };
};

/** RFC 4180 parse (quoted cells with "" and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

it('an organization-scoped exporter gets its tenant only, as NDJSON, and the export is audited in that tenant', async () => {
  const mine = await exportAs(exporterA, 'NDJSON');
  expect(mine).toMatchObject({ format: 'NDJSON', contentType: 'application/x-ndjson', truncated: false });
  expect(mine.filename).toMatch(/^audit-logs-\d{8}T\d{6}Z\.ndjson$/);
  const lines = mine.content.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(mine.rowCount);
  expect(new Set(lines.map((l) => l.organizationId))).toEqual(new Set([orgA]));
  expect(lines.map((l) => l.operation)).toEqual(expect.arrayContaining(['identity.Mutation.createOrganization', 'identity.Mutation.updateOrganization']));
  expect(lines.map((l) => Number(l.sequence))).toEqual([...lines.map((l) => Number(l.sequence))].sort((a, b) => a - b));
  expect(createHash('sha256').update(mine.content).digest('hex')).toBe(mine.sha256);
  // The other tenant's rows, asked for by name, are simply not there.
  expect((await exportAs(exporterA, 'NDJSON', { organizationId: orgB })).rowCount).toBe(0);
  expect((await exportAs(exporterA, 'CSV', { resourceId: orgB })).content).toBe(`${(await exportAs(auditor, 'CSV', { resourceId: randomUUID() })).content}`);

  const [row] = await waitForAudit(t, `request_id = $1`, [mine.requestId]);
  expect(row).toMatchObject({ event_type: 'export', event_category: 'data_access', operation: 'compliance.Mutation.exportAuditLogs', user_id: exporterA.userId, resource_type: 'AuditLog', organization_id: orgA, risk_level: 'medium', service_name: 'compliance' });
  expect(row!.additional_data).toMatchObject({ format: 'NDJSON', rowCount: mine.rowCount, truncated: false, sha256: mine.sha256, scope: [orgA] });
  // The scoped exporter sees its own export in its tenant's trail.
  const seen = ok(await t.gql(`query($r: String!) { auditLogs(filter: { requestId: $r }) { nodes { eventType eventCategory operation } } }`, { r: mine.requestId }, exporterA.accessToken)).auditLogs.nodes;
  expect(seen).toEqual([{ eventType: 'export', eventCategory: 'DATA_ACCESS', operation: 'compliance.Mutation.exportAuditLogs' }]);
});

it('an unscoped auditor exports any tenant as CSV: quoted cells, JSON columns, formula cells neutralised', async () => {
  const csv = await exportAs(auditor, 'CSV', { resourceId: orgA, resourceType: 'Organization' });
  expect(csv).toMatchObject({ format: 'CSV', contentType: 'text/csv; charset=utf-8', rowCount: 2, truncated: false });
  const [header, ...rows] = parseCsv(csv.content);
  expect(header!.slice(0, 5)).toEqual(['id', 'sequence', 'timestamp', 'recordedAt', 'eventType']);
  expect(header).toContain('rowHash');
  expect(rows).toHaveLength(2);
  const at = (r: string[], k: string) => r[header!.indexOf(k)]!;
  expect(rows.map((r) => at(r, 'eventType'))).toEqual(['create', 'update']);
  expect(at(rows[0]!, 'resourceName')).toMatch(/^'=HYPERLINK\("https:\/\/evil\.example"\) /);
  expect(JSON.parse(at(rows[1]!, 'newValues')).description).toBe('exported, with "quotes", commas\nand lines');
  expect(JSON.parse(at(rows[1]!, 'changedFields'))).toEqual(['description']);
  expect(createHash('sha256').update(csv.content).digest('hex')).toBe(csv.sha256);
  expect((await exportAs(auditor, 'NDJSON', { organizationId: orgB })).rowCount).toBeGreaterThanOrEqual(2);
});

it('refuses those without audit_log:export, the anonymous and bad filters, and an export that fails records nothing', async () => {
  const requestId = `export-refused-${randomUUID()}`;
  expect(codes(await t.gql(EXPORT, { format: 'CSV' }, nobody.accessToken, { 'x-request-id': requestId }))).toEqual(['FORBIDDEN']);
  expect(codes(await t.gql(EXPORT, { format: 'CSV' }))).toEqual(['UNAUTHENTICATED']);
  expect(codes(await t.gql(EXPORT, { format: 'CSV', f: { userId: 'not-a-uuid' } }, auditor.accessToken))).toEqual(['BAD_USER_INPUT']);
  // A later, successful request is recorded; the refused one never is.
  const later = await exportAs(auditor, 'NDJSON', { requestId });
  await waitForAudit(t, `request_id = $1`, [later.requestId]);
  expect(later.rowCount).toBe(0);
  expect(ok(await t.gql(`query($r: String!) { auditLogs(filter: { requestId: $r }) { nodes { id } } }`, { r: requestId }, t.admin.accessToken)).auditLogs.nodes).toEqual([]);
});

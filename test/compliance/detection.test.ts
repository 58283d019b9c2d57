/**
 * Auto-detection of classified columns (issue 12 §3, 004 §5) and the masking version, through the
 * real gateway: `detectDataElements` runs the registered detection patterns over sample values
 * and registers recognised, undeclared columns as data elements with `autoDetected`; already
 * declared columns are not duplicated, nothing matching enough registers nothing; it is audited,
 * needs compliance:create unscoped, and validates its input. A masking policy written straight
 * in SQL (no service involved) is visible on the next request: compliance's triggers bump the
 * masking version the kernel's plan cache is keyed by. Bulk reads of masked classified columns by
 * one actor within the window raise a `data_breach` candidate (rule data_breach.bulk_masked_read;
 * thresholds lowered here: a request masking 2 rows of a column is reported, 5 rows raise).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authz, ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { codes, startTestSystem, type Session, type TestSystem } from '../kit/system.js';
import { waitForAudit } from './kit.js';

let t: TestSystem;
let kit: ReturnType<typeof authz>;
let manager: Session;
let subject: Session;

const DETECT = `mutation($i: DetectDataElementsInput!) {
  detectDataElements(input: $i) { columnName elementType matchRatio created element { id tableName columnName elementType autoDetected maskingMethod maskingParameters detectionPatterns classification { name } } }
}`;

beforeAll(async () => {
  t = await startTestSystem({ ATRIUM_SECURITY_MASKED_READ_REPORT_ROWS: '2', ATRIUM_SECURITY_BULK_READ_ROWS: '5' });
  kit = authz(t);
  [manager, subject] = await Promise.all([kit.registered(), kit.registered()]);
  ok(await kit.assign(manager.userId, 'manager'));
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('detectDataElements', () => {
  const table = `identity.detect_${randomUUID().slice(0, 8)}`;

  it('registers recognised undeclared columns as autoDetected elements, with the matching element type’s classification and masking; audited', async () => {
    const r = ok(
      await t.gql(
        DETECT,
        {
          i: {
            tableName: table,
            columns: [
              // 4 of 5 non-empty samples are emails (0.8, the default threshold); the empty one is ignored.
              { columnName: 'contact', samples: ['ann@example.com', 'bob@example.org', ' ', 'carl@atrium.test', 'dora@example.net', 'not an email'] },
              { columnName: 'last_seen_from', samples: ['10.0.0.1', '192.168.1.20', '2001:db8::1'] },
              { columnName: 'notes', samples: ['hello', 'world', 'ann@example.com'] },
              { columnName: 'empty', samples: [] },
            ],
          },
        },
        t.admin.accessToken,
        { 'x-request-id': `detect-${table}` },
      ),
    ).detectDataElements;
    expect(r.map((c: { columnName: string; created: boolean; elementType: string | null }) => [c.columnName, c.created, c.elementType])).toEqual([
      ['contact', true, 'email'],
      ['last_seen_from', true, 'ip_address'],
      ['notes', false, null],
      ['empty', false, null],
    ]);
    expect(r[0]).toMatchObject({ matchRatio: 0.8, element: { tableName: table, columnName: 'contact', elementType: 'email', autoDetected: true, maskingMethod: 'PARTIAL', maskingParameters: { showFirst: 1 }, classification: { name: 'restricted' } } });
    expect(r[0].element.detectionPatterns).toEqual(['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$']);
    expect(r[1]).toMatchObject({ matchRatio: 1, element: { autoDetected: true, maskingMethod: 'HASH', classification: { name: 'confidential' } } });
    expect(r[2]).toMatchObject({ matchRatio: 1 / 3, element: null });
    expect(r[3]).toMatchObject({ matchRatio: 0, element: null });
    const rows = await sql<{ column_name: string; auto_detected: boolean }>(t.db.url, `SELECT column_name, auto_detected FROM compliance.data_elements WHERE table_name = $1 ORDER BY column_name`, [table]);
    expect(rows).toEqual([
      { column_name: 'contact', auto_detected: true },
      { column_name: 'last_seen_from', auto_detected: true },
    ]);
    const [audit] = await waitForAudit(t, `request_id = $1 AND operation = $2`, [`detect-${table}`, 'compliance.Mutation.detectDataElements']);
    expect(audit).toMatchObject({ user_id: t.admin.userId, service_name: 'compliance' });
  });

  it('does not duplicate declared columns (seeded or detected before): their element is returned, created false', async () => {
    const again = ok(await t.gql(DETECT, { i: { tableName: table, columns: [{ columnName: 'contact', samples: ['eve@example.com'] }] } }, t.admin.accessToken)).detectDataElements;
    expect(again[0]).toMatchObject({ created: false, elementType: 'email', matchRatio: 1, element: { columnName: 'contact', autoDetected: true } });
    const seeded = ok(await t.gql(DETECT, { i: { tableName: 'identity.users', columns: [{ columnName: 'email', samples: ['eve@example.com'] }] } }, t.admin.accessToken)).detectDataElements;
    expect(seeded[0]).toMatchObject({ created: false, element: { tableName: 'identity.users', columnName: 'email', autoDetected: false } });
    const n = await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM compliance.data_elements WHERE (table_name, column_name) IN (($1, 'contact'), ('identity.users', 'email'))`, [table]);
    expect(n[0]!.n).toBe(2);
  });

  it('a custom threshold; bad input is BAD_USER_INPUT; without compliance:create it is FORBIDDEN, and nothing is registered', async () => {
    const strict = ok(await t.gql(DETECT, { i: { tableName: table, minMatchRatio: 1, columns: [{ columnName: 'mostly_mail', samples: ['a@b.io', 'c@d.io', 'nope'] }] } }, t.admin.accessToken)).detectDataElements;
    expect(strict[0]).toMatchObject({ created: false, element: null });
    for (const i of [
      { tableName: 'no_schema', columns: [{ columnName: 'x', samples: ['a@b.io'] }] },
      { tableName: table, columns: [] },
      { tableName: table, columns: [{ columnName: 'x', samples: ['a@b.io'] }, { columnName: 'x', samples: [] }] },
      { tableName: table, minMatchRatio: 0, columns: [{ columnName: 'x', samples: ['a@b.io'] }] },
      { tableName: table, columns: [{ columnName: 'x', samples: ['a'.repeat(1001)] }] },
    ])
      expect(codes(await t.gql(DETECT, { i }, t.admin.accessToken))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(DETECT, { i: { tableName: table, columns: [{ columnName: 'mail2', samples: ['a@b.io'] }] } }, manager.accessToken))).toEqual(['FORBIDDEN']);
    const rows = await sql<{ column_name: string }>(t.db.url, `SELECT column_name FROM compliance.data_elements WHERE table_name = $1 ORDER BY column_name`, [table]);
    expect(rows.map((r) => r.column_name)).toEqual(['contact', 'last_seen_from']);
  });
});

describe('the masking version', () => {
  it('a masking policy written straight in SQL is visible on the next request (cached plans are keyed by the version its trigger bumps)', async () => {
    const read = async () => ok(await t.gql(`query($u: ID!) { user(id: $u) { email } }`, { u: subject.userId }, manager.accessToken)).user.email as string;
    // Twice under the same versions: the second answer comes from the cached plan.
    expect(await read()).toBe(subject.email);
    expect(await read()).toBe(subject.email);
    const name = `sql-${randomUUID().slice(0, 8)}`;
    await sql(t.db.url, `INSERT INTO compliance.masking_policies (name, applies_to_tables, applies_to_columns, masking_rules, priority, created_by) VALUES ($1, '{identity.users}', '{email}', '{"method": "redact"}', 900, $2)`, [name, t.admin.userId]);
    expect(await read()).toBe('[REDACTED]');
    await sql(t.db.url, `UPDATE compliance.masking_policies SET is_active = false WHERE name = $1`, [name]);
    expect(await read()).toBe(subject.email);
  });
});

describe('bulk reads of masked data', () => {
  it('masked reads of at least the report threshold are audited as masked_read; their rows by one actor within the window raise one data_breach event', async () => {
    const reader = await kit.registered();
    ok(await kit.grant(reader.userId, 'user:read'));
    const name = `bulk-${randomUUID().slice(0, 8)}`;
    ok(await t.gql(`mutation($i: CreateMaskingPolicyInput!) { createMaskingPolicy(input: $i) { id } }`, { i: { name, appliesToTables: ['identity.users'], appliesToColumns: ['email'], appliesToUsers: [reader.userId], maskingRules: { method: 'redact' } } }, t.admin.accessToken));
    const list = async (first: number, requestId: string) => {
      const nodes = ok(await t.gql(`query($n: Int!) { users(first: $n) { nodes { id email } } }`, { n: first }, reader.accessToken, { 'x-request-id': requestId })).users.nodes as { id: string; email: string }[];
      expect(nodes.filter((u) => u.id !== reader.userId).every((u) => u.email === '[REDACTED]')).toBe(true);
      return nodes.filter((u) => u.id !== reader.userId).length;
    };
    // One masked row: below the report threshold, nothing is published.
    const small = `bulk-small-${randomUUID()}`;
    expect(await list(1, small)).toBeLessThanOrEqual(1);
    const ids = [`bulk-1-${randomUUID()}`, `bulk-2-${randomUUID()}`];
    const rows = [await list(4, ids[0]!), await list(4, ids[1]!)];
    expect(rows.every((n) => n >= 3)).toBe(true);
    const audited = await waitForAudit(t, `event_type = 'masked_read' AND user_id = $1`, [reader.userId], 2);
    expect(audited.map((a) => a.request_id).sort()).toEqual([...ids].sort());
    expect(audited[0]).toMatchObject({ event_category: 'data_access', service_name: 'identity', resource_type: 'identity.users', operation: 'identity.Query.users' });
    expect(audited[0]!.additional_data).toMatchObject({ columns: [{ column: 'identity.users.email' }], threshold: 2 });
    const breach = await waitFor(async () => {
      const nodes = ok(await t.gql(`query($f: SecurityEventFilter) { securityEvents(filter: $f, first: 10) { nodes { eventType severity detectionRuleId sourceUserId eventData } } }`, { f: { detectionRuleId: 'data_breach.bulk_masked_read' } }, t.admin.accessToken)).securityEvents.nodes as Record<string, any>[];
      const mine = nodes.filter((e) => e.sourceUserId === reader.userId);
      return mine.length ? mine : null;
    }, 'a data_breach.bulk_masked_read event');
    expect(breach).toHaveLength(1);
    expect(breach[0]).toMatchObject({ eventType: 'DATA_BREACH', severity: 'MEDIUM', detectionRuleId: 'data_breach.bulk_masked_read', eventData: { threshold: 5, columns: ['identity.users.email'] } });
    expect(breach[0]!.eventData.count).toBe(rows[0]! + rows[1]!);
    expect(await sql(t.db.url, `SELECT 1 FROM compliance.audit_logs WHERE request_id = $1`, [small])).toEqual([]);
  });
});

/**
 * Retention of the audit log through the real queue and job runner, with an injected clock: a
 * backdated event waits in the default partition; the upkeep job creates its month and moves it
 * there unchanged; later the job drops the partitions past retention (7 years), recording the
 * purge and the chain's anchor, keeps the younger ones, and verifyAuditChain still verifies the
 * retained chain (its first row after the gap checked against the anchor).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { sql } from '../kit/db.js';
import { startTestSystem, type TestSystem } from '../kit/system.js';
import { auditRows, waitForAudit } from './kit.js';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()), 120_000);
afterAll(async () => t?.stop());

const DAY = 86_400_000;
const VERIFY = `{ verifyAuditChain { ok checkedRows firstSequence anchoredLinks firstBrokenLink { sequence reason } } }`;
const partName = (d: Date) => `audit_logs_y${d.getUTCFullYear()}m${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/** Run the upkeep job at `now` through the queue and wait until it is done. */
async function upkeep(now: Date) {
  await sql(t.db.url, `SELECT graphile_worker.add_job('compliance:audit-partitions', $1::json)`, [JSON.stringify({ now: now.toISOString() })]);
  await waitFor(async () => {
    const [job] = await sql<{ n: number; error: string | null }>(t.db.url, `SELECT count(*)::int AS n, max(last_error) AS error FROM graphile_worker.jobs WHERE task_identifier = 'compliance:audit-partitions' AND key IS NULL`);
    if (job!.error) throw new Error(job!.error);
    return job!.n === 0;
  }, `upkeep at ${now.toISOString()}`);
}

const partitions = async () =>
  (await sql<{ name: string }>(t.db.url, `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'compliance.audit_logs'::regclass ORDER BY 1`)).map((r) => r.name);

/** An audit event as a producer would publish it, with its own clock. */
async function backdated(at: Date) {
  const id = randomUUID();
  const payload = {
    eventType: 'update', eventCategory: 'data_change', operation: 'identity.Mutation.updateMyProfile', actorId: null, sessionId: null, ipAddress: null, userAgent: null,
    requestId: `backdated-${id}`, serviceName: 'identity', resourceType: 'User', resourceId: randomUUID(), resourceName: null, organizationId: null, oldValues: null, newValues: { bio: 'old' },
    changedFields: ['bio'], riskLevel: 'low', complianceRelevant: false, description: null, additionalData: {}, inTransaction: true, at: at.toISOString(),
  };
  await sql(t.db.url, `SELECT graphile_worker.add_job('compliance:audit.recorded:v1', $1::json)`, [JSON.stringify({ id, event: 'audit.recorded', version: 1, occurredAt: at.toISOString(), payload })]);
  const [row] = await waitForAudit(t, `id = $1`, [id]);
  return row!;
}

const home = async (id: string) => (await sql<{ part: string; seq: string; row_hash: string }>(t.db.url, `SELECT tableoid::regclass::text AS part, seq::text, row_hash FROM compliance.audit_logs WHERE id = $1`, [id]))[0]!;

it('moves a backdated row into its month, drops whole partitions past retention, and the chain verifies across the gap', async () => {
  const now = new Date();
  const expired = new Date(Date.UTC(now.getUTCFullYear() - 8, now.getUTCMonth(), 15)); // 8 years: past 2555 days
  const kept = new Date(now.getTime() - 2000 * DAY); // 5.5 years: inside
  const a = await backdated(expired);
  const c = await backdated(kept);
  expect(Number(c.seq)).toBe(Number(a.seq) + 1);
  const before = await home(a.id);
  expect(before.part).toBe('compliance.audit_logs_default');

  // The job at a clock of that time: its month and three ahead, and the month of every stray.
  await upkeep(new Date(expired.getTime() + 20 * DAY));
  const moved = await home(a.id);
  expect(moved).toEqual({ ...before, part: `compliance.${partName(expired)}` });
  expect((await home(c.id)).part).toBe(`compliance.${partName(kept)}`);
  expect(await sql(t.db.url, `SELECT 1 FROM compliance.audit_logs_default`)).toEqual([]);
  const parts = await partitions();
  expect(parts).toEqual(expect.arrayContaining([partName(expired), partName(new Date(expired.getTime() + 20 * DAY)), partName(kept), 'audit_logs_default']));
  // Moved rows are the same rows: the chain still verifies, and they are still append-only.
  expect(ok(await t.gql(VERIFY, {}, t.admin.accessToken)).verifyAuditChain).toMatchObject({ ok: true, anchoredLinks: 0, firstBrokenLink: null });
  await expect(sql(t.db.url, `DELETE FROM compliance.${partName(expired)}`)).rejects.toMatchObject({ code: '42501' });

  // Today: every partition whose whole month is older than 2555 days goes, with its purge and anchor.
  const total = (await auditRows(t, 'true')).length;
  await upkeep(now);
  const left = await partitions();
  const gone = parts.filter((p) => !left.includes(p));
  expect(gone).toContain(partName(expired));
  expect(left).toEqual(expect.arrayContaining([partName(kept), partName(now), 'audit_logs_default']));
  for (const p of gone) expect(p < partName(new Date(now.getTime() - 2555 * DAY))).toBe(true);
  expect(await sql(t.db.url, `SELECT 1 FROM compliance.audit_logs WHERE id = $1`, [a.id])).toEqual([]);
  const purges = await sql<{ partition_name: string; row_count: string; min_seq: string | null; retention_days: number }>(t.db.url, `SELECT partition_name, row_count::text, min_seq::text, retention_days FROM compliance.audit_purges ORDER BY partition_name`);
  expect(purges.map((p) => p.partition_name).sort()).toEqual([...gone].sort());
  expect(purges.find((p) => p.partition_name === partName(expired))).toEqual({ partition_name: partName(expired), row_count: '1', min_seq: a.seq, retention_days: 2555 });
  expect(await sql(t.db.url, `SELECT seq::text, row_hash, partition_name FROM compliance.audit_chain_anchors`)).toEqual([{ seq: a.seq, row_hash: before.row_hash, partition_name: partName(expired) }]);

  // The retained chain: c's predecessor is gone, its link is checked against the anchor.
  const verified = ok(await t.gql(VERIFY, {}, t.admin.accessToken)).verifyAuditChain;
  expect(verified).toEqual({ ok: true, checkedRows: total - 1, firstSequence: '1', anchoredLinks: 1, firstBrokenLink: null });
  // An anchor is append-only; one forged around the trigger breaks the link it vouches for.
  await expect(sql(t.db.url, `UPDATE compliance.audit_chain_anchors SET row_hash = repeat('f', 64)`)).rejects.toMatchObject({ code: '42501' });
  await sql(t.db.url, `SET session_replication_role = replica; UPDATE compliance.audit_chain_anchors SET row_hash = repeat('f', 64); SET session_replication_role = origin;`);
  expect(ok(await t.gql(VERIFY, {}, t.admin.accessToken)).verifyAuditChain).toMatchObject({ ok: false, anchoredLinks: 0, firstBrokenLink: { sequence: c.seq, reason: 'LINK_BROKEN' } });
});

/**
 * requestSeries (issue 13 §5, the dashboard's requests-per-minute chart) through the gateway:
 * requests, errors and the exact p95 per UTC minute, hour or day, every bucket of the window present
 * (empty ones with zeros and a null p95), the first bucket the one holding `from`; operationStats'
 * filter; bounded windows; and, like operationStats, platform readers only (an organization's
 * administrator and a user without analytics:read get FORBIDDEN).
 */
import { EVENTS, ORGANIZATION_ROLES } from '@atrium/kernel';
import { sql } from '@atrium/test/db';
import { publish } from '@atrium/test/events';
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, waitFor } from '../authz-kit.js';
import { usageEntry } from './usage-kit.js';

let t: TestSystem;
const OPERATION = `SeriesSeed_${randomBytes(4).toString('hex')}`;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** 10:00 UTC three days ago: every seeded request falls on one UTC day. */
const base = Math.floor((Date.now() - 3 * DAY) / DAY) * DAY + 10 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

/** [offset from base in ms, latency ms, error code]. */
const SEEDED: [number, number, string | null][] = [
  [10_000, 10, null],
  [50_000, 30, 'BAD_USER_INPUT'],
  [2 * MINUTE + 5_000, 20, null],
  [61 * MINUTE, 40, null],
];

const SERIES = `query($from: DateTime!, $to: DateTime!, $bucket: TimeBucket, $filter: OperationStatsFilter) {
  requestSeries(from: $from, to: $to, bucket: $bucket, filter: $filter) { bucketStart requests errors p95Ms }
}`;
const series = (vars: Record<string, unknown>, token = t.admin.accessToken) => t.gql(SERIES, { filter: { operationName: OPERATION }, ...vars }, token);

beforeAll(async () => {
  t = await startTestSystem();
  const entries = SEEDED.map(([offset, latencyMs, errorCode]) => usageEntry({ at: base + offset, operationName: OPERATION, latencyMs, errorCode, userId: t.admin.userId }));
  // The gateway's own capture event, as its usage recorder enqueues it.
  await publish(t, EVENTS.apiUsageRecorded, { entries });
  await waitFor(async () => (await sql(t.db.url, `SELECT 1 FROM analytics.api_usage_logs WHERE endpoint = $1`, [OPERATION])).length === SEEDED.length, 'the seeded usage rows');
}, 120_000);
afterAll(async () => t?.stop());

describe('requestSeries', () => {
  it('answers every minute of the window, oldest first, with zeros for empty ones (MINUTE is the default)', async () => {
    const res = ok(await series({ from: iso(base), to: iso(base + 5 * MINUTE) })).requestSeries;
    expect(res).toEqual([
      // percentile_cont(0.95) of 10 and 30 ms.
      { bucketStart: iso(base), requests: 2, errors: 1, p95Ms: 29 },
      { bucketStart: iso(base + MINUTE), requests: 0, errors: 0, p95Ms: null },
      { bucketStart: iso(base + 2 * MINUTE), requests: 1, errors: 0, p95Ms: 20 },
      { bucketStart: iso(base + 3 * MINUTE), requests: 0, errors: 0, p95Ms: null },
      { bucketStart: iso(base + 4 * MINUTE), requests: 0, errors: 0, p95Ms: null },
    ]);
  });

  it('aligns hours and days to UTC, the first bucket holding `from`, and counts only [from, to)', async () => {
    // From 30 s past the hour: the first request (10 s past) is outside the window, its hour is not.
    const hours = ok(await series({ from: iso(base + 30_000), to: iso(base + 2 * HOUR), bucket: 'HOUR' })).requestSeries;
    expect(hours.map((b: any) => [b.bucketStart, b.requests, b.errors])).toEqual([
      [iso(base), 2, 1],
      [iso(base + HOUR), 1, 0],
    ]);
    const day = base - 10 * HOUR;
    const days = ok(await series({ from: iso(base), to: iso(day + 2 * DAY), bucket: 'DAY' })).requestSeries;
    expect(days).toEqual([
      { bucketStart: iso(day), requests: 4, errors: 1, p95Ms: expect.any(Number) },
      { bucketStart: iso(day + DAY), requests: 0, errors: 0, p95Ms: null },
    ]);
  });

  it("takes operationStats' filter", async () => {
    const res = ok(await series({ from: iso(base), to: iso(base + 3 * MINUTE), filter: { operationName: OPERATION, errorsOnly: true } })).requestSeries;
    expect(res.map((b: any) => [b.requests, b.errors])).toEqual([[1, 1], [0, 0], [0, 0]]);
  });

  it('refuses windows that are empty, longer than 31 days or of more than 1,500 buckets', async () => {
    expect(codes(await series({ from: iso(base), to: iso(base) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await series({ from: iso(base - 32 * DAY), to: iso(base), bucket: 'DAY' }))).toEqual(['BAD_USER_INPUT']);
    const tooMany = await series({ from: iso(base - 2 * DAY), to: iso(base) });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.message).toContain('at most 1500 buckets');
    // 25 hours of minutes (1,500) is the most.
    expect(ok(await series({ from: iso(base - 25 * HOUR), to: iso(base) })).requestSeries).toHaveLength(1500);
  });

  it('is for platform readers: an organization administrator and a user without analytics:read get FORBIDDEN', async () => {
    const window = { from: iso(base), to: iso(base + MINUTE) };
    const user = await t.register();
    expect(codes(await series(window, user.accessToken))).toEqual(['FORBIDDEN']);

    const admin = await t.register();
    const root = t.admin.accessToken;
    const org = ok(await t.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: `Series ${randomUUID().slice(0, 8)}` } }, root)).createOrganization.id as string;
    ok(await t.gql(`mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`, { i: { organizationId: org, userId: admin.userId, roleId: ORGANIZATION_ROLES.org_admin.id } }, root));
    await waitFor(async () => {
      const scopes = ok(await t.gql(`query($p: [String!]!) { myTenantScopes(permissions: $p) { organizationIds } }`, { p: ['analytics:read'] }, admin.accessToken)).myTenantScopes;
      return (scopes[0].organizationIds as string[]).includes(org);
    }, "the organization administrator's analytics:read");
    const refused = await series(window, admin.accessToken);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    // Shield refuses first: a scoped grant answers no resource-less check (the service would say "platform-wide").
    expect(refused.errors![0]!.message).toBe('Missing permission analytics:read (OUT_OF_SCOPE)');
    expect(codes(await series(window, ''))).toEqual(['UNAUTHENTICATED']);
  });
});

/**
 * Usage sessions end on logout (issue 13 §1): identity publishes session.ended in the logout's
 * transaction, and analytics ends the session's usage row for good (ended_at, duration,
 * end_reason logout); the idle end (test/analytics/series.test.ts) is the other way, and only it
 * reopens on later activity.
 */
import { EVENTS } from '@atrium/kernel';
import { sql } from '@atrium/test/db';
import { publish } from '@atrium/test/events';
import { codes, startTestSystem, type TestSystem } from '@atrium/test/system';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitFor } from '../authz-kit.js';

let t: TestSystem;
beforeAll(async () => (t = await startTestSystem()));
afterAll(async () => t?.stop());

type Row = { id: string; api_calls: number; started: string; ended: string | null; duration_seconds: number | null; end_reason: string | null; exact: number | null };
const sessionOf = async (id: string) =>
  (
    await sql<Row>(
      t.db.url,
      `SELECT id, api_calls, started_at::text AS started, ended_at::text AS ended, duration_seconds, end_reason,
              floor(extract(epoch FROM ended_at - started_at))::int AS exact FROM analytics.usage_sessions WHERE id = $1`,
      [id],
    )
  )[0];

it('logout ends the usage session for good, with its duration', async () => {
  const user = await t.register();
  for (let i = 0; i < 2; i++) expect((await t.gql('query Me { me { id } }', {}, user.accessToken)).errors).toBeUndefined();
  const [{ session_id: sid }] = (await waitFor(async () => {
    const rows = await sql<{ session_id: string }>(t.db.url, `SELECT session_id FROM analytics.api_usage_logs WHERE user_id = $1 AND endpoint = 'Me'`, [user.userId]);
    return rows.length === 2 ? rows : null;
  }, 'two usage rows')) as [{ session_id: string }];
  await waitFor(async () => (await sessionOf(sid))?.api_calls === 2, 'the session counts both calls');

  const out = await t.gql('mutation Out { logout { revokedSessions } }', {}, user.accessToken);
  expect(out.errors).toBeUndefined();
  const ended = (await waitFor(async () => {
    const row = await sessionOf(sid);
    // Ended, and the logout request itself counted (its batch may be stored before or after the event).
    return row?.ended && row.api_calls === 3 ? row : null;
  }, 'the session ended')) as Row;
  expect(ended).toMatchObject({ end_reason: 'logout', duration_seconds: ended.exact });
  expect(ended.duration_seconds).toBeGreaterThanOrEqual(0);

  // The token is refused now; that refusal (no session) and a late redelivery change nothing.
  expect(codes(await t.gql('query Me { me { id } }', {}, user.accessToken))).toEqual(['UNAUTHENTICATED']);
  await publish(t, EVENTS.sessionEnded, { userId: user.userId, sessionIds: [sid], reason: 'logout', at: new Date(Date.now() + 60_000).toISOString() });
  await waitFor(async () => (await sql<{ n: number }>(t.db.url, `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'analytics:session.ended:v1'`))[0]!.n === 0, 'the redelivery handled');
  // A usage batch of that session arriving late (a request served just before) does not reopen it.
  await publish(t, EVENTS.apiUsageRecorded, {
    entries: [{ id: randomUUID(), requestId: randomUUID(), method: 'POST', operationName: 'Late', operationType: 'query', persistedId: null, subgraphs: [], status: 200, errorCode: null, errorCount: 0, latencyMs: 1, requestBytes: 1, responseBytes: 1, userId: user.userId, sessionId: sid, clientIp: null, userAgent: null, variables: null, fields: [], at: new Date(Date.now() + 120_000).toISOString() }],
  });
  await waitFor(async () => (await sessionOf(sid))?.api_calls === 4, 'the late call counted');
  expect(await sessionOf(sid)).toMatchObject({ ended: ended.ended, end_reason: 'logout', duration_seconds: ended.duration_seconds });

  // The gateway's /metrics counts capture: everything recorded, nothing dropped.
  const text = await (await fetch(new URL('/metrics', t.gatewayUrl))).text();
  expect(Number(/^atrium_gateway_usage_recorded_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(4);
  expect(text).toMatch(/^atrium_gateway_usage_dropped_total 0$/m);
});

it('a logout heard before any of its requests were stored still ends the session they join', async () => {
  const sid = randomUUID();
  const at = '2031-05-01T10:00:00.000Z';
  await publish(t, EVENTS.sessionEnded, { userId: t.admin.userId, sessionIds: [sid], reason: 'logout', at });
  await waitFor(async () => (await sessionOf(sid))?.end_reason === 'logout', 'the session row');
  await publish(t, EVENTS.apiUsageRecorded, {
    entries: [{ id: randomUUID(), requestId: randomUUID(), method: 'POST', operationName: 'Early', operationType: 'query', persistedId: null, subgraphs: [], status: 200, errorCode: null, errorCount: 0, latencyMs: 1, requestBytes: 1, responseBytes: 1, userId: t.admin.userId, sessionId: sid, clientIp: null, userAgent: null, variables: null, fields: [], at: '2031-05-01T09:15:00.000Z' }],
  });
  await waitFor(async () => (await sessionOf(sid))?.api_calls === 1, 'the request joined');
  expect(await sessionOf(sid)).toMatchObject({ end_reason: 'logout', duration_seconds: 45 * 60 });
});

import { EVENTS, on, type SubgraphServices } from '@atrium/kernel';
import type { AnalyticsDb } from '../../db.js';
import { ConsentStore, TRACKING_PURPOSE } from '../consent/store.js';

type Deps = SubgraphServices<AnalyticsDb, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * user_activity from the audit trail's authentication events (published again as `user.activity`) (sign-in, failed sign-in, sign-out,
 * token refresh, lockout, sign-up): every mutation publishes `audit.recorded`, and analytics keeps
 * the authentication ones as activity rows (activity_type = the audit event type: login, login_failed,
 * logout, token_refresh, account_locked…, `register` for a sign-up). The row id is
 * the event id, so a redelivery inserts nothing twice. Other audit events are ignored.
 * Tracking is processing on the consent basis (the register's `usage_analytics`): only users
 * whose consent analytics holds as valid at the event's time are tracked; events of nobody
 * (a refused sign-in of an unknown email) are not tracked at all.
 */
export const activityEvents = [
  on(EVENTS.userActivity, async (event, { db }: Deps, meta) => {
    if (event.eventCategory !== 'authentication') return;
    const userId = typeof event.actorId === 'string' && UUID.test(event.actorId) ? event.actorId : typeof event.resourceId === 'string' && event.resourceType === 'User' && UUID.test(event.resourceId) ? event.resourceId : null;
    if (!userId || !(await new ConsentStore(db).allows(userId, TRACKING_PURPOSE, new Date(event.at)))) return;
    await db.$executeRawUnsafe(
      `INSERT INTO "analytics"."user_activity" (id, "time", user_id, activity_type, details, ip_address, user_agent)
       SELECT $1::uuid, $2::timestamptz, $3::uuid, $4, $5::jsonb, $6, $7
        WHERE NOT EXISTS (SELECT 1 FROM "analytics"."user_activity" WHERE id = $1::uuid AND "time" = $2::timestamptz)`,
      meta.eventId,
      event.at,
      userId,
      // A sign-up's audit type is the generic `create`: the field names it.
      (event.eventType === 'create' ? (event.operation.split('.').pop() ?? event.eventType) : event.eventType).slice(0, 100),
      JSON.stringify({ operation: event.operation, sessionId: event.sessionId, organizationId: event.organizationId }),
      event.ipAddress?.slice(0, 45) ?? null,
      event.userAgent,
    );
  }),
  /**
   * The services' samples of themselves (kernel sampler.ts): one system_metrics row each, at the
   * sample's time, keyed by the sample's own id (a redelivery inserts nothing), in one statement.
   */
  on(EVENTS.systemMetricsSampled, async (event, { db }: Deps) => {
    await db.$executeRawUnsafe(
      `INSERT INTO "analytics"."system_metrics" (id, "time", host, metric_name, metric_value, tags)
       SELECT s.id, $2::timestamptz, $1, s.metric_name, s.metric_value, s.tags
         FROM unnest($3::uuid[], $4::text[], $5::float8[], $6::jsonb[]) AS s(id, metric_name, metric_value, tags)
       ON CONFLICT DO NOTHING`,
      event.host,
      event.at,
      event.samples.map((x) => x.id),
      event.samples.map((x) => x.metricName),
      event.samples.map((x) => x.value),
      event.samples.map((x) => JSON.stringify(x.tags)),
    );
  }),
];

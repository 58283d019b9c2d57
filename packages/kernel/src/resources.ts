import type { ResourceType } from './catalog.js';
import { EVENTS, type EventBus } from './events.js';
import type { RawExecutor } from './jobs.js';

/**
 * Every object is a resource. A subgraph announces each tenant-owned object it creates, changes
 * or deletes to the authorization domain (`resource.upserted` / `resource.deleted`), in the same
 * transaction as the change, so scoped grants and owner conditions work on it without an
 * administrator registering it by hand.
 *
 * Call these AFTER writing the object's row in the transaction: the row lock the write holds
 * orders two changes of one object, and `at` is read from the database clock under it, so the
 * consumer keeps the newest state whatever order deliveries arrive in.
 */
export interface AnnouncedResource {
  type: ResourceType;
  /** The object's id in its own domain. */
  id: string;
  name: string | null;
  ownerId: string | null;
  /** The tenant; also the parent unless `parent` names a parent object. */
  organizationId: string | null;
  /** A parent object (e.g. a document's conversation); default: the organization. */
  parent?: { type: ResourceType; id: string } | null;
  attributes?: Record<string, unknown>;
}

const ISO_MICROS = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

/** The database clock, to the microsecond, inside the caller's transaction. */
export async function databaseNow(tx: RawExecutor): Promise<string> {
  const rows = await tx.$queryRawUnsafe<{ at: string }[]>(`SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', '${ISO_MICROS}') AS at`);
  return rows[0]!.at;
}

const parentOf = (r: AnnouncedResource) =>
  r.parent ? { resourceType: r.parent.type, resourceId: r.parent.id } : r.organizationId && !(r.type === 'organization' && r.organizationId === r.id) ? { resourceType: 'organization', resourceId: r.organizationId } : null;

/** Register or update objects as resources (one event each), inside the producer's transaction. */
export async function announceResources(events: EventBus, tx: RawExecutor, resources: readonly AnnouncedResource[]): Promise<void> {
  if (resources.length === 0) return;
  const at = await databaseNow(tx);
  for (const r of resources) {
    await events.publish(
      tx,
      EVENTS.resourceUpserted,
      { resourceType: r.type, resourceId: r.id, name: r.name?.slice(0, 255) ?? null, ownerId: r.ownerId, organizationId: r.organizationId, parent: parentOf(r), attributes: r.attributes ?? {}, at },
      { key: `${r.type}:${r.id}` },
    );
  }
}

export const announceResource = (events: EventBus, tx: RawExecutor, resource: AnnouncedResource) => announceResources(events, tx, [resource]);

/** Tell the authorization domain objects were deleted (a tombstone: a late upsert cannot bring them back). */
export async function retireResources(events: EventBus, tx: RawExecutor, resources: readonly { type: ResourceType; id: string }[]): Promise<void> {
  if (resources.length === 0) return;
  const at = await databaseNow(tx);
  for (const r of resources) await events.publish(tx, EVENTS.resourceDeleted, { resourceType: r.type, resourceId: r.id, at }, { key: `${r.type}:${r.id}` });
}

import type { EventType, RawExecutor } from '@atrium/kernel';
import { systemEventBus } from '@atrium/runtime/registry';
import pg from 'pg';
import type { TestSystem } from './system.js';

/**
 * Publish a catalog event into a test system's database exactly as a producer does (the real
 * bus, its routes and its job rows), outside any request: replays and deliveries on demand.
 */
export async function publish<P>(t: TestSystem, event: EventType<P>, payload: P, options: { key?: string } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: t.db.url });
  await client.connect();
  try {
    const tx: RawExecutor = {
      $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
      $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as T,
    };
    await systemEventBus(t.config).publish(tx, event, payload, options);
  } finally {
    await client.end();
  }
}

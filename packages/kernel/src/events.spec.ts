import { describe, expect, it } from 'vitest';
import { EVENTS, consumerTasks, createEventBus, eventRoutes, eventTask, on } from './events.js';
import type { RawExecutor } from './jobs.js';

const USER = '7d4e1f9c-0b5a-4c1e-9a35-2f6e8a1c4b20';
const AT = '2030-01-01T00:00:00.000001Z';

/** Records the SQL a publish sends, instead of a database. */
function recorder() {
  const calls: unknown[][] = [];
  const tx: RawExecutor = {
    $executeRawUnsafe: async (_query, ...values) => (calls.push(values), 1),
    $queryRawUnsafe: async () => [] as never,
  };
  return { tx, calls };
}

describe('event routes and publishing', () => {
  const routes = eventRoutes([
    { name: 'authorization', events: [on(EVENTS.userRegistered, async () => undefined), on(EVENTS.userDeactivated, async () => undefined)] },
    { name: 'analytics', events: [on(EVENTS.userRegistered, async () => undefined)] },
    { name: 'identity' },
  ]);

  it('fans one event out to one job per consumer, keyed per consumer, with the envelope', async () => {
    const bus = createEventBus({ routes, maxAttempts: 7 });
    expect(bus.consumersOf(EVENTS.userRegistered)).toEqual(['authorization', 'analytics']);
    expect(bus.consumersOf(EVENTS.memberAdded)).toEqual([]);
    const { tx, calls } = recorder();
    await bus.publish(tx, EVENTS.userRegistered, { userId: USER, at: AT }, { key: USER });
    expect(calls.map(([task, , key, attempts]) => [task, key, attempts])).toEqual([
      ['authorization:user.registered:v1', `authorization:user.registered:v1:${USER}`, 7],
      ['analytics:user.registered:v1', `analytics:user.registered:v1:${USER}`, 7],
    ]);
    const envelopes = calls.map(([, payload]) => JSON.parse(payload as string));
    expect(envelopes[0]).toEqual({ id: expect.any(String), event: 'user.registered', version: 1, occurredAt: expect.any(String), payload: { userId: USER, at: AT } });
    expect(envelopes[1].id).toBe(envelopes[0].id);
  });

  it('refuses a payload its schema rejects before enqueuing anything, and an event nobody consumes sends nothing', async () => {
    const bus = createEventBus({ routes, maxAttempts: 1 });
    const { tx, calls } = recorder();
    await expect(bus.publish(tx, EVENTS.userRegistered, { userId: 'me', at: AT })).rejects.toThrow('user.registered v1: invalid payload');
    await bus.publish(tx, EVENTS.memberRemoved, { organizationId: USER, userId: USER, at: '2026-12-01T00:00:00.000000Z' });
    expect(calls).toEqual([]);
  });

  it('refuses two handlers of one event in one subgraph', () => {
    expect(() => eventRoutes([{ name: 'x', events: [on(EVENTS.userRegistered, async () => undefined), on(EVENTS.userRegistered, async () => undefined)] }])).toThrow(
      'x declares two handlers for user.registered v1',
    );
  });
});

describe('consumer tasks', () => {
  it('parse the envelope and the payload with the catalog schema, then call the handler', async () => {
    const seen: unknown[] = [];
    const tasks = consumerTasks('authorization', [on(EVENTS.userDeactivated, async (payload, deps: { tag: string }, meta) => void seen.push([payload, deps.tag, meta]))], { tag: 'deps' });
    const task = tasks[eventTask('authorization', EVENTS.userDeactivated)]!;
    const envelope = { id: '1b2f5c7e-8a9d-4e3f-b1c2-d3e4f5a6b7c8', event: 'user.deactivated', version: 1, occurredAt: '2030-01-01T00:00:00.000Z' };
    await task({ ...envelope, payload: { userId: USER, deactivatedBy: null, at: AT } }, { job: { attempts: 2 } });
    expect(seen).toEqual([[{ userId: USER, deactivatedBy: null, at: AT }, 'deps', { eventId: envelope.id, occurredAt: envelope.occurredAt, attempt: 2 }]]);
    // A producer on another version: the job fails (and is kept once its attempts are spent).
    await expect(task({ ...envelope, payload: { user: USER } }, { job: { attempts: 1 } })).rejects.toThrow('authorization:user.deactivated:v1: payload does not match user.deactivated v1');
    await expect(task({ payload: {} }, { job: { attempts: 1 } })).rejects.toThrow('not an event envelope');
    expect(seen).toHaveLength(1);
  });
});

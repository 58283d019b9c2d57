import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';
import type { PolicySnapshotWire } from './policy-snapshot.js';

/**
 * Policy snapshots shared by every replica through Redis (seed 004 §8.3, issue 11 §1), optional:
 * a process looks in its own memory first, here second, and asks the authorization subgraph last.
 *
 * An entry is keyed by the user and the exact policy version it was fetched under, so the
 * staleness rules are those of the in-process copy (policy-snapshot.ts): a replica uses an
 * entry only under the version its own request read, and the replica that wrote it fetched it
 * after reading that version. Entries are signed with the subgraph HMAC secret over their key
 * and content: write access to Redis alone cannot hand anyone a permission, nor move one user's
 * entry to another.
 *
 * Never required: every command has a short timeout and no offline queue, every failure is a
 * miss (the caller fetches from the authorization subgraph as without Redis), and an outage is
 * logged once, again only after Redis was back in between.
 */
export interface SharedSnapshots {
  /** The entry stored for this user under exactly this version, or null (none, unreadable, Redis down). Never throws. */
  get(userId: string, version: string): Promise<SharedSnapshot | null>;
  /** Store an entry for `ttlMs`, in the background. Never throws. */
  set(userId: string, version: string, entry: SharedSnapshot, ttlMs: number): void;
  close(): Promise<void>;
}

export interface SharedSnapshot {
  wire: PolicySnapshotWire;
  /** Epoch ms of the oldest fetch its facts come from: its life is counted from there. */
  fetchedAt: number;
}

export interface RedisSnapshotOptions {
  url: string;
  prefix: string;
  /** The subgraph HMAC secret: entries are signed and checked with it. */
  secret: string;
  logger: Logger;
  /** Longest one command may take before it counts as a miss (default 250 ms). */
  commandTimeoutMs?: number;
}

export function redisSnapshots(options: RedisSnapshotOptions): SharedSnapshots {
  const redis = new Redis(options.url, {
    // A command while disconnected fails at once (a miss) instead of waiting for a reconnection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: options.commandTimeoutMs ?? 250,
    lazyConnect: false,
  });
  let down = false;
  const failed = (err: unknown) => {
    if (down) return;
    down = true;
    options.logger.warn({ err: (err as Error)?.message ?? String(err) }, 'policy snapshot cache (Redis) unavailable: snapshots come from the authorization subgraph until it is back');
  };
  redis.on('error', failed);
  redis.on('ready', () => {
    if (down) options.logger.info('policy snapshot cache (Redis) is back');
    down = false;
  });
  const keyOf = (userId: string, version: string) => `${options.prefix}:policy:${userId}:${createHash('sha256').update(version).digest('base64url')}`;
  const mac = (key: string, body: string) => createHmac('sha256', options.secret).update(key).update('\n').update(body).digest();
  return {
    async get(userId, version) {
      const key = keyOf(userId, version);
      let stored: string | null;
      try {
        stored = await redis.get(key);
      } catch (error) {
        failed(error);
        return null;
      }
      if (stored === null) return null;
      const dot = stored.indexOf('.');
      const body = stored.slice(dot + 1);
      const given = Buffer.from(stored.slice(0, Math.max(dot, 0)), 'base64url');
      const expected = mac(key, body);
      if (dot < 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        options.logger.warn({ key }, 'policy snapshot cache: an entry with a wrong signature was ignored');
        return null;
      }
      const entry = JSON.parse(body) as { version: string; userId: string; fetchedAt: number; wire: PolicySnapshotWire };
      // The key is a hash of the version: the entry names both in full.
      if (entry.version !== version || entry.userId !== userId || entry.wire.userId !== userId) return null;
      return { wire: entry.wire, fetchedAt: entry.fetchedAt };
    },
    set(userId, version, entry, ttlMs) {
      if (ttlMs < 1 || redis.status !== 'ready') return;
      const key = keyOf(userId, version);
      const body = JSON.stringify({ version, userId, fetchedAt: entry.fetchedAt, wire: entry.wire });
      redis.set(key, `${mac(key, body).toString('base64url')}.${body}`, 'PX', Math.ceil(ttlMs)).catch(failed);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

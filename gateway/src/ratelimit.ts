import type { Logger } from '@atrium/kernel';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Requests per window per signed-in user and per client IP, counted in Redis when one is configured. */
export interface RateLimitSettings {
  /** Requests of one signed-in user per window; 0 turns the user limit off. */
  perUser: number;
  /** Requests from one client IP per window, signed in or not; 0 turns the IP limit off. */
  perIp: number;
  windowSeconds: number;
  /** Shared counters across gateway replicas; unset: each process counts in memory. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key (several deployments or test runs on one Redis). */
  redisPrefix: string;
}

export type RateLimitScope = 'user' | 'ip';

export interface RateLimitRefusal {
  scope: RateLimitScope;
  retryAfterSeconds: number;
}

/**
 * The gateway's request limits (rate-limiter-flexible: a fixed window per key). With Redis every
 * replica counts in the same place; while Redis is unreachable each replica falls back to its own
 * memory counters (the library's insurance limiter) rather than refusing everyone or letting
 * everyone through. Login and register keep identity's own, stricter throttling on top.
 */
export class GatewayRateLimits {
  private constructor(
    private readonly limiters: Partial<Record<RateLimitScope, RateLimiterAbstract>>,
    private readonly redis: Redis | null,
    readonly store: 'memory' | 'redis',
  ) {}

  static create(settings: RateLimitSettings, logger: Logger): GatewayRateLimits {
    const redis = settings.redisUrl
      ? // No offline queue: a command while disconnected fails at once and the memory fallback answers.
        new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 })
      : null;
    let warned = false;
    redis?.on('error', (err: unknown) => {
      if (!warned) logger.warn({ err }, 'rate limit store (Redis) unreachable: counting in memory until it is back');
      warned = true;
    });
    redis?.on('ready', () => (warned = false));
    const limiter = (scope: RateLimitScope, points: number): RateLimiterAbstract | undefined => {
      if (points === 0) return undefined;
      const options = { points, duration: settings.windowSeconds, keyPrefix: `${settings.redisPrefix}:gateway:${scope}` };
      if (!redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    };
    const limiters = { user: limiter('user', settings.perUser), ip: limiter('ip', settings.perIp) };
    return new GatewayRateLimits(limiters, redis, redis ? 'redis' : 'memory');
  }

  /** Count one request of this caller; the refusal when a limit is spent, else null. */
  async consume(scope: RateLimitScope, key: string | null): Promise<RateLimitRefusal | null> {
    const limiter = this.limiters[scope];
    if (!limiter || !key) return null;
    try {
      await limiter.consume(key);
      return null;
    } catch (result) {
      // The library rejects with its result past the limit, and with an Error when its store fails
      // (the insurance limiter answers store failures, so an Error here is a bug: let it surface).
      if (!(result instanceof RateLimiterRes)) throw result;
      return { scope, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
    }
  }

  async close() {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

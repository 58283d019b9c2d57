import { rateLimited, type Logger } from '@atrium/kernel';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { THROTTLED_OPERATIONS, type IdentitySettings, type ThrottledOperation } from '../../config.js';

interface Pair {
  ip: RateLimiterPostgres;
  account: RateLimiterPostgres;
}

/**
 * Throttling of sign-in operations per client IP and per account, with rate-limiter-flexible's
 * Postgres store (`identity.rate_limits`, created by a migration) on identity's own database,
 * so every replica counts in the same place. Every request counts, successful or not.
 */
export class Throttle {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly limiters: Record<ThrottledOperation, Pair>,
    private readonly state: { closing: boolean },
  ) {}

  static create(databaseUrl: string, settings: IdentitySettings['throttle'], logger: Logger): Throttle {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 3, application_name: 'atrium-identity-throttle' });
    const state = { closing: false };
    // A connection the server ends while this pool is being closed (shutdown) is expected, not news.
    pool.on('error', (err) => (state.closing ? logger.debug : logger.warn).call(logger, { err: err.message }, 'throttle connection lost'));
    const limiter = (op: ThrottledOperation, by: 'ip' | 'account', points: number, sweeper: boolean) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        schemaName: 'identity',
        tableName: 'rate_limits',
        tableCreated: true,
        // One limiter is enough to purge the shared table of expired rows.
        clearExpiredByTimeout: sweeper,
        keyPrefix: `${op}:${by}`,
        points,
        duration: settings.windowSeconds,
      });
    const limiters = Object.fromEntries(
      THROTTLED_OPERATIONS.map((op, i) => [op, { ip: limiter(op, 'ip', settings[op].perIp, i === 0), account: limiter(op, 'account', settings[op].perAccount, false) }]),
    ) as Record<ThrottledOperation, Pair>;
    return new Throttle(pool, limiters, state);
  }

  /** Count one `op` request for the IP and the account given; RATE_LIMITED with retryAfterSeconds past either limit. */
  async hit(op: ThrottledOperation, keys: { ip?: string | null; account?: string | null }): Promise<void> {
    const { ip, account } = this.limiters[op];
    const consumed = await Promise.all([keys.ip ? consume(ip, keys.ip) : null, keys.account ? consume(account, keys.account.toLowerCase()) : null]);
    const refused = consumed.filter((r): r is Refusal => r !== null && r.refused);
    if (refused.length) {
      const ms = Math.max(...refused.map((r) => r.msBeforeNext));
      throw rateLimited('Too many attempts; try again later', Math.max(1, Math.ceil(ms / 1000)));
    }
  }

  /** Forget the accounts' counters (an administrator unlocking a user). */
  async reset(keys: { op: ThrottledOperation; account: string }[]): Promise<void> {
    await Promise.all(keys.map(({ op, account }) => this.limiters[op].account.delete(account.toLowerCase())));
  }

  close(): Promise<void> {
    this.state.closing = true;
    return this.pool.end();
  }
}

interface Refusal {
  refused: boolean;
  msBeforeNext: number;
}

/** Count the request; the library rejects with a RateLimiterRes past the limit, with an Error when the store fails. */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<Refusal> {
  try {
    const res = await limiter.consume(key);
    return { refused: false, msBeforeNext: res.msBeforeNext };
  } catch (result) {
    if (result instanceof RateLimiterRes) return { refused: true, msBeforeNext: result.msBeforeNext };
    throw result;
  }
}

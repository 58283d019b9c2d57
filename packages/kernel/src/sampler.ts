import { randomUUID } from 'node:crypto';
import type { PoolStats } from './db.js';
import { EVENTS, type EventBus } from './events.js';
import type { RawExecutor } from './jobs.js';
import type { Logger } from './logger.js';

/** Latencies one window keeps at most (a uniform reservoir past it): memory stays bounded under any load. */
const RESERVOIR = 4096;

export interface SystemSample {
  id: string;
  metricName: string;
  value: number;
  tags: Record<string, string>;
}

export interface SystemSamplerOptions {
  /** The service sampled: `gateway` or a subgraph's name (system_metrics.host). */
  host: string;
  /** Milliseconds between samples; 0 turns sampling off. */
  intervalMs: number;
  events: EventBus;
  /** Where the sample is published (its own pool or client, never a request's transaction). */
  executor: () => RawExecutor;
  pools?: Record<string, () => PoolStats>;
  /** Jobs waiting in the queue for this service's tasks, when it runs any. */
  queueDepth?: () => Promise<number>;
  logger: Logger;
  /** The clock (tests). */
  now?: () => number;
}

/**
 * System metrics a service samples of itself (issue 13 §3): every `intervalMs` it publishes one
 * `system.metrics_sampled` event with its request rate and latency p50/p95 over the window, its
 * database pools' use and its job queue's depth; analytics stores them as system_metrics rows.
 * `observe` is all a request does (a push into a bounded array); sampling runs on an unref'd timer
 * and a failed publish (database away) is logged and dropped: metrics never block or fail a request.
 */
export class SystemSampler {
  private latencies: number[] = [];
  private seen = 0;
  private windowStart: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly now: () => number;
  /** Samples published and failed publishes, for tests and logs. */
  readonly stats = { published: 0, failed: 0 };

  constructor(private readonly options: SystemSamplerOptions) {
    this.now = options.now ?? Date.now;
    this.windowStart = this.now();
  }

  /** One request served, with its latency in milliseconds. */
  observe(ms: number): void {
    this.seen++;
    if (this.latencies.length < RESERVOIR) this.latencies.push(ms);
    else {
      const i = Math.floor(Math.random() * this.seen);
      if (i < RESERVOIR) this.latencies[i] = ms;
    }
  }

  start(): this {
    if (this.options.intervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
      this.timer.unref();
    }
    return this;
  }

  /** The window's samples, and a new window. */
  async collect(): Promise<SystemSample[]> {
    const at = this.now();
    const seconds = Math.max(0.001, (at - this.windowStart) / 1000);
    const latencies = this.latencies.sort((a, b) => a - b);
    const count = this.seen;
    this.latencies = [];
    this.seen = 0;
    this.windowStart = at;
    const sample = (metricName: string, value: number, tags: Record<string, string> = {}): SystemSample => ({ id: randomUUID(), metricName, value, tags });
    const out = [sample('http.requests_per_second', count / seconds), sample('http.requests', count)];
    if (latencies.length) out.push(sample('http.latency_p50_ms', quantile(latencies, 0.5)), sample('http.latency_p95_ms', quantile(latencies, 0.95)));
    for (const [pool, stats] of Object.entries(this.options.pools ?? {})) {
      const s = stats();
      out.push(sample('db.pool_in_use', s.inUse, { pool }), sample('db.pool_waiting', s.waiting, { pool }), sample('db.pool_max', s.max, { pool }));
    }
    if (this.options.queueDepth) out.push(sample('jobs.queue_depth', await this.options.queueDepth()));
    return out;
  }

  /** Sample now and publish (one at a time: a slow database never piles samples up). */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        const samples = await this.collect();
        await this.options.events.publish(this.options.executor(), EVENTS.systemMetricsSampled, { host: this.options.host, at: new Date(this.now()).toISOString(), samples });
        this.stats.published++;
      } catch (err) {
        this.stats.failed++;
        this.options.logger.warn({ err: (err as Error).message, host: this.options.host }, 'system metrics sample not published');
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Stop sampling (a sample under way finishes first). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

/** Linear interpolation between closest ranks of sorted values (percentile_cont). */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Jobs waiting for tasks of a service (`<name>:` event deliveries and `<name>.` tasks), not yet locked by a worker. */
export async function queueDepthOf(executor: RawExecutor, name: string): Promise<number> {
  const [row] = await executor.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE (task_identifier LIKE $1 OR task_identifier LIKE $2) AND locked_at IS NULL`,
    `${name}:%`,
    `${name}.%`,
  );
  return row?.n ?? 0;
}

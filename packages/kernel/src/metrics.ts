import { Counter, Gauge, Registry } from 'prom-client';
import type { PoolStats } from './db.js';
import type { Route } from './http.js';
import type { TokenVerifierStats } from './tokens.js';

/** Pools by subgraph name, read when scraped. */
export type PoolSources = Record<string, () => PoolStats>;

/**
 * Database pool use by subgraph (node-postgres' counters, read at scrape time):
 * `atrium_db_pool_connections{subgraph, state="in_use"|"idle"}`, `atrium_db_pool_waiting{subgraph}`
 * (callers queued for a connection) and `atrium_db_pool_max{subgraph}`.
 */
export function registerPoolGauges(registry: Registry, pools: PoolSources): void {
  const each = (read: (stats: PoolStats, name: string) => void) => {
    for (const [name, stats] of Object.entries(pools)) read(stats(), name);
  };
  new Gauge({
    name: 'atrium_db_pool_connections',
    help: "Connections of a subgraph's database pool, by state (in_use, idle)",
    labelNames: ['subgraph', 'state'],
    registers: [registry],
    collect() {
      each((s, subgraph) => {
        this.set({ subgraph, state: 'in_use' }, s.inUse);
        this.set({ subgraph, state: 'idle' }, s.idle);
      });
    },
  });
  new Gauge({
    name: 'atrium_db_pool_waiting',
    help: "Callers waiting for a connection of a subgraph's database pool",
    labelNames: ['subgraph'],
    registers: [registry],
    collect() {
      each((s, subgraph) => this.set({ subgraph }, s.waiting));
    },
  });
  new Gauge({
    name: 'atrium_db_pool_max',
    help: "Size of a subgraph's database pool",
    labelNames: ['subgraph'],
    registers: [registry],
    collect() {
      each((s, subgraph) => this.set({ subgraph }, s.max));
    },
  });
}

/** A counter whose value is read from elsewhere at each scrape (counts kept by the code that does the work). */
export function scrapedCounter(registry: Registry, name: string, help: string, read: () => number): Counter {
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}

/** `GET /metrics` serving a registry in Prometheus' text format. */
export function metricsRoute(registry: Registry): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/metrics' || req.method !== 'GET') return false;
    const text = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text);
    return true;
  };
}

/**
 * The token verifier's counters (tokens.ts `stats()`), read at each scrape. One verifier serves
 * every subgraph of a process, so each of its ports reports the same process-wide counts:
 * `atrium_session_assertions_accepted_total` (requests whose session the gateway had checked, a
 * verified assertion: no session statement here), `atrium_token_signatures_verified_total` and
 * `atrium_token_verifications_cached_total` (a token already verified: a sha256 instead).
 */
export function registerVerifierCounters(registry: Registry, stats: () => TokenVerifierStats): void {
  const counter = (name: string, help: string, pick: (s: TokenVerifierStats) => number) => scrapedCounter(registry, name, help, () => pick(stats()));
  counter('atrium_session_assertions_accepted_total', "Requests whose session the gateway had checked (a verified session assertion), so this process ran no session statement", (s) => s.asserted);
  counter('atrium_token_signatures_verified_total', "Access token signatures this process's verifier checked", (s) => s.signatures);
  counter('atrium_token_verifications_cached_total', "Access tokens this process's verifier had already verified (a sha256 lookup instead of a signature check)", (s) => s.cached);
}

/** A subgraph's own `GET /metrics`: its pool and its process's token verifier (the gateway's port has the rest). */
export function subgraphMetricsRoute(sources: { pools?: PoolSources; verifier?: () => TokenVerifierStats }): Route {
  const registry = new Registry();
  registerPoolGauges(registry, sources.pools ?? {});
  if (sources.verifier) registerVerifierCounters(registry, sources.verifier);
  return metricsRoute(registry);
}

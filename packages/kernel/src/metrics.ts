import { Gauge, Registry } from 'prom-client';
import type { PoolStats } from './db.js';
import type { Route } from './http.js';

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

/** `GET /metrics` serving a registry in Prometheus' text format. */
export function metricsRoute(registry: Registry): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/metrics' || req.method !== 'GET') return false;
    const text = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text);
    return true;
  };
}

/** A subgraph's own `GET /metrics`: its pool (the gateway's port has the rest). */
export function poolMetricsRoute(pools: PoolSources): Route {
  const registry = new Registry();
  registerPoolGauges(registry, pools);
  return metricsRoute(registry);
}

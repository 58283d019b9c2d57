import type { ApolloServerPlugin } from '@apollo/server';
import { metricsRoute, registerPoolGauges, scrapedCounter, type PoolSources, type Route } from '@atrium/kernel';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CircuitState, FetchObservation } from './traffic.js';
import type { RateLimitScope } from './ratelimit.js';
import type { PersistedStatus } from './persisted.js';
import type { UsageStats } from './usage.js';

/** Operation names a client chooses become labels: only well-formed ones, and this many at most. */
const MAX_OPERATION_NAMES = 500;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const CIRCUIT_VALUES: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

export type RequestOutcome = 'ok' | 'partial' | 'error';

/**
 * Why a request was refused before Apollo executed it: a body over the limit (413), a body that is
 * not JSON, a CORS preflight from an origin not listed, a spent rate limit, a bad token, or the
 * persisted-operation mode (Apollo Router's reasons, lowercased: `persisted_query_not_in_list` …).
 */
export type RefusalReason = 'body_too_large' | 'invalid_json' | 'cors' | 'rate_limited' | 'unauthenticated' | `persisted_query_${string}`;

/**
 * The gateway's Prometheus metrics (prom-client), one registry per gateway so several gateways
 * in one process (tests) keep their counts apart. Served at `GET /metrics`.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly requests = new Counter({ name: 'atrium_gateway_requests_total', help: 'GraphQL requests by operation name and outcome (ok, partial, error)', labelNames: ['operation', 'outcome'], registers: [this.registry] });
  private readonly duration = new Histogram({
    name: 'atrium_gateway_request_duration_seconds',
    help: 'GraphQL request latency at the gateway, by operation name',
    labelNames: ['operation'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly fetches = new Histogram({
    name: 'atrium_gateway_subgraph_fetch_duration_seconds',
    help: 'One fetch from a subgraph, by subgraph and outcome (ok, error, circuit_open)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly errors = new Counter({ name: 'atrium_gateway_errors_total', help: 'Errors in GraphQL responses, by extensions.code', labelNames: ['code'], registers: [this.registry] });
  private readonly refusals = new Counter({ name: 'atrium_gateway_rate_limited_total', help: 'Requests refused by a rate limit, by scope (user, ip)', labelNames: ['scope'], registers: [this.registry] });
  private readonly persistedSeen = new Counter({ name: 'atrium_gateway_persisted_operations_total', help: 'Operations by whether the persisted manifest knows them (known, unknown)', labelNames: ['status'], registers: [this.registry] });
  private readonly refusedTotal = new Counter({ name: 'atrium_gateway_refused_total', help: 'Requests refused before execution, by reason', labelNames: ['reason'], registers: [this.registry] });
  private readonly circuits = new Gauge({ name: 'atrium_gateway_circuit_state', help: "A subgraph's circuit: 0 closed, 1 half-open, 2 open", labelNames: ['subgraph'], registers: [this.registry] });

  /** `pools`: the database pools of the subgraphs served by this process (`pnpm start`), by subgraph. */
  constructor(pools: PoolSources = {}) {
    // Process metrics, event-loop lag (nodejs_eventloop_lag_seconds and its percentiles) among them.
    collectDefaultMetrics({ register: this.registry });
    registerPoolGauges(this.registry, pools);
  }

  /**
   * Usage capture's counters (usage.ts `UsageRecorder.stats()`), read at each scrape: entries
   * recorded, flushed and dropped (buffer full, or not flushed before shutdown), failed flushes,
   * and entries waiting in the buffer.
   */
  usageCapture(stats: () => UsageStats): void {
    const counter = (name: string, help: string, pick: (s: UsageStats) => number) => scrapedCounter(this.registry, name, help, () => pick(stats()));
    counter('atrium_gateway_usage_recorded_total', 'Requests usage capture recorded', (s) => s.recorded);
    counter('atrium_gateway_usage_flushed_total', 'Usage entries handed to the job queue', (s) => s.flushed);
    counter('atrium_gateway_usage_dropped_total', 'Usage entries dropped: the bounded buffer was full, or they were not flushed before shutdown', (s) => s.dropped);
    counter('atrium_gateway_usage_failed_flushes_total', 'Usage batches the job queue did not take (put back and retried)', (s) => s.failedFlushes);
    new Gauge({
      name: 'atrium_gateway_usage_pending',
      help: 'Usage entries waiting in the buffer for a flush',
      registers: [this.registry],
      collect() {
        this.set(stats().pending);
      },
    });
  }

  /** A label for a client-chosen operation name, so no client can grow the series without bound. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(invalid)';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return '(other)';
    this.names.add(name);
    return name;
  }

  fetched = (o: FetchObservation) => this.fetches.observe({ subgraph: o.serviceName, outcome: o.outcome }, o.seconds);
  circuit = (subgraph: string, state: CircuitState) => this.circuits.set({ subgraph }, CIRCUIT_VALUES[state]);
  persisted = (status: PersistedStatus) => this.persistedSeen.inc({ status });
  refused = (reason: RefusalReason) => this.refusedTotal.inc({ reason });
  rateLimited = (scope: RateLimitScope) => {
    this.refusals.inc({ scope });
    this.refused('rate_limited');
    this.errors.inc({ code: 'RATE_LIMITED' });
  };

  /** Requests, their latency and their error codes, as Apollo answers them. */
  plugin<Ctx extends object>(): ApolloServerPlugin<Ctx> {
    return {
      requestDidStart: async ({ request }) => {
        const started = performance.now();
        let name = request.operationName ?? null;
        return {
          didResolveOperation: async ({ operationName }) => {
            name = operationName ?? name;
          },
          willSendResponse: async ({ response }) => {
            const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
            const operation = this.operationLabel(name);
            const errors = result.errors ?? [];
            const hasData = result.data !== undefined && result.data !== null;
            const outcome: RequestOutcome = errors.length === 0 ? 'ok' : hasData ? 'partial' : 'error';
            this.requests.inc({ operation, outcome });
            this.duration.observe({ operation }, (performance.now() - started) / 1000);
            for (const error of errors) this.errors.inc({ code: typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR' });
          },
        };
      },
    };
  }

  route(): Route {
    return metricsRoute(this.registry);
  }
}

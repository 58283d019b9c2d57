import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from './logger.js';

/**
 * OpenTelemetry tracing, off unless an OTLP endpoint is configured (ATRIUM_OTLP_ENDPOINT, or the
 * standard OTEL_EXPORTER_OTLP_ENDPOINT). Off, the SDK is never imported and every helper below is
 * one boolean test: servers, clients, loaders and stores are built untraced. On, one tracer
 * provider per process (W3C trace context, AsyncLocalStorage context, batched OTLP/HTTP JSON export
 * to `<endpoint>/v1/traces`) records a span per GraphQL request on every port, per subgraph fetch
 * and decision-point call (each carrying `traceparent`, so one trace covers the request across
 * processes), per dataloader batch and per SQL statement. Nothing is sent anywhere else: no
 * resource detectors, no instrumentation that patches modules.
 */
export interface TracingSettings {
  /** OTLP/HTTP base URL (`http://collector:4318`); traces go to `<endpoint>/v1/traces`. Null: off. */
  endpoint: string | null;
  /** `service.name` of the process; unset: chosen by what the process serves. */
  serviceName: string | undefined;
  /** Share of new traces recorded (a sampled parent's decision is always followed). */
  sampleRatio: number;
}

export interface TracingHandle {
  /** Export every finished span now (tests, shutdown). */
  flush(): Promise<void>;
  /** Flush and stop; the last holder's stop unregisters the SDK. */
  stop(): Promise<void>;
}

const SCOPE = 'atrium';
let tracer: Tracer | null = null;
let active: { holders: number; flush(): Promise<void>; shutdown(): Promise<void> } | null = null;
let starting: Promise<void> | null = null;

/** Whether spans are recorded in this process (decided when servers and clients are built). */
export const tracingOn = () => tracer !== null;

/** The traces URL of an OTLP/HTTP base endpoint (a full `/v1/traces` URL is taken as it is). */
export const tracesUrl = (endpoint: string) => (/\/v1\/traces\/?$/.test(endpoint) ? endpoint : `${endpoint.replace(/\/+$/, '')}/v1/traces`);

/**
 * Start the process's tracer provider when an endpoint is configured (idempotent: every caller
 * holds it, and the last `stop` shuts it down). Without an endpoint nothing is loaded.
 */
export async function startTracing(settings: TracingSettings, defaultServiceName: string, logger: Logger): Promise<TracingHandle> {
  if (!settings.endpoint) return { flush: async () => undefined, stop: async () => undefined };
  const endpoint = settings.endpoint;
  starting ??= (async () => {
    const [{ NodeTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler }, { OTLPTraceExporter }, { resourceFromAttributes }, { W3CTraceContextPropagator }] =
      await Promise.all([import('@opentelemetry/sdk-trace-node'), import('@opentelemetry/exporter-trace-otlp-http'), import('@opentelemetry/resources'), import('@opentelemetry/core')]);
    const url = tracesUrl(endpoint);
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': settings.serviceName ?? defaultServiceName }),
      sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url, timeoutMillis: 10_000 }), { scheduledDelayMillis: 1000 })],
    });
    provider.register({ propagator: new W3CTraceContextPropagator() });
    tracer = trace.getTracer(SCOPE);
    active = {
      holders: 0,
      flush: () => provider.forceFlush(),
      async shutdown() {
        await provider.shutdown().catch((err: unknown) => logger.warn({ err }, 'trace export did not finish'));
        trace.disable();
        propagation.disable();
        context.disable();
      },
    };
    logger.info({ url }, 'tracing: exporting spans over OTLP/HTTP');
  })();
  await starting;
  const held = active!;
  held.holders += 1;
  let stopped = false;
  return {
    flush: () => held.flush(),
    async stop() {
      if (stopped) return;
      stopped = true;
      held.holders -= 1;
      if (held.holders > 0) return;
      tracer = null;
      active = null;
      starting = null;
      await held.shutdown();
    },
  };
}

function failed(span: Span, error: unknown) {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** Run `work` in a child span of the active one; untraced, just `work()`. */
export function withSpan<T>(name: string, kind: SpanKind, attributes: Attributes, work: (span: Span | null) => Promise<T>): Promise<T> {
  if (!tracer) return work(null);
  return tracer.startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A server span for one incoming request, continuing the caller's trace from its `traceparent`. */
export function withServerSpan<T>(headers: IncomingHttpHeaders, name: string, attributes: Attributes, work: (span: Span | null) => Promise<T>): Promise<T> {
  if (!tracer) return work(null);
  const parent = propagation.extract(context.active(), headers);
  return context.with(parent, () => withSpan(name, SpanKind.SERVER, attributes, work));
}

/** Add `traceparent` (and `tracestate`) of the active span to outgoing headers; untraced, nothing. */
export function injectTraceHeaders(headers: Record<string, string>): Record<string, string> {
  if (tracer) propagation.inject(context.active(), headers);
  return headers;
}

/** Attributes on the active span (the request's, from Apollo's hooks). */
export function annotateActiveSpan(attributes: Attributes) {
  if (tracer) trace.getActiveSpan()?.setAttributes(attributes);
}

export { SpanKind };

/** Names the request span after its operation (`graphql.operation.name` and `.type`); only added when traced. */
export function tracingPlugins<T extends BaseContext>(): ApolloServerPlugin<T>[] {
  if (!tracer) return [];
  return [
    {
      async requestDidStart() {
        return {
          async didResolveOperation({ operationName, operation }) {
            annotateActiveSpan({ 'graphql.operation.name': operationName ?? '', 'graphql.operation.type': operation?.operation ?? '' });
          },
        };
      },
    },
  ];
}

interface Statement {
  sql: string;
}
interface Queryable {
  queryRaw(query: Statement): Promise<unknown>;
  executeRaw(query: Statement): Promise<unknown>;
}

/** `SELECT identity`: the statement's verb and the schema (span names stay low-cardinality). */
const statementName = (sql: string, namespace: string) => `${/^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL'} ${namespace}`;

/** Every statement of a Prisma driver-adapter queryable (the pool or a transaction) in a span of its own. */
function tracedQueryable<Q extends object>(queryable: Q, namespace: string): Q {
  return new Proxy(queryable, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: Statement) =>
          withSpan(statementName(query.sql, namespace), SpanKind.CLIENT, { 'db.system.name': 'postgresql', 'db.namespace': namespace, 'db.query.text': query.sql }, () =>
            (value as Queryable['queryRaw']).call(target, query),
          );
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => tracedQueryable((await (value as (...a: unknown[]) => Promise<object>).apply(target, args)) as object, namespace);
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/**
 * A Prisma driver-adapter factory whose connections trace every SQL statement (the adapter is
 * where Prisma 7's query compiler hands SQL to node-postgres, so no module patching is needed).
 */
export function tracedDriverAdapter<F extends { connect(): Promise<unknown> }>(factory: F, namespace: string): F {
  return new Proxy(factory, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === 'connect') return async () => tracedQueryable((await target.connect()) as object, namespace);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A dataloader batch function whose every batch is a span (name and key count); untraced, itself. */
export function tracedBatch<K, V>(name: string | (() => string), batch: (keys: readonly K[]) => Promise<V>): (keys: readonly K[]) => Promise<V> {
  if (!tracer) return batch;
  return (keys) => {
    const loader = typeof name === 'string' ? name : name();
    return withSpan(`batch ${loader}`, SpanKind.INTERNAL, { 'atrium.loader': loader, 'atrium.batch.size': keys.length }, () => batch(keys));
  };
}

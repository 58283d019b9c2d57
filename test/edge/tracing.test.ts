/**
 * OpenTelemetry tracing end to end: a stand-in OTLP/HTTP collector (node:http taking
 * `POST /v1/traces` in OTLP's JSON encoding) is the configured endpoint, one query that spans
 * identity and authorization goes through the real gateway, and the collector holds one trace
 * for it: the gateway's request span at the root, a client span per subgraph fetch, each
 * subgraph's request span continuing the `traceparent` it was sent, dataloader batches and SQL
 * statements under them, and not one span whose parent is missing. Nothing else was called.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../kit/system.js';

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: OtlpValue }[];
}
interface Span extends OtlpSpan {
  service: string;
  attrs: Record<string, string | number | boolean | undefined>;
}
const SERVER = 2;
const CLIENT = 3;

const requests: { method: string; path: string; contentType: string }[] = [];
const spans: Span[] = [];
let collector: Server;
let t: TestSystem;

beforeAll(async () => {
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', contentType: String(req.headers['content-type']) });
      let raw = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
      const body = JSON.parse(raw.toString('utf8')) as { resourceSpans: { resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: { spans: OtlpSpan[] }[] }[] };
      for (const rs of body.resourceSpans) {
        const service = rs.resource.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
        for (const ss of rs.scopeSpans) {
          for (const span of ss.spans) {
            const attrs = Object.fromEntries((span.attributes ?? []).map((a) => [a.key, a.value.stringValue ?? (a.value.intValue !== undefined ? Number(a.value.intValue) : a.value.boolValue)]));
            spans.push({ ...span, service, attrs });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  t = await startTestSystem({ ATRIUM_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}` });
}, 180_000);

afterAll(async () => {
  await t?.stop();
  collector?.close();
});

// `me` and its roles from identity and authorization; `users` needs user:read, which identity asks the decision point.
const QUERY = 'query TracedQuery { me { id email roles { role { name } } } users(first: 2) { nodes { id } } }';

/** The spans of the trace whose root is the gateway's request span for `operation`, once all of `want` arrived. */
async function traceOf(operation: string, want: (trace: Span[]) => boolean): Promise<Span[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await t.system.flushTraces();
    const root = spans.find((s) => s.attrs['atrium.service'] === 'gateway' && s.attrs['graphql.operation.name'] === operation);
    const trace = root ? spans.filter((s) => s.traceId === root.traceId) : [];
    if (root && want(trace)) return trace;
    if (Date.now() > deadline) throw new Error(`trace of ${operation} incomplete: ${JSON.stringify(trace.map((s) => s.name))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('OpenTelemetry tracing over OTLP/HTTP', () => {
  it('one request is one trace: gateway, subgraph fetches, two subgraphs, batches and SQL, every span parented', async () => {
    const result = await t.gql(QUERY, {}, t.admin.accessToken);
    expect(result.errors).toBeUndefined();
    expect(result.data.me).toMatchObject({ id: t.admin.userId, email: t.admin.email });
    expect(result.data.me.roles.length).toBeGreaterThan(0);

    const serverOf = (service: string) => (trace: Span[]) => trace.filter((s) => s.kind === SERVER && s.attrs['atrium.service'] === service);
    const trace = await traceOf('TracedQuery', (tr) => serverOf('identity')(tr).length > 0 && serverOf('authorization')(tr).length > 0 && tr.some((s) => s.attrs['db.namespace'] === 'authorization'));
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const parentOf = (s: Span) => (s.parentSpanId ? byId.get(s.parentSpanId) : undefined);
    const ancestors = (s: Span) => {
      const chain: Span[] = [];
      for (let p = parentOf(s); p; p = parentOf(p)) chain.push(p);
      return chain;
    };

    if (process.env.TRACE_DUMP) {
      const print = (s: Span, depth: number): string => [`${'  '.repeat(depth)}${s.name} [${s.attrs['atrium.service'] ?? s.attrs['db.namespace'] ?? ''}]`, ...trace.filter((c) => c.parentSpanId === s.spanId).map((c) => print(c, depth + 1))].join('\n');
      console.log(print(trace.find((s) => !s.parentSpanId)!, 0));
    }
    // One root, the gateway's request span; every other span's parent is in the same trace.
    const roots = trace.filter((s) => !s.parentSpanId);
    expect(roots.map((s) => [s.name, s.kind, s.attrs['atrium.service'], s.attrs['http.response.status_code']])).toEqual([['POST /graphql', SERVER, 'gateway', 200]]);
    const root = roots[0]!;
    expect(root.attrs['graphql.operation.type']).toBe('query');
    expect(trace.filter((s) => s.parentSpanId && !byId.has(s.parentSpanId)).map((s) => s.name)).toEqual([]);
    expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['atrium']));

    // A client span per subgraph fetch, children of the gateway's request span.
    const fetches = trace.filter((s) => s.kind === CLIENT && s.name.startsWith('subgraph '));
    expect(new Set(fetches.map((s) => s.name))).toEqual(new Set(['subgraph identity', 'subgraph authorization']));
    for (const f of fetches) expect(parentOf(f), f.name).toBe(root);

    // Each subgraph's request span continues the traceparent of the fetch that called it.
    const identity = serverOf('identity')(trace);
    expect(identity).toHaveLength(1);
    expect(parentOf(identity[0]!)?.name).toBe('subgraph identity');
    expect(identity[0]!.attrs['graphql.operation.name']).toBe('TracedQuery__identity__0');
    const authorization = serverOf('authorization')(trace);
    // The gateway's entity fetch, plus the decision-point calls identity's shield makes.
    const callers = authorization.map((s) => parentOf(s)?.name);
    expect(callers).toContain('subgraph authorization');
    for (const caller of callers) expect(['subgraph authorization', 'decision point']).toContain(caller);
    for (const s of authorization.filter((a) => parentOf(a)?.name === 'decision point')) expect(ancestors(s)).toContain(identity[0]);

    // Dataloader batches and SQL statements, under the subgraph that ran them.
    const batches = trace.filter((s) => s.name.startsWith('batch '));
    expect(batches.length).toBeGreaterThan(0);
    for (const b of batches) expect(typeof b.attrs['atrium.batch.size']).toBe('number');
    expect(batches.some((b) => b.name === 'batch authorization decisions' && ancestors(b).includes(identity[0]!))).toBe(true);
    const sql = trace.filter((s) => s.attrs['db.system.name'] === 'postgresql');
    for (const service of ['identity', 'authorization']) {
      const own = sql.filter((s) => s.attrs['db.namespace'] === service);
      expect(own.length, service).toBeGreaterThan(0);
      for (const s of own) {
        expect(s.kind).toBe(CLIENT);
        expect(s.name).toMatch(new RegExp(`^[A-Z]+ ${service}$`));
        expect(String(s.attrs['db.query.text'])).toMatch(/^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|BEGIN|COMMIT)/i);
        expect(ancestors(s).some((a) => a.kind === SERVER && a.attrs['atrium.service'] === service), s.name).toBe(true);
      }
    }

    // The collector is the only thing called, with OTLP/HTTP JSON.
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r).toEqual({ method: 'POST', path: '/v1/traces', contentType: 'application/json' });
  });

  it('a caller that sends a traceparent gets its trace continued, not a new one', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const result = await t.gql('query CallerTraced { me { id } }', {}, t.admin.accessToken, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    expect(result.errors).toBeUndefined();
    const trace = await traceOf('CallerTraced', (tr) => tr.some((s) => s.attrs['atrium.service'] === 'identity'));
    expect(trace.every((s) => s.traceId === traceId)).toBe(true);
    const root = trace.find((s) => s.attrs['atrium.service'] === 'gateway' && s.kind === SERVER)!;
    expect(root.parentSpanId).toBe('00f067aa0ba902b7');
  });
});

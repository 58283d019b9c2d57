import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ERROR_CODES, injectTraceHeaders, SESSION_ASSERTION_HEADER, signedBody, signSessionAssertion, SpanKind, withSpan, type Logger, type SessionAssertion } from '@atrium/kernel';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { UsageRecord } from './usage.js';

/** Cosmo-style traffic shaping for one subgraph: timeout, retries, circuit breaker, response budget. */
export interface TrafficSettings {
  timeoutMs: number;
  /** Extra attempts for a query whose fetch failed (network, timeout, 5xx); mutations never retry. */
  retries: number;
  /** Consecutive failures that open the circuit. */
  breakerFailures: number;
  /** How long an open circuit refuses before one probe request may try (half-open). */
  breakerCooldownMs: number;
  /** Bytes of subgraph responses one client request may receive in total. */
  maxResponseBytes: number;
}

/** Per-request state the data sources share: the caller and the response budget spent so far. */
export interface GatewayContext {
  requestId: string;
  /** The caller's Authorization header, already verified here; absent for anonymous calls. */
  authorization?: string;
  /** The session checked here for this request, asserted to each subgraph call (signature.ts). */
  session?: SessionAssertion;
  clientIp: string | null;
  /** The client's User-Agent (bounded), passed on so the audit trail and consent records carry it. */
  userAgent?: string | null;
  /** Bytes of subgraph responses received for this request. */
  responseBytes: { used: number; exceeded: boolean };
  /** Usage capture of this request (usage.ts), when capture is on. */
  usage?: UsageRecord;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/** Closed → open after N consecutive failures → half-open after the cooldown (one probe) → closed or open again. */
export class CircuitBreaker {
  state: CircuitState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  constructor(
    private readonly settings: Pick<TrafficSettings, 'breakerFailures' | 'breakerCooldownMs'>,
    private readonly onChange: (state: CircuitState) => void = () => undefined,
  ) {}

  private set(state: CircuitState) {
    if (state !== this.state) {
      this.state = state;
      this.onChange(state);
    }
  }

  /** May a request go out now? In half-open, exactly one does. */
  allow(now = Date.now()): boolean {
    if (this.state === 'open' && now - this.openedAt >= this.settings.breakerCooldownMs) this.set('half-open');
    if (this.state === 'closed') return true;
    if (this.state === 'half-open' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  success() {
    this.failures = 0;
    this.probing = false;
    this.set('closed');
  }

  failure(now = Date.now()) {
    this.failures += 1;
    this.probing = false;
    if (this.state === 'half-open' || this.failures >= this.settings.breakerFailures) {
      this.openedAt = now;
      this.set('open');
    }
  }
}

/** What one fetch came back with, before parsing: deduplicated waiters each parse their own copy. */
interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

class FetchFailure extends Error {
  constructor(
    readonly reason: 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT' | 'SUBGRAPH_INVALID_RESPONSE' | 'RESPONSE_TOO_LARGE',
    readonly retryable: boolean,
    /** The connection was reset before any answer: a pooled keep-alive socket the subgraph had just closed. */
    readonly reset = false,
  ) {
    super(reason);
  }
}

/** A pooled connection closed by the server while idle: the request never reached it, so any operation may be sent again. */
const RESET = /ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed/;
const isReset = (error: unknown) => {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  return RESET.test(`${e?.code ?? ''} ${e?.cause?.code ?? ''} ${e?.cause?.message ?? ''}`);
};

/** A fetch that failed before or while the answer came: `answered` once a status line arrived. */
class TransportError extends Error {
  constructor(
    readonly failure: Error,
    readonly answered: boolean,
  ) {
    super(failure.message);
  }
}

/**
 * One POST over a kept-alive node:http(s) connection: the status, content type and whole body, read
 * up to `maxBytes` (past it the socket is dropped: RESPONSE_TOO_LARGE). `timeoutMs` bounds the whole
 * exchange. Plain node:http rather than fetch: undici's WHATWG streams, Headers objects and
 * AbortSignal timers cost more CPU per call than everything else the data source does.
 */
function post(url: URL, agent: HttpAgent, headers: Record<string, string>, body: string, timeoutMs: number, maxBytes: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let answered = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error instanceof FetchFailure ? error : new TransportError(error, answered));
    };
    const onResponse = (res: IncomingMessage) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(new FetchFailure('RESPONSE_TOO_LARGE', false));
        chunks.push(chunk);
      });
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const contentType = res.headers['content-type'] ?? '';
        resolve({ status: res.statusCode ?? 0, contentType, text: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', fail);
      res.on('close', () => fail(Object.assign(new Error('the subgraph closed the connection mid-answer'), { code: 'ECONNRESET' })));
    };
    const options = { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } };
    const req = url.protocol === 'https:' ? httpsRequest(url, options as object, onResponse) : httpRequest(url, options, onResponse);
    req.on('error', fail);
    const timer = setTimeout(() => fail(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' })), timeoutMs);
    req.end(body);
  });
}

export interface FetchObservation {
  serviceName: string;
  seconds: number;
  outcome: 'ok' | 'error' | 'circuit_open';
}

export interface AtriumDataSourceOptions {
  name: string;
  url: string;
  traffic: TrafficSettings;
  logger: Logger;
  /** The subgraphs' shared secret: every request carries its HMAC signature (kernel signature.ts). */
  signatureSecret: string;
  onFetch?: (observation: FetchObservation) => void;
  onCircuit?: (serviceName: string, state: CircuitState) => void;
}

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

const CODES = new Set<string>(ERROR_CODES);
/** Extension keys that never reach the client: Apollo's raw response (URL, status, body), stacks, HTTP hints. */
const INTERNAL_EXTENSIONS = new Set(['response', 'exception', 'stacktrace', 'http']);
const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/\S+/i;

/** Drop internal keys and any value that names a URL (a subgraph's address, a driver's DSN). */
function safeExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions).filter(([key, value]) => !INTERNAL_EXTENSIONS.has(key) && !URL_LIKE.test(JSON.stringify(value) ?? '')));
}

type WireError = { message?: unknown; path?: unknown; locations?: unknown; extensions?: Record<string, unknown> };

/** A subgraph error as the client may see it: a known code, safe extensions, internal ones masked. */
function sanitize(error: WireError, status: number): WireError {
  const extensions = error.extensions ?? {};
  let code = typeof extensions.code === 'string' && CODES.has(extensions.code) ? extensions.code : undefined;
  // A subgraph's own 400 is the caller's input (a bad variable, a refused limit).
  if (!code) code = status === 400 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  const safe = safeExtensions(extensions);
  const deliberate = typeof safe.reason === 'string';
  const raw = String(error.message ?? 'Error');
  const message = (code === 'INTERNAL_SERVER_ERROR' && !deliberate) || URL_LIKE.test(raw) ? (code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : 'Invalid request') : raw;
  return { message, ...(error.path ? { path: error.path } : {}), extensions: { ...safe, code } };
}

const FAILURE_MESSAGES: Record<FetchFailure['reason'] | 'SUBGRAPH_REFUSED_SIGNATURE', string> = {
  SUBGRAPH_REFUSED_SIGNATURE: "refused the gateway's signature",
  SUBGRAPH_UNAVAILABLE: 'is unavailable',
  SUBGRAPH_TIMEOUT: 'did not answer in time',
  SUBGRAPH_INVALID_RESPONSE: 'answered with an invalid response',
  RESPONSE_TOO_LARGE: 'answered more data than one request may receive',
};

/**
 * The gateway's data source for one subgraph. Forwards exactly the caller's Authorization
 * header, the request id and the client IP; shapes traffic (timeout, bounded retries for
 * queries, circuit breaker, in-flight deduplication of identical queries, a response byte
 * budget per client request); and turns every failure into a masked error for that part of
 * the answer, so the other subgraphs' data still reaches the client.
 */
export class AtriumDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;
  private readonly inFlight = new Map<string, Promise<RawAnswer>>();
  /** Kept-alive connections to this subgraph, closed after 4 s idle (before its own 5 s keep-alive timeout). */
  private readonly agent: HttpAgent;
  private target: URL | undefined;

  constructor(private readonly options: AtriumDataSourceOptions) {
    super({ url: options.url });
    this.breaker = new CircuitBreaker(options.traffic, (state) => options.onCircuit?.(options.name, state));
    const agentOptions = { keepAlive: true, timeout: 4000, scheduling: 'lifo' as const };
    this.agent = options.url.startsWith('https:') ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  }

  /** Close idle kept-alive connections (the gateway stopping). */
  close() {
    this.agent.destroy();
  }

  /**
   * The whole fetch, replacing Apollo's (its sendRequest is private): headers, shaping, parsing.
   * Traced, it is one client span whose `traceparent` the subgraph continues.
   */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const attributes = { 'atrium.subgraph': this.options.name, 'graphql.operation.name': options.request.operationName ?? '' };
    return withSpan(`subgraph ${this.options.name}`, SpanKind.CLIENT, attributes, async (span) => {
      const response = await this.processOnce(options);
      const failure = response.errors?.find((e) => e.extensions?.reason);
      if (span && failure) span.setAttribute('atrium.failure', String(failure.extensions!.reason));
      return response;
    });
  }

  private async processOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    let idempotent = false;
    let budget: GatewayContext['responseBytes'] | undefined;
    // Schema loading and health checks run outside any client request. (The kind enum is
    // not exported by @apollo/gateway; only incoming operations carry incomingRequestContext.)
    if ('incomingRequestContext' in options) {
      const { context } = options;
      if (context.authorization) headers.authorization = context.authorization;
      headers['x-request-id'] = context.requestId;
      // Only the socket peer: a client-sent x-forwarded-for is not passed on, or any caller
      // could choose the IP that subgraphs log and rate-limit by.
      if (context.clientIp) headers['x-forwarded-for'] = context.clientIp;
      if (context.userAgent) headers['user-agent'] = context.userAgent;
      // Only queries may be retried and deduplicated.
      idempotent = options.incomingRequestContext.operation?.operation === 'query';
      budget = context.responseBytes;
    }
    injectTraceHeaders(headers);
    if (!request.query) throw new Error('Missing query');
    const body = JSON.stringify(
      signedBody(this.options.signatureSecret, { query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions }),
    );
    // Signed per call, over this body, with its own nonce: a subgraph takes each once.
    if ('incomingRequestContext' in options && options.context.session) headers[SESSION_ASSERTION_HEADER] = signSessionAssertion(this.options.signatureSecret, options.context.session, body);
    const url = this.url!;
    const usage = 'incomingRequestContext' in options ? options.context.usage : undefined;
    const started = usage ? performance.now() : 0;
    try {
      if (budget?.exceeded) throw new FetchFailure('RESPONSE_TOO_LARGE', false);
      const answer = await this.fetchShaped(url, headers, body, idempotent);
      if (budget) {
        budget.used += Buffer.byteLength(answer.text);
        if (budget.used > this.options.traffic.maxResponseBytes) {
          budget.exceeded = true;
          throw new FetchFailure('RESPONSE_TOO_LARGE', false);
        }
      }
      return this.parse(answer);
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      const message = `Subgraph ${this.options.name} ${FAILURE_MESSAGES[error.reason]}.`;
      if (error.reason === 'RESPONSE_TOO_LARGE') {
        const limit = { name: 'responseBytes', estimated: budget?.used ?? null, maximum: this.options.traffic.maxResponseBytes };
        return { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', limit } }] } as GatewayGraphQLResponse;
      }
      return { errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: error.reason } }] } as GatewayGraphQLResponse;
    } finally {
      if (usage) {
        const seen = usage.subgraphs.get(this.options.name) ?? { ms: 0, fetches: 0 };
        usage.subgraphs.set(this.options.name, { ms: seen.ms + performance.now() - started, fetches: seen.fetches + 1 });
      }
    }
  }

  /** Parse one answer: JSON with data or errors, errors sanitized; anything else is garbage. */
  private parse(answer: RawAnswer): GatewayGraphQLResponse {
    let parsed: { data?: unknown; errors?: WireError[] } | null = null;
    if (/json/.test(answer.contentType)) {
      try {
        parsed = JSON.parse(answer.text);
      } catch {
        parsed = null;
      }
    }
    if (!parsed || typeof parsed !== 'object' || (!('data' in parsed) && !Array.isArray(parsed.errors))) {
      this.options.logger.warn({ serviceName: this.options.name, status: answer.status }, 'subgraph answered without a GraphQL body');
      return { errors: [{ message: `Subgraph ${this.options.name} ${FAILURE_MESSAGES.SUBGRAPH_INVALID_RESPONSE}.`, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_INVALID_RESPONSE' } }] } as GatewayGraphQLResponse;
    }
    if (answer.status === 403 && parsed.errors?.[0]?.extensions?.reason === 'SIGNATURE_REQUIRED') {
      // The subgraph and the gateway hold different secrets: an operator's problem, not the caller's.
      this.options.logger.error({ serviceName: this.options.name }, 'subgraph refused the gateway signature: check ATRIUM_SUBGRAPH_HMAC_SECRET on both');
      return { errors: [{ message: `Subgraph ${this.options.name} ${FAILURE_MESSAGES.SUBGRAPH_REFUSED_SIGNATURE}.`, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_REFUSED_SIGNATURE' } }] } as GatewayGraphQLResponse;
    }
    const errors = parsed.errors?.map((e) => sanitize(e, answer.status));
    return { ...(parsed.data !== undefined ? { data: parsed.data } : {}), ...(errors ? { errors } : {}) } as GatewayGraphQLResponse;
  }

  /** Identical in-flight queries (same caller, document and variables) share one fetch. */
  private fetchShaped(url: string, headers: Record<string, string>, body: string, idempotent: boolean): Promise<RawAnswer> {
    if (!idempotent) return this.fetchWithRetries(url, headers, body, false);
    const key = `${headers.authorization ?? ''}\u0000${body}`;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const started = this.fetchWithRetries(url, headers, body, true).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  private async fetchWithRetries(url: string, headers: Record<string, string>, body: string, idempotent: boolean): Promise<RawAnswer> {
    const attempts = idempotent ? 1 + this.options.traffic.retries : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.fetchOnce(url, headers, body);
      } catch (error) {
        if (!(error instanceof FetchFailure) || this.breaker.state === 'open') throw error;
        // A reset idle socket is sent again once whatever the operation; other failures only for queries.
        const again = (error.reset && attempt === 1) || (error.retryable && attempt < attempts);
        if (!again) throw error;
      }
    }
  }

  private async fetchOnce(url: string, headers: Record<string, string>, body: string): Promise<RawAnswer> {
    const serviceName = this.options.name;
    const started = performance.now();
    const observe = (outcome: FetchObservation['outcome']) => this.options.onFetch?.({ serviceName, seconds: (performance.now() - started) / 1000, outcome });
    if (!this.breaker.allow()) {
      observe('circuit_open');
      throw new FetchFailure('SUBGRAPH_UNAVAILABLE', false);
    }
    let answer: RawAnswer;
    try {
      this.target = this.target?.href === url ? this.target : new URL(url);
      answer = await post(this.target, this.agent, headers, body, this.options.traffic.timeoutMs, this.options.traffic.maxResponseBytes);
    } catch (error) {
      if (error instanceof FetchFailure) {
        // Too large: the subgraph answered, the budget refused it.
        this.breaker.success();
        observe('ok');
        throw error;
      }
      // A URL node:http refuses throws before any TransportError is made.
      const cause = error instanceof TransportError ? error.failure : (error as Error);
      const answered = error instanceof TransportError && error.answered;
      this.breaker.failure();
      observe('error');
      const timedOut = cause.name === 'TimeoutError';
      if (!answered) this.options.logger.warn({ serviceName, err: cause }, timedOut ? 'subgraph timed out' : 'subgraph unreachable');
      throw new FetchFailure(timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', true, !answered && isReset(cause));
    }
    if (answer.status >= 500 && !/json/.test(answer.contentType)) {
      this.breaker.failure();
      observe('error');
      throw new FetchFailure('SUBGRAPH_UNAVAILABLE', true);
    }
    this.breaker.success();
    observe('ok');
    return answer;
  }
}

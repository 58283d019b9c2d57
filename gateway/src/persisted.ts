import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@atrium/kernel';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Cosmo Router's persisted-operation modes against `operations/persisted-query-manifest.json`
 * (Apollo's manifest format: `{ id: sha256(body), name, type, body }`):
 *  - `off`: nothing is enforced (manifest ids still resolve when the file is there);
 *  - `log`: unknown operations run, and are logged and counted;
 *  - `safelist`: only manifest operations run, sent by id or with exactly the manifest's body;
 *  - `block`: only manifest operations sent by id run (Apollo Router's `require_id`): no body is
 *    accepted, not even a manifest one.
 * A request by id is Apollo's shape: `extensions.persistedQuery = { version: 1, sha256Hash }`.
 * Automatic persisted queries (clients registering any document by hash) are off: they would let
 * anyone put documents on the list. An APQ client that sends only a hash the manifest does not
 * know gets PERSISTED_QUERY_NOT_FOUND and sends the full document, as APQ clients do.
 */
export const PERSISTED_MODES = ['off', 'log', 'safelist', 'block'] as const;
export type PersistedMode = (typeof PERSISTED_MODES)[number];

export type PersistedStatus = 'known' | 'unknown';

interface ManifestEntry {
  id: string;
  name: string;
  body: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Distinct unknown operations `log` mode remembers having logged; past it, the memory starts over. */
const LOGGED_MAX = 10_000;

export class PersistedOperations {
  private readonly byId: Map<string, ManifestEntry>;
  /**
   * Unknown operations already logged: `log` mode logs each once per process (the counter counts
   * every request). One log line per request was a synchronous stdout write on every request of
   * an unlisted client (5% of the gateway's CPU under load: README, *Where the gateway's time goes*).
   */
  private readonly logged = new Set<string>();

  private constructor(
    readonly mode: PersistedMode,
    entries: ManifestEntry[],
    private readonly logger: Logger,
    private readonly onSeen?: (status: PersistedStatus) => void,
    private readonly onRefused?: (reason: string) => void,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }

  /** Read the manifest; a mode that enforces or logs refuses to start without it. */
  static load(mode: PersistedMode, path: string, logger: Logger, onSeen?: (status: PersistedStatus) => void, onRefused?: (reason: string) => void): PersistedOperations {
    if (!existsSync(path)) {
      if (mode !== 'off') throw new Error(`ATRIUM_PERSISTED_OPERATIONS=${mode} needs the manifest, and ${path} does not exist`);
      return new PersistedOperations(mode, [], logger, onSeen, onRefused);
    }
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; operations?: ManifestEntry[] };
    if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) throw new Error(`${path} is not an Apollo persisted query manifest`);
    for (const entry of manifest.operations) {
      if (sha256(entry.body) !== entry.id) throw new Error(`${path}: operation ${entry.name} has an id that is not the sha256 of its body`);
    }
    return new PersistedOperations(mode, manifest.operations, logger, onSeen, onRefused);
  }

  /** Whether the manifest has this operation id (the dashboard sends its operations by id when so). */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size() {
    return this.byId.size;
  }

  /**
   * Apollo answers an error thrown while a request starts with a bare 500, so the decision is made
   * when the request starts (a manifest id becomes its body there) and a refusal is thrown once the
   * operation is resolved, the one early hook whose errors reach the client as they are. A refused
   * request by id has no document to get there with, so it carries `{ __typename }` until then.
   */
  plugin<Ctx extends object>(): ApolloServerPlugin<Ctx> {
    return {
      requestDidStart: async ({ request }) => {
        const refused = this.decide(request);
        if (!refused) return;
        this.onRefused?.(String(refused.extensions.reason));
        request.query ??= '{ __typename }';
        return {
          didResolveOperation: async () => {
            throw refused;
          },
        };
      },
    };
  }

  /** Resolve a request by id, count and log it; the refusal the mode calls for, if any. */
  private decide(request: { query?: string; operationName?: string; extensions?: Record<string, unknown> }): GraphQLError | undefined {
    const persisted = (request.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
    const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
    if (persisted) {
      // Apollo's own APQ is off and would refuse the extension: it has been read here.
      const { persistedQuery: _read, ...rest } = request.extensions!;
      request.extensions = rest;
      if (persisted.version !== 1 || !hash) return refusal('Unsupported persisted query: send extensions.persistedQuery = { version: 1, sha256Hash }', 'PERSISTED_QUERY_INVALID');
    }
    const byId = hash !== undefined && request.query === undefined;
    if (byId) {
      const entry = this.byId.get(hash);
      if (!entry) return refusal('Persisted query not found', 'PERSISTED_QUERY_NOT_FOUND');
      request.query = entry.body;
      this.onSeen?.('known');
      return undefined;
    }
    if (request.query === undefined) return undefined;
    const id = sha256(request.query);
    if (hash !== undefined && id !== hash) return refusal('The persisted query hash is not the sha256 of the query', 'PERSISTED_QUERY_HASH_MISMATCH');
    const known = this.byId.has(id);
    this.onSeen?.(known ? 'known' : 'unknown');
    if (this.mode === 'block') return refusal('Only persisted operations sent by id are accepted: send extensions.persistedQuery.sha256Hash without the query', 'PERSISTED_QUERY_ID_REQUIRED');
    if (known) return undefined;
    if (this.mode === 'safelist') return refusal('This operation is not in the persisted operations list', 'PERSISTED_QUERY_NOT_IN_LIST');
    if (this.mode === 'log' && !this.logged.has(id)) {
      if (this.logged.size >= LOGGED_MAX) this.logged.clear();
      this.logged.add(id);
      this.logger.warn({ operationName: request.operationName ?? null, sha256: id }, 'operation not in the persisted operations list');
    }
    return undefined;
  }
}

/** A request refused for what it sent: 400, BAD_USER_INPUT, the reason named (Apollo Router's codes as reasons). */
function refusal(message: string, reason: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });
}

import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { decrypt as decryptLegacy } from './crypto.js';
import { AppError } from './errors.js';
import type { EventBus } from './events.js';
import { EVENTS, on } from './events.js';
import { internalUrl } from './internal.js';
import { enqueue, type RawExecutor } from './jobs.js';
import type { Logger } from './logger.js';
import { signedBody } from './signature.js';

/**
 * EnvelopeCipher encryption with managed data keys (issue 12 §4). The compliance subgraph keeps data
 * keys in `compliance.encryption_keys`, wrapped with the master key only it holds. An owning
 * subgraph (identity for MFA secrets, …) never reads that table: it asks compliance's service
 * call `dataKey` (internal.ts, signed with the subgraphs' secret, no user token) for its active
 * key or for the key a ciphertext names. Compliance checks `allowed_services`, counts the use
 * (`usage_count`, `last_used_at`) and answers the key re-wrapped for transport with a key both
 * sides derive from the subgraphs' secret and the caller's name (HKDF), bound to the key id.
 * Nothing is cached: a revoked key is refused on the next use and every use is counted.
 *
 * Managed ciphertext: `v2.<keyId>.<iv>.<tag>.<body>` (AES-256-GCM, the key id as associated
 * data). `v1.…` is the single configured key of before (ATRIUM_ENCRYPTION_KEY): still read,
 * and rewritten under a managed key by the owner's re-encryption job.
 */
export const ENVELOPE_ALGORITHM = 'AES-256-GCM';
const VERSION = 'v2';

export interface DataKey {
  id: string;
  status: string;
  material: Buffer;
}

/** What one encryption produced: the stored text and what the registry records. */
export interface Sealed {
  ciphertext: string;
  keyId: string;
  iv: string;
  algorithm: string;
}

/** The key id a managed ciphertext names; null for a legacy (`v1`) one. */
export function keyIdOf(ciphertext: string): string | null {
  const [version, keyId] = ciphertext.split('.');
  return version === VERSION && keyId ? keyId : null;
}

export function sealWith(plaintext: string, key: Pick<DataKey, 'id' | 'material'>): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.material, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${key.id}`));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const ivText = iv.toString('base64url');
  return { ciphertext: [VERSION, key.id, ivText, cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.'), keyId: key.id, iv: ivText, algorithm: ENVELOPE_ALGORITHM };
}

export function openWith(ciphertext: string, key: Pick<DataKey, 'id' | 'material'>): string {
  const [version, keyId, iv, tag, body] = ciphertext.split('.');
  if (version !== VERSION || keyId !== key.id || !iv || !tag || body === undefined) throw new Error('Unrecognised ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key.material, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`${VERSION}.${key.id}`));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** AES-256-GCM wrap of key material under `kek`, bound to `context`: `<iv>.<tag>.<body>`. */
export function wrapKey(material: Buffer, kek: Buffer, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(material), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unwrapKey(wrapped: string, kek: Buffer, context: string): Buffer {
  const [iv, tag, body] = wrapped.split('.');
  if (!iv || !tag || body === undefined) throw new Error('Unrecognised wrapped key');
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
}

/** sha256 hex of clear key material (`key_checksum`). */
export const keyChecksum = (material: Buffer) => createHash('sha256').update(material).digest('hex');

/** The transport key of one calling service, derived by both ends from the subgraphs' secret. */
export const transportKey = (signatureSecret: string, service: string) => Buffer.from(hkdfSync('sha256', signatureSecret, 'atrium data key transport', service, 32));

/** The context a transported key is bound to. */
export const transportContext = (service: string, keyId: string) => `atrium-data-key:${service}:${keyId}`;

/** What `dataKey` answers: the key re-wrapped for the caller. */
export interface DataKeyWire {
  id: string;
  status: string;
  wrapped: string;
}

export interface EnvelopeOptions {
  /** The calling subgraph (what `allowed_services` names). */
  service: string;
  /** The compliance subgraph's GraphQL URL (its service calls are beside it), resolved on each call. */
  keyServiceUrl: () => string;
  signatureSecret: string;
  /** ATRIUM_ENCRYPTION_KEY: reads ciphertext written before managed keys. */
  legacyKey: Buffer;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

/** One subgraph's envelope encryption: encrypt under its active data key, decrypt under the key a ciphertext names. */
export class EnvelopeCipher {
  constructor(private readonly options: EnvelopeOptions) {}

  get service() {
    return this.options.service;
  }

  /** The service's active data key (compliance creates the first one on first use). */
  activeKey(requestId = ''): Promise<DataKey> {
    return this.fetchKey(null, requestId);
  }

  key(id: string, requestId = ''): Promise<DataKey> {
    return this.fetchKey(id, requestId);
  }

  async encrypt(plaintext: string, key?: DataKey): Promise<Sealed> {
    return sealWith(plaintext, key ?? (await this.activeKey()));
  }

  /** Clear text of a managed or legacy ciphertext. `keys` caches keys for one batch. */
  async decrypt(ciphertext: string, keys?: Map<string, DataKey>): Promise<string> {
    const keyId = keyIdOf(ciphertext);
    if (!keyId) return decryptLegacy(ciphertext, this.options.legacyKey);
    let key = keys?.get(keyId);
    if (!key) {
      key = await this.key(keyId);
      keys?.set(keyId, key);
    }
    return openWith(ciphertext, key);
  }

  private async fetchKey(keyId: string | null, requestId: string): Promise<DataKey> {
    const { service, signatureSecret } = this.options;
    const wire = await callService<DataKeyWire>({ ...this.options, url: internalUrl(this.options.keyServiceUrl(), 'dataKey'), requestId }, 'dataKey', { service, keyId });
    return { id: wire.id, status: wire.status, material: unwrapKey(wire.wrapped, transportKey(signatureSecret, service), transportContext(service, wire.id)) };
  }
}

/**
 * One service call (internal.ts `serviceCall`): a signed POST naming the calling service, no
 * user token. Errors come back as AppError with the callee's code and reason.
 */
export async function callService<T>(
  options: { url: string; signatureSecret: string; requestId?: string; fetchImpl?: typeof fetch; timeoutMs?: number },
  name: string,
  variables: { service: string } & Record<string, unknown>,
): Promise<T> {
  let body: { data?: Record<string, unknown>; errors?: { message?: string; extensions?: { code?: string; reason?: string } }[] } | null;
  try {
    const response = await (options.fetchImpl ?? fetch)(options.url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': options.requestId ?? '' },
      body: JSON.stringify(signedBody(options.signatureSecret, { query: `service ${name}`, variables })),
    });
    body = (await response.json().catch(() => null)) as typeof body;
  } catch {
    throw new AppError('INTERNAL_SERVER_ERROR', 'The key service is unavailable', { reason: 'KEY_SERVICE_UNAVAILABLE' });
  }
  const answer = body?.data?.[name];
  if (answer === undefined || answer === null) {
    const error = body?.errors?.[0];
    const code = error?.extensions?.code;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'CONFLICT') throw new AppError(code, error?.message ?? 'Refused', error?.extensions?.reason ? { reason: error.extensions.reason } : {});
    throw new AppError('INTERNAL_SERVER_ERROR', 'The key service is unavailable', { reason: 'KEY_SERVICE_UNAVAILABLE' });
  }
  return answer as T;
}

/** A column holding managed ciphertext in the owner's own schema. */
export interface EncryptedColumn {
  /** Table in the owner's schema (unqualified). */
  table: string;
  column: string;
  /** Its primary key column (a UUID). */
  idColumn?: string;
}

export interface RegistryEntry {
  table: string;
  column: string;
  recordId: string;
  /** null: the value was cleared; the entry goes. */
  keyId: string | null;
  algorithm: string | null;
  iv: string | null;
  encryptedBy: string | null;
  at: string;
}

/** The registry entry of one written (or cleared) value; `table` schema-qualified by the owner's name. */
export function registryEntry(service: string, column: EncryptedColumn, recordId: string, sealed: Sealed | null, encryptedBy: string | null): RegistryEntry {
  return {
    table: `${service}.${column.table}`,
    column: column.column,
    recordId,
    keyId: sealed?.keyId ?? null,
    algorithm: sealed?.algorithm ?? null,
    iv: sealed?.iv ?? null,
    encryptedBy,
    at: new Date().toISOString(),
  };
}

/** Tell compliance's registry, in the transaction that wrote the values. */
export async function publishRegistry(events: EventBus, tx: RawExecutor, service: string, entries: RegistryEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) await events.publish(tx, EVENTS.encryptionRegistered, { service, entries: entries.slice(i, i + 500) });
}

interface ReencryptDeps {
  db: RawExecutor & { $transaction<T>(fn: (tx: any) => Promise<T>): Promise<T> };
  events: EventBus;
  envelope: EnvelopeCipher;
  logger: Logger;
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not an identifier: ${name}`);
  return `"${name}"`;
};

/**
 * Re-encrypt every value of `columns` not under the service's active key (managed values under
 * an older key, and legacy `v1` values), in batches of `batchSize`, one transaction each: the
 * new ciphertext is written only where the row still holds the one read (a concurrent write
 * wins), and the registry hears of it in the same transaction. Resumable: a crash loses at most
 * the open batch, and a rerun (the job's retry) selects only what is still not under the
 * active key. Old ciphertext stays readable throughout. Returns the values rewritten.
 */
export async function reencryptColumns(deps: ReencryptDeps, columns: readonly EncryptedColumn[], options: { batchSize: number; onBatch?: (done: number) => Promise<void> | void }): Promise<number> {
  const service = deps.envelope.service;
  const active = await deps.envelope.activeKey();
  const keys = new Map<string, DataKey>([[active.id, active]]);
  let done = 0;
  for (const column of columns) {
    const table = `${ident(service)}.${ident(column.table)}`;
    const id = ident(column.idColumn ?? 'id');
    const col = ident(column.column);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await deps.db.$queryRawUnsafe<{ id: string; value: string }[]>(
        `SELECT ${id}::text AS id, ${col} AS value FROM ${table} WHERE ${col} IS NOT NULL AND ${col} NOT LIKE $1 AND ${id} > $2::uuid ORDER BY ${id} LIMIT $3`,
        `${VERSION}.${active.id}.%`,
        after,
        options.batchSize,
      );
      if (rows.length === 0) break;
      const rewritten: { id: string; old: string; sealed: Sealed }[] = [];
      for (const row of rows) rewritten.push({ id: row.id, old: row.value, sealed: sealWith(await deps.envelope.decrypt(row.value, keys), active) });
      await deps.db.$transaction(async (tx: RawExecutor) => {
        const entries: RegistryEntry[] = [];
        for (const r of rewritten) {
          const n = await tx.$executeRawUnsafe(`UPDATE ${table} SET ${col} = $1 WHERE ${id} = $2::uuid AND ${col} = $3`, r.sealed.ciphertext, r.id, r.old);
          if (n === 1) entries.push(registryEntry(service, column, r.id, r.sealed, null));
        }
        await publishRegistry(deps.events, tx, service, entries);
        done += entries.length;
      });
      after = rows[rows.length - 1]!.id;
      await options.onBatch?.(done);
    }
  }
  deps.logger.info({ service, keyId: active.id, rewritten: done }, 'managed secrets re-encrypted under the active key');
  return done;
}

/** The owner's re-encryption task name. */
export const reencryptTask = (service: string) => `${service}:reencrypt_secrets`;

/** What an owner's re-encryption job runs with (its subgraph services). */
interface OwnerDeps {
  db: unknown;
  events: EventBus;
  envelope: EnvelopeCipher;
  logger: Logger;
  config: { keys: { reencryptBatch: number } };
}

/**
 * One owner's wiring of its managed secrets (identity's MFA and SSO secrets, conversations'
 * provider keys): `events`, the consumer of `encryption_key.rotated` that queues the
 * re-encryption job when the rotated key serves this service; `tasks`, that job
 * ({@link reencryptColumns} over `columns`); `queueLegacyPass`, the startup pass that moves
 * values still under the single configured key. One job at a time: the job key is the task name.
 */
export function managedSecrets(service: string, columns: readonly EncryptedColumn[]) {
  const task = reencryptTask(service);
  const queue = (db: unknown, payload: Record<string, unknown>) => enqueue(db as RawExecutor, task, payload, { jobKey: task });
  return {
    task,
    columns,
    events: [
      on(EVENTS.encryptionKeyRotated, async (payload, deps: { db: unknown }) => {
        if (payload.services.includes(service)) await queue(deps.db, { keyId: payload.keyId });
      }),
    ],
    reencrypt: (deps: OwnerDeps) => reencryptColumns({ db: deps.db as ReencryptDeps['db'], events: deps.events, envelope: deps.envelope, logger: deps.logger }, columns, { batchSize: deps.config.keys.reencryptBatch }),
    tasks(deps: OwnerDeps) {
      return { [task]: async () => void (await this.reencrypt(deps)) };
    },
    queueLegacyPass: (db: unknown) => queue(db, { legacy: true }),
  };
}

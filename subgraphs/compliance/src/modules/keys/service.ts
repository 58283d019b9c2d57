import {
  AppError,
  EVENTS,
  auditBefore,
  conflict,
  forbidden,
  idArg,
  keyChecksum,
  notFound,
  page,
  parseInput,
  connection,
  transportContext,
  transportKey,
  unwrapKey,
  uuid,
  wrapKey,
  type DataKeyWire,
  type SubgraphServices,
} from '@atrium/kernel';
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ComplianceSettings } from '../../config.js';
import type { ComplianceContext } from '../../context.js';
import type { ComplianceDb, EncryptionKey, Prisma } from '../../db.js';
import { KeyStore } from './store.js';

type Deps = Pick<SubgraphServices<ComplianceDb, ComplianceSettings>, 'db' | 'config' | 'settings' | 'events' | 'logger'>;

/** created_by of a key compliance creates on a service's first use (no person asked for it). */
export const SYSTEM_ACTOR = '00000000-0000-0000-0000-000000000000';

export const KEY_STATUS = { ACTIVE: 'active', ROTATING: 'rotating', DEPRECATED: 'deprecated', REVOKED: 'revoked' } as const;

/** The master key, or a refusal: production without ATRIUM_MASTER_KEY never gets here (index.ts). */
function master(deps: Pick<Deps, 'settings'>): Buffer {
  const key = deps.settings.keys.masterKey;
  if (!key) throw new AppError('INTERNAL_SERVER_ERROR', 'ATRIUM_MASTER_KEY is not configured');
  return key;
}

const masterContext = (id: string) => `atrium-master:${id}`;

/** Clear material of a stored key, checked against its checksum. */
function unwrapStored(deps: Pick<Deps, 'settings'>, key: EncryptionKey): Buffer {
  const material = unwrapKey(key.encryptedKeyMaterial, master(deps), masterContext(key.id));
  if (key.keyChecksum && keyChecksum(material) !== key.keyChecksum) throw new AppError('INTERNAL_SERVER_ERROR', 'Key material does not match its checksum');
  return material;
}

/** A new data key wrapped with the master key, numbered in its services' lineage. */
async function newKey(deps: Pick<Deps, 'settings'>, store: KeyStore, services: string[], createdBy: string, parentKeyId: string | null) {
  const id = randomUUID();
  const material = randomBytes(32);
  const prefix = `${services.join('+')}-data-key-`;
  const n = (await store.countNamed(prefix)) + 1;
  return store.create({
    id,
    keyName: `${prefix}${n}`,
    keyType: 'aes256',
    keyPurpose: 'data_encryption',
    encryptedKeyMaterial: wrapKey(material, master(deps), masterContext(id)),
    keyChecksum: keyChecksum(material),
    status: KEY_STATUS.ACTIVE,
    activatedAt: new Date(),
    parentKeyId,
    allowedServices: services,
    createdBy,
  });
}

/**
 * The service call `dataKey` (kernel keys.ts): the caller's active key (created on its first use)
 * or the key a ciphertext names, re-wrapped for the caller's transport key. Refused: another
 * service's key (FORBIDDEN, SERVICE_NOT_ALLOWED), a revoked one (FORBIDDEN, KEY_REVOKED). Every
 * answer counts one use.
 */
export async function dataKeyCall(deps: Deps, input: { service: string; variables: Record<string, unknown> }): Promise<DataKeyWire> {
  const { service } = input;
  const keyId = input.variables.keyId;
  if (keyId !== null && keyId !== undefined && (typeof keyId !== 'string' || !uuid.safeParse(keyId).success)) throw new AppError('BAD_USER_INPUT', 'keyId must be a UUID');
  let key: EncryptionKey | null;
  if (keyId) {
    key = await new KeyStore(deps.db).find(keyId);
    if (!key) throw notFound('Encryption key');
  } else {
    key = await new KeyStore(deps.db).active(service);
    if (!key) {
      key = await deps.db.$transaction(async (tx) => {
        const store = new KeyStore(tx);
        await store.lockService(service);
        return (await store.active(service)) ?? (await newKey(deps, store, [service], SYSTEM_ACTOR, null));
      });
      deps.logger.info({ service, keyId: key.id }, 'first data key created for a service');
    }
  }
  if (!key.allowedServices.includes(service)) throw forbidden(`The key is not allowed for service ${service}`, { reason: 'SERVICE_NOT_ALLOWED' });
  if (key.status === KEY_STATUS.REVOKED) throw forbidden('The key is revoked', { reason: 'KEY_REVOKED' });
  const material = unwrapStored(deps, key);
  await new KeyStore(deps.db).used(key.id);
  return { id: key.id, status: key.status, wrapped: wrapKey(material, transportKey(deps.config.secrets.subgraphHmacSecret, service), transportContext(service, key.id)) };
}

type Registered = z.infer<typeof EVENTS.encryptionRegistered.payload>;

/**
 * `encryption.registered`: keep the registry (newest write per record), then deprecate the
 * service's rotating keys that have nothing left under them. A value written under a key that is
 * no longer active (a write racing a rotation) puts that key back to rotating and asks the owner
 * to re-encrypt again. Idempotent.
 */
export async function recordRegistrations(deps: Deps, payload: Registered): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    const store = new KeyStore(tx);
    // One registration of a service at a time: two concurrent batches would each still see the
    // other's rows under the old key, and neither would deprecate it.
    await store.lockService(payload.service);
    const stale = new Set<string>();
    for (const e of payload.entries) {
      if (e.keyId === null) await store.removeEntry(e);
      else {
        await store.upsertEntry(payload.service, { ...e, keyId: e.keyId, algorithm: e.algorithm ?? 'AES-256-GCM' });
        stale.add(e.keyId);
      }
    }
    for (const id of stale) {
      const key = await store.find(id);
      if (!key || key.status === KEY_STATUS.ACTIVE || key.status === KEY_STATUS.REVOKED) continue;
      const active = await store.active(payload.service);
      if (!active) continue;
      if (key.status === KEY_STATUS.DEPRECATED) await store.update(id, { status: KEY_STATUS.ROTATING });
      await deps.events.publish(tx, EVENTS.encryptionKeyRotated, { keyId: active.id, previousKeyId: id, services: [payload.service], at: new Date().toISOString() });
    }
    const drained = await store.deprecateDrained(payload.service);
    if (drained.length) deps.logger.info({ service: payload.service, keys: drained }, 'rotated keys drained: deprecated');
  });
}

/** Keys are platform-wide: only unscoped holders see or change them (the shield checked the permission). */
const KEY_STATUS_IN = z.enum(['active', 'rotating', 'deprecated', 'revoked']);

export async function listKeys(ctx: ComplianceContext, args: { status?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const status = parseInput(KEY_STATUS_IN.nullish(), args.status, ['status']);
  return connection(await new KeyStore(ctx.db).list(status ? { status } : {}, p), p);
}

export async function listRegistry(ctx: ComplianceContext, args: { keyId?: unknown; tableName?: unknown; first?: unknown; after?: unknown }) {
  const p = page(args);
  const keyId = args.keyId == null ? null : idArg(args.keyId);
  const tableName = parseInput(z.string().min(1).max(255).nullish(), args.tableName, ['tableName']);
  const where: Prisma.EncryptedDataRegistryWhereInput = { ...(keyId ? { encryptionKeyId: keyId } : {}), ...(tableName ? { tableName } : {}) };
  return connection(await new KeyStore(ctx.db).registry(where, p), p);
}

/** Lock and load a key for a lifecycle change; its state before goes to the audit event. */
async function forChange(tx: Prisma.TransactionClient, id: string): Promise<EncryptionKey> {
  const store = new KeyStore(tx);
  await store.lock(id);
  const key = await store.find(id);
  if (!key) throw notFound('Encryption key');
  auditBefore({ ...key, usageCount: Number(key.usageCount) }, 'EncryptionKey');
  return key;
}

/**
 * Rotate: a new active key for the same services, the old one rotating; the owners' jobs
 * re-encrypt (encryption_key.rotated). Returns the new key.
 */
export async function rotateKey(ctx: ComplianceContext, rawId: unknown) {
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const store = new KeyStore(tx);
    for (const service of (await store.find(id))?.allowedServices ?? []) await store.lockService(service);
    const old = await forChange(tx, id);
    if (old.status !== KEY_STATUS.ACTIVE) throw conflict(`Only an active key rotates; this one is ${old.status}`, ['id']);
    const now = new Date();
    await store.update(id, { status: KEY_STATUS.ROTATING, rotatedAt: now });
    const fresh = await newKey(ctx, store, old.allowedServices, ctx.principal!.userId, old.id);
    await ctx.events.publish(tx, EVENTS.encryptionKeyRotated, { keyId: fresh.id, previousKeyId: old.id, services: old.allowedServices, at: now.toISOString() });
    return fresh;
  });
}

const reasonInput = z.string().trim().min(1).max(2000);

/** Ask for a revocation; a second person approves. */
export async function requestKeyRevocation(ctx: ComplianceContext, rawId: unknown, rawReason: unknown) {
  const id = idArg(rawId);
  const reason = parseInput(reasonInput, rawReason, ['reason']);
  return ctx.db.$transaction(async (tx) => {
    const key = await forChange(tx, id);
    if (key.status === KEY_STATUS.ACTIVE) throw conflict('The active key cannot be revoked; rotate it first', ['id']);
    if (key.status === KEY_STATUS.REVOKED) throw conflict('The key is already revoked', ['id']);
    if (key.revocationRequestedAt) throw conflict('A revocation of this key is already waiting for approval', ['id']);
    return new KeyStore(tx).update(id, { revocationRequestedBy: ctx.principal!.userId, revocationRequestedAt: new Date(), revocationReason: reason });
  });
}

/** Approve a requested revocation: another person, and nothing registered under the key any more. */
export async function approveKeyRevocation(ctx: ComplianceContext, rawId: unknown) {
  const id = idArg(rawId);
  return ctx.db.$transaction(async (tx) => {
    const key = await forChange(tx, id);
    if (key.status === KEY_STATUS.REVOKED) throw conflict('The key is already revoked', ['id']);
    if (!key.revocationRequestedAt) throw conflict('No revocation of this key was requested', ['id']);
    if (key.revocationRequestedBy === ctx.principal!.userId) throw forbidden('A second person must approve the revocation', { reason: 'SECOND_PERSON_REQUIRED' });
    const left = (await new KeyStore(tx).registeredCounts([id])).get(id) ?? 0;
    if (left > 0) throw conflict(`${left} values are still encrypted under this key; let re-encryption finish first`, ['id']);
    return new KeyStore(tx).update(id, { status: KEY_STATUS.REVOKED, revokedBy: ctx.principal!.userId, revokedAt: new Date() });
  });
}

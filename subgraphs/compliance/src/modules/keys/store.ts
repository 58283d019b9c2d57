import { paginate, type Page } from '@atrium/kernel';
import type { DbClient, EncryptionKey, Prisma } from '../../db.js';

/** Every statement touching `compliance.encryption_keys` and `compliance.encrypted_data_registry`. */
export class KeyStore {
  constructor(private readonly db: DbClient) {}

  /** Serialise key creation and rotation of one service (inside a transaction). */
  async lockService(service: string): Promise<void> {
    await this.db.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('compliance.encryption_keys:' || $1))`, service);
  }

  /** Lock one key row for a lifecycle change (inside a transaction). */
  async lock(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('SELECT 1 FROM compliance.encryption_keys WHERE id = $1::uuid FOR UPDATE', id);
  }

  find(id: string) {
    return this.db.encryptionKey.findUnique({ where: { id } });
  }

  /** The service's active data key, if any. */
  active(service: string) {
    return this.db.encryptionKey.findFirst({ where: { status: 'active', keyPurpose: 'data_encryption', allowedServices: { has: service } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  }

  /** Keys named `<prefix>…` (to number the next one). */
  countNamed(prefix: string) {
    return this.db.encryptionKey.count({ where: { keyName: { startsWith: prefix } } });
  }

  create(data: Prisma.EncryptionKeyUncheckedCreateInput) {
    return this.db.encryptionKey.create({ data });
  }

  update(id: string, data: Prisma.EncryptionKeyUncheckedUpdateInput) {
    return this.db.encryptionKey.update({ where: { id }, data });
  }

  /** Count one use: handed to a service. */
  async used(id: string): Promise<void> {
    await this.db.$executeRawUnsafe('UPDATE compliance.encryption_keys SET usage_count = usage_count + 1, last_used_at = now() WHERE id = $1::uuid', id);
  }

  list(where: Prisma.EncryptionKeyWhereInput, p: Page): Promise<EncryptionKey[]> {
    return paginate(p, where, (q) => this.db.encryptionKey.findMany(q), (w) => this.db.encryptionKey.count({ where: w }), [{ createdAt: 'desc' }, { id: 'desc' }]);
  }

  registry(where: Prisma.EncryptedDataRegistryWhereInput, p: Page) {
    return paginate(p, where, (q) => this.db.encryptedDataRegistry.findMany(q), (w) => this.db.encryptedDataRegistry.count({ where: w }), [{ tableName: 'asc' }, { recordId: 'asc' }, { id: 'asc' }]);
  }

  /** Registered values by key, for the given keys (one statement). */
  async registeredCounts(keyIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.$queryRawUnsafe<{ key: string; n: number }[]>(
      'SELECT encryption_key_id::text AS key, count(*)::int AS n FROM compliance.encrypted_data_registry WHERE encryption_key_id = ANY($1::uuid[]) GROUP BY encryption_key_id',
      keyIds,
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  }

  /** Newest write per record wins: an older delivery never overwrites a newer entry. */
  async upsertEntry(service: string, e: { table: string; column: string; recordId: string; keyId: string; algorithm: string; iv: string | null; encryptedBy: string | null; at: string }): Promise<void> {
    await this.db.$executeRawUnsafe(
      `INSERT INTO compliance.encrypted_data_registry (service_name, table_name, column_name, record_id, encryption_key_id, encryption_algorithm, initialization_vector, encrypted_at, encrypted_by)
       VALUES ($1, $2, $3, $4, $5::uuid, $6, $7, $8::timestamptz, $9::uuid)
       ON CONFLICT (table_name, column_name, record_id) DO UPDATE
         SET encryption_key_id = EXCLUDED.encryption_key_id, encryption_algorithm = EXCLUDED.encryption_algorithm, initialization_vector = EXCLUDED.initialization_vector,
             encrypted_at = EXCLUDED.encrypted_at, encrypted_by = EXCLUDED.encrypted_by, service_name = EXCLUDED.service_name
         WHERE compliance.encrypted_data_registry.encrypted_at <= EXCLUDED.encrypted_at`,
      service,
      e.table,
      e.column,
      e.recordId,
      e.keyId,
      e.algorithm,
      e.iv,
      e.at,
      e.encryptedBy,
    );
  }

  async removeEntry(e: { table: string; column: string; recordId: string; at: string }): Promise<void> {
    await this.db.$executeRawUnsafe(
      'DELETE FROM compliance.encrypted_data_registry WHERE table_name = $1 AND column_name = $2 AND record_id = $3 AND encrypted_at <= $4::timestamptz',
      e.table,
      e.column,
      e.recordId,
      e.at,
    );
  }

  /** Rotating keys of a service with nothing registered under them any more become deprecated; their ids. */
  async deprecateDrained(service: string): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE compliance.encryption_keys k SET status = 'deprecated'
        WHERE k.status = 'rotating' AND $1 = ANY(k.allowed_services)
          AND NOT EXISTS (SELECT 1 FROM compliance.encrypted_data_registry r WHERE r.encryption_key_id = k.id)
        RETURNING k.id::text AS id`,
      service,
    );
    return rows.map((r) => r.id);
  }
}

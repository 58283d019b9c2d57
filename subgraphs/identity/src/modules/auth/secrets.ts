import { reencryptColumns, type EncryptedColumn, type SubgraphServices } from '@atrium/kernel';
import type { IdentitySettings } from '../../config.js';
import type { IdentityDeps } from '../../context.js';
import type { IdentityDb } from '../../db.js';

/** Identity's columns holding managed ciphertext (registered in compliance.encrypted_data_registry). */
export const MFA_SECRET: EncryptedColumn = { table: 'users', column: 'mfa_secret' };
export const SSO_CLIENT_SECRET: EncryptedColumn = { table: 'sso_providers', column: 'client_secret' };
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [MFA_SECRET, SSO_CLIENT_SECRET];

/** The re-encryption job: every identity secret not under the active data key, in batches (kernel keys.ts). */
export function reencryptSecrets(deps: SubgraphServices<IdentityDb, IdentitySettings> & IdentityDeps) {
  return reencryptColumns({ db: deps.db as never, events: deps.events, envelope: deps.envelope, logger: deps.logger }, ENCRYPTED_COLUMNS, { batchSize: deps.config.keys.reencryptBatch });
}

import { managedSecrets, type EncryptedColumn } from '@atrium/kernel';

/** Identity's columns holding managed ciphertext (registered in compliance.encrypted_data_registry). */
export const MFA_SECRET: EncryptedColumn = { table: 'users', column: 'mfa_secret' };
export const SSO_CLIENT_SECRET: EncryptedColumn = { table: 'sso_providers', column: 'client_secret' };
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [MFA_SECRET, SSO_CLIENT_SECRET];

/** The re-encryption job, its rotation consumer and the startup pass over legacy values (kernel keys.ts). */
export const identitySecrets = managedSecrets('identity', ENCRYPTED_COLUMNS);

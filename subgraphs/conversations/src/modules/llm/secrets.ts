import { managedSecrets, type EncryptedColumn } from '@atrium/kernel';

/** Conversations' column holding managed ciphertext: LLM provider API keys (registered in compliance.encrypted_data_registry). */
export const PROVIDER_API_KEY: EncryptedColumn = { table: 'llm_providers', column: 'api_key_encrypted' };

/** The re-encryption job, its rotation consumer and the startup pass over legacy (`v1`) keys (kernel keys.ts). */
export const conversationsSecrets = managedSecrets('conversations', [PROVIDER_API_KEY]);

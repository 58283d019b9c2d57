-- Compliance, issue 12 §4: managed data keys (004 §5.2). `encrypted_key_material` is the data key
-- wrapped (AES-256-GCM) with the master key (ATRIUM_MASTER_KEY); `key_checksum` is the sha256 of
-- the clear key, checked on every unwrap. Lifecycle active → rotating (a newer key took over,
-- re-encryption under way) → deprecated (nothing registered under it) → revoked (after a second
-- person approved). `created_by` and the revocation actors are plain UUIDs (B.6 #21).
CREATE TABLE "compliance"."encryption_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key_name" VARCHAR(255) NOT NULL,
    "key_type" VARCHAR(50) NOT NULL DEFAULT 'aes256',
    "key_purpose" VARCHAR(100) NOT NULL DEFAULT 'data_encryption',
    "encrypted_key_material" TEXT NOT NULL,
    "key_checksum" VARCHAR(64),
    "status" VARCHAR(20) NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activated_at" TIMESTAMPTZ(6),
    "expires_at" TIMESTAMPTZ(6),
    "rotated_at" TIMESTAMPTZ(6),
    "parent_key_id" UUID,
    "usage_count" BIGINT NOT NULL DEFAULT 0,
    "last_used_at" TIMESTAMPTZ(6),
    "allowed_services" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by" UUID NOT NULL,
    "revocation_requested_by" UUID,
    "revocation_requested_at" TIMESTAMPTZ(6),
    "revocation_reason" TEXT,
    "revoked_by" UUID,
    "revoked_at" TIMESTAMPTZ(6),
    CONSTRAINT "encryption_keys_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "encryption_keys_parent_key_id_fkey" FOREIGN KEY ("parent_key_id") REFERENCES "compliance"."encryption_keys"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "encryption_keys_status_check" CHECK ("status" IN ('active', 'rotating', 'deprecated', 'revoked')),
    CONSTRAINT "encryption_keys_type_check" CHECK ("key_type" IN ('aes256', 'rsa2048', 'rsa4096')),
    CONSTRAINT "encryption_keys_purpose_check" CHECK ("key_purpose" IN ('data_encryption', 'token_signing', 'file_encryption'))
);
CREATE UNIQUE INDEX "encryption_keys_key_name_key" ON "compliance"."encryption_keys"("key_name");
CREATE INDEX "idx_encryption_keys_status" ON "compliance"."encryption_keys"("status");
CREATE INDEX "idx_encryption_keys_purpose" ON "compliance"."encryption_keys"("key_purpose");
CREATE INDEX "idx_encryption_keys_expires" ON "compliance"."encryption_keys"("expires_at");

-- Where each managed ciphertext lives: (table, column, record) of the owning subgraph → key,
-- algorithm, IV. Kept by the owners' `encryption.registered` events; `table_name` is
-- schema-qualified (`identity.users`).
CREATE TABLE "compliance"."encrypted_data_registry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "service_name" VARCHAR(100) NOT NULL,
    "table_name" VARCHAR(255) NOT NULL,
    "column_name" VARCHAR(255) NOT NULL,
    "record_id" VARCHAR(255) NOT NULL,
    "encryption_key_id" UUID NOT NULL,
    "encryption_algorithm" VARCHAR(50) NOT NULL,
    "initialization_vector" VARCHAR(255),
    "encrypted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "encrypted_by" UUID,
    CONSTRAINT "encrypted_data_registry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "encrypted_data_registry_encryption_key_id_fkey" FOREIGN KEY ("encryption_key_id") REFERENCES "compliance"."encryption_keys"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "encrypted_data_registry_table_name_column_name_record_id_key" ON "compliance"."encrypted_data_registry"("table_name", "column_name", "record_id");
CREATE INDEX "idx_encrypted_data_table" ON "compliance"."encrypted_data_registry"("table_name", "column_name");
CREATE INDEX "idx_encrypted_data_key" ON "compliance"."encrypted_data_registry"("encryption_key_id");

-- Issue 12 §4: SSO client secrets are stored under managed data keys (kernel keys.ts): the
-- ciphertext names its key (`v2.<keyId>.…`), 37 characters more than the seed's VARCHAR(255)
-- left for a 150-character secret.
ALTER TABLE "identity"."sso_providers" ALTER COLUMN "client_secret" TYPE VARCHAR(512);

-- Identity domain. Seed 004 §1 (users, user_profiles, sso_providers, user_sso_accounts),
-- 000 §1 + 001 §2.4 (organizations with hierarchy, members, teams), refresh sessions.
-- Seed columns and defaults are kept. Flags, counters, JSON and timestamps that have a
-- default are also NOT NULL: a NULL there has no meaning and breaks arithmetic.

CREATE SCHEMA IF NOT EXISTS "identity";

CREATE TYPE "identity"."org_status" AS ENUM ('active', 'suspended', 'trial', 'inactive');

CREATE TABLE "identity"."users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" VARCHAR(255) NOT NULL,
    "username" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255),
    "first_name" VARCHAR(100),
    "last_name" VARCHAR(100),
    "display_name" VARCHAR(200),
    "avatar_url" TEXT,
    "phone_number" VARCHAR(20),
    "timezone" VARCHAR(50) DEFAULT 'UTC',
    "locale" VARCHAR(10) DEFAULT 'en-US',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "is_verified" BOOLEAN NOT NULL DEFAULT false,
    "is_locked" BOOLEAN NOT NULL DEFAULT false,
    "email_verified_at" TIMESTAMPTZ(6),
    "phone_verified_at" TIMESTAMPTZ(6),
    "failed_login_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(6),
    "password_changed_at" TIMESTAMPTZ(6),
    "last_login_at" TIMESTAMPTZ(6),
    "last_login_ip" INET,
    "mfa_enabled" BOOLEAN NOT NULL DEFAULT false,
    "mfa_secret" VARCHAR(255),
    "backup_codes" TEXT[],
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(6),
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_email_key" ON "identity"."users"("email");
CREATE UNIQUE INDEX "users_username_key" ON "identity"."users"("username");
CREATE INDEX "idx_users_email" ON "identity"."users"("email") WHERE deleted_at IS NULL;
CREATE INDEX "idx_users_username" ON "identity"."users"("username") WHERE deleted_at IS NULL;
CREATE INDEX "idx_users_active" ON "identity"."users"("is_active") WHERE deleted_at IS NULL;
CREATE INDEX "idx_users_created_at" ON "identity"."users"("created_at");
CREATE INDEX "idx_users_last_login" ON "identity"."users"("last_login_at");

CREATE TABLE "identity"."user_profiles" (
    "user_id" UUID NOT NULL,
    "date_of_birth" DATE,
    "gender" VARCHAR(20),
    "bio" TEXT,
    "website_url" TEXT,
    "linkedin_url" TEXT,
    "github_url" TEXT,
    "job_title" VARCHAR(200),
    "company" VARCHAR(200),
    "department" VARCHAR(100),
    "manager_id" UUID,
    "notification_preferences" JSONB NOT NULL DEFAULT '{}',
    "privacy_settings" JSONB NOT NULL DEFAULT '{}',
    "ui_preferences" JSONB NOT NULL DEFAULT '{}',
    "country" VARCHAR(100),
    "state_province" VARCHAR(100),
    "city" VARCHAR(100),
    "postal_code" VARCHAR(20),
    "address_line1" TEXT,
    "address_line2" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "user_profiles_pkey" PRIMARY KEY ("user_id")
);
CREATE INDEX "idx_user_profiles_manager" ON "identity"."user_profiles"("manager_id");
CREATE INDEX "idx_user_profiles_company" ON "identity"."user_profiles"("company");

CREATE TABLE "identity"."sso_providers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "provider_type" VARCHAR(50) NOT NULL,
    "client_id" VARCHAR(255),
    "client_secret" VARCHAR(255),
    "discovery_url" TEXT,
    "authorization_url" TEXT,
    "token_url" TEXT,
    "userinfo_url" TEXT,
    "jwks_url" TEXT,
    "saml_metadata_url" TEXT,
    "saml_certificate" TEXT,
    "scopes" TEXT[],
    "attribute_mapping" JSONB NOT NULL DEFAULT '{}',
    "auto_create_users" BOOLEAN NOT NULL DEFAULT false,
    "auto_assign_roles" UUID[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sso_providers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sso_providers_provider_type_check" CHECK ("provider_type" IN ('oauth2', 'saml', 'oidc'))
);
CREATE UNIQUE INDEX "sso_providers_name_key" ON "identity"."sso_providers"("name");
CREATE INDEX "idx_sso_providers_type" ON "identity"."sso_providers"("provider_type");
CREATE INDEX "idx_sso_providers_active" ON "identity"."sso_providers"("is_active");

CREATE TABLE "identity"."user_sso_accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "provider_id" UUID NOT NULL,
    "external_id" VARCHAR(255) NOT NULL,
    "external_username" VARCHAR(255),
    "external_email" VARCHAR(255),
    "access_token" TEXT,
    "refresh_token" TEXT,
    "token_expires_at" TIMESTAMPTZ(6),
    "linked_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(6),
    "external_data" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "user_sso_accounts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "user_sso_accounts_provider_id_external_id_key" ON "identity"."user_sso_accounts"("provider_id", "external_id");
CREATE INDEX "idx_user_sso_accounts_user" ON "identity"."user_sso_accounts"("user_id");
CREATE INDEX "idx_user_sso_accounts_provider" ON "identity"."user_sso_accounts"("provider_id");
CREATE INDEX "idx_user_sso_accounts_external" ON "identity"."user_sso_accounts"("external_id");

CREATE TABLE "identity"."organizations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(180) NOT NULL,
    "slug" VARCHAR(180) NOT NULL,
    "display_name" TEXT NOT NULL,
    "description" TEXT,
    "logo_url" TEXT,
    "website" TEXT,
    "parent_id" UUID,
    "organization_path" TEXT,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "branding" JSONB NOT NULL DEFAULT '{}',
    "features" JSONB NOT NULL DEFAULT '{}',
    "subscription_tier" TEXT NOT NULL DEFAULT 'basic',
    "user_limit" INTEGER DEFAULT 100,
    "storage_limit_gb" INTEGER DEFAULT 10,
    "status" "identity"."org_status" NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "organizations_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id")
);
CREATE UNIQUE INDEX "organizations_name_key" ON "identity"."organizations"("name");
CREATE UNIQUE INDEX "organizations_slug_key" ON "identity"."organizations"("slug");
CREATE INDEX "idx_orgs_parent" ON "identity"."organizations"("parent_id");
CREATE INDEX "idx_orgs_path" ON "identity"."organizations"("organization_path");
CREATE INDEX "idx_orgs_status" ON "identity"."organizations"("status");

CREATE TABLE "identity"."organization_members" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role_id" UUID,
    "is_owner" BOOLEAN NOT NULL DEFAULT false,
    "joined_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "organization_members_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "organization_members_organization_id_user_id_key" ON "identity"."organization_members"("organization_id", "user_id");
CREATE INDEX "idx_organization_members_user" ON "identity"."organization_members"("user_id");

CREATE TABLE "identity"."teams" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" VARCHAR(180) NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "teams_organization_id_name_key" ON "identity"."teams"("organization_id", "name");

CREATE TABLE "identity"."team_members" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "team_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role_id" UUID,
    "joined_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "team_members_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "team_members_team_id_user_id_key" ON "identity"."team_members"("team_id", "user_id");
CREATE INDEX "idx_team_members_user" ON "identity"."team_members"("user_id");

CREATE TABLE "identity"."refresh_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "rotated_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),
    "revoked_reason" VARCHAR(50),
    "ip" INET,
    "user_agent" TEXT,
    CONSTRAINT "refresh_sessions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "refresh_sessions_token_hash_key" ON "identity"."refresh_sessions"("token_hash");
CREATE INDEX "idx_refresh_sessions_family" ON "identity"."refresh_sessions"("family_id");
CREATE INDEX "idx_refresh_sessions_user" ON "identity"."refresh_sessions"("user_id");

ALTER TABLE "identity"."user_profiles" ADD CONSTRAINT "user_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."user_profiles" ADD CONSTRAINT "user_profiles_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "identity"."users"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "identity"."user_sso_accounts" ADD CONSTRAINT "user_sso_accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."user_sso_accounts" ADD CONSTRAINT "user_sso_accounts_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "identity"."sso_providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."organizations" ADD CONSTRAINT "organizations_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "identity"."organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "identity"."organization_members" ADD CONSTRAINT "organization_members_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "identity"."organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."organization_members" ADD CONSTRAINT "organization_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."teams" ADD CONSTRAINT "teams_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "identity"."organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."team_members" ADD CONSTRAINT "team_members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "identity"."teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."team_members" ADD CONSTRAINT "team_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "identity"."refresh_sessions" ADD CONSTRAINT "refresh_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

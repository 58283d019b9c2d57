-- Authorization domain. Seed 004 §2: resource_types, resources, roles, permissions,
-- role_permissions, user_roles, user_permissions. 001 §2.1.2 admin_permissions maps onto
-- user_permissions (resource_id as scope, valid_until as expires_at); it has no table.
--
-- Seed columns, uniques and indexes are kept. As in the identity schema, flags, counters,
-- JSON and timestamps that have a default are also NOT NULL (valid_from included: a grant
-- always starts somewhere; an open end is still a NULL valid_until).
-- Differences from the seed, on purpose:
--   * user ids (user_id, owner_id, granted_by, created_by, assigned_by, delegated_by,
--     revoked_by, approved_by) are plain UUIDs: users live in the identity schema;
--   * the (user_id, role_id, resource_scope) and (user_id, permission_id, resource_id)
--     uniques are NULLS NOT DISTINCT, so an unscoped assignment exists at most once;
--   * user_permissions.approved_at / approved_by are new: a direct grant of a permission
--     that requires_approval counts only once a holder of role:assign approved it;
--   * CHECK constraints: no row is its own parent, windows are not inverted, depths and
--     limits are not negative.

CREATE SCHEMA IF NOT EXISTS "authorization";

CREATE TABLE "authorization"."resource_types" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT,
    "parent_type_id" UUID,
    "available_actions" TEXT[] DEFAULT '{}',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "resource_types_pkey" PRIMARY KEY ("id"),
    -- 004 §2.1 has available_actions NOT NULL; Prisma lists cannot say so, a CHECK does.
    CONSTRAINT "resource_types_available_actions_not_null" CHECK ("available_actions" IS NOT NULL),
    CONSTRAINT "resource_types_not_own_parent" CHECK ("parent_type_id" IS NULL OR "parent_type_id" <> "id")
);
CREATE UNIQUE INDEX "resource_types_name_key" ON "authorization"."resource_types"("name");

CREATE TABLE "authorization"."resources" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "resource_type_id" UUID NOT NULL,
    "resource_id" VARCHAR(255) NOT NULL,
    "name" VARCHAR(255),
    "description" TEXT,
    "parent_resource_id" UUID,
    "owner_id" UUID,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "resources_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "resources_not_own_parent" CHECK ("parent_resource_id" IS NULL OR "parent_resource_id" <> "id")
);
CREATE UNIQUE INDEX "resources_resource_type_id_resource_id_key" ON "authorization"."resources"("resource_type_id", "resource_id");
CREATE INDEX "idx_resources_type" ON "authorization"."resources"("resource_type_id");
CREATE INDEX "idx_resources_owner" ON "authorization"."resources"("owner_id");
CREATE INDEX "idx_resources_parent" ON "authorization"."resources"("parent_resource_id");
CREATE INDEX "idx_resources_active" ON "authorization"."resources"("is_active");

CREATE TABLE "authorization"."roles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "display_name" VARCHAR(200),
    "description" TEXT,
    "parent_role_id" UUID,
    "role_level" INTEGER NOT NULL DEFAULT 0,
    "is_system_role" BOOLEAN NOT NULL DEFAULT false,
    "is_assignable" BOOLEAN NOT NULL DEFAULT true,
    "max_assignments" INTEGER,
    "valid_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(6),
    "auto_assign_conditions" JSONB NOT NULL DEFAULT '{}',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" UUID,
    CONSTRAINT "roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "roles_not_own_parent" CHECK ("parent_role_id" IS NULL OR "parent_role_id" <> "id"),
    CONSTRAINT "roles_max_assignments_check" CHECK ("max_assignments" IS NULL OR "max_assignments" >= 0),
    CONSTRAINT "roles_window_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from")
);
CREATE UNIQUE INDEX "roles_name_key" ON "authorization"."roles"("name");
CREATE INDEX "idx_roles_parent" ON "authorization"."roles"("parent_role_id");
CREATE INDEX "idx_roles_level" ON "authorization"."roles"("role_level");
CREATE INDEX "idx_roles_assignable" ON "authorization"."roles"("is_assignable");
CREATE INDEX "idx_roles_valid" ON "authorization"."roles"("valid_from", "valid_until");

CREATE TABLE "authorization"."permissions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(200) NOT NULL,
    "display_name" VARCHAR(255),
    "description" TEXT,
    "resource_type_id" UUID NOT NULL,
    "action" VARCHAR(100) NOT NULL,
    "conditions" JSONB NOT NULL DEFAULT '{}',
    "is_system_permission" BOOLEAN NOT NULL DEFAULT false,
    "requires_approval" BOOLEAN NOT NULL DEFAULT false,
    "approval_workflow_id" UUID,
    "valid_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(6),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" UUID,
    CONSTRAINT "permissions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "permissions_window_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from")
);
CREATE UNIQUE INDEX "permissions_name_key" ON "authorization"."permissions"("name");
CREATE INDEX "idx_permissions_resource_action" ON "authorization"."permissions"("resource_type_id", "action");
CREATE INDEX "idx_permissions_valid" ON "authorization"."permissions"("valid_from", "valid_until");

CREATE TABLE "authorization"."role_permissions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "role_id" UUID NOT NULL,
    "permission_id" UUID NOT NULL,
    "granted_by" UUID,
    "granted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(6),
    "additional_conditions" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "role_permissions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "role_permissions_window_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from")
);
CREATE UNIQUE INDEX "role_permissions_role_id_permission_id_key" ON "authorization"."role_permissions"("role_id", "permission_id");
CREATE INDEX "idx_role_permissions_role" ON "authorization"."role_permissions"("role_id");
CREATE INDEX "idx_role_permissions_permission" ON "authorization"."role_permissions"("permission_id");
CREATE INDEX "idx_role_permissions_valid" ON "authorization"."role_permissions"("valid_from", "valid_until");

CREATE TABLE "authorization"."user_roles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "role_id" UUID NOT NULL,
    "assigned_by" UUID,
    "assigned_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignment_reason" TEXT,
    "valid_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(6),
    "context_conditions" JSONB NOT NULL DEFAULT '{}',
    "resource_scope" UUID,
    "is_delegated" BOOLEAN NOT NULL DEFAULT false,
    "delegated_by" UUID,
    "delegation_depth" INTEGER NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "revoked_at" TIMESTAMPTZ(6),
    "revoked_by" UUID,
    "revocation_reason" TEXT,
    CONSTRAINT "user_roles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_roles_delegation_depth_check" CHECK ("delegation_depth" >= 0),
    CONSTRAINT "user_roles_delegation_check" CHECK (("is_delegated" AND "delegated_by" IS NOT NULL AND "delegation_depth" > 0) OR (NOT "is_delegated" AND "delegation_depth" = 0)),
    CONSTRAINT "user_roles_window_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from")
);
CREATE UNIQUE INDEX "user_roles_user_id_role_id_resource_scope_key" ON "authorization"."user_roles"("user_id", "role_id", "resource_scope") NULLS NOT DISTINCT;
CREATE INDEX "idx_user_roles_user" ON "authorization"."user_roles"("user_id");
CREATE INDEX "idx_user_roles_role" ON "authorization"."user_roles"("role_id");
CREATE INDEX "idx_user_roles_active" ON "authorization"."user_roles"("is_active");
CREATE INDEX "idx_user_roles_valid" ON "authorization"."user_roles"("valid_from", "valid_until");
CREATE INDEX "idx_user_roles_delegated" ON "authorization"."user_roles"("is_delegated", "delegated_by");

CREATE TABLE "authorization"."user_permissions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "permission_id" UUID NOT NULL,
    "resource_id" UUID,
    "granted_by" UUID,
    "granted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grant_reason" TEXT,
    "valid_from" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(6),
    "additional_conditions" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "revoked_at" TIMESTAMPTZ(6),
    "revoked_by" UUID,
    "revocation_reason" TEXT,
    "approved_at" TIMESTAMPTZ(6),
    "approved_by" UUID,
    CONSTRAINT "user_permissions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_permissions_window_check" CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from"),
    CONSTRAINT "user_permissions_approval_check" CHECK (("approved_at" IS NULL) = ("approved_by" IS NULL))
);
CREATE UNIQUE INDEX "user_permissions_user_id_permission_id_resource_id_key" ON "authorization"."user_permissions"("user_id", "permission_id", "resource_id") NULLS NOT DISTINCT;
CREATE INDEX "idx_user_permissions_user" ON "authorization"."user_permissions"("user_id");
CREATE INDEX "idx_user_permissions_permission" ON "authorization"."user_permissions"("permission_id");
CREATE INDEX "idx_user_permissions_resource" ON "authorization"."user_permissions"("resource_id");
CREATE INDEX "idx_user_permissions_active" ON "authorization"."user_permissions"("is_active");
CREATE INDEX "idx_user_permissions_valid" ON "authorization"."user_permissions"("valid_from", "valid_until");

ALTER TABLE "authorization"."resource_types" ADD CONSTRAINT "resource_types_parent_type_id_fkey" FOREIGN KEY ("parent_type_id") REFERENCES "authorization"."resource_types"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "authorization"."resources" ADD CONSTRAINT "resources_resource_type_id_fkey" FOREIGN KEY ("resource_type_id") REFERENCES "authorization"."resource_types"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "authorization"."resources" ADD CONSTRAINT "resources_parent_resource_id_fkey" FOREIGN KEY ("parent_resource_id") REFERENCES "authorization"."resources"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "authorization"."roles" ADD CONSTRAINT "roles_parent_role_id_fkey" FOREIGN KEY ("parent_role_id") REFERENCES "authorization"."roles"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "authorization"."permissions" ADD CONSTRAINT "permissions_resource_type_id_fkey" FOREIGN KEY ("resource_type_id") REFERENCES "authorization"."resource_types"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "authorization"."role_permissions" ADD CONSTRAINT "role_permissions_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "authorization"."roles"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "authorization"."role_permissions" ADD CONSTRAINT "role_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "authorization"."permissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "authorization"."user_roles" ADD CONSTRAINT "user_roles_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "authorization"."roles"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "authorization"."user_roles" ADD CONSTRAINT "user_roles_resource_scope_fkey" FOREIGN KEY ("resource_scope") REFERENCES "authorization"."resources"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "authorization"."user_permissions" ADD CONSTRAINT "user_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "authorization"."permissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "authorization"."user_permissions" ADD CONSTRAINT "user_permissions_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "authorization"."resources"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

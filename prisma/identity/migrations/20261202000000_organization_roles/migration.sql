-- Issue 9.
--
-- Membership drives access: organization_members.role_id and team_members.role_id name one of
-- the three organization roles the authorization domain seeds with fixed ids (kernel
-- ORGANIZATION_ROLES): org_member, org_admin, org_owner. Existing rows get org_owner for owners
-- and org_member otherwise; `is_owner` stays, and equals "role is org_owner" from now on.
UPDATE "identity"."organization_members"
   SET role_id = CASE WHEN is_owner THEN '00000000-0000-4000-8000-00000000a003'::uuid ELSE '00000000-0000-4000-8000-00000000a001'::uuid END
 WHERE is_owner OR role_id IS NULL OR role_id NOT IN ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-00000000a003');
UPDATE "identity"."organization_members" SET is_owner = (role_id = '00000000-0000-4000-8000-00000000a003');
ALTER TABLE "identity"."organization_members" ALTER COLUMN "role_id" SET NOT NULL,
  ADD CONSTRAINT "organization_members_role_check" CHECK ("role_id" IN ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-00000000a003')),
  ADD CONSTRAINT "organization_members_owner_check" CHECK ("is_owner" = ("role_id" = '00000000-0000-4000-8000-00000000a003'));

UPDATE "identity"."team_members" SET role_id = '00000000-0000-4000-8000-00000000a001'
 WHERE role_id IS NULL OR role_id NOT IN ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-00000000a003');
ALTER TABLE "identity"."team_members" ALTER COLUMN "role_id" SET NOT NULL,
  ADD CONSTRAINT "team_members_role_check" CHECK ("role_id" IN ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002', '00000000-0000-4000-8000-00000000a003'));

-- organization_announcements: organizations that existed before they were registered as
-- resources. Identity's seed announces each once (the organization as a resource, and every
-- membership) through the catalog events, and deletes its row in the same transaction.
CREATE TABLE "identity"."organization_announcements" (
    "organization_id" UUID NOT NULL,

    CONSTRAINT "organization_announcements_pkey" PRIMARY KEY ("organization_id")
);
INSERT INTO "identity"."organization_announcements" (organization_id) SELECT id FROM "identity"."organizations";

-- Issue 13 §2: team → cost center mappings. Identity owns teams; it announces every membership
-- change (team.member_added / team.member_removed, timed by its database clock). Analytics keeps
-- the newest state per (team, user): a removal stays as a tombstone so a late add cannot revive it.
CREATE TABLE "analytics"."team_memberships" (
    "team_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "is_member" BOOLEAN NOT NULL,
    "changed_at" TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT "team_memberships_pkey" PRIMARY KEY ("team_id", "user_id")
);
CREATE INDEX "idx_team_memberships_user" ON "analytics"."team_memberships"("user_id", "organization_id");

ALTER TABLE "analytics"."cost_center_mappings" DROP CONSTRAINT "cost_center_mappings_subject_type_check";
ALTER TABLE "analytics"."cost_center_mappings" ADD CONSTRAINT "cost_center_mappings_subject_type_check" CHECK ("subject_type" IN ('user', 'team', 'organization'));

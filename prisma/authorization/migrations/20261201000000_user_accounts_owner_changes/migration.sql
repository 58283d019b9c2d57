-- Issue 8.
--
-- user_accounts: the authorization domain's own projection of identity's users (it never reads
-- identity's tables). Fed by identity's events through graphile-worker: registration,
-- deactivation, reactivation, a one-time backfill, and the bootstrap administrator.
-- `state_at` is when identity recorded the state: an older event arriving late changes nothing.
CREATE TABLE "authorization"."user_accounts" (
    "user_id"        UUID NOT NULL,
    "is_active"      BOOLEAN NOT NULL DEFAULT true,
    "deactivated_at" TIMESTAMPTZ(6),
    "state_at"       TIMESTAMPTZ(6) NOT NULL,
    "updated_at"     TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "user_accounts_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "user_accounts_deactivation_check" CHECK ("is_active" = ("deactivated_at" IS NULL))
);

-- resource_owner_changes: who moved an object to whom, and when. Changing `owner_id` turns
-- owner-only grants into someone else's, so every change (and the first owner) is recorded.
CREATE TABLE "authorization"."resource_owner_changes" (
    "id"             UUID NOT NULL DEFAULT gen_random_uuid(),
    "resource_id"    UUID NOT NULL,
    "from_owner_id"  UUID,
    "to_owner_id"    UUID,
    "changed_by"     UUID,
    "changed_at"     TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "resource_owner_changes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "resource_owner_changes_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "authorization"."resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION
);
CREATE INDEX "idx_resource_owner_changes_resource" ON "authorization"."resource_owner_changes"("resource_id", "changed_at");

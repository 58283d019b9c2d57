-- Issue 9.
--
-- event_versions: the newest state of each object or membership another domain announced
-- (resource.upserted / resource.deleted, member.added / changed / removed), by the producer's
-- database time `at`. A delivery older than (or as old as) the recorded one changes nothing, so
-- replays and late deliveries never overwrite a newer state; `deleted` is the tombstone a late
-- upsert of a deleted object cannot get past.
CREATE TABLE "authorization"."event_versions" (
    "subject"    VARCHAR(400) NOT NULL,
    "at"         TIMESTAMPTZ(6) NOT NULL,
    "deleted"    BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "event_versions_pkey" PRIMARY KEY ("subject")
);

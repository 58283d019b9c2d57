-- Issue 11 §1.
--
-- policy_versions: one row per part of the authorization policy a decision reads. `catalog`
-- (roles, permissions, role_permissions, resource types), `resources` (the protected objects,
-- their owners, attributes and hierarchy), and one row per user (their role assignments,
-- direct grants, account state), keyed by the user's id. The authorization domain's triggers
-- bump the rows inside the transaction of every write to those tables, so a version changes
-- exactly when what a decision could read has changed, and is visible the moment the write is.
-- Every verifier reads the caller's three rows in the session check's statement; a subgraph
-- keeps a user's policy snapshot only while they are unchanged (kernel policy-snapshot.ts).
-- Values come from the microsecond clock and only grow, so a value is never reused, even for
-- a row deleted and written again.
CREATE TABLE "atrium_platform"."policy_versions" (
    "scope"      VARCHAR(64) NOT NULL,
    "version"    BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "policy_versions_pkey" PRIMARY KEY ("scope")
);

-- atrium_platform: state the kernel owns for every service, as graphile-worker owns its own
-- schema. No subgraph's Prisma client sees it; identity writes it through kernel helpers
-- inside its own transactions, and the gateway and every subgraph read it once per request.
--
-- revoked_sessions: sessions ended by logout, by refresh-token reuse or by deactivation.
-- An access token carries its session id (`sid`); one of an ended session is refused. No
-- access token outlives `expires_at` (revocation time + the access-token lifetime), after
-- which the row can go.
CREATE TABLE "atrium_platform"."revoked_sessions" (
    "session_id" UUID NOT NULL,
    "user_id"    UUID NOT NULL,
    "reason"     VARCHAR(50) NOT NULL,
    "revoked_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    "expires_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("session_id")
);
CREATE INDEX "idx_revoked_sessions_expires" ON "atrium_platform"."revoked_sessions"("expires_at");

-- principals: per-user state every request is checked against, in the same statement.
-- tokens_valid_from: access tokens issued before it are refused (deactivation).
CREATE TABLE "atrium_platform"."principals" (
    "user_id"           UUID NOT NULL,
    "tokens_valid_from" TIMESTAMPTZ(6),
    "updated_at"        TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "principals_pkey" PRIMARY KEY ("user_id")
);

-- Issue 8.
--
-- rate_limits (002 §10 names the table): the store of rate-limiter-flexible's
-- RateLimiterPostgres, which throttles login, register, refreshToken and MFA codes per client
-- IP and per account. The layout is the library's own (key, points, expire in epoch ms); the
-- table is created here, not by the library at run time (`tableCreated: true`).
CREATE TABLE "identity"."rate_limits" (
    "key"    VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
-- The library purges rows by `expire`.
CREATE INDEX "idx_rate_limits_expire" ON "identity"."rate_limits"("expire");

-- user_announcements: users whose state the other domains have not heard of yet because they
-- existed before the user events carried it (the authorization domain's projection of users,
-- authorization.user_accounts, starts empty). Identity's seed publishes each one's state
-- through the event bus (user.registered as a backfill, or user.deactivated) and deletes the
-- row in the same transaction, so every existing user is announced exactly once.
CREATE TABLE "identity"."user_announcements" (
    "user_id"    UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "user_announcements_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "user_announcements_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
);
INSERT INTO "identity"."user_announcements" (user_id) SELECT id FROM "identity"."users";

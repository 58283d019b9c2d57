-- Issue 12 §6: analytics' copy of the consents it processes for (compliance owns consent; it
-- announces every change as consent.changed). The newest state per (user, purpose) wins.
CREATE TABLE "analytics"."tracking_consents" (
    "user_id" UUID NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "expires_at" TIMESTAMPTZ(6),
    "changed_at" TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT "tracking_consents_pkey" PRIMARY KEY ("user_id", "purpose")
);

-- Analytics: why a usage session ended (idle, or identity's logout / reuse_detected).
ALTER TABLE "analytics"."usage_sessions" ADD COLUMN "end_reason" VARCHAR(50);
UPDATE "analytics"."usage_sessions" SET "end_reason" = 'idle' WHERE "ended_at" IS NOT NULL;

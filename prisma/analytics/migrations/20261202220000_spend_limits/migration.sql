-- Analytics: a hard-limited cost center remembers until when it refuses LLM calls (the state it published last).
ALTER TABLE "analytics"."cost_centers" ADD COLUMN "blocked_until" TIMESTAMPTZ(6);

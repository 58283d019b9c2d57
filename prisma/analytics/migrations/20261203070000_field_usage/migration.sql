-- Analytics: which schema coordinates real traffic requested (fieldUsage), counted per hour from
-- the gateway's usage batches. Small (coordinates × hours): a plain table, trimmed by the upkeep
-- job with api_usage_logs' retention.
CREATE TABLE "analytics"."field_usage" (
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "coordinate" VARCHAR(300) NOT NULL,
    "requests" BIGINT NOT NULL,
    "errors" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "field_usage_pkey" PRIMARY KEY ("bucket", "coordinate")
);
CREATE INDEX "idx_field_usage_coordinate" ON "analytics"."field_usage"("coordinate", "bucket");

-- Conversations: analytics' hard limits (llm.spend_limit_changed), newest state per cost center, read before every provider call.
CREATE TABLE "conversations"."llm_spend_blocks" (
    "cost_center_id" UUID NOT NULL,
    "cost_center_name" VARCHAR(255) NOT NULL,
    "blocked" BOOLEAN NOT NULL,
    "until" TIMESTAMPTZ(6),
    "reason" TEXT NOT NULL,
    "subjects" JSONB NOT NULL DEFAULT '[]',
    "exempt_user_ids" UUID[],
    "at" TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT "llm_spend_blocks_pkey" PRIMARY KEY ("cost_center_id")
);

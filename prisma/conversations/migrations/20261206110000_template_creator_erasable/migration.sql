-- Data-subject erasure (issue 12 §6): a shared or public template version outlives its author's
-- erasure, so its creator becomes unknown (null), as agents' and lore objects' creators already can.
ALTER TABLE "conversations"."prompt_templates" ALTER COLUMN "created_by" DROP NOT NULL;

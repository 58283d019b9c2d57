-- Content outlives its author's erasure (issue 12 §6): content items, their versions and the
-- assignments someone made are the organization's, so their creator or assigner may be null
-- once that person is erased (lore's subject-data handler).
ALTER TABLE "lore"."content_items" ALTER COLUMN "created_by" DROP NOT NULL;
ALTER TABLE "lore"."content_versions" ALTER COLUMN "created_by" DROP NOT NULL;
ALTER TABLE "lore"."content_assignments" ALTER COLUMN "assigned_by" DROP NOT NULL;

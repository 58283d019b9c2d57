-- A Prisma list column is nullable in its model (String[]); the reports migration declared
-- shared_with NOT NULL, which the drift check reports. The service always writes a list.
ALTER TABLE "analytics"."analytics_reports" ALTER COLUMN "shared_with" DROP NOT NULL;

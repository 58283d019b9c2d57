-- Appends advance the chain head once per statement, not once per row.
--
-- The row trigger used to UPDATE the single audit_chain row for every appended row. Inside one
-- transaction each UPDATE leaves a row version that cannot be pruned until the transaction ends,
-- and the next row's `SELECT … FOR UPDATE` walks all of them: a statement appending n rows cost
-- O(n²) (100,000 rows in one INSERT took 262 s; 20,000 took 5.6 s). Now:
--   * a BEFORE STATEMENT trigger on audit_logs marks the statement (transaction-local setting);
--   * the row trigger reads the head from the chain row once (FOR UPDATE: appends stay serialised,
--     the lock is held to commit), then carries it in the transaction-local setting row to row;
--   * an AFTER STATEMENT trigger writes the head back to audit_chain once and clears the setting.
-- A row inserted straight into a partition (no statement trigger on the parent fires) takes the
-- old path: read and advance audit_chain per row. The hash, the chain and verification are
-- unchanged. Settings are transactional, so a statement or savepoint that fails takes its head
-- with it, as it takes its rows and its row lock.
CREATE FUNCTION "compliance"."audit_logs_statement_begin"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('atrium.audit_statement', '1', true);
  PERFORM set_config('atrium.audit_head', '', true);
  RETURN NULL;
END $$;

CREATE FUNCTION "compliance"."audit_logs_statement_end"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head TEXT := current_setting('atrium.audit_head', true);
BEGIN
  IF head IS NOT NULL AND head <> '' THEN
    UPDATE "compliance"."audit_chain" SET "seq" = split_part(head, ':', 1)::bigint, "last_hash" = split_part(head, ':', 2), "updated_at" = now() WHERE "id" = 1;
  END IF;
  PERFORM set_config('atrium.audit_head', '', true);
  PERFORM set_config('atrium.audit_statement', '', true);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "compliance"."audit_logs_append"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  in_statement BOOLEAN := coalesce(current_setting('atrium.audit_statement', true), '') = '1';
  carried TEXT := CASE WHEN in_statement THEN coalesce(current_setting('atrium.audit_head', true), '') ELSE '' END;
  head_seq BIGINT;
  head_hash TEXT;
BEGIN
  IF carried = '' THEN
    SELECT "seq", "last_hash" INTO head_seq, head_hash FROM "compliance"."audit_chain" WHERE "id" = 1 FOR UPDATE;
  ELSE
    head_seq := split_part(carried, ':', 1)::bigint;
    head_hash := split_part(carried, ':', 2);
  END IF;
  IF EXISTS (SELECT 1 FROM "compliance"."audit_logs" WHERE "id" = NEW."id" AND "timestamp" = NEW."timestamp") THEN
    RETURN NULL;
  END IF;
  NEW."seq" := head_seq + 1;
  NEW."prev_hash" := head_hash;
  NEW."recorded_at" := now();
  NEW."row_hash" := "compliance"."audit_row_hash"(NEW."prev_hash", NEW);
  IF in_statement THEN
    PERFORM set_config('atrium.audit_head', NEW."seq" || ':' || NEW."row_hash", true);
  ELSE
    UPDATE "compliance"."audit_chain" SET "seq" = NEW."seq", "last_hash" = NEW."row_hash", "updated_at" = now() WHERE "id" = 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "audit_logs_statement_begin" BEFORE INSERT ON "compliance"."audit_logs" FOR EACH STATEMENT EXECUTE FUNCTION "compliance"."audit_logs_statement_begin"();
CREATE TRIGGER "audit_logs_statement_end" AFTER INSERT ON "compliance"."audit_logs" FOR EACH STATEMENT EXECUTE FUNCTION "compliance"."audit_logs_statement_end"();

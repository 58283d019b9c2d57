-- Erasure keeps the audit trail but pseudonymizes it (issue 12 §6; README "Audit rows of an erased
-- subject"). Audit rows stay append-only for everyone else; one function,
-- `redact_audit_subject(subject, pseudonym)`, may rewrite the personal columns of the rows about
-- a subject, and nothing else of them:
--   * the subject's id becomes a pseudonym (random per erasure, stored nowhere: the subject's rows
--     stay linkable to each other, never to the person), wherever it appears;
--   * as actor, the row's session, IP address and user agent are cleared;
--   * as the row's resource, or in its own sign-in rows, personal values (email, names, phone...)
--     in old/new values and arguments become "[erased]", and the resource name goes.
-- Each rewritten row gets an entry in `audit_redactions` (append-only) with the hash of its new
-- content. `row_hash` and `prev_hash` never change, so every link of the chain still holds;
-- verification checks a redacted row's content against its newest redaction hash instead of
-- its row hash. A redaction changes no other column (the guard refuses it), and a row changed
-- later, by any other path, is named by verifyAuditChain as before.

CREATE TABLE "compliance"."audit_redactions" (
    "id" BIGSERIAL NOT NULL,
    "seq" BIGINT NOT NULL,
    "audit_id" UUID NOT NULL,
    "timestamp" TIMESTAMPTZ(6) NOT NULL,
    "redacted_hash" VARCHAR(64) NOT NULL,
    "redacted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_redactions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "idx_audit_redactions_seq" ON "compliance"."audit_redactions"("seq", "id");
CREATE TRIGGER "audit_redactions_append_only" BEFORE UPDATE OR DELETE ON "compliance"."audit_redactions" FOR EACH ROW EXECUTE FUNCTION "compliance"."audit_logs_refuse"();

-- UPDATE and DELETE stay refused, except a redaction's UPDATE of the personal columns only.
CREATE FUNCTION "compliance"."audit_logs_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  personal TEXT[] := ARRAY['user_id', 'session_id', 'ip_address', 'user_agent', 'resource_id', 'resource_name', 'old_values', 'new_values', 'additional_data', 'action_description'];
BEGIN
  IF TG_OP = 'UPDATE' AND coalesce(current_setting('atrium.audit_redaction', true), '') = 'on'
     AND (to_jsonb(NEW) - personal) = (to_jsonb(OLD) - personal) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'compliance.audit_logs is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER "audit_logs_append_only" ON "compliance"."audit_logs";
CREATE TRIGGER "audit_logs_append_only" BEFORE UPDATE OR DELETE ON "compliance"."audit_logs" FOR EACH ROW EXECUTE FUNCTION "compliance"."audit_logs_guard"();

-- A JSON value with the subject's id replaced by the pseudonym and, when `personal`, every string
-- under a personal key (at any depth) replaced by "[erased]".
CREATE FUNCTION "compliance"."audit_pseudonymize"(v JSONB, subject TEXT, pseudonym TEXT, personal BOOLEAN) RETURNS JSONB
  LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  keys TEXT[] := ARRAY['email', 'username', 'firstName', 'lastName', 'displayName', 'name', 'phoneNumber', 'avatarUrl', 'lastLoginIp', 'ipAddress', 'ip', 'userAgent',
                       'first_name', 'last_name', 'display_name', 'phone_number', 'avatar_url', 'last_login_ip', 'ip_address', 'user_agent', 'bio', 'address_line1', 'address_line2',
                       'addressLine1', 'addressLine2', 'city', 'postalCode', 'postal_code', 'dateOfBirth', 'date_of_birth', 'externalEmail', 'externalUsername'];
  r JSONB;
  k TEXT;
  item JSONB;
BEGIN
  IF v IS NULL THEN RETURN NULL; END IF;
  r := replace(v::text, subject, pseudonym)::jsonb;
  IF NOT personal THEN RETURN r; END IF;
  IF jsonb_typeof(r) = 'object' THEN
    FOR k IN SELECT jsonb_object_keys(r) LOOP
      IF k = ANY(keys) AND jsonb_typeof(r -> k) = 'string' THEN
        r := jsonb_set(r, ARRAY[k], '"[erased]"');
      ELSIF jsonb_typeof(r -> k) IN ('object', 'array') THEN
        r := jsonb_set(r, ARRAY[k], "compliance"."audit_pseudonymize"(r -> k, subject, pseudonym, true));
      END IF;
    END LOOP;
  ELSIF jsonb_typeof(r) = 'array' THEN
    SELECT coalesce(jsonb_agg("compliance"."audit_pseudonymize"(e, subject, pseudonym, true)), '[]'::jsonb) INTO r FROM jsonb_array_elements(r) e;
  END IF;
  RETURN r;
END $$;

-- Whether an audit row is about the subject (not counting a data-subject request's own rows:
-- they keep the subject's id, like the request itself, as the proof it was honoured).
CREATE FUNCTION "compliance"."audit_mentions"(a "compliance"."audit_logs", subject UUID) RETURNS BOOLEAN
  LANGUAGE sql STABLE AS $$
  SELECT a.resource_type IS DISTINCT FROM 'DataSubjectRequest'
     AND (a.user_id = subject OR a.resource_id = subject::text
          OR strpos(coalesce(a.old_values::text, '') || coalesce(a.new_values::text, '') || a.additional_data::text || coalesce(a.action_description, '') || coalesce(a.resource_name, ''), subject::text) > 0)
$$;

-- Pseudonymize every audit row about the subject; the number of rows rewritten.
CREATE FUNCTION "compliance"."redact_audit_subject"(subject UUID, pseudonym UUID) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  s TEXT := subject::text;
  p TEXT := pseudonym::text;
  n INTEGER;
BEGIN
  PERFORM set_config('atrium.audit_redaction', 'on', true);
  WITH done AS (
    UPDATE "compliance"."audit_logs" a SET
      user_id = CASE WHEN a.user_id = subject THEN pseudonym ELSE a.user_id END,
      session_id = CASE WHEN a.user_id = subject THEN NULL ELSE a.session_id END,
      ip_address = CASE WHEN a.user_id = subject THEN NULL ELSE a.ip_address END,
      user_agent = CASE WHEN a.user_id = subject THEN NULL ELSE a.user_agent END,
      resource_id = CASE WHEN a.resource_id = s THEN p ELSE a.resource_id END,
      resource_name = CASE WHEN a.resource_id = s THEN NULL ELSE replace(a.resource_name, s, p) END,
      old_values = "compliance"."audit_pseudonymize"(a.old_values, s, p, a.resource_id = s OR (a.user_id = subject AND a.event_category = 'authentication')),
      new_values = "compliance"."audit_pseudonymize"(a.new_values, s, p, a.resource_id = s OR (a.user_id = subject AND a.event_category = 'authentication')),
      additional_data = "compliance"."audit_pseudonymize"(a.additional_data, s, p, a.resource_id = s OR (a.user_id = subject AND a.event_category = 'authentication')),
      action_description = replace(a.action_description, s, p)
    WHERE "compliance"."audit_mentions"(a, subject)
    RETURNING a.*
  )
  INSERT INTO "compliance"."audit_redactions" ("seq", "audit_id", "timestamp", "redacted_hash")
  SELECT d.seq, d.id, d."timestamp", "compliance"."audit_row_hash"(d.prev_hash, d::"compliance"."audit_logs") FROM done d;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('atrium.audit_redaction', '', true);
  RETURN n;
END $$;

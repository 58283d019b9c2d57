-- Audit rows the erased subject acted in keep what happened, not what the subject wrote
-- (issue 12 §6; README "Audit rows of an erased subject"). Before, only the rows about the
-- subject (as resource, or the subject's sign-ins) lost their personal values; a row of the
-- subject's own `createConversation` still held the conversation's title in `resource_name`,
-- `new_values` and the arguments. Now, in every row whose actor is the subject, the resource name
-- goes and every string in old/new values and additional data becomes "[erased]", except
-- identifiers (keys `id`, `…Id`, `…_id`: the subject's own id is already the pseudonym there).
-- Event type, category, resource type and id, changed field names, time, risk, service and
-- request id stay: the trail still says who (pseudonymously) did what, when.

-- Every string of a JSON value "[erased]" at any depth, identifiers kept.
CREATE FUNCTION "compliance"."audit_erase_text"(v JSONB, k TEXT DEFAULT NULL) RETURNS JSONB
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE jsonb_typeof(v)
    WHEN 'string' THEN CASE WHEN k IS NOT NULL AND (k = 'id' OR k ~ '(Id|_id)$') THEN v ELSE '"[erased]"'::jsonb END
    WHEN 'object' THEN (SELECT coalesce(jsonb_object_agg(e.key, "compliance"."audit_erase_text"(e.value, e.key)), '{}'::jsonb) FROM jsonb_each(v) e)
    WHEN 'array' THEN (SELECT coalesce(jsonb_agg("compliance"."audit_erase_text"(e, k)), '[]'::jsonb) FROM jsonb_array_elements(v) e)
    ELSE v END
$$;

CREATE OR REPLACE FUNCTION "compliance"."redact_audit_subject"(subject UUID, pseudonym UUID) RETURNS INTEGER LANGUAGE plpgsql AS $$
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
      resource_name = CASE WHEN a.resource_id = s OR a.user_id = subject THEN NULL ELSE replace(a.resource_name, s, p) END,
      old_values = CASE WHEN a.user_id = subject THEN "compliance"."audit_erase_text"("compliance"."audit_pseudonymize"(a.old_values, s, p, false))
                        ELSE "compliance"."audit_pseudonymize"(a.old_values, s, p, a.resource_id = s) END,
      new_values = CASE WHEN a.user_id = subject THEN "compliance"."audit_erase_text"("compliance"."audit_pseudonymize"(a.new_values, s, p, false))
                        ELSE "compliance"."audit_pseudonymize"(a.new_values, s, p, a.resource_id = s) END,
      additional_data = CASE WHEN a.user_id = subject THEN "compliance"."audit_erase_text"("compliance"."audit_pseudonymize"(a.additional_data, s, p, false))
                             ELSE "compliance"."audit_pseudonymize"(a.additional_data, s, p, a.resource_id = s) END,
      action_description = CASE WHEN a.user_id = subject THEN NULL ELSE replace(a.action_description, s, p) END
    WHERE "compliance"."audit_mentions"(a, subject)
    RETURNING a.*
  )
  INSERT INTO "compliance"."audit_redactions" ("seq", "audit_id", "timestamp", "redacted_hash")
  SELECT d.seq, d.id, d."timestamp", "compliance"."audit_row_hash"(d.prev_hash, d::"compliance"."audit_logs") FROM done d;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('atrium.audit_redaction', '', true);
  RETURN n;
END $$;

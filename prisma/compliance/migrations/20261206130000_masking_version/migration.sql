-- Issue 12 §3: the masking version. Every write to what a masking plan is computed from
-- (data_classifications, data_elements, masking_policies) bumps the `masking` row of
-- atrium_platform.policy_versions in its own transaction: triggers, not service code, so no
-- write path (services, detection, seeds, an operator's psql) can forget. The session check reads
-- it with the caller's other versions in the statement every request makes, and the kernel keeps
-- a caller's compiled plan only under the exact versions it was fetched under (masking.ts): a
-- masking change is visible on the very next request. Values come from the microsecond clock and
-- only grow, as authorization's.
CREATE FUNCTION "compliance"."masking_changed"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "atrium_platform"."policy_versions" AS v (scope, version)
  VALUES ('masking', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
  ON CONFLICT (scope) DO UPDATE SET version = greatest(v.version + 1, EXCLUDED.version), updated_at = now();
  RETURN NULL;
END $$;

CREATE TRIGGER "data_classifications_masking_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "compliance"."data_classifications"
  FOR EACH STATEMENT EXECUTE FUNCTION "compliance"."masking_changed"();
CREATE TRIGGER "data_elements_masking_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "compliance"."data_elements"
  FOR EACH STATEMENT EXECUTE FUNCTION "compliance"."masking_changed"();
CREATE TRIGGER "masking_policies_masking_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "compliance"."masking_policies"
  FOR EACH STATEMENT EXECUTE FUNCTION "compliance"."masking_changed"();

-- The row exists from the start, so plans are cached before the first masking write.
INSERT INTO "atrium_platform"."policy_versions" (scope, version)
VALUES ('masking', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
ON CONFLICT (scope) DO NOTHING;

-- Issue 11 §1: every write to a table a decision reads bumps atrium_platform.policy_versions in
-- the same transaction. Triggers, not service code, so that no write path (services, event
-- consumers, seeds, bootstrap, an operator's psql) can forget: catalog tables bump `catalog`,
-- resources bump `resources`, and a user's assignments, grants and account state bump that
-- user's row (old and new owner on an update that moves a row). TRUNCATE of any of them bumps
-- `catalog`, which every snapshot depends on.
CREATE FUNCTION "authorization"."bump_policy_versions"(scopes TEXT[]) RETURNS VOID
LANGUAGE sql AS $$
  INSERT INTO "atrium_platform"."policy_versions" AS v (scope, version)
  SELECT s, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint FROM (SELECT DISTINCT unnest(scopes) AS s) wanted WHERE s IS NOT NULL ORDER BY s
  ON CONFLICT (scope) DO UPDATE SET version = greatest(v.version + 1, EXCLUDED.version), updated_at = now();
$$;

-- FOR EACH STATEMENT: the part named by the trigger's argument.
CREATE FUNCTION "authorization"."policy_part_changed"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "authorization"."bump_policy_versions"(ARRAY[TG_ARGV[0]]);
  RETURN NULL;
END $$;

-- FOR EACH ROW: the user the row belongs to, before and after.
CREATE FUNCTION "authorization"."user_policy_changed"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "authorization"."bump_policy_versions"(ARRAY[NEW.user_id::text]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "authorization"."bump_policy_versions"(ARRAY[OLD.user_id::text]);
  ELSE
    PERFORM "authorization"."bump_policy_versions"(ARRAY[OLD.user_id::text, NEW.user_id::text]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "roles_policy_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorization"."roles"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');
CREATE TRIGGER "permissions_policy_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorization"."permissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');
CREATE TRIGGER "role_permissions_policy_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorization"."role_permissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');
CREATE TRIGGER "resource_types_policy_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorization"."resource_types"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');
CREATE TRIGGER "resources_policy_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorization"."resources"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('resources');

CREATE TRIGGER "user_roles_policy_version" AFTER INSERT OR UPDATE OR DELETE ON "authorization"."user_roles"
  FOR EACH ROW EXECUTE FUNCTION "authorization"."user_policy_changed"();
CREATE TRIGGER "user_permissions_policy_version" AFTER INSERT OR UPDATE OR DELETE ON "authorization"."user_permissions"
  FOR EACH ROW EXECUTE FUNCTION "authorization"."user_policy_changed"();
CREATE TRIGGER "user_accounts_policy_version" AFTER INSERT OR UPDATE OR DELETE ON "authorization"."user_accounts"
  FOR EACH ROW EXECUTE FUNCTION "authorization"."user_policy_changed"();
CREATE TRIGGER "user_roles_truncate_policy_version" AFTER TRUNCATE ON "authorization"."user_roles"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');
CREATE TRIGGER "user_permissions_truncate_policy_version" AFTER TRUNCATE ON "authorization"."user_permissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');
CREATE TRIGGER "user_accounts_truncate_policy_version" AFTER TRUNCATE ON "authorization"."user_accounts"
  FOR EACH STATEMENT EXECUTE FUNCTION "authorization"."policy_part_changed"('catalog');

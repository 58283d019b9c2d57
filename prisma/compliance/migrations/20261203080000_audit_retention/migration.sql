-- Compliance, issue 12 §1: retention of the audit log. Whole month partitions are dropped once
-- they are past retention; the rows of a month that sat in the default partition move into that
-- month's partition when it is created; the hash chain stays verifiable across a purge through
-- anchors (the last hash of every link the purge cut).

-- What each purge dropped: evidence that rows left by retention, not by tampering.
CREATE TABLE "compliance"."audit_purges" (
    "partition_name" VARCHAR(63) NOT NULL,
    "range_start" TIMESTAMPTZ(6) NOT NULL,
    "range_end" TIMESTAMPTZ(6) NOT NULL,
    "row_count" BIGINT NOT NULL,
    "min_seq" BIGINT,
    "max_seq" BIGINT,
    "retention_days" INTEGER NOT NULL,
    "purged_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_purges_pkey" PRIMARY KEY ("partition_name", "purged_at")
);

-- The hash of every purged row whose successor in the chain was not purged with it (or that was
-- the chain's last row): the successor's prev_hash is checked against it, so the retained chain
-- verifies from its first row on.
CREATE TABLE "compliance"."audit_chain_anchors" (
    "seq" BIGINT NOT NULL,
    "row_hash" VARCHAR(64) NOT NULL,
    "partition_name" VARCHAR(63) NOT NULL,
    "purged_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_chain_anchors_pkey" PRIMARY KEY ("seq")
);

-- Both are append-only, like the log itself.
CREATE TRIGGER "audit_purges_append_only" BEFORE UPDATE OR DELETE ON "compliance"."audit_purges" FOR EACH ROW EXECUTE FUNCTION "compliance"."audit_logs_refuse"();
CREATE TRIGGER "audit_chain_anchors_append_only" BEFORE UPDATE OR DELETE ON "compliance"."audit_chain_anchors" FOR EACH ROW EXECUTE FUNCTION "compliance"."audit_logs_refuse"();

-- Create the partition of the month holding `month` (UTC), named audit_logs_yYYYYmMM; false when
-- it exists. Rows of that month waiting in the default partition move into it unchanged (same
-- seq, same hashes): the default partition is detached, which drops its cloned append-only
-- triggers for the move, and attached again. Appends wait on the table lock meanwhile.
CREATE FUNCTION "compliance"."create_audit_partition"(month DATE) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE
  lo TIMESTAMPTZ := (date_trunc('month', month)::timestamp AT TIME ZONE 'UTC');
  hi TIMESTAMPTZ := ((date_trunc('month', month) + interval '1 month')::timestamp AT TIME ZONE 'UTC');
  part TEXT := format('audit_logs_y%sm%s', to_char(month, 'YYYY'), to_char(month, 'MM'));
  strays BIGINT;
BEGIN
  IF to_regclass(format('compliance.%I', part)) IS NOT NULL THEN RETURN FALSE; END IF;
  LOCK TABLE "compliance"."audit_logs" IN ACCESS EXCLUSIVE MODE;
  IF to_regclass(format('compliance.%I', part)) IS NOT NULL THEN RETURN FALSE; END IF;
  SELECT count(*) INTO strays FROM "compliance"."audit_logs_default" WHERE "timestamp" >= lo AND "timestamp" < hi;
  IF strays = 0 THEN
    EXECUTE format('CREATE TABLE compliance.%I PARTITION OF compliance.audit_logs FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
    RETURN TRUE;
  END IF;
  ALTER TABLE "compliance"."audit_logs" DETACH PARTITION "compliance"."audit_logs_default";
  EXECUTE format('CREATE TABLE compliance.%I (LIKE compliance.audit_logs INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part);
  EXECUTE format('INSERT INTO compliance.%I SELECT * FROM compliance.audit_logs_default WHERE "timestamp" >= %L AND "timestamp" < %L', part, lo, hi);
  DELETE FROM "compliance"."audit_logs_default" WHERE "timestamp" >= lo AND "timestamp" < hi;
  EXECUTE format('ALTER TABLE compliance.audit_logs ATTACH PARTITION compliance.%I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
  ALTER TABLE "compliance"."audit_logs" ATTACH PARTITION "compliance"."audit_logs_default" DEFAULT;
  RETURN TRUE;
END $$;

-- Partitions from the month of `at` to `months_ahead` months on, and one for every month whose
-- rows sit in the default partition (a late or backdated event); returns the partitions created.
DROP FUNCTION "compliance"."ensure_audit_partitions"(INTEGER);
CREATE FUNCTION "compliance"."ensure_audit_partitions"(months_ahead INTEGER, at TIMESTAMPTZ DEFAULT now()) RETURNS TEXT[] LANGUAGE plpgsql AS $$
DECLARE
  month_start DATE;
  created TEXT[] := ARRAY[]::TEXT[];
BEGIN
  FOR month_start IN
    SELECT (date_trunc('month', at AT TIME ZONE 'UTC') + make_interval(months => i))::date FROM generate_series(0, months_ahead) AS i
    UNION
    SELECT DISTINCT date_trunc('month', "timestamp" AT TIME ZONE 'UTC')::date FROM "compliance"."audit_logs_default"
    ORDER BY 1
  LOOP
    IF "compliance"."create_audit_partition"(month_start) THEN
      created := created || format('audit_logs_y%sm%s', to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));
    END IF;
  END LOOP;
  RETURN created;
END $$;

-- Drop every month partition whose whole month is older, at `at`, than the configured retention
-- (`default_days`) and than each of its rows' own retention_period_days. Before a partition goes,
-- its purge is recorded and the hash of each of its rows whose successor lives on (or that is the
-- chain's head) is kept as an anchor. Returns the partitions dropped.
CREATE FUNCTION "compliance"."purge_audit_partitions"(at TIMESTAMPTZ, default_days INTEGER) RETURNS TEXT[] LANGUAGE plpgsql AS $$
DECLARE
  p RECORD;
  hi TIMESTAMPTZ;
  lo TIMESTAMPTZ;
  n BIGINT;
  lo_seq BIGINT;
  hi_seq BIGINT;
  longest INTEGER;
  dropped TEXT[] := ARRAY[]::TEXT[];
  locked BOOLEAN := false;
BEGIN
  FOR p IN
    SELECT c.relname AS name, make_date(substr(c.relname, 13, 4)::int, substr(c.relname, 18, 2)::int, 1) AS month
      FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'compliance.audit_logs'::regclass AND c.relname ~ '^audit_logs_y[0-9]{4}m[0-9]{2}$'
     ORDER BY 2
  LOOP
    lo := (p.month::timestamp AT TIME ZONE 'UTC');
    hi := ((p.month + interval '1 month')::timestamp AT TIME ZONE 'UTC');
    CONTINUE WHEN hi + make_interval(days => default_days) > at;
    IF NOT locked THEN
      LOCK TABLE "compliance"."audit_logs" IN ACCESS EXCLUSIVE MODE;
      locked := true;
    END IF;
    EXECUTE format('SELECT count(*), min(seq), max(seq), max(retention_period_days) FROM compliance.%I', p.name) INTO n, lo_seq, hi_seq, longest;
    CONTINUE WHEN longest IS NOT NULL AND hi + make_interval(days => longest) > at;
    EXECUTE format('INSERT INTO compliance.audit_chain_anchors (seq, row_hash, partition_name)
                    SELECT r.seq, r.row_hash, %L FROM compliance.%I r
                     WHERE NOT EXISTS (SELECT 1 FROM compliance.%I s WHERE s.seq = r.seq + 1)
                    ON CONFLICT (seq) DO NOTHING', p.name, p.name, p.name);
    INSERT INTO "compliance"."audit_purges" (partition_name, range_start, range_end, row_count, min_seq, max_seq, retention_days)
    VALUES (p.name, lo, hi, n, lo_seq, hi_seq, GREATEST(default_days, COALESCE(longest, 0)));
    EXECUTE format('DROP TABLE compliance.%I', p.name);
    dropped := dropped || p.name::text;
  END LOOP;
  RETURN dropped;
END $$;
